// The archive: what the seeds store, filters, Chinese search, hostile queries, schema versions.
// The store's contract (TestArchive) runs on both databases: an SQLite file, and an archive on a
// throw-away PostgreSQL server the test starts; then what only files have (TestArchiveFile).
#include "archive_fixture.h"
#include "postgres_server.h"
#include "geo/gazetteer.h"
#include "geo/region_counts.h"
#include "parse/page_file.h"
#include "store/article_rows.h"
#include "store/row_json.h"
#include "store/search_query.h"
#include "store/sqlite/sqlite_errors.h"

#include <QCryptographicHash>
#include <QElapsedTimer>
#include <QFile>
#include <QJsonArray>
#include <QSqlError>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QTest>

using namespace Qt::Literals::StringLiterals;
using namespace fangzhi;

namespace {

// Brute force over the parsed seeds: how many articles hold text in one of their fields.
qint64 articlesContaining(const QString &needle)
{
    qint64 n = 0;
    for (const QString &f : parse::expandPagePaths({QStringLiteral(FANGZHI_SEEDS_DIR)})) {
        const parse::PageFileResult parsed = parse::readPageFile(f);
        for (const auto &a : parsed.page->articles)
            for (const QString &field : {a.kicker, a.title, a.subtitle, a.placeLine, a.body})
                if (field.contains(needle)) {
                    ++n;
                    break;
                }
    }
    return n;
}

store::ArticleFilter query(const QString &q)
{
    store::ArticleFilter f;
    f.query = q;
    return f;
}

QByteArray sha(const QString &path)
{
    return QCryptographicHash::hash(test::readFile(path), QCryptographicHash::Sha256);
}

} // namespace

class TestArchive : public QObject
{
    Q_OBJECT
public:
    // newArchive: the location of a new, empty archive with that name.
    TestArchive(const QString &database, std::function<QString(const QString &)> newArchive)
        : m_database(database), m_newArchive(std::move(newArchive))
    {
    }

private Q_SLOTS:
    void initTestCase();
    void seedsAreStoredWithRegionsAndDates();
    void regionCountsRollUpTheTree();
    void filtersCompose();
    void findsTheArticlesMentioningAPlace();
    void findsTheSameDayOfAnyYear();
    void searchFindsShortAndLongChineseQueries_data();
    void searchFindsShortAndLongChineseQueries();
    void searchWithinRegionsAndYears_data();
    void searchWithinRegionsAndYears();
    void phrasesExclusionsAndPinyin();
    void searchRanksTitlesFirstWithSnippets();
    void veryCommonWordsAreCountedUpToALimit();
    void listsInTheOrderChosen();
    void hostileQueriesAreSafe_data();
    void hostileQueriesAreSafe();
    void repeatedWordsCountOnceAndLongSearchesAreRefused();

private:
    QString m_database;
    std::function<QString(const QString &)> m_newArchive;
    std::unique_ptr<test::SeededArchive> m_seeded;
    store::ArchiveStore &archive() { return *m_seeded->archive; }
};

// What only an archive file has: SQLite's locks, its own schema files, and the file itself.
class TestArchiveFile : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void readersOpenWhileAWriterHoldsTheLock();
    void onlyWritersCatchTheIndexUp();
    void migratesAnOlderArchive();
    void refusesANewerArchiveAndLeavesItUntouched();
    void refusesWhatIsNotAnArchive();
    void keepsParagraphsAndCaptionsAsPrinted();
};

void TestArchive::initTestCase()
{
    qInfo("The archive's contract, on %s", qPrintable(m_database));
    m_seeded = std::make_unique<test::SeededArchive>(m_newArchive(u"seeded"_s));
    QCOMPARE(m_seeded->report.added, 5);
    QCOMPARE(m_seeded->report.articles, 37);
    QVERIFY(m_seeded->report.failed.isEmpty());
}

