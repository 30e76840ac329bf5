// A PostgreSQL archive's schema, on a throw-away server: made on an empty database, brought
// forward once when several programs open an old archive at the same moment, and left exactly
// as it is when it is newer than this program or not an archive at all.
#include "postgres_server.h"
#include "store/postgres/postgres_schema.h"

#include <QSqlError>
#include <QSqlQuery>
#include <QTest>

#include <thread>

using namespace Qt::Literals::StringLiterals;
using namespace fangzhi;
namespace postgres = fangzhi::store::postgres;

class TestPostgresSchema : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void cleanupTestCase();
    void anEmptyDatabaseBecomesAnArchive();
    void programsOpeningAtOnceMigrateOnce();
    void aNewerArchiveIsLeftAsItIs();
    void aDatabaseOfOtherTablesIsLeftAsItIs();

private:
    // A new database on the server, and a connection to it named after it.
    QSqlDatabase newDatabase(const QString &name);
    [[nodiscard]] static qint64 scalar(QSqlDatabase &db, const QString &sql);

    std::unique_ptr<test::PostgresServer> m_server;
};

void TestPostgresSchema::initTestCase()
{
    QVERIFY2(QSqlDatabase::isDriverAvailable(u"QPSQL"_s), "Qt's QPSQL driver (libqt6sql6-psql) is needed");
    m_server = std::make_unique<test::PostgresServer>();
    QVERIFY2(m_server->ok(), qPrintable(m_server->error()));
    QCOMPARE(postgres::currentSchemaVersion(), 1);
}

void TestPostgresSchema::cleanupTestCase()
{
    for (const QString &name : QSqlDatabase::connectionNames())
        QSqlDatabase::removeDatabase(name);
    m_server.reset();
}

QSqlDatabase TestPostgresSchema::newDatabase(const QString &name)
{
    {
        QSqlDatabase admin = m_server->connect(u"admin-"_s + name);
        QSqlQuery q(admin);
        if (!q.exec(u"CREATE DATABASE %1 ENCODING 'UTF8' TEMPLATE template0"_s.arg(name)))
            qFatal("cannot create a database: %s", qPrintable(q.lastError().text()));
        admin.close();
    }
    QSqlDatabase::removeDatabase(u"admin-"_s + name);
    return m_server->connect(name, name);
}

qint64 TestPostgresSchema::scalar(QSqlDatabase &db, const QString &sql)
{
    QSqlQuery q(db);
    return q.exec(sql) && q.next() ? q.value(0).toLongLong() : -1;
}

void TestPostgresSchema::anEmptyDatabaseBecomesAnArchive()
{
    QSqlDatabase db = newDatabase(u"fresh"_s);
    QVERIFY(db.isOpen());
    QString error;
    QVERIFY2(postgres::migrate(db, &error), qPrintable(error));
    QCOMPARE(scalar(db, u"SELECT version FROM fangzhi_schema"_s), 1);
    // The running totals follow the rows, as in an SQLite archive.
    QSqlQuery q(db);
    QVERIFY2(q.exec(u"INSERT INTO pages (source, file_name, content_hash, encoding, original_text, imported_at) "
                    "VALUES ('/p/1.txt', '1.txt', 'h', 'UTF-8', '达州市科协', now())"_s),
             qPrintable(q.lastError().text()));
    QVERIFY(q.exec(u"INSERT INTO articles (page_id, position, title, body, paragraphs, region, association) "
                   "SELECT id, 0, '标题', '正文', '[]', 511700, '达州市科协' FROM pages"_s));
    QCOMPARE(scalar(db, u"SELECT value FROM archive_totals WHERE name = 'pages'"_s), 1);
    QCOMPARE(scalar(db, u"SELECT articles FROM region_totals WHERE region = 511700"_s), 1);
    QVERIFY(q.exec(u"UPDATE articles SET region = 511722"_s));
    QCOMPARE(scalar(db, u"SELECT articles FROM region_totals WHERE region = 511700"_s), 0);
    QCOMPARE(scalar(db, u"SELECT articles FROM region_totals WHERE region = 511722"_s), 1);
    QVERIFY(q.exec(u"DELETE FROM pages"_s));
    QCOMPARE(scalar(db, u"SELECT count(*) FROM articles"_s), 0);
    QCOMPARE(scalar(db, u"SELECT sum(articles) FROM region_totals"_s), 0);
    QCOMPARE(scalar(db, u"SELECT articles FROM field_values WHERE value = '达州市科协'"_s), 0);
    // Opened again, an archive at the current version is as it was.
    QVERIFY2(postgres::migrate(db, &error), qPrintable(error));
    QCOMPARE(scalar(db, u"SELECT count(*) FROM fangzhi_schema"_s), 1);
}

void TestPostgresSchema::programsOpeningAtOnceMigrateOnce()
{
    newDatabase(u"together"_s).close();
    constexpr int Programs = 4;
    std::vector<std::thread> programs;
    QStringList errors(Programs);
    for (int i = 0; i < Programs; ++i)
        programs.emplace_back([&, i] {
            const QString name = u"together-%1"_s.arg(i);
            {
                QSqlDatabase db = m_server->connect(name, u"together"_s);
                if (!postgres::migrate(db, &errors[i]) && errors[i].isEmpty())
                    errors[i] = u"failed without a reason"_s;
                db.close();
            }
            QSqlDatabase::removeDatabase(name);
        });
    for (std::thread &t : programs)
        t.join();
    for (const QString &e : std::as_const(errors))
        QVERIFY2(e.isEmpty(), qPrintable(e));
    QSqlDatabase db = m_server->connect(u"together-check"_s, u"together"_s);
    QCOMPARE(scalar(db, u"SELECT count(*) FROM fangzhi_schema"_s), 1);
    QCOMPARE(scalar(db, u"SELECT version FROM fangzhi_schema"_s), 1);
    QCOMPARE(scalar(db, u"SELECT count(*) FROM archive_totals"_s), 1);
}

void TestPostgresSchema::aNewerArchiveIsLeftAsItIs()
{
    QSqlDatabase db = newDatabase(u"newer"_s);
    QString error;
    QVERIFY2(postgres::migrate(db, &error), qPrintable(error));
    QSqlQuery q(db);
    QVERIFY(q.exec(u"UPDATE fangzhi_schema SET version = 99"_s));
    QVERIFY(q.exec(u"CREATE TABLE from_the_future (x int)"_s));
    QVERIFY(!postgres::migrate(db, &error));
    QVERIFY2(error.contains(u"newer Fangzhi (schema version 99"_s) && error.contains(u"has not been changed"_s),
             qPrintable(error));
    QCOMPARE(scalar(db, u"SELECT version FROM fangzhi_schema"_s), 99);
    QCOMPARE(scalar(db, u"SELECT count(*) FROM pg_tables WHERE tablename = 'from_the_future'"_s), 1);
}

void TestPostgresSchema::aDatabaseOfOtherTablesIsLeftAsItIs()
{
    QSqlDatabase db = newDatabase(u"other"_s);
    QSqlQuery q(db);
    QVERIFY(q.exec(u"CREATE TABLE invoices (x int)"_s));
    QString error;
    QVERIFY(!postgres::migrate(db, &error));
    QVERIFY2(error.contains(u"not a Fangzhi archive"_s), qPrintable(error));
    QCOMPARE(scalar(db, u"SELECT count(*) FROM pg_tables WHERE schemaname = 'public'"_s), 1);
}

QTEST_GUILESS_MAIN(TestPostgresSchema)
#include "tst_postgres_schema.moc"
