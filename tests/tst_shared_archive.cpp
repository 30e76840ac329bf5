// A team's archive on a server, used by several people at once: importers on several desks,
// readers told of their pages, a read-only role, a server restarting under an import. The server
// is a throw-away one the test starts (tests/postgres_server.h); importers are fangzhi-cli
// processes, as on other machines.
#include "archive_fixture.h"
#include "postgres_server.h"
#include "ingest/archive_copy.h"

#include <QCoreApplication>
#include <QProcess>
#include <QRegularExpression>
#include <QSqlError>
#include <QSqlQuery>
#include <QTest>

using namespace Qt::Literals::StringLiterals;
using namespace fangzhi;

namespace {

// n page files in a folder, each the seed pages' text made its own by a line of its own.
QString writePages(const QString &folder, int n)
{
    const QStringList seeds = QDir(QStringLiteral(FANGZHI_SEEDS_DIR)).entryList({u"*.txt"_s}, QDir::Files, QDir::Name);
    for (int i = 0; i < n; ++i) {
        QByteArray text = test::readFile(QDir(QStringLiteral(FANGZHI_SEEDS_DIR)).filePath(seeds[i % seeds.size()]));
        text.replace("本报讯", "本报讯 第" + QByteArray::number(i) + "期");
        test::writeFile(u"%1/page-%2.txt"_s.arg(folder).arg(i, 4, 10, QChar(u'0')), text);
    }
    return folder;
}

struct Summary
{
    int files = 0, added = 0, replaced = 0, unchanged = 0, duplicates = 0, failed = 0, articles = 0;
    QString output;
};

Summary summaryOf(QProcess &cli)
{
    Summary s;
    s.output = QString::fromUtf8(cli.readAllStandardOutput() + cli.readAllStandardError());
    static const QRegularExpression line(u"(\\d+) page files: (\\d+) added, (\\d+) replaced, (\\d+) unchanged, "
                                         "(\\d+) duplicates, (\\d+) failed; (\\d+) articles stored"_s);
    const auto m = line.match(s.output);
    if (m.hasMatch()) {
        s.files = m.captured(1).toInt();
        s.added = m.captured(2).toInt();
        s.replaced = m.captured(3).toInt();
        s.unchanged = m.captured(4).toInt();
        s.duplicates = m.captured(5).toInt();
        s.failed = m.captured(6).toInt();
        s.articles = m.captured(7).toInt();
    }
    return s;
}

std::unique_ptr<QProcess> startCli(const QStringList &args, const QString &password = {})
{
    auto cli = std::make_unique<QProcess>();
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    if (!password.isEmpty())
        env.insert(u"PGPASSWORD"_s, password);
    cli->setProcessEnvironment(env);
    cli->start(QStringLiteral(FANGZHI_CLI), args);
    return cli;
}

Summary runCli(const QStringList &args, int *exitCode = nullptr)
{
    auto cli = startCli(args);
    if (!cli->waitForFinished(300000))
        qFatal("fangzhi-cli did not finish");
    if (exitCode)
        *exitCode = cli->exitCode();
    return summaryOf(*cli);
}

// Server or SQL text that must never reach a user.
bool speaksSql(const QString &text)
{
    static const QRegularExpression raw(u"ERROR:|FATAL:|permission denied|relation \"|server closed|QPSQL|"
                                        "SQLSTATE|PQ|INSERT INTO|SELECT "_s);
    return raw.match(text).hasMatch();
}

} // namespace

class TestSharedArchive : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void twoImportersAtOnceStoreEachPageOnce();
    void theSameBytesUnderTwoNamesAtOnceAreStoredOnce();
    void aReaderIsToldOfAnotherDesksPages();
    void aPageChangedWhileAnotherReadsItIsReplacedCleanly();
    void aReadOnlyRoleReadsAndIsRefusedWritesInWords();
    void anImportCutByAServerRestartCompletesWhenRunAgain();
    void copyMovesAnArchiveToTheServerAndBack();

