// Archives that cannot be written (a read-only disk, file or folder) are read and never changed;
// damaged archives are said to be damaged, by every command and by `check`, never shown as
// empty; the reader offers the check when an archive will not open.
#include "archive_fixture.h"
#include "reader_window.h"

#include <QFile>
#include <QAction>
#include <QMenuBar>
#include <QProcess>
#include <QSignalSpy>
#include <QSqlQuery>
#include <QStandardPaths>
#include <QTest>

#include <sys/stat.h>

using namespace Qt::Literals::StringLiterals;
using namespace fangzhi;

namespace {

struct Run
{
    int exitCode = -1;
    QString out, err;
};

// fangzhi-cli, as root or, with asNobody, as a user without rights to what root made.
Run cli(const QStringList &args, bool asNobody = false)
{
    QProcess p;
    if (asNobody)
        p.start(u"setpriv"_s, QStringList{u"--reuid=65534"_s, u"--regid=65534"_s, u"--clear-groups"_s, u"--"_s,
                                          QStringLiteral(FANGZHI_CLI)} + args);
    else
        p.start(QStringLiteral(FANGZHI_CLI), args);
    if (!p.waitForFinished(120000))
        qFatal("fangzhi-cli did not finish");
    return {p.exitCode(), QString::fromUtf8(p.readAllStandardOutput()), QString::fromUtf8(p.readAllStandardError())};
}

bool run(const QString &program, const QStringList &args)
{
    QProcess p;
    p.start(program, args);
    return p.waitForFinished(30000) && p.exitStatus() == QProcess::NormalExit && p.exitCode() == 0;
}

void makeArchive(const QString &path)
{
    QString error;
    auto archive = store::openSqliteArchive(path, &error);
    QVERIFY2(archive, qPrintable(error));
    QCOMPARE(ingest::importPages(*archive, {QStringLiteral(FANGZHI_SEEDS_DIR)}).added, 5);
}

// The seed archive's file with its bytes as they are, to see that nothing wrote to it.
QByteArray bytesOf(const QString &path)
{
    return test::readFile(path);
}

} // namespace

class TestArchiveAccess : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void aReadOnlyArchiveIsReadNotWritten_data();
    void aReadOnlyArchiveIsReadNotWritten();
    void unreadableFilesAndFoldersAreNamedToANormalUser();
    void aDamagedArchiveIsSaidToBeDamaged_data();
    void aDamagedArchiveIsSaidToBeDamaged();
    void aSoundArchiveChecksSound();
    void theReaderOffersTheCheckWhenAnArchiveWillNotOpen();
};

void TestArchiveAccess::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    qputenv("FANGZHI_NO_DIALOGS", "1");
}

void TestArchiveAccess::aReadOnlyArchiveIsReadNotWritten_data()
{
    QTest::addColumn<QString>("how");
    QTest::newRow("a read-only disk") << u"disk"_s;
    QTest::newRow("a read-only file") << u"file"_s;
    QTest::newRow("a read-only folder") << u"folder"_s;
}

