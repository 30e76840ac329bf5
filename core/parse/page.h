#pragma once

#include <QDate>
#include <QList>
#include <QString>
#include <QStringList>

namespace fangzhi::parse {

// One non-empty line of the normalised page text. Blocks are the unit of ownership: each
// belongs to exactly one article or to the page's metadata, so no text can go missing.
struct Block
{
    QString text;         // the line, normalised
    int line = 0;         // 1-based line number in the page
    int blanksBefore = 0; // blank lines between this block and the previous one
};

struct Caption
{
    QString text;        // "广州科普长廊。"
    QString photoCredit; // "本报记者 蔡敏霞 摄", "图源广州市科协"
};

struct Article
{
    QString kicker;    // line over the headline: "巴州区科协"
    QString title;     // the headline (for a roundup's sub-report: the roundup's headline)
    QString subtitle;  // after "——"
    QString placeLine; // a roundup sub-report's opening place line: "达州市", "成都市科协"
    QString lead; // "本报讯", "本报讯(记者李婉欣)", "中新网雅安6月8日电 (记者 李某)"
    QString byline; // lines under the headline naming the writer: "■本报记者 王某", "原标题:…"
    QString dateLine;       // a digital edition's date line printed with the article
    QDate date;             // what the date line says, when it says it
    QString body;           // paragraphs with column breaks rejoined, separated by "\n"
    QStringList paragraphs; // body paragraphs as printed (sub-headings included)
    QStringList subheadings;
    QList<Caption> captions;
    QString credit;    // closing credit without brackets; a roundup's column credit is shared
    QString section;   // section label in force where the article stands
    QList<int> blocks; // indices into Page::blocks this article owns
    bool titleShared = false;  // roundup sub-report after the first: the headline is not its own
    bool titleDerived = false; // no headline printed: the title is the body's first clause
    // How sure the segmentation is that this article starts and ends where it does: 1 when a
    // headline, a dateline or a page label opened it, lower when only weaker evidence did.
    double confidence = 1.0;
    bool creditShared = false; // the credit is the roundup's column credit, owned by another

    // Filled by place resolution (geo::placePage); empty until then.
    QString regionCode;     // GB/T 2260 code of the subject region: "511700"
    QStringList regionPath; // ["四川省", "达州市"]
    QString association;    // "达州市科协"
    QStringList mentions;   // codes of every division the article names, in order

    [[nodiscard]] bool isRoundupReport() const noexcept { return !placeLine.isEmpty(); }
};

// One piece of evidence: what was seen, and how much it weighed for the decision (0 for a
// plain observation).
struct Reason
{
    int weight = 0;
    QString why; // "wider gap before: 3 blank lines before it, paragraphs have 1"
};

// Why a block came out as it did: the kind it was given and the evidence that decided it.
struct BlockNote
{
    QString kind; // "headline", "body", "caption", "page label" …
    QList<Reason> evidence;
};

struct SectionLabel
{
    QString name;   // "地方科协"
    QString pinyin; // "DI FANG KE XIE"
};

struct Page
{
    QString file;
    QString encoding;
    QString originalText; // as decoded, before normalisation
    QString text;         // normalised
    QString homeProvince; // GB/T 2260 code given by the caller or inferred from the page
    bool homeProvinceInferred = false;

    QStringList banners;
    QList<SectionLabel> sections;
    QString sponsorHeading; // "本版协办单位 (排名不分先后)"
    QStringList sponsors;
    QStringList pageLabels; // "第01版 要闻": digital-edition page lines
    QStringList dateLines;  // date lines that belong to no article
    QStringList furniture;  // "【字号 大 中 小】", "打印本页": kept, never an article
    QStringList dateClues;  // "10月20日", "2021年", as found in the text
    QDate date;             // only when the file name carries it

    QList<Block> blocks;
    QList<int> metadataBlocks; // blocks owned by the page itself (banners, labels, sponsor box)
    QList<Article> articles;
    QList<BlockNote> notes; // one per block

    [[nodiscard]] QString section() const
    {
        return sections.isEmpty() ? QString() : sections.first().name;
    }
};

} // namespace fangzhi::parse