void TestArchive::seedsAreStoredWithRegionsAndDates()
{
    QCOMPARE(archive().counts().pages, 5);
    QCOMPARE(archive().counts().articles, 37);
    store::ArticleFilter dazhou;
    dazhou.region = 511700;
    const store::ResultPage r = archive().search(dazhou, 0, 10);
    QCOMPARE(r.total, 1);
    const auto a = archive().article(r.articles.first().id);
    QVERIFY(a);
    QCOMPARE(a->title, u"全省科协系统 扎实推进党史学习教育"_s);
    QCOMPARE(a->placeLine, u"达州市"_s);
    QCOMPARE(a->association, u"达州市科协"_s);
    QCOMPARE(a->credit, u"本栏目组稿:齐雯 余敏 本报记者 杨永忠"_s);
    QVERIFY(a->mentions.contains(511725)); // 渠县
    QVERIFY(a->source.endsWith(u"000_e94dbefa3c4468c5.txt"_s));
    // No manifest and no date in the file name: inferred from 2021年 and 10月20日 on the page.
    QCOMPARE(a->date.date, QDate(2021, 10, 20));
    QVERIFY(a->date.inferred());
    QCOMPARE(a->date.precision, u"month"_s);
    QVERIFY(a->date.evidence.contains(u"10月20日"_s));
    QVERIFY(archive().pageText(a->pageId).contains(u"本版协办单位"_s));
    QCOMPARE(archive().associations().size(), 31);
    QCOMPARE(archive().sections(), (QStringList{u"地方科协"_s, u"科协动态"_s}));
}

void TestArchive::regionCountsRollUpTheTree()
{
    const auto &g = geo::Gazetteer::bundled();
    const QHash<int, qint64> own = archive().regionCounts({});
    const QHash<int, qint64> total = geo::rollUp(g, own);
    QCOMPARE(total.value(510000), 33);
    QCOMPARE(total.value(440000), 3);
    QCOMPARE(total.value(310000), 1);
    QCOMPARE(total.value(511700), 1);
    QCOMPARE(total.value(510100), 9);  // 成都市 and its districts and counties
    QCOMPARE(own.value(510100), 1);     // of which 成都市科协 itself
    QCOMPARE(total.value(511900), 3);  // 巴中市: 巴州区 twice, 通江县
    qint64 sum = 0;
    for (const qint64 n : own)
        sum += n;
    QCOMPARE(sum, 37);
    // Counts follow the filter: only the articles that mention 科普.
    const QHash<int, qint64> kepu = geo::rollUp(g, archive().regionCounts(query(u"科普"_s)));
    QCOMPARE(kepu.value(510000) + kepu.value(440000) + kepu.value(310000), articlesContaining(u"科普"_s));
    QVERIFY(kepu.value(510000) < 33);
}

void TestArchive::filtersCompose()
{
    store::ArticleFilter f;
    f.region = 510100;
    QCOMPARE(archive().search(f, 0, 50).total, 9);
    f.from = QDate(2023, 1, 1);
    f.to = QDate(2023, 12, 31);
    const auto chengdu2023 = archive().search(f, 0, 50);
    QCOMPARE(chengdu2023.total, 3); // 成都市科协 (003), 新津区 and 锦江区 (004)
    for (const auto &a : chengdu2023.articles)
        QVERIFY(a.date.date.year() == 2023);
    f.section = u"地方科协"_s;
    QCOMPARE(archive().search(f, 0, 50).total, 2);
    f.query = u"青少年"_s;
    QCOMPARE(archive().search(f, 0, 50).total, 1); // 锦江区
    store::ArticleFilter assoc;
    assoc.association = u"四川省科协"_s;
    QCOMPARE(archive().search(assoc, 0, 50).total, 4);
    assoc.to = QDate(2022, 12, 31);
    QCOMPARE(archive().search(assoc, 0, 50).total, 1); // 省科协企创中心, October 2021
    // An association by its division: the articles filed under it itself, not under its subdivisions.
    store::ArticleFilter own;
    own.associationOf = 510000;
    QCOMPARE(archive().search(own, 0, 50).total, 4); // 四川省科协's, not 成都市's or 达州市's
    for (const auto &a : archive().search(own, 0, 50).articles)
        QCOMPARE(a.region, 510000);
    own.associationOf = 510100;
    QCOMPARE(archive().search(own, 0, 50).total, 1); // 成都市科协 (003); 新津区 and 锦江区 are their own
    QCOMPARE(archive().regionCounts(own), (QHash<int, qint64>{{510100, 1}}));
    store::ArticleFilter county;
    county.region = 511921; // 通江县
    QCOMPARE(archive().search(county, 0, 50).total, 1);
    store::ArticleFilter nowhere;
    nowhere.newspaper = u"人民日报"_s;
    QCOMPARE(archive().search(nowhere, 0, 50).total, 0);
    // Paging: the pages of a result make up the whole of it.
    QSet<qint64> ids;
    for (int offset = 0; offset < 37; offset += 10)
        for (const auto &a : archive().search({}, offset, 10).articles)
            ids.insert(a.id);
    QCOMPARE(ids.size(), 37);
}

