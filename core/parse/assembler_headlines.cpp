#include "page_assembler.h"

#include "block_evidence.h"
#include "headline_forms.h"

using namespace Qt::Literals::StringLiterals;

namespace fangzhi::parse::detail {

// A short line standing alone where an article could begin, at the top of the page, after a
// section label or at a wide gap, names a section or a column of briefs ("简讯", "各地科普",
// "聚焦"), not an article; and a Markdown heading with deeper headings under it names a section.
bool Assembler::takeColumnHeading(qsizetype i)
{
    const QString &text = m_page.blocks[i].text;
    const qsizetype next = nextFree(i + 1);
    const LineKind kind = m_kinds[i];
    if (kind == LineKind::Heading) {
        if (next >= m_page.blocks.size() || m_kinds[next] != LineKind::Heading ||
            headingLevel(m_page.blocks[next].text) <= headingLevel(text))
            return false;
        m_page.sections.append({stripHeadingMarks(text).toString(), {}});
        toMetadata(i, u"section heading"_s, u"a Markdown heading over deeper headings"_s);
        m_section = stripHeadingMarks(text).toString();
        m_current = -1;
        return true;
    }
    if (kind != LineKind::ShortLine || text.contains(u' ') || text::charCount(text) > 10 ||
        m_afterPageLabel || next >= m_page.blocks.size())
        return false;
    const bool atTop = m_current < 0;
    const bool alone = isBreak(i) && text::charCount(text) <= 4 &&
                       (m_kinds[next] == LineKind::DateLine || isHeadlineKind(m_kinds[next]));
    const bool column = isBreak(i) && isProseKind(m_kinds[next]) && isColumnName(text) &&
                        !isBreak(next) && text::charCount(text) <= 8;
    // Set apart by a gap, or naming a column ("科技周刊·基层动态") over text or a headline.
    const bool setApart =
        m_page.blocks[next].blanksBefore > 0 ||
        ((isProseKind(m_kinds[next]) || isHeadlineKind(m_kinds[next])) && isColumnName(text));
    if (!(atTop && setApart) && !alone && !column)
        return false;
    QString name = text;
    if (name.startsWith(u'【') && name.endsWith(u'】'))
        name = name.sliced(1, name.size() - 2);
    m_page.sections.append({name, {}});
    const bool briefs = isProseKind(m_kinds[next]);
    toMetadata(i, briefs ? u"column heading"_s : u"section heading"_s,
               atTop ? u"a short line alone before any article, "_s + gapWords(next)
                     : u"a short line alone at a wide gap, over a date line or headline"_s);
    if (briefs)
        m_page.notes[i].evidence.append(
            {0, u"text follows with no headline: a column of briefs"_s});
    m_section = name;
    m_column = briefs ? name : QString();
    m_current = -1;
    m_roundup.active = false;
    return true;
}

// "南江县科协", "县委宣传部" alone after an article's last paragraph, before a wide
// gap or the end of the page: who supplied the article.
bool Assembler::closesWithOrganisation(qsizetype i) const
{
    const Draft *d = m_current >= 0 ? &m_drafts[m_current] : nullptr;
    if (!d || d->body.isEmpty() || d->creditLast || !isOrganisationName(m_page.blocks[i].text) ||
        isBreak(i))
        return false;
    const qsizetype next = nextFree(i + 1);
    return next >= m_page.blocks.size() || isBreak(next) || m_kinds[next] == LineKind::PageLabel ||
           m_kinds[next] == LineKind::SectionLabel;
}

Evidence Assembler::headlineEvidence(const QList<int> &run, qsizetype next) const
{
    Evidence e;
    const qsizetype n = m_page.blocks.size();
    const LineKind nextKind = next < n ? m_kinds[next] : LineKind::Prose;
    const QString &first = m_page.blocks[run[0]].text;
    const Draft *d = m_current >= 0 ? &m_drafts[m_current] : nullptr;
    if (!d)
        e.add(4, u"no article is open"_s);
    else if (d->body.isEmpty() &&
             (d->article.title.isEmpty() || m_kinds[run[0]] != LineKind::PunctuatedShortLine))
        e.add(4, u"the article above has no text yet"_s);
    else if (d->body.isEmpty())
        e.add(-2, u"the headline above has no text yet: a sentence under it is its text"_s);
    if (m_kinds[run[0]] == LineKind::Heading)
        e.add(4, u"a Markdown heading"_s);
    if (isBreak(run[0]))
        e.add(3, u"wider gap before: "_s + gapWords(run[0]));
    if (d && d->creditLast)
        e.add(2, u"the article above ended with its credit"_s);
    if (nextKind == LineKind::Lead)
        e.add(5, u"a dateline follows: what stands over a dateline is its headline"_s);
    if (nextKind == LineKind::Byline || nextKind == LineKind::DateLine)
        e.add(3, u"a byline or date line follows"_s);
    for (const int b : run) {
        const QString &t = m_page.blocks[b].text;
        if (t.contains(u"——")) {
            e.add(4, u"a \"——\" subtitle"_s);
            break;
        }
    }
    if (startsWithSubject(first) || opensWithSubjectColon(first))
        e.add(4, u"opens with a place or association, then what it did"_s);
    else if (opensWithSubject(first))
        e.add(2, u"opens with a place or association"_s);
    if (opensWithDate(first) && first.contains(u','))
        e.add(-3, u"opens with a date, as a lead does"_s);
    if (next >= n || (!isProseKind(nextKind) && nextKind != LineKind::Byline &&
                      nextKind != LineKind::PunctuatedShortLine && nextKind != LineKind::DateLine &&
                      !isCaptionKind(nextKind) && nextKind != LineKind::Credit))
        e.add(-3, u"no text follows it"_s);
    else if (next < n && isProseKind(nextKind) && isBreak(next))
        e.add(-2, u"a wide gap parts it from the text below"_s);
    for (const int b : run) {
        const QString &t = m_page.blocks[b].text;
        if (hasCaptionCue(t)) {
            e.add(-4, u"reads as a photo caption"_s);
            break;
        }
    }
    if (m_kinds[run[0]] == LineKind::PunctuatedShortLine && run.size() == 1)
        e.add(-1, u"holds commas"_s);
    if (isBreak(run[0]) && next < n && isProseKind(nextKind) && !isBreak(next))
        e.add(1, u"set apart from the text above, close to the text below"_s);
    if (m_pageHasBreaks && d && !d->body.isEmpty() && !isBreak(run[0]) && !d->creditLast)
        e.add(-1, u"as close to the text above as its paragraphs"_s);
    if (next < n && isProseKind(nextKind)) {
        const QString &below = m_page.blocks[next].text;
        if (opensWithDate(below) || nextKind == LineKind::Lead)
            e.add(1, u"the text below opens as news does, with its date"_s);
        if (retells(first, below))
            e.add(1, u"the text below retells it"_s);
    }
    // A sentence's tail cut off by a column break is short too, but has no headline's form.
    const bool headlineForm = first.contains(u"——") || startsWithSubject(first) ||
                              opensWithSubjectColon(first) || nextKind == LineKind::Lead;
    if (run.size() == 1 && !headlineForm && d && !d->body.isEmpty() &&
        !isComplete(d->body.last().text) && !d->body.last().isHeading)
        e.add(-3, u"the paragraph above breaks off mid-sentence"_s);
    return e;
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
        if (!run.isEmpty() && isBreak(j))
            break; // a wide gap parts headlines
        if (!run.isEmpty() && m_kinds[j] == LineKind::PunctuatedShortLine &&
            m_page.blocks[j].blanksBefore > 0)
            break; // a line with commas after a gap is text, not part of the headline
        run.append(int(j++));
    }
    // A name alone under a headline ("王飞") is its byline.
    if (run.size() >= 2 && m_kinds[run.last()] == LineKind::ShortLine &&
        text::charCount(m_page.blocks[run.last()].text) <= 3 &&
        !isPlaceName(m_page.blocks[run.last()].text)) {
        m_kinds[run.last()] = LineKind::Byline;
        j = run.takeLast();
    }
    qsizetype next = j;
    while (next < n && (m_taken[next] || isCaptionKind(m_kinds[next])))
        ++next;
    const LineKind nextKind = next < n ? m_kinds[next] : LineKind::Prose;
    const bool atEnd = next >= n;
    const auto kindAt = [&](qsizetype k) { return m_kinds[run[k]]; };

