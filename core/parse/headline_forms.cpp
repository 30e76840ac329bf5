#include "headline_forms.h"

#include "block_evidence.h"
#include "line_kind.h"
#include "text/chars.h"

#include <algorithm>
#include <vector>

using namespace Qt::Literals::StringLiterals;

namespace fangzhi::parse {

// "简讯", "科协动态", "科普之窗": short names papers give their columns.
bool isColumnName(QStringView line)
{
    if (line.startsWith(u'【') && line.endsWith(u'】')) // "【科协动态】"
        line = line.sliced(1, line.size() - 2);
    static const QStringView words[] = {u"简讯", u"动态", u"短讯", u"快讯", u"集锦", u"速递",
                                        u"信息", u"要闻", u"新闻", u"之窗", u"传真", u"一览"};
    if (text::charCount(line) <= 4)
        return true;
    for (const QStringView w : words)
        if (line.endsWith(w))
            return true;
    return false;
}

// "阿坝州科协积极…", "剑阁县科协组织…": a line that opens with an association.
bool opensWithAssociation(QStringView line)
{
    const qsizetype xh = line.first(std::min<qsizetype>(line.size(), 14)).indexOf(u"科协");
    return xh >= 1 && isPlaceName(line.first(xh + 2));
}

// "阿坝州科协积极…", "苍溪县开展…": a headline that opens with its subject, without a space.
bool opensWithSubject(QStringView line)
{
    if (opensWithAssociation(line))
        return true;
    static const QString levels = u"省市州县区旗盟"_s;
    for (qsizetype k = 2; k < std::min<qsizetype>(line.size(), 8); ++k) {
        if (!text::isHan(line[k - 1]) || !levels.contains(line[k]))
            continue;
        bool han = true;
        for (qsizetype c = 0; c < k && han; ++c)
            han = text::isHan(line[c]) &&
                  !QStringView(u"全各本该我省市县区开加推做提促").contains(line[c]);
        return han;
    }
    return false;
}

// "为大力普及…,进一步…,3月5日,…": a brief dates its news within its first clauses.
bool datesItsNewsEarly(QStringView text)
{
    const qsizetype limit = std::min<qsizetype>(text.size(), 70);
    for (qsizetype comma = text.indexOf(u','); comma >= 0 && comma < limit;
         comma = text.indexOf(u',', comma + 1)) {
        if (text.first(comma).contains(u'。'))
            return false;
        if (opensWithDate(text.sliced(comma + 1)))
            return true;
    }
    return false;
}

// Whether the first sentence below a headline says again what it says: most of the headline's
// pairs of Han characters recur there ("朝天区召开科技工作者座谈会" / "3月12日,朝天区科协召开…").
bool retells(QStringView headline, QStringView below)
{
    const qsizetype end = below.indexOf(u'。');
    below = below.first(end < 0 ? std::min<qsizetype>(below.size(), 80) : end);
    // The sentence's pairs of characters, each once, looked up for each of the headline's.
    std::vector<quint32> sentence;
    sentence.reserve(std::size_t(below.size()));
    for (qsizetype i = 0; i + 1 < below.size(); ++i)
        sentence.push_back(quint32(below[i].unicode()) << 16 | below[i + 1].unicode());
    std::sort(sentence.begin(), sentence.end());
    int pairs = 0, found = 0;
    for (qsizetype i = 0; i + 1 < headline.size(); ++i) {
        if (!text::isHan(headline[i]) || !text::isHan(headline[i + 1]))
            continue;
        ++pairs;
        found +=
            std::binary_search(sentence.cbegin(), sentence.cend(),
                               quint32(headline[i].unicode()) << 16 | headline[i + 1].unicode());
    }
    return pairs >= 4 && found * 2 >= pairs;
}

int headingLevel(QStringView line)
{
    int level = 0;
    while (level < line.size() && line[level] == u'#')
        ++level;
    return level;
}

HeadlineParts splitDash(const QString &line)
{
    const qsizetype dash = line.indexOf(u"——");
    if (dash <= 0)
        return {{}, line, {}};
    const QString before = line.first(dash).trimmed();
    const QString after = line.sliced(dash + 2).trimmed();
    // A space before the dash, or reportage words after it, mark a subtitle ("蜕变的背后 ——…纪实");
    // a dash set tight between two clauses of a slogan introduces the headline itself.
    const bool subtitle = line[dash - 1] == u' ' || isReportageSubtitle(after) ||
                          before.contains(u"科协") || !before.contains(u' ');
    if (subtitle)
        return {{}, before, after};
    return {before, after, {}};
}

// Places listed in a roundup's intro, "近日,利州区、昭化区、朝天区(曾家)、旺苍县…": each sub-report
// then opens with one of them.
QStringList listedPlaces(QStringView paragraph)
{
    QStringList places;
    const qsizetype end = std::min<qsizetype>(paragraph.size(), 80);
    const auto parts = paragraph.first(end).split(u'、');
    if (parts.size() < 3)
        return places;
    for (qsizetype k = 0; k < parts.size(); ++k) {
        QStringView p = parts[k];
        if (const qsizetype comma = p.lastIndexOf(u','); comma >= 0 && k == 0)
            p = p.sliced(comma + 1);
        if (k == parts.size() - 1) { // "旺苍县等地…": the list ends in running text
            qsizetype cut = 0;
            while (cut < p.size() && cut < 8 && text::isHan(p[cut]) &&
                   !QStringView(u"区县市旗").contains(p[cut]))
                ++cut;
            p = cut < p.size() ? p.first(cut + 1) : p;
        }
        const QStringView stem =
            p.endsWith(u')') ? p.first(std::max<qsizetype>(0, p.indexOf(u'('))) : p;
        if (stem.size() >= 2 && stem.size() <= 6 && QStringView(u"区县市旗").contains(stem.back()))
            places.append(p.toString());
    }
    return places.size() >= 3 ? places : QStringList();
}

// The first sentence of an untitled article, as a title to list it by.
QString derivedTitle(const Article &a)
{
    QStringView s = a.body;
    if (!a.lead.isEmpty() && s.startsWith(a.lead))
        s = s.sliced(a.lead.size()).trimmed();
    // Past a list marker, a dating clause and a purpose clause: "1.", "3月8日,", "为提升…,".
    if (opensWithItemMarker(s)) {
        qsizetype k = 0;
        while (k < 4 && k < s.size() && !QStringView(u".、)◆●▲■").contains(s[k]))
            ++k;
        s = s.sliced(std::min(k + 1, s.size()));
    }
    for (int clauses = 0; clauses < 2; ++clauses) {
        const qsizetype comma = s.indexOf(u',');
        if (comma <= 0 || comma > 24 || !(opensWithDate(s) || s.startsWith(u'为')))
            break;
        s = s.sliced(comma + 1);
    }
    qsizetype end = 0;
    while (end < s.size() && s[end] != u'。' && s[end] != u'!' && s[end] != u'?' && s[end] != u'\n')
        ++end;
    s = s.first(end);
    constexpr qsizetype Max = 30;
    if (text::charCount(s) <= Max)
        return s.toString();
    // Cut at the last comma that stands outside quotation marks, so no quote is left open.
    qsizetype comma = -1;
    int depth = 0;
    for (qsizetype i = 0; i < Max && i < s.size(); ++i) {
        depth += s[i] == u'“' || s[i] == u'《' ? 1 : s[i] == u'”' || s[i] == u'》' ? -1 : 0;
        if (s[i] == u',' && depth <= 0)
            comma = i;
    }
    return comma >= 8 ? s.first(comma).toString() : s.first(Max).toString() + u'…';
}

} // namespace fangzhi::parse