// A place followed from the viewer: every article naming it or a place within it, wherever the
// article is filed; the counts by region follow.
void TestArchive::findsTheArticlesMentioningAPlace()
{
    QMultiHash<int, qint64> named; // each place, the articles naming it
    QSet<qint64> all;
    for (const auto &s : archive().search({}, 0, 100).articles) {
        all.insert(s.id);
        const auto article = archive().article(s.id);
        QVERIFY(article);
        for (const int code : article->mentions)
            named.insert(code, s.id);
    }
    QCOMPARE(all.size(), 37);
    for (const int place : {511700, 510000, 510104}) {
        QSet<qint64> expected;
        for (auto it = named.cbegin(); it != named.cend(); ++it) {
            const auto [lo, hi] = store::subtreeRange(place);
            if (it.key() >= lo && it.key() <= hi)
                expected.insert(it.value());
        }
        QVERIFY2(!expected.isEmpty(), qPrintable(QString::number(place)));
        store::ArticleFilter f;
        f.mentions = place;
        const auto found = archive().search(f, 0, 100);
        QSet<qint64> ids;
        for (const auto &a : found.articles)
            ids.insert(a.id);
        QCOMPARE(ids, expected);
        qint64 counted = 0;
        for (const qint64 n : archive().regionCounts(f))
            counted += n;
        QCOMPARE(counted, qint64(expected.size()));
        f.query = u"科协"_s; // with a search too
        QVERIFY(archive().search(f, 0, 100).total <= expected.size());
    }
    store::ArticleFilter nowhere;
    nowhere.mentions = 650000; // 新疆: no seed page names it
    QCOMPARE(archive().search(nowhere, 0, 50).total, 0);
}

// "On this day": the articles dated 10-20 in any year, and only those dated to the day — a page
// known only by its month is not taken for the month's first day.
void TestArchive::findsTheSameDayOfAnyYear()
{
    QTemporaryDir dir;
    const QByteArray page = test::readFile(test::seedPath("001_f633f705ac59ae29.txt"));
    for (const char *name : {"2021-10-20.txt", "2023-10-20.txt", "2023-10-21.txt", "2022-10-01.txt"})
        test::writeFile(dir.filePath(QString::fromLatin1(name)),
                        page + "\n\n" + name + "\n"); // each page its own bytes
    test::SeededArchive days(m_newArchive(u"days"_s));
    ingest::ImportOptions options;
    const auto report = ingest::importPages(*days.archive, {dir.path()}, options);
    QCOMPARE(report.added, 4);
    const qint64 perPage = report.articles / 4;
    QVERIFY(perPage > 0);
    store::ArticleFilter f;
    f.sameDay = u"10-20"_s;
    const auto found = days.archive->search(f, 0, 200);
    QCOMPARE(found.total, 2 * perPage);
    QSet<int> years;
    for (const auto &a : found.articles) {
        QCOMPARE(a.date.date.toString(u"MM-dd"_s), u"10-20"_s);
        QCOMPARE(a.date.precision, u"day"_s);
        years.insert(a.date.date.year());
    }
    QCOMPARE(years, (QSet<int>{2021, 2023}));
    qint64 counted = 0;
    for (const qint64 n : days.archive->regionCounts(f))
        counted += n;
    QCOMPARE(counted, 2 * perPage); // the tree counts what the list lists
    f.query = u"科协"_s; // with a search
    QVERIFY(days.archive->search(f, 0, 200).total <= 2 * perPage);
    f.query.clear();
    f.sameDay = u"10-01"_s; // a page dated to the day
    QCOMPARE(days.archive->search(f, 0, 200).total, perPage);
    f.sameDay = u"08-01"_s; // the samples' pages are known by their month only: none is the 1st
    QCOMPARE(days.archive->search(f, 0, 200).total, 0);
}

void TestArchive::searchFindsShortAndLongChineseQueries_data()
{
    QTest::addColumn<QString>("text");
    for (const char16_t *q : {u"锂", u"渠", u"科", u"州", u"锂渣", u"达州", u"科普", u"党史", u"三中全会",
                              u"天府科技云", u"二十届三中", u"科技志愿服务", u"党史学习教育", u"同心"})
        QTest::newRow(QStringView(q).toString().toUtf8().constData()) << QStringView(q).toString();
}

void TestArchive::searchFindsShortAndLongChineseQueries()
{
    QFETCH(QString, text);
    const qint64 expected = articlesContaining(text);
    QCOMPARE(archive().search(query(text), 0, 5).total, expected);
}

