#pragma once

#include "page.h"

#include <QString>
#include <QStringList>
#include <QStringView>

// The forms headlines, columns and briefs take on the page: evidence the assembler weighs.
namespace fangzhi::parse {

// "简讯", "科协动态", "【科协动态】", "科普之窗": the short names papers give their columns.
[[nodiscard]] bool isColumnName(QStringView line);
// "阿坝州科协积极…", "剑阁县科协组织…": a line that opens with an association.
[[nodiscard]] bool opensWithAssociation(QStringView line);
// "阿坝州科协积极…", "苍溪县开展…": a headline that opens with its subject, without a space.
[[nodiscard]] bool opensWithSubject(QStringView line);
// "为大力普及…,进一步…,3月5日,…": a brief that dates its news within its first clauses.
[[nodiscard]] bool datesItsNewsEarly(QStringView text);
// Whether the first sentence below a headline says again what the headline says.
[[nodiscard]] bool retells(QStringView headline, QStringView below);
// The number of "#" a Markdown heading opens with.
[[nodiscard]] int headingLevel(QStringView line);

// "主题 ——副题" or "引题——主题" on one line: which side is the headline.
struct HeadlineParts
{
    QString kicker, title, subtitle;
};
[[nodiscard]] HeadlineParts splitDash(const QString &line);

// Places a roundup's intro lists ("近日,利州区、昭化区、朝天区(曾家)、旺苍县…"): its sub-reports
// open with them. Empty unless it lists three or more.
[[nodiscard]] QStringList listedPlaces(QStringView paragraph);

// The first clause of an untitled article, past its dateline, a list marker, a dating clause
// and a purpose clause: a title to list it by.
[[nodiscard]] QString derivedTitle(const Article &article);

} // namespace fangzhi::parse
