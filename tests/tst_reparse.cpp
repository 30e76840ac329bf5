// Reading stored pages again with a newer parser, in place: articles whose headline and text did
// not change keep their ids, the others are replaced, the search index and the running totals
// follow, the page's own text stays, and a second run has nothing to do.
#include "archive_fixture.h"
#include "ingest/reparser.h"
#include "parse/page_parser.h"
#include "store/sqlite/sqlite_tokenizer.h"

#include <QDir>
#include <QElapsedTimer>
#include <QProcess>
#include <QSqlError>
#include <QSqlQuery>
#include <QTest>

using namespace Qt::Literals::StringLiterals;
using namespace fangzhi;

namespace {

store::ArticleFilter query(const QString &words)
{
    store::ArticleFilter f;
    f.query = words;
    return f;
}

void checkSearchIndex(const QString &db)
{
    test::PlainConnection check(db);
    QVERIFY(check.db().isOpen());
    QVERIFY(store::registerTokenizer(check.db()));
    QSqlQuery q(check.db());
    QVERIFY2(
        q.exec(
            u"INSERT INTO article_search (article_search, rank) VALUES ('integrity-check', 1)"_s),
        qPrintable(q.lastError().text()));
}

} // namespace

class TestReparse : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void readsPagesAgainKeepingUnchangedArticles();
    void theCommandLineSaysWhatItDid();
    void stoppedHalfWayAndRunAgain();
    void aKilledReparseLeavesEveryPageWholeAndARerunCompletesIt();
};

void TestReparse::readsPagesAgainKeepingUnchangedArticles()
{
    QTemporaryDir dir;
    const QString db = dir.filePath(u"a.fangzhi"_s);
    QString error;
    auto archive = store::openSqliteArchive(db, &error);
    QVERIFY2(archive, qPrintable(error));
    const QHash<QString, qint64> before = test::storeBriefsAsAnOlderParserDid(*archive, db);
    QCOMPARE(before.size(), 6);
    const qint64 page = archive->article(before.cbegin().value())->pageId;
    const QString pageText = archive->pageText(page);
    QCOMPARE(archive->search(query(u"仪陇"_s), 0, 10).total, 1); // inside the merged article

    const ingest::ReparseReport r = ingest::reparsePages(*archive);
    QCOMPARE(r.pages, 1);
    QCOMPARE(r.reparsed, 1);
    QVERIFY(r.failed.isEmpty());
    QCOMPARE(r.articles.kept, 5);
    QCOMPARE(r.articles.moved, 1); // the brief filed under 成都市 goes back to its own county
    QCOMPARE(r.articles.removed, 1);
    QCOMPARE(r.articles.added, 3);

    const auto after = archive->search({}, 0, 100);
    QCOMPARE(after.total, 8);
    QHash<QString, qint64> now;
    for (const auto &a : after.articles)
        now.insert(a.title, a.id);
    for (auto it = before.cbegin(); it != before.cend(); ++it) {
        if (it.key().startsWith(u"营山县"_s))
            QVERIFY(!now.values().contains(it.value())); // its text changed: a new article
        else
            QCOMPARE(now.value(it.key()), it.value()); // the same text keeps its id
    }
    // The index knows the new articles and has forgotten the old one.
    const auto yilong = archive->search(query(u"仪陇"_s), 0, 10);
    QCOMPARE(yilong.total, 1);
    QVERIFY(yilong.articles[0].title.startsWith(u"仪陇县科协"_s));
    QCOMPARE(yilong.articles[0].credit, u"仪陇县科协"_s);
    const auto stored = archive->article(yilong.articles[0].id);
    QVERIFY(stored->titleDerived);
    QCOMPARE(stored->parserVersion, parse::ParserVersion);
    QVERIFY(stored->confidence > 0 && stored->confidence < 1);
    QCOMPARE(archive->pageText(page), pageText); // the page as imported is never touched
    // The brief filed under 成都市 keeps its id and moves to 南充市's 顺庆区, in the index too.
    store::ArticleFilter chengdu = query(u"顺庆区"_s), nanchong = chengdu;
    chengdu.region = 510100;
    nanchong.region = 511300;
    QCOMPARE(archive->search(chengdu, 0, 10).total, 0);
    const auto shunqing = archive->search(nanchong, 0, 10);
    QCOMPARE(shunqing.total, 1);
    QCOMPARE(shunqing.articles[0].id, before.value(shunqing.articles[0].title));
    QCOMPARE(shunqing.articles[0].kicker, u"科协动态"_s);
    QCOMPARE(archive->counts().articles, 8);
    checkSearchIndex(db);
    test::checkTotals(db);

    const ingest::ReparseReport again = ingest::reparsePages(*archive);
    QCOMPARE(again.pages, 0);
}

