// Real pages of other papers (../shared/corpus, read at test time and never copied here),
// parsed and scored against their gold articles: headlines found, articles separated, spurious
// articles, rejoined sentences, and no text lost on any page. Prints the figures per layout.
#include "geo/page_placer.h"
#include "page_invariants.h"
#include "parse/page_file.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QMap>
#include <QTest>

using namespace Qt::Literals::StringLiterals;
using namespace fangzhi;

namespace {

const QString CorpusDir = QStringLiteral(FANGZHI_SHARED_CORPUS);

struct Tally
{
    int headlines = 0, headlinesFound = 0;
    int articles = 0, separated = 0;
    int output = 0, spurious = 0;
    int rejoined = 0, rejoinedFound = 0;
    int credits = 0, creditsFound = 0;
    int captions = 0, captionsKept = 0;
    int pages = 0, pagesLosingText = 0;
    int placed = 0, regionsRight = 0; // regions are issue 11's: printed, not asserted here

    Tally &operator+=(const Tally &o)
    {
        headlines += o.headlines, headlinesFound += o.headlinesFound;
        articles += o.articles, separated += o.separated;
        output += o.output, spurious += o.spurious;
        rejoined += o.rejoined, rejoinedFound += o.rejoinedFound;
        credits += o.credits, creditsFound += o.creditsFound;
        captions += o.captions, captionsKept += o.captionsKept;
        pages += o.pages, pagesLosingText += o.pagesLosingText;
        placed += o.placed, regionsRight += o.regionsRight;
        return *this;
    }
};

double percent(int part, int whole)
{
    return whole == 0 ? 100.0 : 100.0 * part / whole;
}

QString str(const QJsonValue &v)
{
    return v.isString() ? v.toString() : QString();
}

// The body an article printed before its credit, with every kind of white space dropped, so
// that a gold excerpt is found whatever the line breaks.
QString squeezed(const QString &s)
{
    QString out;
    out.reserve(s.size());
    for (const QChar c : s)
        if (!c.isSpace())
            out.append(c);
    return out;
}

bool isHeadlineOf(const parse::Article &a, const QString &title)
{
    return !a.titleDerived && squeezed(a.title) == squeezed(title);
}

// The output article a gold article matches: its body opens with the gold's first characters.
qsizetype findByStart(const parse::Page &page, const QString &bodyStart, const QList<bool> &used)
{
    const QString start = squeezed(bodyStart);
    for (qsizetype i = 0; i < page.articles.size(); ++i)
        if (!used[i] && squeezed(page.articles[i].body).startsWith(start))
            return i;
    return -1;
}

Tally scorePage(const QJsonObject &gold, QStringList *misses)
{
    Tally t;
    t.pages = 1;
    const QString file = gold[u"file"_s].toString();
    const auto result = parse::readPageFile(CorpusDir + u"/pages/"_s + file, str(gold[u"home"_s]));
    if (!result.ok()) {
        misses->append(file + u": not parsed: "_s + result.error);
        t.pagesLosingText = 1;
        return t;
    }
    parse::Page page = *result.page;
    geo::placePage(page, {QDate::fromString(str(gold[u"date"_s]).left(10), Qt::ISODate), {}});
    if (const QString lost = test::checkNoTextLost(page); !lost.isEmpty()) {
        t.pagesLosingText = 1;
        misses->append(file + u": text lost: "_s + lost);
    }

    QList<bool> used(page.articles.size(), false);
    const QJsonArray articles = gold[u"articles"_s].toArray();
    for (const QJsonValue &v : articles) {
        const QJsonObject g = v.toObject();
        const QString title = str(g[u"title"_s]);
        const QString where =
            file + u" ["_s + (title.isEmpty() ? str(g[u"body_start"_s]) : title) + u"]: "_s;
        ++t.articles;
        if (!title.isEmpty()) {
            ++t.headlines;
            const bool found =
                std::any_of(page.articles.cbegin(), page.articles.cend(),
                            [&](const parse::Article &a) { return isHeadlineOf(a, title); });
            t.headlinesFound += found;
            if (!found)
                misses->append(where + u"headline not found"_s);
        }
        const qsizetype at = findByStart(page, str(g[u"body_start"_s]), used);
        if (at < 0) {
            misses->append(where + u"no article opens with its body"_s);
            continue;
        }
        used[at] = true;
        const parse::Article &a = page.articles[at];
        const bool titleRight =
            title.isEmpty() ? a.title.isEmpty() || a.titleDerived : isHeadlineOf(a, title);
        const bool endRight = squeezed(a.body).endsWith(squeezed(str(g[u"body_end"_s])));
        if (titleRight && endRight)
            ++t.separated;
        else
            misses->append(where + (titleRight ? u"body ends \""_s + a.body.right(14) + u'"'
                                               : u"titled \""_s + a.title + u'"'));
        ++t.placed;
        const QString region = a.regionCode.isEmpty() ? u"000000"_s : a.regionCode;
        const QString goldRegion = str(g[u"region"_s]).isEmpty() ? u"000000"_s : str(g[u"region"_s]);
        if (region == goldRegion || g[u"alt"_s].toArray().contains(QJsonValue(region)))
            ++t.regionsRight;
        else if (qEnvironmentVariableIsSet("FANGZHI_SHOW_REGIONS"))
            qInfo("%s", qPrintable(where + u"placed in "_s + region + u", not "_s + goldRegion));
        if (const QString credit = str(g[u"credit"_s]); !credit.isEmpty()) {
            ++t.credits;
            if (squeezed(a.credit) == squeezed(credit))
                ++t.creditsFound;
            else
                misses->append(where + u"credit \""_s + a.credit + u"\" for \""_s + credit + u'"');
        }
        for (const QJsonValue &c : g[u"captions"_s].toArray()) {
            ++t.captions;
            const QString caption = squeezed(c.toString());
            bool kept = false;
            for (const parse::Caption &pc : a.captions)
                kept = kept || squeezed(pc.text + pc.photoCredit) == caption ||
                       squeezed(pc.text + u' ' + pc.photoCredit) == caption;
            t.captionsKept += kept && !squeezed(a.body).contains(caption);
            if (!kept)
                misses->append(where + u"caption not kept: "_s + c.toString());
        }
        for (const QJsonValue &r : g[u"rejoined"_s].toArray()) {
            ++t.rejoined;
            const QString sentence = r.toObject()[u"sentence"_s].toString();
            if (a.body.contains(sentence))
                ++t.rejoinedFound;
            else
                misses->append(where + u"not rejoined: "_s + sentence.left(30));
        }
    }
    t.output = int(page.articles.size());
    for (qsizetype i = 0; i < page.articles.size(); ++i) {
        if (used[i])
            continue;
        ++t.spurious;
        misses->append(file + u": spurious article \""_s + page.articles[i].title + u"\" / "_s +
                       page.articles[i].body.left(20));
    }
    return t;
}

QJsonArray goldPages()
{
    QFile f(CorpusDir + u"/pages.json"_s);
    if (!f.open(QIODevice::ReadOnly))
        qFatal("the corpus is missing: %s", qPrintable(f.fileName()));
    return QJsonDocument::fromJson(f.readAll()).array();
}

} // namespace