private:
    std::unique_ptr<test::PostgresServer> m_server;
    QTemporaryDir m_dir;
};

void TestSharedArchive::initTestCase()
{
    m_server = std::make_unique<test::PostgresServer>();
    QVERIFY2(m_server->ok(), qPrintable(m_server->error()));
}

void TestSharedArchive::twoImportersAtOnceStoreEachPageOnce()
{
    const QString url = m_server->newArchive(u"together"_s);
    const QString pages = writePages(m_dir.filePath(u"together"_s), 60);
    auto first = startCli({u"import"_s, u"--db"_s, url, pages});
    auto second = startCli({u"import"_s, u"--db"_s, url, pages});
    QVERIFY(first->waitForFinished(300000) && second->waitForFinished(300000));
    const Summary a = summaryOf(*first), b = summaryOf(*second);
    QVERIFY2(first->exitCode() == 0 && second->exitCode() == 0, qPrintable(a.output + b.output));
    // Every page stored by one of them; the other found it stored.
    QCOMPARE(a.added + b.added, 60);
    QCOMPARE(a.added + a.unchanged, 60);
    QVERIFY2(a.output.contains(u"The archive "_s + url + u" holds"_s), qPrintable(a.output)); // named as typed
    QCOMPARE(b.added + b.unchanged, 60);
    auto archive = test::openArchive(url);
    QCOMPARE(archive->counts().pages, 60);
    QCOMPARE(archive->counts().articles, qint64(a.articles + b.articles));
    int exit = -1;
    const Summary check = runCli({u"check"_s, u"--db"_s, url}, &exit);
    QVERIFY2(exit == 0 && check.output.contains(u"The archive is sound."_s), qPrintable(check.output));
}

void TestSharedArchive::theSameBytesUnderTwoNamesAtOnceAreStoredOnce()
{
    const QString url = m_server->newArchive(u"copies"_s);
    const QString here = writePages(m_dir.filePath(u"copies/here"_s), 40);
    const QString there = writePages(m_dir.filePath(u"copies/there"_s), 40); // the same bytes, other names
    auto first = startCli({u"import"_s, u"--db"_s, url, here});
    auto second = startCli({u"import"_s, u"--db"_s, url, there});
    QVERIFY(first->waitForFinished(300000) && second->waitForFinished(300000));
    const Summary a = summaryOf(*first), b = summaryOf(*second);
    QVERIFY2(first->exitCode() == 0 && second->exitCode() == 0, qPrintable(a.output + b.output));
    QCOMPARE(a.added + b.added, 40);
    QCOMPARE(a.duplicates + b.duplicates, 40);
    auto archive = test::openArchive(url);
    QCOMPARE(archive->counts().pages, 40);
}

void TestSharedArchive::aReaderIsToldOfAnotherDesksPages()
{
    const QString url = m_server->newArchive(u"told"_s);
    auto reader = test::openArchive(url);
    QCOMPARE(reader->counts().articles, 0);
    int told = 0;
    QVERIFY(reader->watchChanges([&] { ++told; }));
    int exit = -1;
    const Summary imported = runCli({u"import"_s, u"--db"_s, url, QStringLiteral(FANGZHI_SEEDS_DIR)}, &exit);
    QCOMPARE(exit, 0);
    QTRY_VERIFY_WITH_TIMEOUT(told > 0, 10000);
    // Without opening it again, the reader sees what was imported.
    QCOMPARE(reader->counts().articles, qint64(imported.articles));
    store::ArticleFilter dazhou;
    dazhou.query = u"达州"_s;
    QCOMPARE(reader->search(dazhou, 0, 5).total, 1);
    // A reader is not told of its own changes, only of others'.
    const int before = told;
    auto writer = test::openArchive(url);
    int toldWriter = 0;
    QVERIFY(writer->watchChanges([&] { ++toldWriter; }));
    const QString page = m_dir.filePath(u"told/one.txt"_s);
    writePages(m_dir.filePath(u"told"_s), 1);
    const ingest::ImportReport r = ingest::importPages(*writer, {m_dir.filePath(u"told"_s)});
    QCOMPARE(r.added, 1);
    QTRY_VERIFY_WITH_TIMEOUT(told > before, 10000);
    QTest::qWait(200);
    QCOMPARE(toldWriter, 0);
    Q_UNUSED(page)
}