void TestReparse::theCommandLineSaysWhatItDid()
{
    QTemporaryDir dir;
    const QString db = dir.filePath(u"a.fangzhi"_s);
    {
        QString error;
        auto archive = store::openSqliteArchive(db, &error);
        QVERIFY2(archive, qPrintable(error));
        test::storeBriefsAsAnOlderParserDid(*archive, db);
    }
    const auto run = [&] {
        QProcess cli;
        cli.start(QStringLiteral(FANGZHI_CLI), {u"reparse"_s, u"--db"_s, db});
        cli.waitForFinished(60000);
        return std::pair{cli.exitCode(), QString::fromUtf8(cli.readAllStandardOutput())};
    };
    const auto [exit, summary] = run();
    QCOMPARE(exit, 0);
    QVERIFY2(summary.contains(u"Read 1 of 1 pages again with Fangzhi's reading %1: 5 articles kept "
                              "(same headline and text; 1 of them now filed under another region)"_s.arg(
                 parse::ParserVersion)),
             qPrintable(summary));
    QVERIFY2(summary.contains(u"1 removed, 3 added."_s) && !summary.contains(u"as they were"_s),
             qPrintable(summary));
    QVERIFY2(summary.contains(u"holds 1 pages and 8 articles"_s), qPrintable(summary));
    const auto [exitAgain, nothing] = run();
    QCOMPARE(exitAgain, 0);
    QVERIFY2(nothing.contains(u"nothing to do"_s), qPrintable(nothing));
}

void TestReparse::stoppedHalfWayAndRunAgain()
{
    // The sample pages as this parser read them, marked as read by an older one: reading them
    // again finds the same articles, so every id stays.
    test::SeededArchive s;
    const auto before = s.archive->search({}, 0, 100);
    {
        test::PlainConnection old(s.path);
        QSqlQuery q(old.db());
        QVERIFY(q.exec(u"UPDATE pages SET parser_version = 1"_s));
    }
    test::CancelAfter stop(2);
    const ingest::ReparseReport first = ingest::reparsePages(*s.archive, &stop);
    QVERIFY(first.cancelled);
    QCOMPARE(first.pages, 5);
    QCOMPARE(first.reparsed, 2);
    QCOMPARE(s.archive->pagesParsedBefore(parse::ParserVersion).size(), 3);

    const ingest::ReparseReport rest = ingest::reparsePages(*s.archive);
    QCOMPARE(rest.pages, 3);
    QCOMPARE(rest.reparsed, 3);
    QCOMPARE(first.articles.removed + rest.articles.removed, 0);
    QCOMPARE(first.articles.added + rest.articles.added, 0);
    QCOMPARE(first.articles.kept + rest.articles.kept, before.total);
    const auto after = s.archive->search({}, 0, 100);
    QCOMPARE(after.total, before.total);
    for (qsizetype i = 0; i < after.articles.size(); ++i) {
        QCOMPARE(after.articles[i].id, before.articles[i].id);
        QCOMPARE(after.articles[i].region, before.articles[i].region);
    }
    checkSearchIndex(s.path);
    test::checkTotals(s.path);
}

