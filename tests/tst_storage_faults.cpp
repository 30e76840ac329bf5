// Storage failing under an import or a reparse (a failed write, a failed sync, a full disk at
// every point of a whole import): the archive stays sound, nothing stored before is lost, and
// the report counts only what was committed, naming every page that was not.
#include "archive_fixture.h"
#include "ingest/reparser.h"
#include "parse/page_parser.h"
#include "storage_faults.h"

#include <QDir>
#include <QFile>
#include <QSet>
#include <QSqlQuery>
#include <QTest>

using namespace Qt::Literals::StringLiterals;
using namespace fangzhi;
using test::openArchive;
using test::StorageFault;
using test::StorageFaults;

namespace {

// The pages stored, each as (file name, whether it is the changed version) with its articles;
// empty when the integrity check fails. Read on a connection of its own.
QHash<std::pair<QString, bool>, qint64> storedIn(const QString &db)
{
    test::PlainConnection check(db);
    QSqlQuery q(check.db());
    if (!q.exec(u"PRAGMA integrity_check"_s) || !q.next() || q.value(0).toString() != u"ok"_s)
        return {};
    q.exec(u"SELECT p.file_name, instr(p.original_text, '再版') > 0, "
           "(SELECT count(*) FROM articles a WHERE a.page_id = p.id) FROM pages p"_s);
    QHash<std::pair<QString, bool>, qint64> pages;
    while (q.next())
        pages.insert({q.value(0).toString(), q.value(1).toBool()}, q.value(2).toLongLong());
    return pages;
}

} // namespace

class TestStorageFaults : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void everyFaultInAnImportLeavesASoundArchiveAndATruthfulReport_data();
    void everyFaultInAnImportLeavesASoundArchiveAndATruthfulReport();
    void aFullDiskUnderAReparseLeavesThePagesAsTheyWere();

private:
    QTemporaryDir m_dir;
    QString m_pages;        // the seeds, three of them changed since, and two more pages
    QString m_seededArchive; // the seeds as first imported: copied for each run
    QHash<std::pair<QString, bool>, qint64> m_articlesOf; // every page, old and changed, with its articles
    int m_writes = 0, m_syncs = 0; // a whole import's, with nothing failing
};

void TestStorageFaults::initTestCase()
{
    StorageFaults::install();
    m_pages = m_dir.filePath(u"pages"_s);
    const QStringList seeds = QDir(QStringLiteral(FANGZHI_SEEDS_DIR)).entryList({u"*.txt"_s});
    QCOMPARE(seeds.size(), 5);
    for (const QString &seed : seeds)
        test::writeFile(m_pages + u'/' + seed, test::readFile(QStringLiteral(FANGZHI_SEEDS_DIR) + u'/' + seed));
    m_seededArchive = m_dir.filePath(u"seeded.fangzhi"_s);
    {
        auto archive = openArchive(m_seededArchive);
        QCOMPARE(ingest::importPages(*archive, {m_pages}).added, 5);
    }
    m_articlesOf = storedIn(m_seededArchive);
    // Three pages changed (replaced by the next import), two new, two as they were.
    const auto changed = [&](const QString &seed) {
        return test::readFile(QStringLiteral(FANGZHI_SEEDS_DIR) + u'/' + seed).replace("本报讯", "本报讯 再版");
    };
    for (int i = 0; i < 3; ++i)
        test::writeFile(m_pages + u'/' + seeds[i], changed(seeds[i]));
    for (int i = 3; i < 5; ++i)
        test::writeFile(m_pages + u"/again-"_s + seeds[i], changed(seeds[i]));

    const QString db = m_dir.filePath(u"clean.fangzhi"_s);
    QVERIFY(QFile::copy(m_seededArchive, db));
    auto archive = openArchive(db);
    StorageFaults::arm(StorageFault::None, 0);
    const ingest::ImportReport r = ingest::importPages(*archive, {m_pages});
    archive.reset();
    m_writes = StorageFaults::writes();
    m_syncs = StorageFaults::syncs();
    QCOMPARE(r.replaced, 3);
    QCOMPARE(r.added, 2);
    QCOMPARE(r.unchanged, 2);
    QVERIFY(r.failed.isEmpty());
    m_articlesOf.insert(storedIn(db));
    QCOMPARE(m_articlesOf.size(), 10);
    qInfo("a whole import of 5 pages writes %d times and syncs %d times", m_writes, m_syncs);
}

void TestStorageFaults::everyFaultInAnImportLeavesASoundArchiveAndATruthfulReport_data()
{
    QTest::addColumn<int>("faultKind");
    QTest::addColumn<QString>("inWords");
    QTest::newRow("a write fails") << int(StorageFault::WriteFails) << u"the disk could not be read or written"_s;
    QTest::newRow("a sync fails") << int(StorageFault::SyncFails) << u"the disk could not be read or written"_s;
    QTest::newRow("the disk is full") << int(StorageFault::DiskFull) << u"the disk is full"_s;
}