void TestSharedArchive::aPageChangedWhileAnotherReadsItIsReplacedCleanly()
{
    const QString url = m_server->newArchive(u"changed"_s);
    const QString folder = writePages(m_dir.filePath(u"changed"_s), 3);
    auto writer = test::openArchive(url);
    QCOMPARE(ingest::importPages(*writer, {folder}).added, 3);
    auto reader = test::openArchive(url);
    store::ArticleFilter first;
    first.query = u"第0期"_s;
    const store::ResultPage before = reader->search(first, 0, 50);
    QVERIFY(before.total > 0);
    const qint64 articlesBefore = reader->counts().articles;
    // Changed on another desk while the reader holds its list.
    QByteArray text = test::readFile(folder + u"/page-0000.txt"_s);
    text.replace("第0期", "第0期修订");
    test::writeFile(folder + u"/page-0000.txt"_s, text);
    const ingest::ImportReport r = ingest::importPages(*writer, {folder});
    QCOMPARE(r.replaced, 1);
    QCOMPARE(r.unchanged, 2);
    // The reader's old ids are gone or still whole; the page is found once, as it is now.
    for (const auto &a : before.articles)
        if (const auto stored = reader->article(a.id))
            QCOMPARE(stored->title, a.title);
    store::ArticleFilter revised;
    revised.query = u"第0期修订"_s;
    QCOMPARE(reader->search(revised, 0, 50).total, before.total);
    QCOMPARE(reader->counts().articles, articlesBefore);
    QCOMPARE(reader->counts().pages, 3);
}

void TestSharedArchive::aReadOnlyRoleReadsAndIsRefusedWritesInWords()
{
    const QString url = m_server->newArchive(u"guarded"_s);
    int exit = -1;
    runCli({u"import"_s, u"--db"_s, url, QStringLiteral(FANGZHI_SEEDS_DIR)}, &exit);
    QCOMPARE(exit, 0);
    {
        QSqlDatabase admin = m_server->connect(u"grant"_s, u"guarded"_s);
        QSqlQuery q(admin);
        for (const QString &sql : {u"CREATE ROLE reader LOGIN"_s, u"GRANT SELECT ON ALL TABLES IN SCHEMA public TO reader"_s})
            QVERIFY2(q.exec(sql), qPrintable(q.lastError().text()));
    }
    QSqlDatabase::removeDatabase(u"grant"_s);
    const QString asReader = m_server->url(u"guarded"_s, u"reader"_s);
    const Summary found = runCli({u"search"_s, u"--db"_s, asReader, u"--query"_s, u"达州"_s}, &exit);
    QVERIFY2(exit == 0 && found.output.contains(u"1 articles"_s), qPrintable(found.output));
    const Summary tree = runCli({u"tree"_s, u"--db"_s, asReader}, &exit);
    QVERIFY2(exit == 0 && tree.output.contains(u"37"_s), qPrintable(tree.output));
    const Summary refused = runCli({u"import"_s, u"--db"_s, asReader, m_dir.path()}, &exit);
    QVERIFY(exit != 0);
    QVERIFY2(refused.output.contains(u"may read it but not change it"_s), qPrintable(refused.output));
    QVERIFY2(!speaksSql(refused.output), qPrintable(refused.output));
    // Writing through the store itself is refused in words too.
    QString error;
    auto archive = store::openArchive(asReader, &error);
    QVERIFY2(archive, qPrintable(error));
    QVERIFY(archive->readOnly());
    const QList<qint64> pages = archive->pagesParsedBefore(1 << 30);
    QVERIFY(!pages.isEmpty());
    const auto stored = archive->storedPage(pages.first());
    QVERIFY(stored);
    parse::Page page;
    QVERIFY(!archive->replaceArticles(*stored, page, nullptr));
    QVERIFY2(archive->lastError().contains(u"may read the archive but not change it"_s), qPrintable(archive->lastError()));
    QCOMPARE(archive->counts().articles, 37);
}

