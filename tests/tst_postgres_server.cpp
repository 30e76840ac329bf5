// The throw-away PostgreSQL server the shared-archive tests start for themselves: it runs, takes
// Chinese text through Qt's QPSQL driver, and is gone, folder and all, once the test is done.
#include "postgres_server.h"

#include <QDir>
#include <QSqlError>
#include <QSqlQuery>
#include <QTest>

using namespace Qt::Literals::StringLiterals;

class TestPostgresServer : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void aThrowAwayServerRunsAndIsGoneAfterwards();
};

void TestPostgresServer::aThrowAwayServerRunsAndIsGoneAfterwards()
{
    QVERIFY2(QSqlDatabase::isDriverAvailable(u"QPSQL"_s), "Qt's QPSQL driver (libqt6sql6-psql) is needed");
    QString folder;
    {
        fangzhi::test::PostgresServer server;
        QVERIFY2(server.ok(), qPrintable(server.error()));
        folder = server.socketDir();
        {
            QSqlDatabase db = server.connect(u"first"_s);
            QVERIFY2(db.isOpen(), qPrintable(db.lastError().text()));
            QSqlQuery q(db);
            QVERIFY(q.exec(u"CREATE DATABASE archive ENCODING 'UTF8' TEMPLATE template0"_s));
            db.close();
        }
        QSqlDatabase::removeDatabase(u"first"_s);
        {
            QSqlDatabase db = server.connect(u"second"_s, u"archive"_s);
            QVERIFY2(db.isOpen(), qPrintable(db.lastError().text()));
            QSqlQuery q(db);
            QVERIFY(q.exec(u"CREATE TABLE pages (title text NOT NULL)"_s));
            QVERIFY(q.prepare(u"INSERT INTO pages VALUES (?)"_s));
            q.addBindValue(u"达州市科协 召开全委会"_s);
            QVERIFY(q.exec());
            QVERIFY(q.exec(u"SELECT title, length(title) FROM pages"_s) && q.next());
            QCOMPARE(q.value(0).toString(), u"达州市科协 召开全委会"_s);
            QCOMPARE(q.value(1).toInt(), 11);
            db.close();
        }
        QSqlDatabase::removeDatabase(u"second"_s);
    }
    QVERIFY2(!QDir(folder).exists(), qPrintable(folder));
}

QTEST_GUILESS_MAIN(TestPostgresServer)
#include "tst_postgres_server.moc"
