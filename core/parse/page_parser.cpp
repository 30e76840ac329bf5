#include "page_parser.h"

#include "date_clues.h"
#include "line_kind.h"
#include "text/chars.h"

#include <optional>

using namespace Qt::Literals::StringLiterals;

namespace fangzhi::parse {
namespace {

// An article while it is being assembled.
struct Draft
{
    Article article;
    QList<BodyParagraph> body; // inline credits already cut off
    bool closed = false;       // a closing credit was seen
};

struct Roundup
{
    bool active = false;
    QString kicker, title, subtitle;
    QList<int> reports; // indices into drafts
};

bool isHeadlineKind(LineKind k)
{
    return k == LineKind::ShortLine || k == LineKind::PlaceLine || k == LineKind::Heading ||
           k == LineKind::Banner;
}

bool isCaptionKind(LineKind k)
{
    return k == LineKind::PhotoCredit || k == LineKind::CaptionWithCredit;
}

// "蜕变的背后 ——巴州区科协…" -> title and subtitle.
std::pair<QString, QString> splitSubtitle(const QString &line)
{
    const qsizetype dash = line.indexOf(u"——");
    if (dash <= 0)
        return {line, {}};
    return {line.first(dash).trimmed(), line.sliced(dash + 2).trimmed()};
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
    void startArticle(const QList<int> &run, bool roundup);
    void startRoundupReport(int block);
    void addSubheadings(const QList<int> &run);
    void addProse(int block);
    void addCredit(int block);
    void addCaption(int block);
    Draft &current();
    void finish();

    Page &m_page;
    QList<LineKind> m_kinds;
    QList<bool> m_taken; // owned by page metadata or already attached
    QList<Draft> m_drafts;
    int m_current = -1;
    Roundup m_roundup;
    QString m_section;
    QList<Caption> m_pendingCaptions; // captions met before the article they belong to
    QList<int> m_pendingCaptionBlocks;
};

void Assembler::run()
{
    classify();
    markSponsorBox();
    markSectionLabels();
    markCaptions();
    assemble();
    finish();
}

void Assembler::classify()
{
    m_kinds.reserve(m_page.blocks.size());
    for (const Block &b : std::as_const(m_page.blocks))
        m_kinds.append(classifyLine(b.text));
    m_taken.fill(false, m_page.blocks.size());
}

// The sponsor box is a heading plus the run of association names next to it, before or after
// (pages print it both ways round).
void Assembler::markSponsorBox()
{
    const auto isEntry = [&](qsizetype i) {
        const QStringView bare = stripBullet(m_page.blocks[i].text);
        return m_kinds[i] == LineKind::Association ||
               (m_kinds[i] == LineKind::PlaceLine && bare.endsWith(u"科协") && bare.size() > 3);
    };
    for (qsizetype h = 0; h < m_page.blocks.size(); ++h) {
        if (m_kinds[h] != LineKind::SponsorHeading || m_taken[h])
            continue;
        QString heading = stripBullet(m_page.blocks[h].text).toString();
        m_taken[h] = true;
        m_page.metadataBlocks.append(int(h));
        qsizetype end = h + 1;
        // "(排名不分先后)" on a line of its own belongs to the heading.
        if (end < m_page.blocks.size() && m_kinds[end] == LineKind::Credit &&
            m_page.blocks[end].text.contains(u"排名")) {
            heading += u' ' + m_page.blocks[end].text;
            m_taken[end] = true;
            m_page.metadataBlocks.append(int(end));
            ++end;
        }
        qsizetype begin = h;
        while (begin > 0 && !m_taken[begin - 1] && isEntry(begin - 1))
            --begin;
        while (end < m_page.blocks.size() && !m_taken[end] && isEntry(end))
            ++end;
        m_page.sponsorHeading = heading;
        for (qsizetype i = begin; i < end; ++i) {
            if (m_taken[i])
                continue;
            m_taken[i] = true;
            m_page.metadataBlocks.append(int(i));
            m_page.sponsors.append(stripBullet(m_page.blocks[i].text).toString());
        }
    }
}

// Labels come on one line ("地方科协 | DI FANG KE XIE") or on two ("地方科协" / "DI FANG KE XIE").
void Assembler::markSectionLabels()
{
    for (qsizetype i = 0; i < m_page.blocks.size(); ++i) {
        if (m_kinds[i] != LineKind::Pinyin || i == 0 || m_taken[i - 1])
            continue;
        const QString &name = m_page.blocks[i - 1].text;
        if (name.size() >= 2 && name.size() <= 8 && !name.contains(u' ') &&
            (m_kinds[i - 1] == LineKind::ShortLine || m_kinds[i - 1] == LineKind::PlaceLine)) {
            m_kinds[i - 1] = LineKind::SectionLabel;
            m_taken[i] = true; // the pinyin line is part of the label
            m_page.metadataBlocks.append(int(i));
        }
    }
}

// A short line directly before a photo credit is that photo's caption.
void Assembler::markCaptions()
{
    for (qsizetype i = 1; i < m_page.blocks.size(); ++i) {
        if (m_kinds[i] != LineKind::PhotoCredit || m_taken[i - 1])
            continue;
        const LineKind prev = m_kinds[i - 1];
        if ((prev == LineKind::Prose || prev == LineKind::ShortLine) &&
            text::charCount(m_page.blocks[i - 1].text) <= 80)
            m_kinds[i - 1] = LineKind::CaptionWithCredit;
    }
}

Draft &Assembler::current()
{
    if (m_current < 0) {
        // Text before any headline (a fragment continued from another page): keep it as an
        // untitled article rather than lose it.
        Draft d;
        d.article.section = m_section;
        m_drafts.append(d);
        m_current = int(m_drafts.size() - 1);
        m_roundup.active = false;
    }
    return m_drafts[m_current];
}

void Assembler::assemble()
{
    const qsizetype n = m_page.blocks.size();
    qsizetype i = 0;
    while (i < n) {
        if (m_taken[i]) {
            ++i;
            continue;
        }
        const Block &b = m_page.blocks[i];
        switch (m_kinds[i]) {
        case LineKind::Banner:
            if (m_drafts.isEmpty()) {
                m_page.banners.append(b.text);
                m_page.metadataBlocks.append(int(i));
                ++i;
            } else {
                i = takeHeadlineRun(i);
            }
            break;
        case LineKind::SectionLabel: {
            const auto parts = splitSectionLabel(b.text);
            const qsizetype next = i + 1;
            const bool twoLines = next < n && m_kinds[next] == LineKind::Pinyin && m_taken[next];
            m_page.sections.append(
                {parts.name, twoLines ? m_page.blocks[next].text : parts.pinyin});
            m_page.metadataBlocks.append(int(i));
            m_section = parts.name;
            m_current = -1;
            m_roundup.active = false;
            i = twoLines ? next + 1 : next;
            break;
        }
        case LineKind::SponsorHeading: // a second heading with no list: still the sponsor box
            m_page.metadataBlocks.append(int(i));
            ++i;
            break;
        case LineKind::ShortLine:
        case LineKind::PlaceLine:
        case LineKind::Heading:
            i = takeHeadlineRun(i);
            break;
        case LineKind::Credit:
            addCredit(int(i++));
            break;
        case LineKind::PhotoCredit:
        case LineKind::CaptionWithCredit:
            addCaption(int(i++));
            break;
        case LineKind::Association:
        case LineKind::Pinyin:
        case LineKind::Lead:
        case LineKind::Prose:
            addProse(int(i++));
            break;
        }
    }
}

// Reads a run of headline-like lines from i and decides, from what follows, whether it opens an
// article (kicker, headline, roundup place line) or is a sub-heading inside the current one.
qsizetype Assembler::takeHeadlineRun(qsizetype i)
{
    const qsizetype n = m_page.blocks.size();
    QList<int> run;
    qsizetype j = i;
    while (j < n && !m_taken[j] && isHeadlineKind(m_kinds[j]) && run.size() < 3) {
        if (m_kinds[j] == LineKind::Heading && !run.isEmpty())
            break; // a Markdown heading always starts its own run
        run.append(int(j++));
    }
    qsizetype next = j;
    while (next < n && (m_taken[next] || isCaptionKind(m_kinds[next])))
        ++next;
    const LineKind nextKind = next < n ? m_kinds[next] : LineKind::Prose;
    const bool atEnd = next >= n;
    const auto kindAt = [&](qsizetype k) { return m_kinds[run[k]]; };
    const auto textAt = [&](qsizetype k) -> const QString & { return m_page.blocks[run[k]].text; };

    if (m_roundup.active && run.size() == 1 && kindAt(0) == LineKind::PlaceLine && !atEnd) {
        startRoundupReport(run[0]);
        return j;
    }
    const bool opensRoundup = run.size() >= 2 && kindAt(run.size() - 1) == LineKind::PlaceLine &&
                              nextKind == LineKind::Prose;
    bool hasSubtitle = false;
    for (qsizetype k = 0; k < run.size(); ++k)
        hasSubtitle = hasSubtitle || textAt(k).indexOf(u"——") >= 0;
    const bool isHeadline = m_current < 0 || kindAt(0) == LineKind::Heading ||
                            nextKind == LineKind::Lead || opensRoundup || hasSubtitle ||
                            startsWithSubject(textAt(0));
    if (isHeadline)
        startArticle(run, opensRoundup);
    else
        addSubheadings(run);
    return j;
}

void Assembler::startArticle(const QList<int> &run, bool roundup)
{
    QStringList lines;
    for (const int b : run)
        lines.append(stripHeadingMarks(m_page.blocks[b].text).toString());
    QString placeLine;
    if (roundup)
        placeLine = lines.takeLast();

    Draft d;
    Article &a = d.article;
    a.section = m_section;
    a.blocks = run;
    // A line opening with "——" is the subtitle of the line above it.
    if (lines.size() >= 2 && lines.last().startsWith(u"——")) {
        a.subtitle = lines.takeLast().sliced(2).trimmed();
    }
    auto [title, subtitle] = splitSubtitle(lines.takeLast());
    a.title = title;
    if (!subtitle.isEmpty())
        a.subtitle = subtitle;
    a.kicker = lines.join(u' ');
    a.placeLine = placeLine;
    a.captions = m_pendingCaptions;
    a.blocks += m_pendingCaptionBlocks;
    m_pendingCaptions.clear();
    m_pendingCaptionBlocks.clear();

    m_drafts.append(d);
    m_current = int(m_drafts.size() - 1);
    m_roundup = {};
    if (roundup)
        m_roundup = {true, a.kicker, a.title, a.subtitle, {m_current}};
}

void Assembler::startRoundupReport(int block)
{
    Draft d;
    Article &a = d.article;
    a.section = m_section;
    a.kicker = m_roundup.kicker;
    a.title = m_roundup.title;
    a.subtitle = m_roundup.subtitle;
    a.titleShared = true;
    a.placeLine = stripHeadingMarks(m_page.blocks[block].text).toString();
    a.blocks = {block};
    m_drafts.append(d);
    m_current = int(m_drafts.size() - 1);
    m_roundup.reports.append(m_current);
}

void Assembler::addSubheadings(const QList<int> &run)
{
    Draft &d = current();
    for (const int b : run) {
        const QString text = stripHeadingMarks(m_page.blocks[b].text).toString();
        d.article.subheadings.append(text);
        d.article.paragraphs.append(m_page.blocks[b].text);
        d.body.append({text, true});
        d.article.blocks.append(b);
    }
}

void Assembler::addProse(int block)
{
    Draft &d = current();
    const QString &text = m_page.blocks[block].text;
    d.article.blocks.append(block);
    d.article.paragraphs.append(text);
    if (d.article.lead.isEmpty() && d.body.isEmpty())
        d.article.lead = leadMarker(text);
    const qsizetype creditAt = trailingCreditStart(text);
    if (creditAt > 0) {
        if (d.article.credit.isEmpty())
            d.article.credit = text.sliced(creditAt + 1, text.size() - creditAt - 2);
        d.body.append({text.first(creditAt), false});
        d.closed = true;
    } else {
        d.body.append({text, false});
    }
}

void Assembler::addCredit(int block)
{
    const QString &text = m_page.blocks[block].text;
    const QString credit = text.sliced(1, text.size() - 2).trimmed();
    if (m_current < 0 && !m_drafts.isEmpty())
        m_current = int(m_drafts.size() -
                        1); // a credit after a section label still closes the last article
    Draft &d = current();
    d.article.blocks.append(block);
    if (d.article.credit.isEmpty())
        d.article.credit = credit;
    else
        d.article.credit += u"; "_s + credit;
    d.closed = true;
    if (m_roundup.active && isColumnCredit(credit) && m_roundup.reports.contains(m_current)) {
        for (const int r : std::as_const(m_roundup.reports)) {
            Article &report = m_drafts[r].article;
            if (report.credit.isEmpty()) {
                report.credit = credit;
                report.creditShared = true;
            }
        }
    }
}

void Assembler::addCaption(int block)
{
    const QString &text = m_page.blocks[block].text;
    Caption caption;
    if (m_kinds[block] == LineKind::PhotoCredit) {
        caption.photoCredit = text;
    } else {
        caption.text = text;
        // "广州科普长廊。图源广州市科协": the credit is the part after the sentence.
        const qsizetype at =
            text.indexOf(u"图源") >= 0 ? text.indexOf(u"图源") : text.indexOf(u"图片来源");
        if (at > 0) {
            caption.text = text.first(at).trimmed();
            caption.photoCredit = text.sliced(at);
            if (caption.text.endsWith(u'('))
                caption.text.chop(1);
        }
    }
    // A bare photo credit completes the caption just before it.
    QList<Caption> *captions =
        m_current >= 0 ? &m_drafts[m_current].article.captions : &m_pendingCaptions;
    if (caption.text.isEmpty() && !captions->isEmpty() && captions->last().photoCredit.isEmpty())
        captions->last().photoCredit = caption.photoCredit;
    else
        captions->append(caption);
    if (m_current >= 0)
        m_drafts[m_current].article.blocks.append(block);
    else
        m_pendingCaptionBlocks.append(block);
}

void Assembler::finish()
{
    if (!m_pendingCaptions.isEmpty()) {
        // Captions after the last text of a page with no article: keep them with an untitled one.
        Draft &d = current();
        d.article.captions += m_pendingCaptions;
        d.article.blocks += m_pendingCaptionBlocks;
    }
    for (Draft &d : m_drafts) {
        d.article.body = rejoinColumns(d.body);
        std::sort(d.article.blocks.begin(), d.article.blocks.end());
        m_page.articles.append(std::move(d.article));
    }
    std::sort(m_page.metadataBlocks.begin(), m_page.metadataBlocks.end());
}

// A paragraph is complete when it ends a clause, looking through a closing quote: "…行动。”"
// is complete, "…“保姆式”" (cut before 服务) is not.
bool isComplete(QStringView text)
{
    qsizetype end = text.size();
    while (end > 1 && (text[end - 1] == u'”' || text[end - 1] == u'’' || text[end - 1] == u'"'))
        --end;
    return end < text.size() ? text::endsClause(text[end - 1].unicode()) && text[end - 1] != u')'
                             : text::endsClause(text.back().unicode());
}

} // namespace

QList<Block> splitBlocks(const QString &normalizedText)
{
    QList<Block> blocks;
    int line = 0;
    int blanks = 0;
    qsizetype start = 0;
    while (start <= normalizedText.size()) {
        qsizetype end = normalizedText.indexOf(u'\n', start);
        if (end < 0)
            end = normalizedText.size();
        ++line;
        const QStringView text = QStringView(normalizedText).sliced(start, end - start).trimmed();
        if (text.isEmpty()) {
            ++blanks;
        } else {
            blocks.append({text.toString(), line, blanks});
            blanks = 0;
        }
        start = end + 1;
    }
    return blocks;
}

QString rejoinColumns(const QList<BodyParagraph> &paragraphs)
{
    QString body;
    bool joinNext = false;
    for (qsizetype i = 0; i < paragraphs.size(); ++i) {
        const BodyParagraph &p = paragraphs[i];
        const QString text = p.text.trimmed();
        if (text.isEmpty())
            continue;
        if (!body.isEmpty() && !(joinNext && !p.isHeading && !isParagraphOpener(text)))
            body.append(u'\n');
        body.append(text);
        joinNext = !p.isHeading && !isComplete(text);
    }
    return body;
}

Page parsePage(const QString &normalizedText)
{
    Page page;
    page.text = normalizedText;
    page.blocks = splitBlocks(normalizedText);
    Assembler(page).run();
    page.dateClues = findDateClues(normalizedText);
    return page;
}

} // namespace fangzhi::parse
