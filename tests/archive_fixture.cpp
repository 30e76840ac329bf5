#include "archive_fixture.h"

#include "geo/page_placer.h"
#include "parse/page_file.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QSqlError>
#include <QSqlQuery>
#include <QTest>

using namespace Qt::Literals::StringLiterals;

namespace fangzhi::test {

std::unique_ptr<store::ArchiveStore> openArchive(const QString &location)
{
    QString error;
    auto archive = store::openArchive(location, &error);
    if (!archive)
        qFatal("cannot open an archive: %s", qPrintable(error));
    return archive;
}

SeededArchive::SeededArchive() : SeededArchive(QString())
{
}

SeededArchive::SeededArchive(const QString &location)
{
    path = location.isEmpty() ? dir.filePath(u"archive.fangzhi"_s) : location;
    archive = openArchive(path);
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

const QString BriefsPage = QStringLiteral(FANGZHI_FIXTURES_DIR) + u"/forms/briefs.txt"_s;

QHash<QString, qint64> storeBriefsAsAnOlderParserDid(store::ArchiveStore &archive,
                                                     const QString &db)
{
    auto read = parse::readPageFile(BriefsPage);
    if (!read.ok())
        qFatal("the fixture did not parse: %s", qPrintable(read.error));
    parse::Page page = *read.page;
    geo::placePage(page);
    parse::Article merged = page.articles[0];
    for (int i = 1; i < 3; ++i) {
        merged.body += u'\n' + page.articles[i].body;
        merged.paragraphs += page.articles[i].paragraphs;
        merged.blocks += page.articles[i].blocks;
    }
    merged.credit.clear();
    page.articles.remove(0, 3);
    page.articles.prepend(merged);
    // The last brief was filed elsewhere and without its column: same text, other fields.
    parse::Article &last = page.articles.last();
    last.kicker.clear();
    last.regionCode = u"510100"_s;
    last.regionPath = {u"四川省"_s, u"成都市"_s};
    store::PageRecord record;
    record.source = BriefsPage;
    record.contentHash = u"older"_s;
    record.page = &page;
    if (!archive.savePage(record) || !archive.updateSearchIndex())
        qFatal("cannot store the page: %s", qPrintable(archive.lastError()));
    {
        PlainConnection old(db);
        QSqlQuery q(old.db());
        if (!q.exec(u"UPDATE pages SET parser_version = 1"_s))
            qFatal("%s", qPrintable(q.lastError().text()));
    }
    QHash<QString, qint64> ids;
    for (const auto &a : archive.search({}, 0, 100).articles)
        ids.insert(a.title, a.id);
    return ids;
}

void checkTotals(const QString &db)
{
    const QString FieldCounts =
        u"SELECT 'association', association, count(*) FROM articles WHERE association IS NOT NULL "
        u"GROUP BY 2 "
        "UNION ALL SELECT 'section', section, count(*) FROM articles WHERE section IS NOT NULL "
        "GROUP BY 2 "
        "UNION ALL SELECT 'newspaper', newspaper, count(*) FROM articles WHERE newspaper IS NOT NULL GROUP BY 2"_s;
    PlainConnection check(db);
    QVERIFY(check.db().isOpen());
    QSqlQuery q(check.db());
    for (
        const QString &sql :
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
