// Reaching a PostgreSQL archive and its schema, on a throw-away server: addresses read as libpq
// reads them (never with a password), refusals in words; the schema made on an empty database,
// brought forward once when several programs open an old archive at the same moment, and left
// exactly as it is when it is newer than this program or not an archive at all.
#include "postgres_server.h"
#include "store/postgres/postgres_schema.h"
#include "store/postgres/server_location.h"

#include <QSqlError>
#include <QSqlQuery>
#include <QTest>
#include <QUrl>

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
    void readsServerAddresses_data();
    void readsServerAddresses();
    void opensByAddressAndSaysWhyNot();
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
    QCOMPARE(postgres::currentSchemaVersion(), 2);
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

void TestPostgresSchema::readsServerAddresses_data()
{
    QTest::addColumn<QString>("url");
    QTest::addColumn<QString>("read"); // display() and sslmode, or the refusal
    QTest::newRow("full") << u"postgresql://fangzhi@archive.example:5433/county?sslmode=require"_s
                          << u"fangzhi@archive.example:5433/county require"_s;
    QTest::newRow("default port") << u"postgres://reader@10.0.0.5/shared"_s << u"reader@10.0.0.5:5432/shared "_s;
    QTest::newRow("a socket's folder") << u"postgresql://admin@%2Fvar%2Frun%2Fpostgresql:5432/archive"_s
                                       << u"admin@/var/run/postgresql:5432/archive "_s;
    QTest::newRow("a password") << u"postgresql://fangzhi:secret@host/db"_s << u"refused: the address holds a password"_s;
    QTest::newRow("no database") << u"postgresql://fangzhi@host:5432/"_s << u"refused: the address names no database"_s;
    QTest::newRow("bad sslmode") << u"postgresql://fangzhi@host/db?sslmode=maybe"_s << u"refused: sslmode is one of"_s;
    QTest::newRow("other option") << u"postgresql://fangzhi@host/db?password=x"_s << u"refused: \"password\" is not"_s;
    QTest::newRow("a file") << u"archive.fangzhi"_s << u"refused: a shared archive is named"_s;
}

void TestPostgresSchema::readsServerAddresses()
{
    QFETCH(QString, url);
    QFETCH(QString, read);
    QString error;
    const auto location = postgres::parseServerUrl(url, &error);
    const QString got = location ? location->display() + u' ' + location->sslMode : u"refused: "_s + error;
    QVERIFY2(got.startsWith(read), qPrintable(got));
    QVERIFY2(!got.contains(u"secret"_s), qPrintable(got));
}

void TestPostgresSchema::opensByAddressAndSaysWhyNot()
{
    newDatabase(u"reached"_s).close();
    const QString at = QString::fromLatin1(QUrl::toPercentEncoding(m_server->socketDir()));
    QString error;
    for (const auto &[database, port, says] :
         {std::tuple{u"reached"_s, m_server->port(), QString()},
          std::tuple{u"missing"_s, m_server->port(), u"there is no such database on the server"_s},
          std::tuple{u"reached"_s, m_server->port() + 1, u"could not be reached"_s}}) {
        // Put together, not with arg(): the socket's folder holds "%2F".
        const QString url = u"postgresql://"_s + test::PostgresServer::superuser() + u'@' + at + u':' +
                            QString::number(port) + u'/' + database;
        const auto location = postgres::parseServerUrl(url, &error);
        QVERIFY2(location, qPrintable(error));
        const QString name = u"by-address-%1-%2"_s.arg(database).arg(port);
        {
            QSqlDatabase db = QSqlDatabase::addDatabase(u"QPSQL"_s, name);
            const bool opened = postgres::openServer(db, *location, u"not-shown"_s, &error);
            QCOMPARE(opened, says.isEmpty());
            if (!opened)
                QVERIFY2(error.contains(says) && !error.contains(u"not-shown"_s), qPrintable(error));
            db.close();
        }
        QSqlDatabase::removeDatabase(name);
    }
}

void TestPostgresSchema::anEmptyDatabaseBecomesAnArchive()
{
    QSqlDatabase db = newDatabase(u"fresh"_s);
    QVERIFY(db.isOpen());
    QString error;
    QVERIFY2(postgres::migrate(db, &error), qPrintable(error));
    QCOMPARE(scalar(db, u"SELECT version FROM fangzhi_schema"_s), postgres::currentSchemaVersion());
    // The running totals follow the rows, as in an SQLite archive.
    QSqlQuery q(db);
    QVERIFY2(q.exec(u"INSERT INTO pages (source, file_name, content_hash, encoding, original_text, imported_at) "
                    "VALUES ('/p/1.txt', '1.txt', 'h', 'UTF-8', '达州市科协', now())"_s),
             qPrintable(q.lastError().text()));
    QVERIFY(q.exec(u"INSERT INTO articles (page_id, position, title, body, paragraphs, region, association) "
                   "SELECT id, 0, '标题', '正文', '[]', 511700, '达州市科协' FROM pages"_s));
    QCOMPARE(scalar(db, u"SELECT sum(value) FROM archive_totals WHERE name = 'pages'"_s), 1);
    QCOMPARE(scalar(db, u"SELECT sum(articles) FROM region_totals WHERE region = 511700"_s), 1);
    QVERIFY(q.exec(u"UPDATE articles SET region = 511722"_s));
    QCOMPARE(scalar(db, u"SELECT sum(articles) FROM region_totals WHERE region = 511700"_s), 0);
    QCOMPARE(scalar(db, u"SELECT sum(articles) FROM region_totals WHERE region = 511722"_s), 1);
    QVERIFY(q.exec(u"DELETE FROM pages"_s));
    QCOMPARE(scalar(db, u"SELECT count(*) FROM articles"_s), 0);
    QCOMPARE(scalar(db, u"SELECT sum(articles) FROM region_totals"_s), 0);
    QCOMPARE(scalar(db, u"SELECT sum(articles) FROM field_values WHERE value = '达州市科协'"_s), 0);
    // Summed up, the totals keep a row each, and none for what no longer holds articles.
    QVERIFY(q.exec(u"SELECT fangzhi_compact_totals()"_s));
    QCOMPARE(scalar(db, u"SELECT count(*) FROM region_totals"_s), 0);
    QCOMPARE(scalar(db, u"SELECT count(*) FROM field_values"_s), 0);
    QCOMPARE(scalar(db, u"SELECT count(*) FROM archive_totals"_s), 1);
    QCOMPARE(scalar(db, u"SELECT sum(value) FROM archive_totals"_s), 0);
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
    QCOMPARE(scalar(db, u"SELECT version FROM fangzhi_schema"_s), postgres::currentSchemaVersion());
    QCOMPARE(scalar(db, u"SELECT count(*) FROM divisions"_s), 0); // the schema once, nothing else
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
