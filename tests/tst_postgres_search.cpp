// PostgreSQL's search finds exactly what the SQLite archive's finds: the sample pages' articles,
// read from an SQLite archive's index source, become tsvectors on a throw-away server, and every
// query — one to five characters, phrases, exclusions, pinyin, a region, hostile text — matches
// the same articles in both.
#include "archive_fixture.h"
#include "postgres_server.h"
#include "store/postgres/search_vector.h"
#include "store/search_query.h"

#include <QSet>
#include <QSqlError>
#include <QSqlQuery>
#include <QTest>

using namespace Qt::Literals::StringLiterals;
using namespace fangzhi;
namespace postgres = fangzhi::store::postgres;

class TestPostgresSearch : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void cleanupTestCase();
    void findsWhatSqliteFinds_data();
    void findsWhatSqliteFinds();
    void aTokenVectorHasPositionsAndWeights();

private:
    std::unique_ptr<test::PostgresServer> m_server;
    std::unique_ptr<test::SeededArchive> m_sqlite;
    QSqlDatabase m_db;
};

void TestPostgresSearch::initTestCase()
{
    QVERIFY2(QSqlDatabase::isDriverAvailable(u"QPSQL"_s), "Qt's QPSQL driver (libqt6sql6-psql) is needed");
    m_server = std::make_unique<test::PostgresServer>();
    QVERIFY2(m_server->ok(), qPrintable(m_server->error()));
    m_sqlite = std::make_unique<test::SeededArchive>();
    m_db = m_server->connect(u"search"_s);
    QVERIFY(m_db.isOpen());
    QSqlQuery pg(m_db);
    QVERIFY(pg.exec(u"CREATE TABLE docs (id bigint PRIMARY KEY, search tsvector NOT NULL)"_s));
    QVERIFY(pg.prepare(u"INSERT INTO docs VALUES (?, CAST(? AS tsvector))"_s));
    test::PlainConnection source(m_sqlite->path);
    QSqlQuery q(source.db());
    QVERIFY(q.exec(u"SELECT id, title, body, places, scope FROM article_search_source"_s));
    int n = 0;
    while (q.next()) {
        pg.addBindValue(q.value(0).toLongLong());
        pg.addBindValue(postgres::searchVector(
            {q.value(1).toString(), q.value(2).toString(), q.value(3).toString(), q.value(4).toString()}));
        QVERIFY2(pg.exec(), qPrintable(pg.lastError().text()));
        ++n;
    }
    QCOMPARE(n, 37);
}

void TestPostgresSearch::cleanupTestCase()
{
    m_db.close();
    m_db = QSqlDatabase();
    QSqlDatabase::removeDatabase(u"search"_s);
    m_server.reset();
}

void TestPostgresSearch::findsWhatSqliteFinds_data()
{
    QTest::addColumn<QString>("typed");
    QTest::addColumn<int>("region");
    QTest::addColumn<bool>("findsSome"); // so that agreeing on nothing is not all that is shown
    for (const QString &q : {u"科"_s, u"科协"_s, u"达州市"_s, u"科学技术"_s, u"青少年科技"_s, u"科普 活动"_s,
                             u"\"科普 活动\""_s, u"科协 -科普"_s, u"-科普"_s, u"dazhou"_s, u"dz"_s, u"chengdu 科协"_s,
                             u"2024"_s, u"MES"_s, u"科普日 -成都"_s, u"凉山州"_s})
        QTest::addRow("%s", qPrintable(q)) << q << 0 << true;
    QTest::addRow("不存在的词语") << u"不存在的词语"_s << 0 << false;
    QTest::addRow("科协 in Sichuan") << u"科协"_s << 510000 << true;
    QTest::addRow("科协 in 达州市") << u"科协"_s << 511700 << true;
    QTest::addRow("科协 in 凉山州") << u"科协"_s << 513400 << true;
    for (const QString &q : {u"'); DROP TABLE docs; --"_s, u"a:b & !c | d <-> e"_s, u"\"unterminated 科协"_s,
                             u"\\' \\\\ '' ::tsquery"_s, u"科协:*"_s, u"!!! ((( )))"_s})
        QTest::addRow("hostile %s", qPrintable(q)) << q << 0 << false;
}

