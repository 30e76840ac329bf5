#pragma once

// The page assembler, shared by page_parser.cpp (the page walked line by line, its articles
// put together) and assembler_headlines.cpp (whether short lines open an article). Internal to
// the parser: include only there.

#include "line_kind.h"
#include "page.h"
#include "page_parser.h"

#include "text/chars.h"

#include <QList>
#include <QString>

namespace fangzhi::parse::detail {

// Evidence for a decision, each item with its weight; the decision takes the sum.
struct Evidence
{
    int score = 0;
    QList<Reason> reasons;

    void add(int weight, const QString &why)
    {
        score += weight;
        reasons.append({weight, why});
    }
};

// An article while it is being assembled.
struct Draft
{
    Article article;
    QList<BodyParagraph> body; // inline credits already cut off
    bool closed = false;       // a closing credit was seen
    bool creditLast = false;   // … and nothing has followed it yet
    QStringList places; // places its first paragraph lists: a roundup's sub-reports open with them
};

struct Roundup
{
    bool active = false;
    QString kicker, title, subtitle;
    QList<int> reports; // indices into drafts
};

inline bool isHeadlineKind(LineKind k)
{
    return k == LineKind::ShortLine || k == LineKind::PlaceLine || k == LineKind::Heading ||
           k == LineKind::Banner || k == LineKind::PunctuatedShortLine;
}

inline bool isCaptionKind(LineKind k)
{
    return k == LineKind::PhotoCredit || k == LineKind::CaptionWithCredit || k == LineKind::Caption;
}

inline bool isProseKind(LineKind k)
{
    return k == LineKind::Prose || k == LineKind::Lead;
}

// A paragraph is complete when it ends a clause, looking through a closing quote: "…行动。”"
// is complete, "…“保姆式”" (cut before 服务) is not.
inline bool isComplete(QStringView text)
{
    qsizetype end = text.size();
    while (end > 1 && (text[end - 1] == u'”' || text[end - 1] == u'’' || text[end - 1] == u'"'))
        --end;
    return end < text.size() ? text::endsClause(text[end - 1].unicode()) && text[end - 1] != u')'
                             : text::endsClause(text.back().unicode());
}

class Assembler
{
public:
    explicit Assembler(Page &page) : m_page(page) {}

    void run();

private:
    void classify();
    void markSponsorBox();
    void markSectionLabels();
    void markCaptions();
    void assemble();
    qsizetype takeHeadlineRun(qsizetype i);
    bool takeColumnHeading(qsizetype i);
    [[nodiscard]] bool closesWithOrganisation(qsizetype i) const;
    Evidence headlineEvidence(const QList<int> &run, qsizetype next) const;
    Evidence articleStartEvidence(int block) const;
    void startArticle(const QList<int> &run, bool roundup, const Evidence &why);
    void startUntitled(double confidence);
    void startRoundupReport(int placeLineBlock, double confidence = 1.0);
    void addSubheadings(const QList<int> &run);
    void addProse(int block);
    void addCredit(int block, const QString &credit);
    void addCaption(int block);
    void addByline(int block);
    void addDateLine(int block);
    void toMetadata(qsizetype block, const QString &kind, const QString &why);
    Draft &current();
    Draft *open() { return m_current >= 0 ? &m_drafts[m_current] : nullptr; }
    void note(qsizetype block, const QString &kind, const QList<Reason> &evidence = {});
    void note(qsizetype block, const QString &kind, const QString &why)
    {
        note(block, kind, {{0, why}});
    }
    [[nodiscard]] bool isBreak(qsizetype block) const;
    [[nodiscard]] QString gapWords(qsizetype block) const;
    [[nodiscard]] qsizetype nextFree(qsizetype from) const;
    void finish();

    Page &m_page;
    QList<LineKind> m_kinds;
    QList<bool> m_taken; // owned by page metadata or already attached
    QList<Draft> m_drafts;
    int m_current = -1;
    int m_paragraphGap = 1;       // blank lines a page sets between paragraphs of one article
    bool m_pageHasBreaks = false; // wider gaps part some paragraphs: the page marks its articles
    Roundup m_roundup;
    QString m_section;
    QString m_column;                 // a brief column's name while its briefs are read
    bool m_afterPageLabel = false;    // the last thing read was a digital edition's page line
    int m_pendingDateLine = -1;       // a date line that waits for the article it dates
    QList<Caption> m_pendingCaptions; // captions met before the article they belong to
    QList<int> m_pendingCaptionBlocks;
};

} // namespace fangzhi::parse::detail
