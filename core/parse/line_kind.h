#pragma once

#include <QString>
#include <QStringView>

// What one line of a page looks like on its own, before context decides what it is.
namespace fangzhi::parse {

enum class LineKind {
    Prose,               // running text
    Lead,                // running text opening with 本报讯
    ShortLine,           // headline-like: short, no sentence punctuation
    PunctuatedShortLine, // short, no full stop, but commas or "!": a headline only if context says
                         // so
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
    PageLabel,         // "第01版 要闻": a digital edition's page line
    DateLine,          // "2018年02月06日 星期二", "发布日期:2018-05-03"
    Furniture, // "【字号 大 中 小】", "打印本页": what a saved web page brings along
    Byline,    // "■本报记者 王某", "作者:李某", "钱某 南充报道"
    Caption,   // "(活动现场)", "图为广场科普知识宣传现场"
};

// The kind's name as `parse --explain` prints it.
[[nodiscard]] QString kindName(LineKind kind);

[[nodiscard]] LineKind classifyLine(QStringView line);

// Helpers shared by the assembler and the tests.
[[nodiscard]] QStringView stripBullet(QStringView line);
[[nodiscard]] QStringView stripHeadingMarks(QStringView line);
[[nodiscard]] bool isPlaceName(QStringView text);
[[nodiscard]] bool startsWithSubject(QStringView headline);
[[nodiscard]] QString
leadMarker(QStringView prose); // "本报讯(记者李婉欣)", "中新网X月X日电" or empty
// A closing credit at the end of a paragraph: "…进展。(王某)", "…活动。 广元市科协供稿".
struct TrailingCredit
{
    qsizetype start = -1; // where the credit (with its bracket) begins, -1 when there is none
    QString credit;       // without brackets
};
[[nodiscard]] TrailingCredit trailingCredit(QStringView prose);
[[nodiscard]] bool isParagraphOpener(QStringView prose); // "下一步," "据悉," …
[[nodiscard]] bool isColumnCredit(QStringView credit); // "本栏目组稿:…" credits a whole roundup

struct SectionParts
{
    QString name;
    QString pinyin;
};
[[nodiscard]] SectionParts splitSectionLabel(QStringView line);

} // namespace fangzhi::parse