void TestArchiveAccess::aReadOnlyArchiveIsReadNotWritten()
{
    QFETCH(QString, how);
    QTemporaryDir dir;
    QVERIFY(::chmod(QFile::encodeName(dir.path()).constData(), 0755) == 0);
    const QString made = dir.filePath(u"made/a.fangzhi"_s);
    QDir().mkpath(dir.filePath(u"made"_s));
    makeArchive(made);
    QString db = made;
    bool asNobody = true;
    // Unmounted however the test ends.
    const auto unmount = qScopeGuard([&] { if (how == u"disk") run(u"umount"_s, {dir.filePath(u"disk"_s)}); });
    if (how == u"disk") { // root may write anything but a read-only mount
        asNobody = false;
        QDir().mkpath(dir.filePath(u"disk"_s));
        QVERIFY2(run(u"mount"_s, {u"--bind"_s, dir.filePath(u"made"_s), dir.filePath(u"disk"_s)}) &&
                     run(u"mount"_s, {u"-o"_s, u"remount,ro,bind"_s, dir.filePath(u"disk"_s)}),
                 "a read-only bind mount is needed (mount as root)");
        db = dir.filePath(u"disk/a.fangzhi"_s);
    } else if (how == u"file") { // in a folder anyone may write: the log's files can be made
        QVERIFY(::chmod(QFile::encodeName(dir.filePath(u"made"_s)).constData(), 0777) == 0);
        QVERIFY(::chmod(QFile::encodeName(made).constData(), 0444) == 0);
    } else { // a folder the user may not write, holding a file the user may not write
        QVERIFY(::chmod(QFile::encodeName(dir.filePath(u"made"_s)).constData(), 0755) == 0);
    }
    const QString out = dir.filePath(u"out"_s);
    QDir().mkpath(out);
    QVERIFY(::chmod(QFile::encodeName(out).constData(), 0777) == 0);
    const QByteArray before = bytesOf(made);

    // Searched, browsed, exported and checked.
    Run r = cli({u"search"_s, u"--db"_s, db, u"--query"_s, u"科协"_s, u"--limit"_s, u"1"_s}, asNobody);
    QVERIFY2(r.exitCode == 0 && r.out.startsWith(u"37 articles"_s), qPrintable(r.out + r.err));
    r = cli({u"tree"_s, u"--db"_s, db}, asNobody);
    QVERIFY2(r.exitCode == 0 && r.out.contains(u"全国 · 中国科协  37"_s), qPrintable(r.out + r.err));
    r = cli({u"export-pdf"_s, u"--db"_s, db, u"--out"_s, out + u"/all.pdf"_s}, asNobody);
    QVERIFY2(r.exitCode == 0 && QFile(out + u"/all.pdf"_s).size() > 10000, qPrintable(r.out + r.err));
    r = cli({u"check"_s, u"--db"_s, db}, asNobody);
    QVERIFY2(r.exitCode == 0 && r.out.contains(u"The archive is sound."_s), qPrintable(r.out + r.err));

    // Writing is refused in words, before anything is tried.
    for (const QStringList &writing : {QStringList{u"import"_s, u"--db"_s, db, QStringLiteral(FANGZHI_SEEDS_DIR)},
                                       QStringList{u"reparse"_s, u"--db"_s, db}}) {
        r = cli(writing, asNobody);
        QCOMPARE(r.exitCode, 1);
        QVERIFY2(r.err.contains(u"the archive is read-only"_s) && r.out.isEmpty(), qPrintable(r.out + r.err));
    }
    QCOMPARE(bytesOf(made), before);

    if (how == u"disk") { // the reader: says so, and offers nothing that writes
        gui::ReaderWindow window;
        QSignalSpy opened(&window, &gui::ReaderWindow::archiveOpened);
        window.openArchive(db);
        QVERIFY(opened.wait(10000));
        QVERIFY2(window.windowTitle().endsWith(u"(read-only)"_s), qPrintable(window.windowTitle()));
        QCoreApplication::sendPostedEvents(nullptr, QEvent::DeferredDelete); // the menus built before opening
        const auto imports = window.menuBar()->findChildren<QAction *>(u"importPages"_s);
        QCOMPARE(imports.size(), 1);
        QVERIFY(!imports.first()->isEnabled());
    }
    if (how == u"disk") { // the store itself: read, and a write refused in words
        QString error;
        auto archive = store::openSqliteArchive(db, &error);
        QVERIFY2(archive, qPrintable(error));
        QVERIFY(archive->readOnly());
        QCOMPARE(archive->counts().articles, 37);
        const QString page = out + u"/new.txt"_s;
        test::writeFile(page, test::readFile(test::seedPath("000_e94dbefa3c4468c5.txt")).replace("本报讯", "本报讯 新"));
        const ingest::ImportReport refused = ingest::importPages(*archive, {page});
        QCOMPARE(refused.added, 0);
        QCOMPARE(refused.failed.size(), 1);
        QVERIFY2(refused.failed[0].reason.contains(u"may not be written to"_s), qPrintable(refused.failed[0].reason));
    }
}