// The server stops at once mid-import and comes back: the import says so in words, goes on once
// the server is back, and run again completes the archive, every page whole.
void TestSharedArchive::anImportCutByAServerRestartCompletesWhenRunAgain()
{
    const QString url = m_server->newArchive(u"restarted"_s);
    const QString pages = writePages(m_dir.filePath(u"restarted"_s), 400);
    auto import = startCli({u"import"_s, u"--db"_s, url, pages});
    QVERIFY(import->waitForStarted());
    auto watcher = test::openArchive(url);
    QTRY_VERIFY_WITH_TIMEOUT(watcher->counts().pages > 0, 60000);
    watcher.reset();
    QVERIFY2(m_server->restart(), qPrintable(m_server->error()));
    QVERIFY(import->waitForFinished(300000));
    const Summary cut = summaryOf(*import);
    qInfo("cut by the restart: %d added, %d failed", cut.added, cut.failed);
    for (const QString &line : cut.output.split(u'\n'))
        if (line.contains(u"failed: "_s))
            qInfo("%s", qPrintable(line.section(u": "_s, 2)));
    // It went on once the server was back: what was not stored is named, the rest was stored.
    QCOMPARE(cut.added + cut.failed, 400);
    QVERIFY(cut.added > 0);
    QVERIFY2(!speaksSql(cut.output), qPrintable(cut.output));
    QVERIFY2(cut.failed == 0 || cut.output.contains(u"connection to the archive's server was lost"_s) ||
                 cut.output.contains(u"restarting"_s) || cut.output.contains(u"could not be reached"_s),
             qPrintable(cut.output));
    QCOMPARE(cut.files, 400);
    int exit = -1;
    const Summary again = runCli({u"import"_s, u"--db"_s, url, pages}, &exit);
    QVERIFY2(exit == 0 && again.failed == 0, qPrintable(again.output));
    QCOMPARE(again.added + again.unchanged, 400);
    auto archive = test::openArchive(url);
    QCOMPARE(archive->counts().pages, 400);
    const Summary check = runCli({u"check"_s, u"--db"_s, url}, &exit);
    QVERIFY2(exit == 0 && check.output.contains(u"The archive is sound."_s), qPrintable(check.output));
    // Every page whole: each holds as many articles as the page it was made from.
    QSqlDatabase db = m_server->connect(u"whole"_s, u"restarted"_s);
    QSqlQuery q(db);
    QVERIFY(q.exec(u"SELECT count(DISTINCT n) FROM (SELECT p.id, count(a.id) AS n, p.file_name FROM pages p "
                   "LEFT JOIN articles a ON a.page_id = p.id GROUP BY p.id) AS per_page"_s) && q.next());
    QVERIFY(q.value(0).toInt() <= 5); // the five seed pages' article counts, never a page cut short
    QVERIFY(q.exec(u"SELECT count(*) FROM pages p WHERE NOT EXISTS (SELECT 1 FROM articles a WHERE a.page_id = p.id)"_s) &&
            q.next());
    QCOMPARE(q.value(0).toInt(), 0);
}