void TestArchive::searchWithinRegionsAndYears_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<int>("region");
    QTest::addColumn<int>("year");
    QTest::newRow("科 in 四川省") << u"科"_s << 510000 << 0;
    QTest::newRow("科普 in 成都市") << u"科普"_s << 510100 << 0;
    QTest::newRow("科技 in 通江县") << u"科技"_s << 511921 << 0;
    QTest::newRow("协 in 广东省, 2021") << u"协"_s << 440000 << 2021;
    QTest::newRow("科技 -党史 in 2023") << u"科技 -党史"_s << 0 << 2023;
    QTest::newRow("chengdu in 四川省, 2024") << u"chengdu"_s << 510000 << 2024;
}

// A search within a region or a year finds exactly the articles both the search and the
// filter find on their own.
void TestArchive::searchWithinRegionsAndYears()
{
    QFETCH(QString, text);
    QFETCH(int, region);
    QFETCH(int, year);
    const auto ids = [&](const store::ArticleFilter &f) {
        QSet<qint64> found;
        for (const auto &a : archive().search(f, 0, 100).articles)
            found.insert(a.id);
        return found;
    };
    store::ArticleFilter scope;
    scope.region = region;
    if (year) {
        scope.from = QDate(year, 1, 1);
        scope.to = QDate(year, 12, 31);
    }
    store::ArticleFilter both = scope;
    both.query = text;
    const QSet<qint64> expected = ids(query(text)) & ids(scope);
    QVERIFY(!expected.isEmpty());
    QCOMPARE(ids(both), expected);
    QCOMPARE(archive().search(both, 0, 5).total, expected.size());
}

void TestArchive::phrasesExclusionsAndPinyin()
{
    // Terms are ANDed.
    const qint64 both = archive().search(query(u"科普 青少年"_s), 0, 50).total;
    qint64 expected = 0;
    for (const QString &f : parse::expandPagePaths({QStringLiteral(FANGZHI_SEEDS_DIR)})) {
        const parse::PageFileResult parsed = parse::readPageFile(f);
        for (const auto &a : parsed.page->articles)
            expected += QString(a.title + a.body).contains(u"科普"_s) && QString(a.title + a.body).contains(u"青少年"_s);
    }
    QCOMPARE(both, expected);
    QCOMPARE(archive().search(query(u"\"天府 科技云\""_s), 0, 50).total, articlesContaining(u"天府科技云"_s));
    QCOMPARE(archive().search(query(u"“二十届三中全会”"_s), 0, 50).total, articlesContaining(u"二十届三中全会"_s));
    // -term excludes, also on its own.
    QCOMPARE(archive().search(query(u"科普 -党史"_s), 0, 50).total,
             articlesContaining(u"科普"_s) - archive().search(query(u"科普 党史"_s), 0, 50).total);
    QCOMPARE(archive().search(query(u"-党史"_s), 0, 50).total, 37 - articlesContaining(u"党史"_s));
    // Place names by pinyin, full or initials.
    QCOMPARE(archive().search(query(u"dazhou"_s), 0, 50).total, 1);
    QCOMPARE(archive().search(query(u"Liangshan"_s), 0, 50).total, 1);
    QVERIFY(archive().search(query(u"chengdu"_s), 0, 50).total >= 9);
    QCOMPARE(archive().search(query(u"jj"_s), 0, 50).total, 1); // 锦江区, by its initials
    // Latin words in the text.
    QCOMPARE(archive().search(query(u"STEM"_s), 0, 50).total, 1);
    QCOMPARE(archive().search(query(u"mes"_s), 0, 50).total, 1);
}

void TestArchive::searchRanksTitlesFirstWithSnippets()
{
    const store::ResultPage r = archive().search(query(u"青少年"_s), 0, 50);
    QVERIFY(r.total >= 4);
    QVERIFY2(r.articles.first().title.contains(u"青少年"_s), qPrintable(r.articles.first().title));
    for (const auto &a : r.articles)
        QVERIFY2(a.snippet.contains(u"【青少年】"_s) || a.title.contains(u"青少年"_s), qPrintable(a.snippet));
    // Every article with the words in its title (kicker and subtitle too) comes before every
    // article with them only in its text.
    for (const QString &words : {u"青少年"_s, u"科普"_s, u"科技"_s, u"党史"_s, u"科协"_s, u"创新"_s}) {
        bool inText = false;
        for (const auto &a : archive().search(query(words), 0, 50).articles) {
            const auto stored = archive().article(a.id);
            const bool inTitle = (a.kicker + a.title + stored->subtitle).contains(words);
            QVERIFY2(!(inTitle && inText), qPrintable(words + u": "_s + a.title));
            inText = inText || !inTitle;
        }
    }
    const auto lithium = archive().search(query(u"锂渣"_s), 0, 5).articles.first();
    QVERIFY(lithium.snippet.contains(u"【锂渣】"_s));
    QVERIFY(lithium.snippet.size() < 80);
}