void TestPostgresSearch::findsWhatSqliteFinds()
{
    QFETCH(QString, typed);
    QFETCH(int, region);
    QFETCH(bool, findsSome);
    store::ArticleFilter filter;
    filter.query = typed;
    filter.region = region;
    QSet<qint64> sqlite;
    for (const store::ArticleSummary &a : m_sqlite->archive->search(filter, 0, 1000).articles)
        sqlite.insert(a.id);

    const store::SearchQuery parsed = store::parseSearchQuery(typed);
    const QStringList scope = region > 0 ? QStringList{u"r%1"_s.arg(region)} : QStringList{};
    const QString match = postgres::searchTsQuery(parsed, scope);
    const QString excluded = postgres::exclusionTsQuery(parsed);
    QSet<qint64> pg;
    QSqlQuery q(m_db);
    if (!match.isEmpty()) {
        q.prepare(u"SELECT id FROM docs WHERE search @@ CAST(? AS tsquery)"_s);
        q.addBindValue(match);
    } else if (!excluded.isEmpty()) {
        q.prepare(u"SELECT id FROM docs WHERE NOT (search @@ CAST(? AS tsquery))"_s);
        q.addBindValue(excluded);
    }
    if (!match.isEmpty() || !excluded.isEmpty()) {
        QVERIFY2(q.exec(), qPrintable(q.lastError().text() + u" for "_s + match + excluded));
        while (q.next())
            pg.insert(q.value(0).toLongLong());
    }
    QVERIFY2(pg == sqlite, qPrintable(u"%1: PostgreSQL %2, SQLite %3 (%4)"_s.arg(typed).arg(pg.size()).arg(sqlite.size())
                                          .arg(match)));
    if (findsSome)
        QVERIFY2(!sqlite.isEmpty() && sqlite.size() < 37 + (typed == u"科"_s || typed == u"科协"_s ? 1 : 0),
                 qPrintable(u"%1 articles"_s.arg(sqlite.size())));
    QSqlQuery count(m_db);
    QVERIFY(count.exec(u"SELECT count(*) FROM docs"_s) && count.next());
    QCOMPARE(count.value(0).toInt(), 37); // hostile text changed nothing
}

void TestPostgresSearch::aTokenVectorHasPositionsAndWeights()
{
    const QString v = postgres::searchVector({u"达州市科协"_s, u"达州 MES"_s, u"dazhou dz"_s, u"r511700 y2024"_s});
    // Title first (A), then places (B), scope (C), body (no weight); 达 stands once per part.
    QVERIFY2(v.contains(u"'达州':3A,"_s), qPrintable(v));
    QVERIFY2(v.contains(u"'dazhou':"_s) && v.contains(u"B"_s), qPrintable(v));
    // The scope's terms are marked so that nothing typed reaches them: r511700 typed is a word.
    QVERIFY2(v.contains(u"'#r511700':"_s) && v.contains(u"C"_s), qPrintable(v));
    QVERIFY2(v.contains(u"'mes':"_s), qPrintable(v));
    QSqlQuery q(m_db);
    q.prepare(u"SELECT CAST(? AS tsvector) @@ CAST(? AS tsquery), CAST(? AS tsvector) @@ CAST(? AS tsquery)"_s);
    q.addBindValue(v);
    q.addBindValue(postgres::searchTsQuery(store::parseSearchQuery(u"州市"_s)));
    q.addBindValue(v);
    q.addBindValue(postgres::searchTsQuery(store::parseSearchQuery(u"市科协达"_s)));
    QVERIFY2(q.exec() && q.next(), qPrintable(q.lastError().text()));
    QCOMPARE(q.value(0).toBool(), true);  // a pair inside the title
    QCOMPARE(q.value(1).toBool(), false); // no phrase runs from the title into the body
    q.addBindValue(v);
    q.addBindValue(postgres::searchTsQuery(store::parseSearchQuery(u"r511700"_s)));
    q.addBindValue(v);
    q.addBindValue(postgres::searchTsQuery(store::parseSearchQuery(u"达州"_s), {u"r511700"_s}));
    QVERIFY2(q.exec() && q.next(), qPrintable(q.lastError().text()));
    QCOMPARE(q.value(0).toBool(), false); // typed, a scope term is not found
    QCOMPARE(q.value(1).toBool(), true);  // asked for by a filter, it is
}

QTEST_GUILESS_MAIN(TestPostgresSearch)
#include "tst_postgres_search.moc"
