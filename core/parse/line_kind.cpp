#include "line_kind.h"

#include "block_evidence.h"
#include "text/chars.h"

#include <QList>

using namespace Qt::Literals::StringLiterals;
using fangzhi::text::charCount;
using fangzhi::text::isHan;
using fangzhi::text::isSentencePunct;

namespace fangzhi::parse {
namespace {

constexpr qsizetype MaxHeadlineChars = 48;
constexpr qsizetype MaxCreditChars = 60;
constexpr qsizetype MaxCaptionChars = 80;

bool hasSentencePunct(QStringView s)
{
    for (const QChar c : s)
        if (isSentencePunct(c.unicode()))
            return true;
    return false;
}

bool allHan(QStringView s)
{
    if (s.isEmpty())
        return false;
    for (const QChar c : s)
        if (!isHan(c) && c != u'·')
            return false;
    return true;
}

qsizetype hanCount(QStringView s)
{
    qsizetype n = 0;
    for (const QChar c : s)
        if (isHan(c))
            ++n;
    return n;
}

// "KE XIE DONG TAI": two or more words of capital letters.
bool isPinyinLine(QStringView s)
{
    int words = 0;
    bool inWord = false;
    for (const QChar c : s) {
        if (c == u' ') {
            inWord = false;
        } else if (c >= u'A' && c <= u'Z') {
            words += !inWord;
            inWord = true;
        } else {
            return false;
        }
    }
    return words >= 2;
}

bool isBannerLine(QStringView s)
{
    const auto groups = s.split(u' ', Qt::SkipEmptyParts);
    if (groups.size() < 3)
        return false;
    for (const auto g : groups)
        if (!allHan(g) || g.size() < 2 || g.size() > 5)
            return false;
    return true;
}

bool isAssociationName(QStringView s)
{
    return allHan(s) && s.size() <= 24 &&
           (s.endsWith(u"科学技术协会") || (s.endsWith(u"科协") && s.size() > 2));
}

bool isPhotoCredit(QStringView s)
{
    if (charCount(s) > 30 || hasSentencePunct(s))
        return false;
    if (s.startsWith(u"图源") || s.startsWith(u"图片来源") || s.startsWith(u"图/") ||
        s.startsWith(u"供图"))
        return true;
    if (!s.endsWith(u'摄'))
        return false;
    return s.contains(u' ') || s.startsWith(u"本报记者") || s.startsWith(u"记者") ||
           s.startsWith(u"通讯员");
}

bool isCaptionWithCredit(QStringView s)
{
    return charCount(s) <= MaxCaptionChars && (s.contains(u"。图源") || s.contains(u"(图源") ||
                                               s.contains(u"。图片来源") || s.contains(u"。图/"));
}

bool isCreditLine(QStringView s)
{
    if (!s.startsWith(u'(') || !s.endsWith(u')') || s.size() < 3)
        return false;
    const QStringView inner = s.sliced(1, s.size() - 2);
    return charCount(inner) <= MaxCreditChars && !inner.contains(u'(') && !inner.contains(u')') &&
           !inner.contains(u'。') && hanCount(inner) >= 2;
}

// A line that could be a headline if its context says so: short, no full stop, not ending a
// clause, commas and the like allowed ("科普进校园,点亮科学梦!").
bool isHeadlineShaped(QStringView s)
{
    if (charCount(s) > MaxHeadlineChars || hanCount(s) < 2 || s.contains(u'。'))
        return false;
    return !text::endsClause(s.back().unicode()) || s.back() == u'!' || s.back() == u'?';
}

} // namespace

QStringView stripBullet(QStringView line)
{
    line = line.trimmed();
    while (line.startsWith(u"- ") || line.startsWith(u"* ") || line.startsWith(u"• ") ||
           line.startsWith(u"· "))
        line = line.sliced(2).trimmed();
    return line;
}

QStringView stripHeadingMarks(QStringView line)
{
    qsizetype i = 0;
    while (i < line.size() && line[i] == u'#')
        ++i;
    return line.sliced(i).trimmed();
}

bool isPlaceName(QStringView s)
{
    if (s.endsWith(u"科协"))
        s.chop(2);
    if (s == u"省" || s == u"市" || s == u"县" || s == u"区" || s == u"州")
        return true; // 省科协, 市科协: the level's own association
    if (!allHan(s) || s.size() < 2 || s.size() > 12)
        return false;
    static constexpr char16_t suffixes[] = u"省市州县区旗盟";
    for (const char16_t c : suffixes)
        if (c && s.back() == QChar(c))
            return true;
    return s.endsWith(u"地区");
}

bool startsWithSubject(QStringView headline)
{
    const qsizetype space = headline.indexOf(u' ');
    if (space <= 0)
        return false;
    const QStringView first = headline.first(space);
    return isPlaceName(first) || isAssociationName(first);
}

QString leadMarker(QStringView prose)
{
    return datelineAt(prose);
}

TrailingCredit trailingCredit(QStringView prose)
{
    const auto afterSentence = [&](qsizetype at) {
        while (at > 0 && prose[at - 1] == u' ')
            --at;
        if (at <= 0)
            return false;
        const QChar before = prose[at - 1];
        return before == u'。' || before == u'!' || before == u'?' || before == u'”' ||
               before == u'…' || before == u'.';
    };
    if (prose.endsWith(u')')) {
        // "…取得新进展。(王某)", "…3个。 (李某)"
        const qsizetype open = prose.lastIndexOf(u'(');
        if (open <= 0)
            return {};
        const QStringView inner = prose.sliced(open + 1, prose.size() - open - 2);
        if (inner.isEmpty() || charCount(inner) > 40 || hasSentencePunct(inner) ||
            hanCount(inner) < 2 || !isBracketedCredit(inner) || !afterSentence(open))
            return {};
        return {open, inner.trimmed().toString()};
    }
    // "…参加了活动。 广元市科协供稿": a credit set after the last sentence without brackets.
    const qsizetype stop = prose.lastIndexOf(u'。');
    if (stop < 0 || stop + 1 >= prose.size())
        return {};
    const QStringView tail = prose.sliced(stop + 1).trimmed();
    if (tail.isEmpty() || charCount(tail) > 30 || !isBylineLine(tail))
        return {};
    return {stop + 1, tail.toString()};
}

bool isParagraphOpener(QStringView prose)
{
    static const QStringView openers[] = {u"下一步,", u"据悉,", u"据了解,", u"会上,",
                                          u"此外,",   u"同时,", u"近日,",   u"目前,",
                                          u"今后,",   u"另外,", u"近年来,", u"日前,"};
    for (const auto o : openers)
        if (prose.startsWith(o))
            return true;
    // A paragraph that opens by naming an association ("通江县科协以…") starts a sentence; a
    // column's continuation starts mid-word.
    const qsizetype xh = prose.first(std::min<qsizetype>(prose.size(), 16)).indexOf(u"科协");
    if (xh > 0 && isPlaceName(prose.first(xh + 2)))
        return true;
    return !leadMarker(prose).isEmpty();
}

bool isColumnCredit(QStringView credit)
{
    return credit.startsWith(u"本栏目") || credit.startsWith(u"本版") ||
           credit.contains(u"组稿:") || credit.contains(u"撰稿:");
}

SectionParts splitSectionLabel(QStringView line)
{
    qsizetype i = 0;
    while (i < line.size() && isHan(line[i]))
        ++i;
    QStringView rest = line.sliced(i).trimmed();
    if (rest.startsWith(u'|') || rest.startsWith(u'｜'))
        rest = rest.sliced(1).trimmed();
    return {line.first(i).toString(), rest.toString()};
}

LineKind classifyLine(QStringView line)
{
    const QStringView bare = stripBullet(line);
    if (bare.startsWith(u"本版协办单位") || bare.startsWith(u"协办单位"))
        return LineKind::SponsorHeading;
    if (isAssociationName(bare) && bare.endsWith(u"科学技术协会"))
        return LineKind::Association;
    if (line.startsWith(u'#'))
        return isPlaceName(stripHeadingMarks(line)) ? LineKind::PlaceLine : LineKind::Heading;
    // Furniture, labels, date lines and bylines are all short; most lines of a page are not.
    const bool shortLine = line.size() <= 64;
    if (shortLine && isFurniture(line))
        return LineKind::Furniture;
    if (shortLine && isPageLabel(line))
        return LineKind::PageLabel;
    if (shortLine && isDateLine(line))
        return LineKind::DateLine;
    if (isCreditLine(line))
        return isBracketedCredit(line.sliced(1, line.size() - 2)) ? LineKind::Credit
                                                                  : LineKind::Caption;
    if (isPhotoCredit(line))
        return LineKind::PhotoCredit;
    if (isCaptionWithCredit(line))
        return LineKind::CaptionWithCredit;
    if (shortLine && isBylineLine(line))
        return LineKind::Byline;
    if (isPinyinLine(line))
        return LineKind::Pinyin;
    if (const auto parts = splitSectionLabel(line);
        parts.name.size() >= 2 && parts.name.size() <= 8 && isPinyinLine(parts.pinyin))
        return LineKind::SectionLabel;
    if (!leadMarker(line).isEmpty())
        return LineKind::Lead;
    if (charCount(line) <= MaxHeadlineChars && !hasSentencePunct(line) && hanCount(line) >= 2) {
        if (isPlaceName(line))
            return LineKind::PlaceLine;
        if (isBannerLine(line))
            return LineKind::Banner;
        return LineKind::ShortLine;
    }
    return isHeadlineShaped(line) ? LineKind::PunctuatedShortLine : LineKind::Prose;
}

QString kindName(LineKind kind)
{
    switch (kind) {
    case LineKind::Prose:
        return u"body"_s;
    case LineKind::Lead:
        return u"lead"_s;
    case LineKind::ShortLine:
        return u"short line"_s;
    case LineKind::PunctuatedShortLine:
        return u"short line with commas"_s;
    case LineKind::PlaceLine:
        return u"place line"_s;
    case LineKind::Heading:
        return u"Markdown heading"_s;
    case LineKind::Credit:
        return u"credit"_s;
    case LineKind::PhotoCredit:
        return u"photo credit"_s;
    case LineKind::CaptionWithCredit:
        return u"caption with credit"_s;
    case LineKind::SectionLabel:
        return u"section label"_s;
    case LineKind::Pinyin:
        return u"pinyin"_s;
    case LineKind::Banner:
        return u"banner"_s;
    case LineKind::SponsorHeading:
        return u"sponsor heading"_s;
    case LineKind::Association:
        return u"association name"_s;
    case LineKind::PageLabel:
        return u"page label"_s;
    case LineKind::DateLine:
        return u"date line"_s;
    case LineKind::Furniture:
        return u"site furniture"_s;
    case LineKind::Byline:
        return u"byline"_s;
    case LineKind::Caption:
        return u"caption"_s;
    }
    return {};
}

} // namespace fangzhi::parse