void TestArchive::veryCommonWordsAreCountedUpToALimit()
{
    archive().setCountLimit(5);
    const store::ResultPage many = archive().search(query(u"科"_s), 0, 50);
    QCOMPARE(many.total, 5);
    QVERIFY(many.totalIsLowerBound);
    QCOMPARE(many.articles.size(), 37); // every match can still be listed, newest first
    QVERIFY(many.articles.first().id > many.articles.last().id);
    // Page by page the same order, whether a page lies within the matches walked to count them
    // or beyond them.
    QList<qint64> whole, paged;
    for (const auto &a : many.articles)
        whole << a.id;
    for (int offset = 0; offset < 50; offset += 2)
        for (const auto &a : archive().search(query(u"科"_s), offset, 2).articles)
            paged << a.id;
    QCOMPARE(paged, whole);
    const store::ResultPage few = archive().search(query(u"锂渣"_s), 0, 50);
    QCOMPARE(few.total, 1);
    QVERIFY(!few.totalIsLowerBound);
    // A large scope is listed newest first, page by page, as it is when counted to the end.
    store::ArticleFilter sichuan;
    sichuan.region = 510000;
    const auto listed = [&] {
        QList<qint64> ids;
        for (int offset = 0; offset < 40; offset += 7)
            for (const auto &a : archive().search(sichuan, offset, 7).articles)
                ids << a.id;
        return ids;
    };
    QVERIFY(archive().search(sichuan, 0, 7).totalIsLowerBound);
    const QList<qint64> early = listed();
    archive().setCountLimit(store::DefaultCountLimit);
    QVERIFY(!archive().search(query(u"科"_s), 0, 5).totalIsLowerBound);
    QCOMPARE(early.size(), 33);
    QCOMPARE(early, listed());
}

void TestArchive::listsInTheOrderChosen()
{
    store::ArticleFilter f;
    f.order = store::ArticleFilter::Order::Title;
    QStringList titles;
    for (const auto &a : archive().search(f, 0, 50).articles)
        titles << a.title;
    QCOMPARE(titles.size(), 37);
    QStringList sorted = titles;
    std::sort(sorted.begin(), sorted.end()); // SQLite compares UTF-8 bytes: code point order
    QCOMPARE(titles, sorted);
    f.order = store::ArticleFilter::Order::Date;
    f.descending = true;
    const auto byDate = archive().search(f, 0, 50).articles;
    for (qsizetype i = 1; i < byDate.size(); ++i)
        QVERIFY(!byDate[i].date.isValid() || byDate[i - 1].date.date >= byDate[i].date.date);
    // Undated articles last, whichever way the dates run.
    for (const bool descending : {true, false}) {
        f.descending = descending;
        const auto listed = archive().search(f, 0, 50).articles;
        const auto undated = std::find_if(listed.begin(), listed.end(), [](const auto &a) { return !a.date.isValid(); });
        QVERIFY(undated != listed.begin()); // the samples hold dated articles
        QVERIFY(std::all_of(undated, listed.end(), [](const auto &a) { return !a.date.isValid(); }));
    }
    f.descending = true;
    f.query = u"青少年"_s; // a chosen order also applies to a search
    f.order = store::ArticleFilter::Order::Association;
    f.descending = false;
    const auto found = archive().search(f, 0, 50).articles;
    for (qsizetype i = 1; i < found.size(); ++i)
        QVERIFY(found[i - 1].association <= found[i].association);
}

