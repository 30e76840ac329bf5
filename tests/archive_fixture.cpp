#include "archive_fixture.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QSqlError>
#include <QSqlQuery>
#include <QTest>

using namespace Qt::Literals::StringLiterals;

namespace fangzhi::test {

SeededArchive::SeededArchive()
{
    path = dir.filePath(u"archive.fangzhi"_s);
    QString error;
    archive = store::openSqliteArchive(path, &error);
    if (!archive)
        qFatal("cannot create an archive: %s", qPrintable(error));
    report = ingest::importPages(*archive, {QStringLiteral(FANGZHI_SEEDS_DIR)});
}

PlainConnection::PlainConnection(const QString &path)
{
    static int serial = 0;
    m_name = u"plain-%1"_s.arg(++serial);
    m_db = QSqlDatabase::addDatabase(u"QSQLITE"_s, m_name);
    m_db.setDatabaseName(path);
    m_db.open();
}

PlainConnection::~PlainConnection()
{
    m_db.close();
    m_db = QSqlDatabase();
    QSqlDatabase::removeDatabase(m_name);
}

void writeFile(const QString &path, const QByteArray &bytes)
{
    QDir().mkpath(QFileInfo(path).absolutePath());
    QFile f(path);
    if (!f.open(QIODevice::WriteOnly | QIODevice::Truncate) || f.write(bytes) != bytes.size())
        qFatal("cannot write %s", qPrintable(path));
}

QByteArray readFile(const QString &path)
{
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly))
        qFatal("cannot read %s", qPrintable(path));
    return f.readAll();
}

QString seedPath(const char *name)
{
    return QStringLiteral(FANGZHI_SEEDS_DIR) + u'/' + QString::fromLatin1(name);
}

void checkTotals(const QString &db)
{
    const QString FieldCounts =
        u"SELECT 'association', association, count(*) FROM articles WHERE association IS NOT NULL GROUP BY 2 "
        "UNION ALL SELECT 'section', section, count(*) FROM articles WHERE section IS NOT NULL GROUP BY 2 "
        "UNION ALL SELECT 'newspaper', newspaper, count(*) FROM articles WHERE newspaper IS NOT NULL GROUP BY 2"_s;
    PlainConnection check(db);
    QVERIFY(check.db().isOpen());
    QSqlQuery q(check.db());
    for (const QString &sql :
         {u"SELECT region, articles FROM region_totals WHERE articles > 0 EXCEPT "
          "SELECT coalesce(region, -1), count(*) FROM articles GROUP BY 1"_s,
          u"SELECT coalesce(region, -1), count(*) FROM articles GROUP BY 1 EXCEPT "
          "SELECT region, articles FROM region_totals"_s,
          u"SELECT field, value, articles FROM field_values WHERE articles > 0 EXCEPT SELECT * FROM ("_s +
              FieldCounts + u')',
          FieldCounts + u" EXCEPT SELECT field, value, articles FROM field_values"_s,
          u"SELECT value FROM archive_totals WHERE name = 'pages' EXCEPT SELECT count(*) FROM pages"_s}) {
        QVERIFY2(q.exec(sql), qPrintable(q.lastError().text()));
        QVERIFY2(!q.next(), qPrintable(u"totals disagree with the rows: "_s + sql));
    }
}

} // namespace fangzhi::test