    if (m_roundup.active && run.size() == 1 && kindAt(0) == LineKind::PlaceLine && !atEnd) {
        note(run[0], u"roundup place line"_s, u"a place alone inside a roundup"_s);
        startRoundupReport(run[0]);
        return j;
    }
    const bool opensRoundup = run.size() >= 2 && kindAt(run.size() - 1) == LineKind::PlaceLine &&
                              nextKind == LineKind::Prose;
    Evidence e = headlineEvidence(run, next);
    if (opensRoundup)
        e.add(4, u"a headline over a place line: a roundup"_s);
    if (e.score >= 3) {
        startArticle(run, opensRoundup, e);
        return j;
    }
    // Not a headline: a caption, a sub-heading, or a line of text: one with commas, one that
    // goes on from a paragraph broken off mid-sentence, one that opens a quotation it does not
    // close.
    for (const int b : run) {
        const QString &t = m_page.blocks[b].text;
        const Draft *d = open();
        const bool continues = run.size() == 1 && d && !d->body.isEmpty() &&
                               !d->body.last().isHeading && !isComplete(d->body.last().text);
        const bool caption =
            !continues &&
            (hasCaptionCue(t) || (m_kinds[b] == LineKind::PunctuatedShortLine &&
                                  (next >= n || isBreak(next) || !isProseKind(nextKind))));
        if (continues || t.count(u'“') > t.count(u'”') || t.count(u'(') > t.count(u')'))
            m_kinds[b] = LineKind::PunctuatedShortLine;
        if (caption) {
            m_kinds[b] = LineKind::Caption;
            addCaption(b);
            note(b, u"caption"_s, e.reasons);
        } else if (m_kinds[b] == LineKind::PunctuatedShortLine) {
            addProse(b);
            note(b, u"body"_s, e.reasons);
        } else {
            addSubheadings({b});
            note(b, u"sub-heading"_s, e.reasons);
        }
    }
    return j;
}