void TestArchive::hostileQueriesAreSafe_data()
{
    QTest::addColumn<QString>("typed");
    QTest::addColumn<qint64>("total"); // -1: any count, as long as nothing breaks
    QTest::newRow("empty") << QString() << qint64(37);
    QTest::newRow("spaces") << u"   "_s << qint64(37);
    QTest::newRow("lone quote") << u"\""_s << qint64(0);
    QTest::newRow("unclosed phrase") << u"\"达州"_s << qint64(1);
    QTest::newRow("operators") << u"AND OR NOT NEAR"_s << qint64(0);
    QTest::newRow("fts syntax") << u"{title_uni}:达 * ^ NEAR(科 普)"_s << qint64(-1);
    QTest::newRow("sql") << u"'; DROP TABLE articles; --"_s << qint64(0);
    QTest::newRow("sql in chinese") << u"达州'); DELETE FROM pages; --"_s << qint64(-1);
    QTest::newRow("punctuation only") << u"。,!?——…"_s << qint64(0);
    QTest::newRow("only minus") << u"-"_s << qint64(0);
    QTest::newRow("long") << u"科普"_s.repeated(500) << qint64(0);
    QTest::newRow("markup") << u"<script>alert(1)</script>"_s << qint64(0);
}

void TestArchive::hostileQueriesAreSafe()
{
    QFETCH(QString, typed);
    QFETCH(qint64, total);
    const store::ResultPage r = archive().search(query(typed), 0, 10);
    // Nothing found, and no error but a refusal in words of what is too long.
    QVERIFY2(archive().lastError().isEmpty() || archive().lastError().contains(u"it may be at most"_s) || total != 0,
             qPrintable(archive().lastError()));
    if (total >= 0)
        QCOMPARE(r.total, total);
    QCOMPARE(archive().counts().articles, 37); // nothing was harmed
    QCOMPARE(archive().search(query(u"达州"_s), 0, 5).total, 1);
}

void TestArchive::repeatedWordsCountOnceAndLongSearchesAreRefused()
{
    const qint64 once = archive().search(query(u"科普"_s), 0, 10).total;
    QStringList repeated(100, u"科普"_s);
    const store::ResultPage r = archive().search(query(repeated.join(u' ')), 0, 10);
    QVERIFY(archive().lastError().isEmpty());
    QCOMPARE(r.total, once);
    QCOMPARE(store::parseSearchQuery(repeated.join(u' ')).included, QStringList{u"科普"_s});
    QStringList many;
    for (int i = 0; i < 40; ++i)
        many << u"词%1"_s.arg(i);
    QCOMPARE(archive().search(query(many.join(u' ')), 0, 10).total, 0);
    QVERIFY2(archive().lastError().contains(u"at most 32"_s), qPrintable(archive().lastError()));
    QCOMPARE(archive().search(query(QString(600, u'科')), 0, 10).total, 0);
    QVERIFY2(archive().lastError().contains(u"at most 500"_s), qPrintable(archive().lastError()));
    QCOMPARE(archive().search(query(u"达州"_s), 0, 5).total, 1); // and the next search is itself again
    QVERIFY(archive().lastError().isEmpty());
}

// Another program in the middle of writing (an import's batch): opening the archive to read
// needs nothing written, so it neither waits for the writer nor fails.
void TestArchiveFile::readersOpenWhileAWriterHoldsTheLock()
{
    test::SeededArchive s;
    s.archive.reset();
    test::PlainConnection writer(s.path);
    QSqlQuery w(writer.db());
    QVERIFY(w.exec(u"BEGIN IMMEDIATE"_s));
    QVERIFY(w.exec(u"UPDATE pages SET section = section"_s));
    QElapsedTimer opening;
    opening.start();
    QString error;
    auto reader = store::openSqliteArchive(s.path, &error);
    QVERIFY2(reader, qPrintable(error));
    QCOMPARE(reader->search(query(u"达州"_s), 0, 5).total, 1);
    QCOMPARE(reader->counts().articles, 37);
    QVERIFY2(opening.elapsed() < 5000, qPrintable(u"opened after %1 ms"_s.arg(opening.elapsed())));
    QVERIFY(w.exec(u"ROLLBACK"_s));
}