// As a user without rights to some of what a folder holds: each such file and folder is named
// with its reason and counted as failed, the rest imports, and the summary adds up.
void TestArchiveAccess::unreadableFilesAndFoldersAreNamedToANormalUser()
{
    QTemporaryDir dir;
    const auto mode = [&](const QString &path, mode_t m) {
        QVERIFY(::chmod(QFile::encodeName(dir.filePath(path)).constData(), m) == 0);
    };
    test::writeFile(dir.filePath(u"pages/a.txt"_s), test::readFile(test::seedPath("000_e94dbefa3c4468c5.txt")));
    test::writeFile(dir.filePath(u"pages/b.txt"_s), test::readFile(test::seedPath("001_f633f705ac59ae29.txt")));
    test::writeFile(dir.filePath(u"pages/shut/c.txt"_s), test::readFile(test::seedPath("002_8555cece826b833e.txt")));
    QDir().mkpath(dir.filePath(u"db"_s));
    mode(QString(), 0755);
    mode(u"pages"_s, 0755);
    mode(u"pages/b.txt"_s, 0);
    mode(u"pages/shut"_s, 0);
    mode(u"db"_s, 0777);
    const Run r = cli({u"import"_s, u"--db"_s, dir.filePath(u"db/a.fangzhi"_s), dir.filePath(u"pages"_s)}, true);
    QCOMPARE(r.exitCode, 1);
    QVERIFY2(r.out.startsWith(u"3 page files: 1 added, 0 replaced, 0 unchanged, 0 duplicates, 2 failed; 8 articles"_s),
             qPrintable(r.out));
    QVERIFY2(r.out.contains(u"failed: %1: cannot be read (no permission)"_s.arg(dir.filePath(u"pages/b.txt"_s))),
             qPrintable(r.out));
    QVERIFY2(r.out.contains(u"failed: %1: a folder that cannot be read (no permission)"_s.arg(
                 dir.filePath(u"pages/shut"_s))),
             qPrintable(r.out));
}

void TestArchiveAccess::aDamagedArchiveIsSaidToBeDamaged_data()
{
    QTest::addColumn<QString>("damage");
    QTest::addColumn<QString>("checkSays");
    QTest::addColumn<bool>("opens"); // whether search and tree still open it (and must then say it is damaged)
    QTest::newRow("cut short") << u"truncate"_s << u"the archive file is damaged"_s << false;
    QTest::newRow("the articles' table overwritten")
        << u"articles"_s << u"SQLite's integrity check found"_s << true;
    QTest::newRow("a running total wrong") << u"totals"_s << u"the count of pages disagrees"_s << true;
    QTest::newRow("the search index damaged") << u"index"_s << u"the search index does not match"_s << true;
}

