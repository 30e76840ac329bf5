#pragma once

#include "store/archive_types.h"

#include <QByteArray>
#include <QList>
#include <QString>

#include <optional>

namespace fangzhi::exporting {

// The formats articles are written in for other programs: a spreadsheet, a reference manager
// (RIS and CSL-JSON both import into Zotero), or notes.
enum class Format { Csv, Ris, CslJson, Markdown };

// "csv", "ris", "csl-json", "md" (and "markdown", "json"); nothing for another word.
[[nodiscard]] std::optional<Format> formatNamed(const QString &name);
[[nodiscard]] QString extensionOf(Format format); // "csv", "ris", "json", "md"

// CSV: every field and the citation, one row per article, UTF-8 with a byte order mark (so that
// spreadsheet programs read Chinese correctly), fields quoted as RFC 4180 says, CRLF rows.
[[nodiscard]] QByteArray csv(const QList<store::StoredArticle> &articles);
// RIS: one NEWS record per article (TI, AU, T2, PY, DA, SP, SE, CY, KW, AB, N1, LA, ID), ER ends each.
[[nodiscard]] QByteArray ris(const QList<store::StoredArticle> &articles);
// CSL-JSON: an array of article-newspaper items, dates as date-parts only as precise as known.
[[nodiscard]] QByteArray cslJson(const QList<store::StoredArticle> &articles);
// Markdown: each article under its headline, its citation quoted, its text as paragraphs; page
// text escaped so that nothing in it turns into markup.
[[nodiscard]] QByteArray markdown(const QList<store::StoredArticle> &articles);
[[nodiscard]] QByteArray write(Format format, const QList<store::StoredArticle> &articles);

// A file name for one article: its date, its title cut to a sensible length, and its id, with
// what file systems refuse replaced ("2024-08-16 青白江区 推动区域科创服务能力提档升级 (12).md").
[[nodiscard]] QString fileNameFor(const store::StoredArticle &article, Format format);

// Writes the articles to path (a file), or each to a file of its own in path (a folder, made when
// missing). Empty on success, else what went wrong in words.
[[nodiscard]] QString writeArticles(Format format, const QList<store::StoredArticle> &articles, const QString &path,
                                    bool onePerArticle, int *filesWritten = nullptr);

} // namespace fangzhi::exporting