// A page stored but not yet indexed (an import cut short): a reader opening the archive while
// a writer holds the lock does not wait to index it; the page is found once a writer opens it.
void TestArchiveFile::onlyWritersCatchTheIndexUp()
{
    test::SeededArchive s;
    const QString page = s.dir.filePath(u"later.txt"_s);
    test::writeFile(page, test::readFile(test::seedPath("000_e94dbefa3c4468c5.txt")).replace("本报讯", "本报讯 晚到的版面"));
    auto parsed = parse::readPageFile(page, u"510000"_s);
    QVERIFY(parsed.ok());
    store::PageRecord record;
    record.source = page;
    record.contentHash = u"later"_s;
    record.page = &*parsed.page;
    QVERIFY(s.archive->beginBatch());
    QVERIFY(s.archive->savePage(record)); // stored; the index catches up later
    QVERIFY(s.archive->commitBatch());
    s.archive.reset();

    test::PlainConnection writer(s.path);
    QSqlQuery w(writer.db());
    QVERIFY(w.exec(u"BEGIN IMMEDIATE"_s));
    QElapsedTimer opening;
    opening.start();
    QString error;
    auto reader = store::openSqliteArchive(s.path, &error, store::Opening::ForReading);
    QVERIFY2(reader, qPrintable(error));
    QVERIFY2(opening.elapsed() < 5000, qPrintable(u"opened after %1 ms"_s.arg(opening.elapsed())));
    QCOMPARE(reader->counts().awaitingIndex, 8);
    QCOMPARE(reader->search(query(u"晚到的版面"_s), 0, 5).total, 0);
    QVERIFY(w.exec(u"ROLLBACK"_s));
    reader.reset();

    auto later = store::openSqliteArchive(s.path, &error); // for writing: catches the index up
    QVERIFY2(later, qPrintable(error));
    QCOMPARE(later->counts().awaitingIndex, 0);
    QVERIFY(later->search(query(u"晚到的版面"_s), 0, 5).total > 0);
}

void TestArchiveFile::migratesAnOlderArchive()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(u"old.fangzhi"_s);
    {
        // An archive as the first schema wrote it, with a page and an article but no search index.
        test::PlainConnection old(path);
        QVERIFY(old.db().isOpen());
        QFile schema(u":/schema/sqlite/001_archive.sql"_s);
        QVERIFY(schema.open(QIODevice::ReadOnly));
        QSqlQuery q(old.db());
        for (const QString &sql : QString::fromUtf8(schema.readAll()).split(u"\n;\n"_s))
            QVERIFY2(q.exec(sql), qPrintable(sql));
        QVERIFY(q.exec(u"PRAGMA user_version = 1"_s));
        QVERIFY(q.exec(u"INSERT INTO pages (id, source, file_name, content_hash, encoding, original_text, imported_at) "
                       "VALUES (1, '/old/p.txt', 'p.txt', 'x', 'UTF-8', '…', '2020-01-01')"_s));
        QVERIFY(q.exec(u"INSERT INTO articles (id, page_id, position, title, body, paragraphs, region, association) "
                       "VALUES (7, 1, 0, '泸州市科协召开会议', '会议强调要推进科技创新。', '[]', 510500, '泸州市科协')"_s));
    }
    QString error;
    auto archive = store::openSqliteArchive(path, &error);
    QVERIFY2(archive, qPrintable(error));
    const auto found = archive->search(query(u"科技创新"_s), 0, 5);
    QCOMPARE(found.total, 1);
    QCOMPARE(found.articles.first().id, 7);
    QCOMPARE(archive->search(query(u"luzhou"_s), 0, 5).total, 1);
    store::ArticleFilter inLuzhou = query(u"会议"_s), inGuangdong = inLuzhou;
    inLuzhou.region = 510500;
    inGuangdong.region = 440000;
    QCOMPARE(archive->search(inLuzhou, 0, 5).total, 1);
    QCOMPARE(archive->search(inGuangdong, 0, 5).total, 0);
    // The totals the reader opens with are counted from what the archive held.
    QCOMPARE(archive->counts().pages, 1);
    QCOMPARE(archive->counts().articles, 1);
    QCOMPARE(archive->associations(), QStringList{u"泸州市科协"_s});
    QCOMPARE(archive->regionCounts({}), (QHash<int, qint64>{{510500, 1}}));
    archive.reset();
    test::PlainConnection check(path);
    QVERIFY(check.db().isOpen());
    QSqlQuery q(check.db());
    QVERIFY(q.exec(u"PRAGMA user_version"_s) && q.next());
    QCOMPARE(q.value(0).toInt(), store::currentSchemaVersion());
    // The index is written in large segments, merged sixteen at a time (schema 5).
    QVERIFY(q.exec(u"SELECT k, v FROM article_search_config WHERE k IN ('automerge', 'hashsize') ORDER BY k"_s));
    QVERIFY(q.next());
    QCOMPARE(q.value(1).toInt(), 16);
    QVERIFY(q.next());
    QCOMPARE(q.value(1).toInt(), 64 * 1024 * 1024);
}