void Assembler::startArticle(const QList<int> &run, bool roundup, const Evidence &why)
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
    a.confidence = why.score >= 4 ? 1.0 : 0.8;
    // A line opening with "——" is the subtitle of the line above it; so is a last line that
    // reports ("…小记", "…简报"), a plain line under a Markdown heading, or a shorter slogan
    // under a full statement ("广元市科协推进科普示范县建设" / "建阵地 强队伍").
    if (lines.size() >= 2) {
        const QString &last = lines.last();
        const QString &above = lines[lines.size() - 2];
        const bool markdownAbove = m_kinds[run[lines.size() - 2]] == LineKind::Heading;
        if (last.startsWith(u"——"))
            a.subtitle = lines.takeLast().sliced(2).trimmed();
        else if (isReportageSubtitle(last) || markdownAbove ||
                 (last.size() < above.size() && last.contains(u' ') && !above.contains(u' ') &&
                  !isPlaceName(above)))
            a.subtitle = lines.takeLast();
    }
    const HeadlineParts parts = splitDash(lines.takeLast());
    a.title = parts.title;
    if (!parts.subtitle.isEmpty())
        a.subtitle = parts.subtitle;
    if (!parts.kicker.isEmpty())
        lines.append(parts.kicker);
    a.kicker = lines.join(u' ');
    a.placeLine = placeLine;
    a.captions = m_pendingCaptions;
    a.blocks += m_pendingCaptionBlocks;
    m_pendingCaptions.clear();
    m_pendingCaptionBlocks.clear();
    for (qsizetype k = 0; k < run.size(); ++k)
        note(run[k],
             k + 1 == run.size() - (roundup ? 1 : 0) ? u"headline"_s
             : roundup && k + 1 == run.size()        ? u"roundup place line"_s
                                                     : u"kicker"_s,
             why.reasons);

    m_drafts.append(d);
    m_current = int(m_drafts.size() - 1);
    m_column.clear();
    m_roundup = {};
    if (roundup)
        m_roundup = {true, a.kicker, a.title, a.subtitle, {m_current}};
    if (m_pendingDateLine >= 0) {
        const int b = m_pendingDateLine;
        m_pendingDateLine = -1;
        addDateLine(b);
    }
}

} // namespace fangzhi::parse::detail