class TestCorpusPages : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void figures();
};

void TestCorpusPages::figures()
{
    QMap<QString, Tally> byLayout;
    QStringList misses;
    for (const QJsonValue &v : goldPages()) {
        const QJsonObject gold = v.toObject();
        byLayout[gold[u"layout"_s].toString()] += scorePage(gold, &misses);
    }
    Tally all;
    const auto line = [](const QString &name, const Tally &t) {
        return u"%1 %2 pages  headlines %3/%4 (%5%)  separated %6/%7 (%8%)  spurious %9/%10 (%11%) "
               u" "
               u"rejoined %12/%13  credits %14/%15  captions %16/%17  pages losing text %18  regions %19/%20"_s
                   .arg(name, -8)
                   .arg(t.pages, 2)
                   .arg(t.headlinesFound)
                   .arg(t.headlines)
                   .arg(percent(t.headlinesFound, t.headlines), 0, 'f', 1)
                   .arg(t.separated)
                   .arg(t.articles)
                   .arg(percent(t.separated, t.articles), 0, 'f', 1)
                   .arg(t.spurious)
                   .arg(t.output)
                   .arg(percent(t.spurious, t.output), 0, 'f', 1)
                   .arg(t.rejoinedFound)
                   .arg(t.rejoined)
                   .arg(t.creditsFound)
                   .arg(t.credits)
                   .arg(t.captionsKept)
                   .arg(t.captions)
                   .arg(t.pagesLosingText)
            .arg(t.regionsRight)
            .arg(t.placed);
    };
    for (auto it = byLayout.cbegin(); it != byLayout.cend(); ++it) {
        all += it.value();
        qInfo().noquote() << line(it.key(), it.value());
    }
    qInfo().noquote() << line(u"all"_s, all);
    if (qEnvironmentVariableIsSet("FANGZHI_CORPUS_MISSES"))
        for (const QString &m : std::as_const(misses))
            qInfo().noquote() << "  " << m;

    QCOMPARE(all.pagesLosingText, 0);
    QVERIFY2(percent(all.headlinesFound, all.headlines) >= 95.0, "headlines found < 95%");
    QVERIFY2(percent(all.separated, all.articles) >= 95.0, "articles separated < 95%");
    QVERIFY2(percent(all.spurious, all.output) <= 2.0, "spurious articles > 2%");
    QVERIFY2(percent(all.rejoinedFound, all.rejoined) >= 95.0, "rejoined sentences < 95%");
}

QTEST_GUILESS_MAIN(TestCorpusPages)
#include "tst_corpus_pages.moc"