void TestArchiveAccess::aDamagedArchiveIsSaidToBeDamaged()
{
    QFETCH(QString, damage);
    QFETCH(QString, checkSays);
    QFETCH(bool, opens);
    QTemporaryDir dir;
    const QString db = dir.filePath(u"a.fangzhi"_s);
    makeArchive(db);
    if (damage == u"truncate") {
        QFile f(db);
        QVERIFY(f.resize(f.size() / 2));
    } else if (damage == u"articles") { // every byte of the table's first page but its header
        qint64 root = 0;
        {
            test::PlainConnection c(db);
            QSqlQuery q(c.db());
            QVERIFY(q.exec(u"SELECT rootpage FROM sqlite_master WHERE name = 'articles'"_s) && q.next());
            root = q.value(0).toLongLong();
        }
        QFile f(db);
        QVERIFY(f.open(QIODevice::ReadWrite));
        QVERIFY(f.seek((root - 1) * 4096 + 8));
        QVERIFY(f.write(QByteArray(4088, '\x5a')) == 4088);
    } else {
        test::PlainConnection c(db);
        QSqlQuery q(c.db());
        QVERIFY(q.exec(damage == u"totals" ? u"UPDATE archive_totals SET value = value + 3"_s
                                           : u"DELETE FROM article_search_data WHERE id > 10"_s));
    }

    Run r = cli({u"check"_s, u"--db"_s, db});
    QCOMPARE(r.exitCode, 1);
    QVERIFY2((r.out + r.err).contains(checkSays), qPrintable(r.out + r.err));
    QVERIFY2(!(r.out + r.err).contains(u"sound"_s), qPrintable(r.out));

    // Reading commands never show a damaged archive as empty: they fail, saying so, or (where
    // the damage is not in what they read) show what is there.
    for (const QStringList &reading : {QStringList{u"search"_s, u"--db"_s, db, u"--region"_s, u"510000"_s},
                                       QStringList{u"tree"_s, u"--db"_s, db}}) {
        r = cli(reading);
        if (r.exitCode == 0) {
            QVERIFY2(opens, qPrintable(r.out));
            QVERIFY2(!r.out.startsWith(u"0 articles"_s) && !r.out.contains(u"中国科协  0"_s), qPrintable(r.out));
        } else {
            QCOMPARE(r.exitCode, 1);
            QVERIFY2(r.err.contains(u"damaged"_s), qPrintable(r.err));
        }
    }
}

void TestArchiveAccess::aSoundArchiveChecksSound()
{
    test::SeededArchive seeded;
    seeded.archive.reset();
    const store::ArchiveCheck check = store::checkSqliteArchive(seeded.path);
    QVERIFY2(check.problems.isEmpty(), qPrintable(check.problems.join(u'\n')));
    QCOMPARE(check.pages, 5);
    QCOMPARE(check.articles, 37);
    QCOMPARE(check.awaitingIndex, 0);
    QCOMPARE(store::checkSqliteArchive(seeded.dir.filePath(u"nothing.fangzhi"_s)).problems,
             QStringList{u"there is no file there"_s});
}

void TestArchiveAccess::theReaderOffersTheCheckWhenAnArchiveWillNotOpen()
{
    QTemporaryDir dir;
    const QString db = dir.filePath(u"a.fangzhi"_s);
    makeArchive(db);
    {
        QFile f(db);
        QVERIFY(f.resize(f.size() / 2));
    }
    gui::ReaderWindow window;
    QSignalSpy failed(&window, &gui::ReaderWindow::archiveOpenFailed);
    QSignalSpy checked(&window, &gui::ReaderWindow::archiveChecked);
    window.openArchive(db);
    QVERIFY(failed.wait(10000));
    QCOMPARE(failed.at(0).at(0).toString(), db);
    window.checkArchive(db);
    QVERIFY(checked.wait(30000));
    const QStringList problems = checked.at(0).at(0).toStringList();
    QVERIFY2(!problems.isEmpty() && problems.join(u' ').contains(u"damaged"_s), qPrintable(problems.join(u'\n')));

    // An archive that opens but cannot be read (its region totals are gone) is not shown as empty:
    // the first reading that fails is said, with the check offered.
    const QString altered = dir.filePath(u"altered.fangzhi"_s);
    makeArchive(altered);
    {
        test::PlainConnection c(altered);
        QSqlQuery q(c.db());
        QVERIFY(q.exec(u"DROP TABLE region_totals"_s));
    }
    QSignalSpy opened(&window, &gui::ReaderWindow::archiveOpened);
    window.openArchive(altered);
    QVERIFY(opened.wait(10000));
    QVERIFY(failed.wait(10000));
    QCOMPARE(failed.last().at(0).toString(), altered);
}

QTEST_MAIN(TestArchiveAccess)
#include "tst_archive_access.moc"