void TestArchiveFile::refusesANewerArchiveAndLeavesItUntouched()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(u"future.fangzhi"_s);
    {
        test::PlainConnection future(path);
        QVERIFY(future.db().isOpen());
        QSqlQuery q(future.db());
        QVERIFY(q.exec(u"CREATE TABLE pages (id INTEGER PRIMARY KEY, hologram BLOB)"_s));
        QVERIFY(q.exec(u"PRAGMA user_version = 99"_s));
    }
    const QByteArray before = sha(path);
    QString error;
    QVERIFY(!store::openSqliteArchive(path, &error));
    QVERIFY2(error.contains(u"newer Fangzhi (schema version 99"_s), qPrintable(error));
    QVERIFY(error.contains(path));
    QCOMPARE(sha(path), before);
    QVERIFY(!QFile::exists(path + u"-wal"_s));
}

void TestArchiveFile::refusesWhatIsNotAnArchive()
{
    QTemporaryDir dir;
    const QString text = dir.filePath(u"notes.txt"_s);
    test::writeFile(text, "达州市科协 提高科普项目实施质量\n");
    QString error;
    QVERIFY(!store::openSqliteArchive(text, &error));
    QVERIFY2(error.contains(u"not a Fangzhi archive"_s), qPrintable(error));
    QVERIFY2(!error.contains(u"Unable to"_s), qPrintable(error)); // words, not the driver's
    QCOMPARE(test::readFile(text), QByteArray("达州市科协 提高科普项目实施质量\n"));
    // What the database says goes wrong, said in words: its result codes, extended ones too.
    const auto said = [](const char *code) {
        return store::inWords(QSqlError(u"Unable to fetch row"_s, u"raw"_s, QSqlError::StatementError,
                                        QString::fromLatin1(code)));
    };
    QCOMPARE(said("13"), u"the disk is full"_s);
    QCOMPARE(said("778"), u"the disk could not be read or written"_s); // SQLITE_IOERR_WRITE
    QCOMPARE(said("11"), u"the archive file is damaged"_s);
    QVERIFY(said("5").contains(u"another program is writing"_s));
    QVERIFY(said("8").contains(u"may not be written to"_s));
    QVERIFY(!said("1").contains(u"raw"_s) && !said("").contains(u"Unable"_s));
    QVERIFY(!store::openSqliteArchive(dir.path(), &error));
    QVERIFY(error.contains(u"folder"_s));
}

// Paragraphs, captions and sponsors are kept as JSON text; whatever a page holds must read back
// exactly, quotes, backslashes, control characters and all.
void TestArchiveFile::keepsParagraphsAndCaptionsAsPrinted()
{
    const QStringList printed{u"他说:\"科普\"进村。"_s, u"C:\\路径\\n 不是换行"_s, u"一行\n二行\t制表\r"_s,
                              QString(u"控制\x01字符\x1f"_s), u"𠀀 扩展B 与 emoji 🎉"_s, QString(), u"]}\",{"_s};
    QJsonParseError error;
    const QJsonDocument paragraphs = QJsonDocument::fromJson(store::jsonStrings(printed).toUtf8(), &error);
    QCOMPARE(error.error, QJsonParseError::NoError);
    QCOMPARE(paragraphs.array().toVariantList(), QVariant(printed).toList());
    QCOMPARE(store::jsonStrings({}), u"[]"_s);

    const QList<parse::Caption> captions{{printed[0], printed[1]}, {printed[3], QString()}};
    const QJsonDocument read = QJsonDocument::fromJson(store::captionsJson(captions).toUtf8(), &error);
    QCOMPARE(error.error, QJsonParseError::NoError);
    QCOMPARE(read.array().size(), 2);
    for (qsizetype i = 0; i < captions.size(); ++i) {
        QCOMPARE(read[i][u"text"_s].toString(), captions[i].text);
        QCOMPARE(read[i][u"photoCredit"_s].toString(), captions[i].photoCredit);
    }
}

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    QTemporaryDir files;
    int failed = 0;
    {
        TestArchive onFile(u"an SQLite file"_s, [&](const QString &name) { return files.filePath(name + u".fangzhi"_s); });
        failed += QTest::qExec(&onFile, argc, argv);
    }
    {
        test::PostgresServer server;
        if (!server.ok())
            qFatal("%s", qPrintable(server.error()));
        TestArchive onServer(u"a PostgreSQL server"_s, [&](const QString &name) { return server.newArchive(name); });
        failed += QTest::qExec(&onServer, argc, argv);
    }
    TestArchiveFile file;
    failed += QTest::qExec(&file, argc, argv);
    return failed;
}
#include "tst_archive.moc"