// One person's file becomes the team's archive: copied to the server, stopped half-way and run
// again, verified; then back into a file. All three answer every search alike.
void TestSharedArchive::copyMovesAnArchiveToTheServerAndBack()
{
    QTemporaryDir dir;
    const QString file = dir.filePath(u"mine.fangzhi"_s);
    auto mine = test::openArchive(file);
    const ingest::ImportReport imported =
        ingest::importPages(*mine, {QStringLiteral(FANGZHI_SEEDS_DIR), writePages(dir.filePath(u"pages"_s), 30)});
    QCOMPARE(imported.added, 35);
    const QString url = m_server->newArchive(u"team"_s);
    auto team = test::openArchive(url);
    test::CancelAfter stopEarly(12);
    const ingest::CopyReport stopped = ingest::copyArchive(*mine, *team, &stopEarly);
    QVERIFY(stopped.cancelled);
    QVERIFY(stopped.copied >= 12 && stopped.copied < 35);
    QVERIFY(!stopped.verified);
    QCOMPARE(team->counts().pages, stopped.copied); // whole pages only
    const ingest::CopyReport resumed = ingest::copyArchive(*mine, *team);
    QVERIFY2(resumed.verified, qPrintable(resumed.differences.join(u"; "_s)));
    QCOMPARE(resumed.alreadyThere, stopped.copied);
    QCOMPARE(resumed.copied + resumed.alreadyThere, 35);
    QCOMPARE(stopped.articles + resumed.articles, qint64(imported.articles));

    const QString back = dir.filePath(u"back.fangzhi"_s);
    int exit = -1;
    const Summary copiedBack = runCli({u"copy"_s, u"--from"_s, url, u"--to"_s, back}, &exit);
    QVERIFY2(exit == 0 && copiedBack.output.contains(u"Verified"_s), qPrintable(copiedBack.output));
    auto returned = test::openArchive(back);
    for (store::ArchiveStore *archive : {team.get(), returned.get()}) {
        QCOMPARE(archive->counts().pages, mine->counts().pages);
        QCOMPARE(archive->counts().articles, mine->counts().articles);
        QCOMPARE(archive->associations(), mine->associations());
        for (const QString &words : {u"达州"_s, u"科普 -党史"_s, u"\"天府科技云\""_s, u"chengdu"_s, u"第7期"_s}) {
            store::ArticleFilter f;
            f.query = words;
            const auto titles = [&](store::ArchiveStore &a) {
                QStringList out;
                for (const auto &found : a.search(f, 0, 1000).articles)
                    out << found.title + u'|' + found.date.date.toString(Qt::ISODate) + u'|' +
                               QString::number(found.region);
                out.sort();
                return out;
            };
            QCOMPARE(titles(*archive), titles(*mine));
        }
    }
    // Every article whole: found by its page and place on it, each field as in the original.
    const auto everyArticle = [](store::ArchiveStore &archive) {
        QHash<QString, store::StoredArticle> all;
        for (const auto &summary : archive.search({}, 0, 1000).articles) {
            const auto a = archive.article(summary.id);
            all.insert(a->source + u'#' + QString::number(a->position), *a);
        }
        return all;
    };
    const auto original = everyArticle(*mine), returnedArticles = everyArticle(*returned);
    QCOMPARE(returnedArticles.size(), original.size());
    for (auto it = original.cbegin(); it != original.cend(); ++it) {
        const store::StoredArticle &a = it.value(), &b = returnedArticles.value(it.key());
        QCOMPARE(b.title, a.title);
        QCOMPARE(b.body, a.body);
        QCOMPARE(b.paragraphs, a.paragraphs);
        QCOMPARE(b.mentions, a.mentions);
        QCOMPARE(b.region, a.region);
        QCOMPARE(b.association, a.association);
        QCOMPARE(b.date.date, a.date.date);
        QCOMPARE(b.date.precision, a.date.precision);
        QCOMPARE(b.titleDerived, a.titleDerived);
        QCOMPARE(b.captions.size(), a.captions.size());
    }
}

QTEST_GUILESS_MAIN(TestSharedArchive)
#include "tst_shared_archive.moc"
