// Real news items of other papers (../shared/corpus/items.json, read at test time and never
// copied here), each placed as the importer places an article: with its paper's home province
// and its date and paper. Scores the subject region from the full text, from headlines that name a
// place, and the association; prints every miss.
#include "geo/page_placer.h"
#include "geo/place_names.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSet>
#include <QTest>

using namespace Qt::Literals::StringLiterals;
using namespace fangzhi;

namespace {

const QString Items = QStringLiteral(FANGZHI_SHARED_CORPUS) + u"/items.json"_s;

QString str(const QJsonValue &v)
{
    return v.isString() ? v.toString() : QString();
}

QDate itemDate(const QString &date)
{
    const QStringList parts = date.split(u'-');
    if (parts.isEmpty() || parts[0].toInt() == 0)
        return {};
    return QDate(parts[0].toInt(), parts.size() > 1 ? parts[1].toInt() : 1,
                 parts.size() > 2 ? parts[2].toInt() : 1);
}

// The region a one-article page gets, and its association.
parse::Article placed(const parse::Article &article, const QString &home, const QDate &date,
                      const QString &paper)
{
    parse::Page page;
    page.homeProvince = home;
    page.articles.append(article);
    geo::placePage(page, {date, paper});
    return page.articles.first();
}

struct Score
{
    int total = 0, right = 0;
    QStringList misses;

    void add(bool ok, const QString &miss)
    {
        ++total;
        right += ok;
        if (!ok)
            misses << miss;
    }
    [[nodiscard]] double percent() const { return total ? 100.0 * right / total : 100.0; }
};

// Whether a headline names the division: its name then, its short or bare forms, or its
// association.
bool namesDivision(const QString &headline, const geo::Division &d, const QString &nameThen)
{
    QStringList forms{nameThen, d.name, d.shortName};
    const geo::NameForms f = geo::nameForms(nameThen, d.level);
    forms += f.suffixed + f.bare;
    for (const QString &form : std::as_const(forms))
        if (form.size() >= 2 && headline.contains(form))
            return true;
    return false;
}

} // namespace

class TestCorpusItems : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void itemsArePlacedInTheirRegion();
};

void TestCorpusItems::itemsArePlacedInTheirRegion()
{
    QFile file(Items);
    QVERIFY2(file.open(QIODevice::ReadOnly), qPrintable(Items + u" is missing"_s));
    const QJsonArray items = QJsonDocument::fromJson(file.readAll()).array();
    QVERIFY(items.size() >= 100);
    const geo::Gazetteer &g = geo::Gazetteer::bundled();
    // A roundup's reports after its first article carry its headline (pages.json marks them).
    QFile pagesFile(QStringLiteral(FANGZHI_SHARED_CORPUS) + u"/pages.json"_s);
    QVERIFY(pagesFile.open(QIODevice::ReadOnly));
    QSet<QString> roundupReports;
    for (const QJsonValue &p : QJsonDocument::fromJson(pagesFile.readAll()).array()) {
        bool first = true;
        for (const QJsonValue &a : p.toObject()[u"articles"_s].toArray()) {
            if (!a.toObject()[u"roundup"_s].toBool())
                continue;
            if (!first)
                roundupReports.insert(str(a.toObject()[u"item"_s]));
            first = false;
        }
    }

    Score region, headline, association;
    for (const QJsonValue &v : items) {
        const QJsonObject item = v.toObject();
        const QString id = str(item[u"id"_s]);
        const QString gold = item[u"code"_s].isNull() ? u"000000"_s : str(item[u"code"_s]);
        QStringList accepted{gold};
        for (const QJsonValue &alt : item[u"alt"_s].toArray())
            accepted << alt.toString();
        const QDate date = itemDate(str(item[u"date"_s]));
        const QString home = str(item[u"home"_s]);

        parse::Article article;
        // A column's sponsor line prints over the headline, where a kicker does.
        article.kicker =
            str(item[u"kicker"_s]).isEmpty() ? str(item[u"column_line"_s]) : str(item[u"kicker"_s]);
        article.title = str(item[u"headline"_s]);
        article.subtitle = str(item[u"subtitle"_s]);
        article.byline = str(item[u"byline"_s]);
        article.body = str(item[u"text"_s]);
        article.titleShared = roundupReports.contains(id);
        const QString paper = str(item[u"paper"_s]);
        const parse::Article full = placed(article, home, date, paper);
        const QString got = full.regionCode.isEmpty() ? u"-"_s : full.regionCode;
        const QString what = u"%1: expected %2 %3, got %4 %5"_s.arg(
            id, gold, str(item[u"code_name"_s]), got, full.regionPath.join(u'›'));
        region.add(accepted.contains(full.regionCode), what);

        const geo::Division *d = g.find(gold.toInt());
        if (d && !article.title.isEmpty() &&
            namesDivision(article.title, *d, str(item[u"code_name"_s]))) {
            parse::Article title;
            title.title = article.title;
            const parse::Article byTitle = placed(title, home, date, paper);
            headline.add(accepted.contains(byTitle.regionCode),
                         u"%1: headline %2 gives %3"_s.arg(id, article.title, byTitle.regionCode));
        }
        if (!str(item[u"association"_s]).isEmpty()) {
            const geo::Division *own = g.find(full.regionCode.toInt());
            association.add(accepted.contains(full.regionCode) && own &&
                                full.association == own->association,
                            u"%1: %2 is %3, got %4"_s.arg(id, str(item[u"association"_s]), gold,
                                                          full.association));
        }
    }
    for (const auto &[name, score] :
         {std::pair{"full-text region", &region}, std::pair{"headline naming a place", &headline},
          std::pair{"association", &association}}) {
        qInfo("%s: %d/%d (%.1f%%)", name, score->right, score->total, score->percent());
        for (const QString &miss : std::as_const(score->misses))
            qInfo("  miss %s", qPrintable(miss));
    }
    QVERIFY(region.percent() >= 95.0);
    QVERIFY(headline.percent() >= 95.0);
    QVERIFY(association.percent() >= 95.0);
}

QTEST_GUILESS_MAIN(TestCorpusItems)
#include "tst_corpus_items.moc"
