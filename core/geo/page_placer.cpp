#include "page_placer.h"
#include "text/stop_request.h"

#include "place_names.h"

#include <QHash>

using namespace Qt::Literals::StringLiterals;
using fangzhi::parse::Article;
using fangzhi::parse::Page;

namespace fangzhi::geo {
namespace {

// An article's text with the spans that decide its subject, in order of precedence.
struct ArticleText
{
    QString text;
    qsizetype placeLineEnd =
        0; // a roundup report's place line comes first: it is the report's region
    qsizetype headlineEnd = 0;
    qsizetype leadEnd = 0;
    qsizetype creditStart = 0;
    qsizetype creditEnd = 0;
};

// A column's sponsor line over the headline ("全域科普进行时 市科协 天津日报主办") names who runs
// the column, not what the article is about.
bool isSponsorLine(const QString &line)
{
    for (const QStringView w : {u"主办", u"协办", u"承办", u"联办", u"合办"})
        if (line.endsWith(w))
            return true;
    return false;
}

ArticleText articleText(const Article &a)
{
    ArticleText t;
    if (!a.placeLine.isEmpty())
        t.text += a.placeLine + u'\n';
    t.placeLineEnd = t.text.size();
    const QString kicker = isSponsorLine(a.kicker) ? QString() : a.kicker;
    for (const QString &part : {kicker, a.title, a.subtitle})
        if (!part.isEmpty())
            t.text += part + u'\n';
    t.headlineEnd = t.text.size();
    t.text += a.body;
    const qsizetype firstBreak = a.body.indexOf(u'\n');
    t.leadEnd = t.headlineEnd + (firstBreak < 0 ? a.body.size() : firstBreak);
    t.text += u'\n';
    t.creditStart = t.text.size();
    t.text += a.credit;
    t.creditEnd = t.text.size();
    for (const auto &c : a.captions)
        t.text += u'\n' + c.text;
    return t;
}

QList<Mention> within(const QList<Mention> &all, qsizetype from, qsizetype to)
{
    QList<Mention> part;
    for (const Mention &m : all)
        if (m.start >= from && m.start + m.length <= to)
            part.append(m);
    return part;
}

int dominant(const QList<Mention> &mentions)
{
    QHash<int, int> count;
    int best = -1;
    for (const Mention &m : mentions)
        if (m.resolved() && m.code != NationCode && ++count[m.code] > count.value(best))
            best = m.code;
    return best;
}

struct Placed
{
    int region = -1;
    QList<int> mentions;
};

Placed placeArticle(const Article &a, const Resolver &resolver, const ResolveContext &context)
{
    const ArticleText t = articleText(a);
    const QList<Mention> all = resolver.mentions(t.text, context);
    Placed placed;
    // A roundup's sub-report that opens with its place shares the roundup's headline: its own
    // lead decides, not the headline all the reports carry.
    const qsizetype headlineEnd =
        a.titleShared && a.placeLine.isEmpty() ? t.placeLineEnd : t.headlineEnd;
    for (const auto &[from, to] :
         {std::pair{qsizetype(0), t.placeLineEnd}, std::pair{t.placeLineEnd, headlineEnd},
          std::pair{t.headlineEnd, t.leadEnd}, std::pair{t.creditStart, t.creditEnd}}) {
        placed.region = resolver.subject(within(all, from, to), t.text);
        if (placed.region >= 0)
            break;
    }
    if (placed.region < 0)
        placed.region = dominant(all);
    for (const Mention &m : all)
        if (m.resolved() && m.code != NationCode && !placed.mentions.contains(m.code))
            placed.mentions.append(m.code);
    return placed;
}

} // namespace

void placePage(Page &page, const PageSource &source, const Resolver &resolver)
{
    const Gazetteer &g = resolver.gazetteer();
    ResolveContext context;
    context.date = source.date.isValid() ? source.date : page.date;
    context.homeProvince = page.homeProvince.toInt();
    context.paperPlace = resolver.paperPlace(source.newspaper, context.homeProvince);
    if (!context.homeProvince && context.paperPlace) {
        context.homeProvince = g.ancestorAt(context.paperPlace, Level::Province);
        page.homeProvince = codeText(context.homeProvince);
        page.homeProvinceInferred = true;
    }

    // First pass: what the page names, to infer the home province and to give each article the
    // page's other places as weak context.
    QList<Placed> first;
    QHash<int, int> provinces;
    for (const Article &a : std::as_const(page.articles)) {
        if (text::stopRequested()) // the page is dropped: its places need not be finished
            return;
        first.append(placeArticle(a, resolver, context));
        for (const int code : std::as_const(first.last().mentions))
            ++provinces[g.ancestorAt(code, Level::Province)];
    }
    if (!context.homeProvince && !provinces.isEmpty()) {
        int best = 0;
        for (auto it = provinces.cbegin(); it != provinces.cend(); ++it)
            if (it.key() && it.value() > provinces.value(best))
                best = it.key();
        if (best) {
            context.homeProvince = best;
            page.homeProvince = codeText(best);
            page.homeProvinceInferred = true;
        }
    }
    for (const Placed &p : std::as_const(first))
        context.nearby += p.mentions;
    if (context.paperPlace)
        context.nearby += context.paperPlace;
    resolver.countNearby(context); // once for the page, not once an article

    for (Article &a : page.articles) {
        if (text::stopRequested())
            return;
        const Placed placed = placeArticle(a, resolver, context);
        a.mentions.clear();
        for (const int code : placed.mentions)
            a.mentions.append(codeText(code));
        if (const Division *d = placed.region >= 0 ? g.find(placed.region) : nullptr) {
            a.regionCode = codeText(d->code);
            a.regionPath = g.pathNames(d->code);
            // The association as it was called then: 东郊区科协 in 1985, 东丽区科协 since 1992.
            a.association = context.date.isValid()
                                ? associationName(g.nameIn(d->code, context.date.year()), d->level)
                                : d->association;
        }
    }
}

} // namespace fangzhi::geo