// For every n up to a whole import's writes (or syncs), the fault strikes at the nth.
void TestStorageFaults::everyFaultInAnImportLeavesASoundArchiveAndATruthfulReport()
{
    QFETCH(int, faultKind);
    const auto fault = StorageFault(faultKind);
    QFETCH(QString, inWords);
    const int last = (fault == StorageFault::SyncFails ? m_syncs : m_writes) + 1;
    int struck = 0, lostPages = 0;
    for (int n = 1; n <= last; ++n) {
        const QString db = m_dir.filePath(u"run.fangzhi"_s);
        QFile::remove(db);
        QVERIFY(QFile::copy(m_seededArchive, db));
        auto archive = openArchive(db);
        StorageFaults::arm(fault, n);
        const ingest::ImportReport r = ingest::importPages(*archive, {m_pages});
        archive.reset(); // closing writes too, under the same fault
        StorageFaults::disarm();
        const QString at = u"fault at %1 of %2"_s.arg(n).arg(last - 1);
        struck += StorageFaults::struck();

        // Every page is there, old or new, whole; what the report counts is what changed.
        const auto stored = storedIn(db);
        QVERIFY2(!stored.isEmpty(), qPrintable(at + u": the archive is damaged"_s));
        int changed = 0;
        qint64 articles = 0;
        for (auto it = stored.begin(); it != stored.end(); ++it) {
            QCOMPARE(it.value(), m_articlesOf.value(it.key(), -1));
            if (it.key().second) {
                ++changed;
                articles += it.value();
            }
        }
        QCOMPARE(stored.size(), 5 + r.added);
        QVERIFY2(changed == r.added + r.replaced && articles == r.articles,
                 qPrintable(u"%1: reported %2 pages and %3 articles, stored %4 and %5"_s.arg(at)
                                .arg(r.added + r.replaced)
                                .arg(r.articles)
                                .arg(changed)
                                .arg(articles)));
        // Every page is counted or named as not stored, in words.
        QSet<QString> failedFiles;
        for (const ingest::FileFailure &f : r.failed) {
            QVERIFY2(!f.file.isEmpty() && f.reason.contains(inWords),
                     qPrintable(at + u": "_s + f.file + u": "_s + f.reason));
            failedFiles.insert(f.file);
        }
        QCOMPARE(r.added + r.replaced + r.unchanged + failedFiles.size(), 7);
        lostPages += int(failedFiles.size());
        test::checkTotals(db);

        // Running the import again completes it.
        archive = openArchive(db);
        const ingest::ImportReport again = ingest::importPages(*archive, {m_pages});
        QVERIFY2(again.failed.isEmpty(), qPrintable(at));
        QCOMPARE(again.added + again.replaced, int(failedFiles.size()));
        QCOMPARE(archive->counts().pages, 7);
        archive.reset();
    }
    qInfo("%d of %d faults struck during the import or its closing; %d pages named as not stored", struck, last,
          lostPages);
    QVERIFY(struck >= last - 1);
    QVERIFY(lostPages > 0);
}

void TestStorageFaults::aFullDiskUnderAReparseLeavesThePagesAsTheyWere()
{
    const QString db = m_dir.filePath(u"reparse.fangzhi"_s);
    QVERIFY(QFile::copy(m_seededArchive, db));
    auto archive = openArchive(db);
    const QHash<QString, qint64> ids = test::storeBriefsAsAnOlderParserDid(*archive, db);
    const qint64 articlesBefore = archive->counts().articles;
    const qsizetype older = archive->pagesParsedBefore(parse::ParserVersion).size();
    QVERIFY(older > 0);
    StorageFaults::arm(StorageFault::DiskFull, 1);
    const ingest::ReparseReport r = ingest::reparsePages(*archive);
    StorageFaults::disarm();
    QVERIFY(StorageFaults::struck());
    QCOMPARE(r.reparsed, 0);
    QCOMPARE(r.articles.added, 0);
    QVERIFY(!r.failed.isEmpty());
    for (const ingest::FileFailure &f : r.failed)
        QVERIFY2(!f.file.isEmpty() && f.reason.contains(u"the disk is full"_s), qPrintable(f.file + u": "_s + f.reason));
    QCOMPARE(archive->counts().articles, articlesBefore);
    QCOMPARE(archive->pagesParsedBefore(parse::ParserVersion).size(), older);
    QVERIFY(archive->article(ids.begin().value()).has_value());

    // With room again, the same reparse goes through.
    const ingest::ReparseReport again = ingest::reparsePages(*archive);
    QCOMPARE(again.reparsed, older);
    QVERIFY(again.failed.isEmpty());
    QVERIFY(archive->pagesParsedBefore(parse::ParserVersion).isEmpty());
}

QTEST_GUILESS_MAIN(TestStorageFaults)
#include "tst_storage_faults.moc"
