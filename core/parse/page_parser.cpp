#include "page_parser.h"

#include "page_assembler.h"

#include "block_evidence.h"
#include "date_clues.h"
#include "headline_forms.h"
#include "line_kind.h"
#include "text/stop_request.h"
#include "text/chars.h"

using namespace Qt::Literals::StringLiterals;

namespace fangzhi::parse {
namespace detail {

void Assembler::run()
{
    // Stopped on request between the steps and inside the long ones: the page is then dropped.
    for (void (Assembler::*step)() : {&Assembler::classify, &Assembler::markSponsorBox, &Assembler::markSectionLabels,
                                      &Assembler::markCaptions, &Assembler::assemble, &Assembler::finish}) {
        if (text::stopRequested())
            return;
        (this->*step)();
    }
}

void Assembler::classify()
{
    const qsizetype n = m_page.blocks.size();
    m_kinds.reserve(n);
    m_page.notes.resize(n);
    for (qsizetype i = 0; i < n; ++i) {
        if (i % 8192 == 8191 && text::stopRequested()) {
            m_kinds.resize(n); // the page is dropped; what follows needs every line to have a kind
            break;
        }
        m_kinds.append(classifyLine(m_page.blocks[i].text));
        m_page.notes[i].kind = kindName(m_kinds[i]);
    }
    m_taken.fill(false, n);
    // The gap a page sets between the paragraphs of one article is the commonest gap between
    // two paragraphs; a wider one is a boundary between articles.
    QList<int> counts(4, 0);
    for (qsizetype i = 1; i < n; ++i)
        if (isProseKind(m_kinds[i]) && isProseKind(m_kinds[i - 1]))
            ++counts[std::min(m_page.blocks[i].blanksBefore, 3)];
    int best = 1;
    for (int g = 0; g < 4; ++g)
        if (counts[g] > counts[best])
            best = g;
    m_paragraphGap = best;
    bool prose = false;
    for (qsizetype i = 0; i < n && !m_pageHasBreaks; ++i) {
        // A wide gap before an article, not before a column's own heading.
        const bool opensArticle = isProseKind(m_kinds[i]) || (isHeadlineKind(m_kinds[i]) &&
                                                              !isColumnName(m_page.blocks[i].text));
        m_pageHasBreaks = prose && opensArticle && isBreak(i);
        prose = prose || isProseKind(m_kinds[i]);
    }
}

bool Assembler::isBreak(qsizetype block) const
{
    return m_page.blocks[block].blanksBefore > m_paragraphGap;
}

QString Assembler::gapWords(qsizetype block) const
{
    return u"%1 blank lines before it, paragraphs have %2"_s.arg(m_page.blocks[block].blanksBefore)
        .arg(m_paragraphGap);
}

qsizetype Assembler::nextFree(qsizetype from) const
{
    while (from < m_page.blocks.size() && m_taken[from])
        ++from;
    return from;
}

void Assembler::note(qsizetype block, const QString &kind, const QList<Reason> &evidence)
{
    m_page.notes[block].kind = kind;
    m_page.notes[block].evidence += evidence;
}

void Assembler::toMetadata(qsizetype block, const QString &kind, const QString &why)
{
    m_page.metadataBlocks.append(int(block));
    m_taken[block] = true;
    note(block, kind, why);
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
        toMetadata(h, u"sponsor heading"_s, u"names the page's sponsors"_s);
        qsizetype end = h + 1;
        // "(排名不分先后)" on a line of its own belongs to the heading.
        if (end < m_page.blocks.size() && m_kinds[end] == LineKind::Credit &&
            m_page.blocks[end].text.contains(u"排名")) {
            heading += u' ' + m_page.blocks[end].text;
            toMetadata(end, u"sponsor heading"_s, u"the heading's second line"_s);
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
            toMetadata(i, u"sponsor"_s, u"an association listed beside the sponsor heading"_s);
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
            toMetadata(i, u"section label"_s, u"the pinyin of the line above"_s);
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
        if ((prev == LineKind::Prose || prev == LineKind::ShortLine ||
             prev == LineKind::PunctuatedShortLine) &&
            text::charCount(m_page.blocks[i - 1].text) <= 80) {
            m_kinds[i - 1] = LineKind::CaptionWithCredit;
            note(i - 1, u"caption"_s, u"a photo credit follows"_s);
        }
    }
}

Draft &Assembler::current()
{
    if (m_current < 0) {
        // Text before any headline (a fragment continued from another page, or an untitled
        // article after a page label): keep it as an untitled article rather than lose it.
        Draft d;
        d.article.section = m_section;
        // Text on top of a page with no heading at all may go on from another page.
        const bool headed = !m_page.sections.isEmpty() || !m_page.pageLabels.isEmpty() ||
                            !m_page.banners.isEmpty() || m_pendingDateLine >= 0;
        d.article.confidence = m_drafts.isEmpty() && !headed ? 0.5 : 0.8;
        d.article.kicker = m_column;
        m_drafts.append(d);
        m_current = int(m_drafts.size() - 1);
        m_roundup.active = false;
        if (m_pendingDateLine >= 0) {
            const int b = m_pendingDateLine;
            m_pendingDateLine = -1;
            addDateLine(b);
        }
    }
    return m_drafts[m_current];
}

void Assembler::assemble()
{
    const qsizetype n = m_page.blocks.size();
    qsizetype i = 0;
    for (int step = 1; i < n; ++step) {
        if (step % 8192 == 0 && text::stopRequested())
            return; // the page is dropped
        if (m_taken[i]) {
            ++i;
            continue;
        }
        const Block &b = m_page.blocks[i];
        const LineKind kind = m_kinds[i];
        switch (kind) {
        case LineKind::Banner:
            if (m_drafts.isEmpty()) {
                m_page.banners.append(b.text);
                toMetadata(i++, u"banner"_s, u"slogan groups before any article"_s);
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
            toMetadata(i, u"section label"_s, u"a name with its pinyin"_s);
            m_section = parts.name;
            m_column.clear();
            m_current = -1;
            m_roundup.active = false;
            i = twoLines ? next + 1 : next;
            break;
        }
        case LineKind::PageLabel:
            m_page.pageLabels.append(b.text);
            toMetadata(i, u"page label"_s,
                       u"a digital edition's page line: a new article follows"_s);
            if (const QString section = pageLabelSection(b.text); !section.isEmpty())
                m_section = section;
            m_column.clear();
            m_current = -1;
            m_roundup.active = false;
            m_afterPageLabel = true;
            ++i;
            break;
        case LineKind::Furniture:
            m_page.furniture.append(b.text);
            toMetadata(i++, u"site furniture"_s, u"a saved web page's controls"_s);
            break;
        case LineKind::DateLine:
            addDateLine(int(i++));
            break;
        case LineKind::SponsorHeading: // a second heading with no list: still the sponsor box
            toMetadata(i++, u"sponsor heading"_s, u"a sponsor heading without a list"_s);
            break;
        case LineKind::ShortLine:
        case LineKind::PunctuatedShortLine:
        case LineKind::PlaceLine:
        case LineKind::Heading:
            if (closesWithOrganisation(i)) {
                addCredit(int(i), b.text);
                note(i++, u"credit"_s, u"an organisation's name closing the text above"_s);
            } else if (!takeColumnHeading(i))
                i = takeHeadlineRun(i);
            else
                ++i;
            break;
        case LineKind::Credit: {
            Draft *d = open();
            if (d && d->body.isEmpty() && !d->article.title.isEmpty() && !d->closed &&
                text::charCount(b.text) <= 24 && b.text.contains(u"记者")) {
                addByline(int(i++)); // "(记者 王某)" under a headline names the writer
                break;
            }
            addCredit(int(i), b.text.sliced(1, b.text.size() - 2).trimmed());
            note(i++, u"credit"_s, u"a name or organisation in brackets"_s);
            break;
        }
        case LineKind::Byline:
            addByline(int(i++));
            break;
        case LineKind::PhotoCredit:
        case LineKind::CaptionWithCredit:
        case LineKind::Caption:
            addCaption(int(i++));
            break;
        case LineKind::Association:
        case LineKind::Pinyin:
        case LineKind::Lead:
        case LineKind::Prose:
            addProse(int(i++));
            break;
        }
        if (kind != LineKind::PageLabel && kind != LineKind::DateLine)
            m_afterPageLabel = false;
    }
}

void Assembler::startUntitled(double confidence)
{
    Draft d;
    d.article.section = m_section;
    d.article.confidence = confidence;
    if (!m_column.isEmpty())
        d.article.kicker = m_column;
    m_drafts.append(d);
    m_current = int(m_drafts.size() - 1);
    m_roundup.active = false;
}

// A sub-report of the roundup in force, under its headline: opened by a place line, or by a
// paragraph opening with one of the places the roundup's intro lists (place line empty).
void Assembler::startRoundupReport(int placeLineBlock, double confidence)
{
    Draft d;
    Article &a = d.article;
    a.section = m_section;
    a.kicker = m_roundup.kicker;
    a.title = m_roundup.title;
    a.subtitle = m_roundup.subtitle;
    a.titleShared = true;
    a.confidence = confidence;
    if (placeLineBlock >= 0) {
        a.placeLine = stripHeadingMarks(m_page.blocks[placeLineBlock].text).toString();
        a.blocks = {placeLineBlock};
    } else if (m_current >= 0) {
        d.places = m_drafts[m_current].places;
    }
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
        d.creditLast = false;
    }
}

// What says a paragraph opens a new article although no headline stands over it.
Evidence Assembler::articleStartEvidence(int block) const
{
    Evidence e;
    const Draft &d = m_drafts[m_current];
    const QString &text = m_page.blocks[block].text;
    if (d.body.isEmpty())
        return e;
    if (!d.body.last().isHeading && !isComplete(d.body.last().text)) {
        e.add(-9, u"the paragraph above breaks off mid-sentence: a column break"_s);
        return e;
    }
    if (m_kinds[block] == LineKind::Lead)
        e.add(3, u"opens with a dateline"_s);
    if (isBreak(block))
        e.add(3, u"wider gap before: "_s + gapWords(block));
    if (d.creditLast)
        e.add(3, u"the article above ended with its credit"_s);
    if (!m_column.isEmpty() && opensWithItemMarker(text))
        e.add(3, u"a numbered or bulleted item of a column"_s);
    // Where a page parts its articles by wider gaps, a column's paragraphs are one article's
    // unless a gap or a marker says otherwise; where it does not, the briefs' openings tell.
    if (!m_column.isEmpty() && !m_pageHasBreaks) {
        e.add(1, u"in a column of briefs"_s);
        if (opensWithDate(text) && !refersBack(text))
            e.add(2, u"a brief that opens with its date"_s);
        if (!opensWithDate(text) && !refersBack(text) && datesItsNewsEarly(text))
            e.add(2, u"a brief that dates its news in its first sentence"_s);
        if (opensWithAssociation(text))
            e.add(2, u"a brief that opens with the association that acted"_s);
    }
    if (opensAsContinuation(text))
        e.add(-3, u"opens as a continuation (会上, 据悉, 同时 …)"_s);
    else if (refersBack(text))
        e.add(-2, u"refers back to a place already named (县科协, 该 …)"_s);
    return e;
}

void Assembler::addProse(int block)
{
    const QString &text = m_page.blocks[block].text;
    QList<Reason> evidence;
    if (m_current >= 0) {
        Draft &open = m_drafts[m_current];
        const Evidence e = articleStartEvidence(block);
        evidence = e.reasons;
        if (e.score >= 3) {
            startUntitled(e.score >= 5 ? 0.9 : 0.7);
        } else if (!open.body.isEmpty()) {
            for (const QString &place : std::as_const(open.places)) {
                if (!text.startsWith(place))
                    continue;
                evidence.append({4, u"opens with "_s + place +
                                        u", one of the places the roundup's intro lists"_s});
                if (!m_roundup.active)
                    m_roundup = {true,
                                 open.article.kicker,
                                 open.article.title,
                                 open.article.subtitle,
                                 {m_current}};
                startRoundupReport(-1, 0.7); // open is moved from here on
                break;
            }
        }
    }
    Draft &d = current();
    d.article.blocks.append(block);
    d.article.paragraphs.append(text);
    if (d.article.lead.isEmpty() && d.body.isEmpty())
        d.article.lead = leadMarker(text);
    if (d.body.isEmpty() && d.places.isEmpty())
        d.places = listedPlaces(text);
    if (const TrailingCredit credit = trailingCredit(text); credit.start > 0) {
        if (d.article.credit.isEmpty())
            d.article.credit = credit.credit;
        d.body.append({text.first(credit.start).trimmed(), false});
        d.closed = d.creditLast = true;
        evidence.append({0, u"ends with a credit: "_s + credit.credit});
    } else {
        d.body.append({text, false});
        d.creditLast = false;
    }
    note(block, d.body.size() == 1 && !d.article.lead.isEmpty() ? u"lead"_s : u"body"_s, evidence);
}

void Assembler::addCredit(int block, const QString &credit)
{
    if (m_current < 0 && !m_drafts.isEmpty())
        m_current = int(m_drafts.size() -
                        1); // a credit after a section label still closes the last article
    Draft &d = current();
    d.article.blocks.append(block);
    if (d.article.credit.isEmpty())
        d.article.credit = credit;
    else
        d.article.credit += u"; "_s + credit;
    d.closed = d.creditLast = true;
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

// A byline under a headline names the writer; after the text it is the closing credit.
void Assembler::addByline(int block)
{
    const QString &text = m_page.blocks[block].text;
    Draft *d = open();
    if (d && !d->body.isEmpty()) {
        addCredit(block, text);
        note(block, u"credit"_s, u"names the writer after the text"_s);
        return;
    }
    Draft &owner = current();
    owner.article.blocks.append(block);
    owner.article.byline += (owner.article.byline.isEmpty() ? QString() : u" "_s) + text;
    note(block, u"byline"_s, u"names the writer before the text"_s);
}

// A date line belongs to the article whose headline it follows; one standing before any text
// waits for the article after it, and so parts it from the one before.
void Assembler::addDateLine(int block)
{
    const QString &text = m_page.blocks[block].text;
    Draft *d = open();
    if (d && d->body.isEmpty()) { // a second one under the same headline says the date again
        d->article.dateLine += (d->article.dateLine.isEmpty() ? QString() : u" "_s) + text;
        if (!d->article.date.isValid())
            d->article.date = dateOfDateLine(text);
        d->article.blocks.append(block);
        note(block, u"date line"_s, u"dates the article whose headline it follows"_s);
        return;
    }
    if (m_pendingDateLine >= 0) { // two in a row: the first one dates nothing
        m_page.dateLines.append(m_page.blocks[m_pendingDateLine].text);
        toMetadata(m_pendingDateLine, u"date line"_s, u"a date line followed by another"_s);
    }
    m_pendingDateLine = block;
    m_current = -1;
    m_roundup.active = false;
    note(block, u"date line"_s, u"stands before text: dates the article after it"_s);
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
        if (at > 0 && m_kinds[block] == LineKind::CaptionWithCredit) {
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
    if (m_page.notes[block].evidence.isEmpty())
        note(block, u"caption"_s,
             {m_current >= 0 ? u"illustrates the article it stands in"_s
                             : u"stands before the article it illustrates"_s});
}

void Assembler::finish()
{
    if (!m_pendingCaptions.isEmpty()) {
        // Captions after the last text of a page with no article: keep them with an untitled one.
        Draft &d = current();
        d.article.captions += m_pendingCaptions;
        d.article.blocks += m_pendingCaptionBlocks;
    }
    if (m_pendingDateLine >= 0) {
        m_page.dateLines.append(m_page.blocks[m_pendingDateLine].text);
        toMetadata(m_pendingDateLine, u"date line"_s, u"no article follows it"_s);
    }
    for (qsizetype i = 0; i < m_drafts.size(); ++i) {
        if (i % 1024 == 1023 && text::stopRequested())
            return; // the page is dropped
        Article &a = m_drafts[i].article;
        a.body = rejoinColumns(m_drafts[i].body);
        if (a.title.isEmpty() && !a.body.isEmpty()) {
            a.title = derivedTitle(a);
            a.titleDerived = true;
        }
        std::sort(a.blocks.begin(), a.blocks.end());
        m_page.articles.append(std::move(a));
    }
    std::sort(m_page.metadataBlocks.begin(), m_page.metadataBlocks.end());
}

} // namespace detail

using detail::isComplete;

QList<Block> splitBlocks(const QString &normalizedText)
{
    QList<Block> blocks;
    int line = 0;
    int blanks = 0;
    qsizetype start = 0;
    while (start <= normalizedText.size()) {
        if (line % 8192 == 8191 && text::stopRequested())
            return blocks; // the page is dropped
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
    detail::Assembler(page).run();
    if (!text::stopRequested())
        page.dateClues = findDateClues(normalizedText);
    return page;
}

} // namespace fangzhi::parse
