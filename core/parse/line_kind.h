#pragma once

#include <QString>
#include <QStringView>

// What one line of a page looks like on its own, before context decides what it is.
namespace fangzhi::parse {

enum class LineKind {
    Prose,     // running text
    Lead,      // running text opening with 本报讯
    ShortLine, // headline-like: short, no sentence punctuation
    PlaceLine, // a short line that is only a place or association name: "达州市", "东兴区科协"
    Heading,           // Markdown heading "# …" / "## …"
    Credit,            // a whole line in brackets: "(资阳市科协)"
    PhotoCredit,       // "本报记者 蔡敏霞 摄"
    CaptionWithCredit, // "广州科普长廊。图源广州市科协"
    SectionLabel,      // "地方科协 | DI FANG KE XIE"
    Pinyin,            // "DI FANG KE XIE": second line of a two-line section label
    Banner,            // "学党史 悟思想 办实事 开新局"
    SponsorHeading,    // "本版协办单位 (排名不分先后)"
    Association,       // "- 凉山州科学技术协会": a line that is only an association's name
};

[[nodiscard]] LineKind classifyLine(QStringView line);

// Helpers shared by the assembler and the tests.
[[nodiscard]] QStringView stripBullet(QStringView line);
[[nodiscard]] QStringView stripHeadingMarks(QStringView line);
[[nodiscard]] bool isPlaceName(QStringView text);
[[nodiscard]] bool startsWithSubject(QStringView headline);
[[nodiscard]] QString leadMarker(QStringView prose); // "本报讯(记者李婉欣)" or empty
[[nodiscard]] qsizetype trailingCreditStart(QStringView prose); // index of "(" or -1
[[nodiscard]] bool isParagraphOpener(QStringView prose);        // "下一步," "据悉," …
[[nodiscard]] bool isColumnCredit(QStringView credit); // "本栏目组稿:…" credits a whole roundup

struct SectionParts
{
    QString name;
    QString pinyin;
};
[[nodiscard]] SectionParts splitSectionLabel(QStringView line);

} // namespace fangzhi::parse