// kill -9 in the middle of `fangzhi-cli reparse`: every page is as it was or read again, whole,
// the totals and the search index agree with the articles, and running it again reads the rest.
void TestReparse::aKilledReparseLeavesEveryPageWholeAndARerunCompletesIt()
{
    QTemporaryDir dir;
    const QStringList seeds = QDir(QStringLiteral(FANGZHI_SEEDS_DIR)).entryList({u"*.txt"_s});
    const int pages = 1000;
    for (int i = 0; i < pages; ++i) {
        QByteArray bytes = test::readFile(QStringLiteral(FANGZHI_SEEDS_DIR) + u'/' + seeds[i % seeds.size()]);
        bytes.replace("本报讯", QByteArray("本报讯 第") + QByteArray::number(i) + "期");
        test::writeFile(dir.filePath(u"pages/%1.txt"_s.arg(i, 5, 10, QChar(u'0'))), bytes);
    }
    const QString db = dir.filePath(u"a.fangzhi"_s);
    QHash<QString, qint64> articlesOf; // by file name
    {
        QString error;
        auto archive = store::openSqliteArchive(db, &error);
        QVERIFY2(archive, qPrintable(error));
        QCOMPARE(ingest::importPages(*archive, {dir.filePath(u"pages"_s)}).added, pages);
    }
    const auto current = [&](const QString &sql) {
        test::PlainConnection c(db);
        QSqlQuery q(c.db());
        return q.exec(sql) && q.next() ? q.value(0).toLongLong() : -1;
    };
    {
        test::PlainConnection c(db);
        QSqlQuery q(c.db());
        QVERIFY(q.exec(u"SELECT p.file_name, count(a.id) FROM pages p JOIN articles a ON a.page_id = p.id GROUP BY p.id"_s));
        while (q.next())
            articlesOf.insert(q.value(0).toString(), q.value(1).toLongLong());
        QVERIFY(q.exec(u"UPDATE pages SET parser_version = 1"_s));
    }
    const qint64 articles = current(u"SELECT count(*) FROM articles"_s);

    QProcess child;
    child.start(QStringLiteral(FANGZHI_CLI), {u"reparse"_s, u"--db"_s, db});
    QVERIFY(child.waitForStarted());
    const QString readAgain = u"SELECT count(*) FROM pages WHERE parser_version = %1"_s.arg(parse::ParserVersion);
    QElapsedTimer waited;
    waited.start();
    while (current(readAgain) < 20 && waited.elapsed() < 120000 && child.state() == QProcess::Running)
        QTest::qWait(5);
    QVERIFY2(child.state() == QProcess::Running, child.readAllStandardOutput().constData());
    child.kill();
    QVERIFY(child.waitForFinished());
    const qint64 doneAtKill = current(readAgain);
    QVERIFY2(doneAtKill >= 20 && doneAtKill < pages, qPrintable(u"%1 pages read again when killed"_s.arg(doneAtKill)));

    {   // Whole pages: each has all its articles, read again or not; the file is sound.
        test::PlainConnection c(db);
        QSqlQuery q(c.db());
        QVERIFY(q.exec(u"PRAGMA integrity_check"_s) && q.next());
        QCOMPARE(q.value(0).toString(), u"ok"_s);
        QVERIFY(q.exec(u"SELECT p.file_name, count(a.id) FROM pages p LEFT JOIN articles a ON a.page_id = p.id "
                       "GROUP BY p.id"_s));
        int seen = 0;
        while (q.next() && ++seen)
            QCOMPARE(q.value(1).toLongLong(), articlesOf.value(q.value(0).toString()));
        QCOMPARE(seen, pages);
    }
    test::checkTotals(db);
    {
        QString error;
        auto reopened = store::openSqliteArchive(db, &error); // catches the search index up
        QVERIFY2(reopened, qPrintable(error));
    }
    checkSearchIndex(db);

    QProcess rerun;
    rerun.start(QStringLiteral(FANGZHI_CLI), {u"reparse"_s, u"--db"_s, db});
    QVERIFY(rerun.waitForFinished(300000));
    QCOMPARE(rerun.exitCode(), 0);
    const QString summary = QString::fromUtf8(rerun.readAllStandardOutput());
    QVERIFY2(summary.contains(u"Read %1 of %1 pages again"_s.arg(pages - doneAtKill)), qPrintable(summary));
    QCOMPARE(current(readAgain), pages);
    QCOMPARE(current(u"SELECT count(*) FROM articles"_s), articles);
    test::checkTotals(db);
    checkSearchIndex(db);
}

QTEST_GUILESS_MAIN(TestReparse)
#include "tst_reparse.moc"
