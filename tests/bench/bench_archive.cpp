// The archive at scale: writes a deterministic synthetic archive of seed-like pages with places
// from the whole gazetteer, imports it, and measures import speed, size, search latency and
// tree counts, with ripgrep over the same page files as the baseline.
//   bench_archive --dir DIR [--articles N] [--queries N] [--importers N]
//                 [--db postgresql://user@host:port/database | --throwaway-server]
// With BENCH_SLOW=1 in the environment, every search over 50 ms is named.
// DIR keeps the pages and the archive between runs: a second run skips what is already there.
// The archive is DIR/archive.fangzhi, or a team's archive on a server: the one --db names, or a
// new one on a throw-away server the bench starts itself (tests/postgres_server.h). With
// --importers N, N importers at once each import their share of the page folders, each with a
// connection of its own, as N people on N desks would.
#include "geo/gazetteer.h"
#include "geo/region_counts.h"
#include "ingest/importer.h"
#include "page_generator.h"
#include "postgres_server.h"
#include "store/postgres/server_location.h"
#include "store/archive_store.h"

#include <QCoreApplication>
#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>
#include <QProcess>
#include <QRandomGenerator>
#include <QSqlQuery>

#include <thread>

#include <algorithm>
#include <cstdio>
#include <cstdlib>

using namespace Qt::Literals::StringLiterals;
using namespace fangzhi;

namespace {

double percentile(QList<double> v, double p)
{
    std::sort(v.begin(), v.end());
    return v.isEmpty() ? 0 : v[std::min<qsizetype>(v.size() - 1, qsizetype(p * v.size()))];
}

qint64 generate(const QString &dir, qint64 articles)
{
    const QString done = dir + u"/pages/.complete"_s;
    QFile marker(done);
    if (marker.open(QIODevice::ReadOnly) && marker.readAll().toLongLong() >= articles) {
        qint64 pages = 0;
        for (const QString &sub : QDir(dir + u"/pages"_s).entryList(QDir::Dirs | QDir::NoDotAndDotDot))
            pages += QDir(dir + u"/pages/"_s + sub).entryList(QDir::Files).size();
        std::printf("pages: %lld already written\n", qlonglong(pages));
        return pages;
    }
    bench::PageGenerator generator(QStringLiteral(FANGZHI_SEEDS_DIR), 20261122);
    qint64 planned = 0, pages = 0, bytes = 0;
    QElapsedTimer t;
    t.start();
    while (planned < articles) {
        const auto page = generator.next(true);
        const QString folder = dir + u"/pages/%1"_s.arg(pages / 1000, 4, 10, QChar(u'0'));
        if (pages % 1000 == 0)
            QDir().mkpath(folder);
        QFile f(folder + u"/%1.txt"_s.arg(pages, 7, 10, QChar(u'0')));
        if (!f.open(QIODevice::WriteOnly) || f.write(page.bytes) != page.bytes.size())
            qFatal("cannot write %s", qPrintable(f.fileName()));
        planned += page.articles;
        bytes += page.bytes.size();
        ++pages;
    }
    marker.open(QIODevice::WriteOnly | QIODevice::Truncate);
    marker.write(QByteArray::number(articles));
    std::printf("pages: wrote %lld pages (%.0f MB) planned to hold %lld articles in %.1f s\n", qlonglong(pages),
                bytes / 1e6, qlonglong(planned), t.elapsed() / 1e3);
    return pages;
}

// Prints the pace every 10,000 pages: an import slows as the archive grows.
class Ticker final : public ingest::ImportProgress
{
public:
    Ticker() { m_clock.start(); }
    void fileDone(int done, int total, const QString &) override
    {
        if (done % 10000 != 0)
            return;
        const qint64 now = m_clock.elapsed();
        std::fprintf(stderr, "  imported %d/%d pages, %.1f s; the last 10,000 at %.0f pages/s\n", done, total,
                     now / 1e3, 10000 * 1e3 / std::max<qint64>(1, now - m_last));
        m_last = now;
    }
    void fileFailed(const QString &file, const QString &reason) override
    {
        std::fprintf(stderr, "  failed: %s: %s\n", qPrintable(file), qPrintable(reason));
    }

private:
    QElapsedTimer m_clock;
    qint64 m_last = 0;
};

// Query words drawn from the archive's own text, as often as they occur in it.
QStringList sampleTerms(store::ArchiveStore &archive, int length, int count, QRandomGenerator &rng)
{
    QStringList terms;
    const qint64 total = archive.counts().articles;
    int missing = 0;
    while (terms.size() < count) {
        const auto a = archive.article(qint64(rng.bounded(quint32(total))) + 1);
        if (!a && ++missing > 10000) {
            std::fprintf(stderr, "cannot read the archive's articles: %s\n", qPrintable(archive.lastError()));
            std::exit(1);
        }
        if (!a)
            continue;
        const QString body = a->body;
        for (int tries = 0; tries < 20; ++tries) {
            const qsizetype at = rng.bounded(quint32(std::max<qsizetype>(1, body.size() - length)));
            const QString t = body.mid(at, length);
            bool han = t.size() == length;
            for (const QChar c : t)
                han = han && c.unicode() >= 0x4E00 && c.unicode() <= 0x9FFF;
            if (han) {
                terms.append(t);
                break;
            }
        }
    }
    return terms;
}

double rgMillis(const QString &pages, const QString &query)
{
    const QStringList words = query.split(u' ');
    QString script = u"rg -l -F '%1' '%2'"_s.arg(words.first(), pages);
    for (qsizetype i = 1; i < words.size(); ++i)
        script += u" | xargs -d '\\n' rg -l -F '%1'"_s.arg(words[i]);
    QElapsedTimer t;
    t.start();
    QProcess p;
    p.start(u"bash"_s, {u"-c"_s, script + u" | wc -l"_s});
    p.waitForFinished(-1);
    return t.nsecsElapsed() / 1e6;
}

// The bytes an archive takes: its file and write-ahead log, or its database on the server.
qint64 archiveBytes(const QString &location)
{
    if (!store::isServerLocation(location))
        return QFileInfo(location).size() + QFileInfo(location + u"-wal"_s).size();
    QString error;
    const auto server = store::postgres::parseServerUrl(location, &error);
    qint64 bytes = -1;
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(u"QPSQL"_s, u"size"_s);
        if (server && store::postgres::openServer(db, *server, {}, &error)) {
            QSqlQuery q(db);
            if (q.exec(u"SELECT pg_database_size(current_database())"_s) && q.next())
                bytes = q.value(0).toLongLong();
        }
    }
    QSqlDatabase::removeDatabase(u"size"_s);
    return bytes;
}

// N importers at once, each with an archive of its own opened at the location, each importing
// every Nth folder of pages.
ingest::ImportReport importAtOnce(const QString &location, const QString &pages, int importers)
{
    const QStringList folders = QDir(pages).entryList(QDir::Dirs | QDir::NoDotAndDotDot, QDir::Name);
    std::vector<ingest::ImportReport> reports(importers);
    std::vector<std::thread> desks;
    for (int i = 0; i < importers; ++i)
        desks.emplace_back([&, i] {
            QString error;
            auto archive = store::openArchive(location, &error);
            if (!archive)
                qFatal("%s", qPrintable(error));
            QStringList share;
            for (qsizetype f = i; f < folders.size(); f += importers)
                share << pages + u'/' + folders[f];
            Ticker ticker;
            reports[i] = ingest::importPages(*archive, share, {u"510000"_s, {}}, i == 0 ? &ticker : nullptr);
        });
    for (std::thread &d : desks)
        d.join();
    ingest::ImportReport total;
    for (const ingest::ImportReport &r : reports) {
        total.added += r.added;
        total.unchanged += r.unchanged;
        total.articles += r.articles;
        total.failed += r.failed;
    }
    return total;
}

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QString dir;
    qint64 articles = 1000000;
    int queries = 20, importers = 1;
    QString location;
    std::unique_ptr<test::PostgresServer> server;
    const QStringList args = app.arguments();
    for (qsizetype i = 1; i < args.size(); ++i) {
        if (args[i] == u"--dir" && i + 1 < args.size())
            dir = args[++i];
        else if (args[i] == u"--articles" && i + 1 < args.size())
            articles = args[++i].toLongLong();
        else if (args[i] == u"--queries" && i + 1 < args.size())
            queries = args[++i].toInt();
        else if (args[i] == u"--importers" && i + 1 < args.size())
            importers = std::max(1, args[++i].toInt());
        else if (args[i] == u"--db" && i + 1 < args.size())
            location = args[++i];
        else if (args[i] == u"--throwaway-server")
            server = std::make_unique<test::PostgresServer>();
        else
            dir.clear(), i = args.size();
    }
    if (dir.isEmpty()) {
        std::fprintf(stderr, "usage: bench_archive --dir DIR [--articles N] [--queries N] [--importers N] "
                             "[--db postgresql://… | --throwaway-server]\n");
        return 2;
    }
    QDir().mkpath(dir);
    const qint64 pages = generate(dir, articles);

    if (server) {
        if (!server->ok()) {
            std::fprintf(stderr, "%s\n", qPrintable(server->error()));
            return 1;
        }
        location = server->newArchive(u"bench"_s);
    }
    const QString path = location.isEmpty() ? dir + u"/archive.fangzhi"_s : location;
    QString error;
    auto archive = store::openArchive(path, &error);
    if (!archive) {
        std::fprintf(stderr, "%s\n", qPrintable(error));
        return 1;
    }
    if (archive->counts().pages < pages) {
        Ticker ticker;
        QElapsedTimer t;
        t.start();
        const auto r = importers == 1 ? ingest::importPages(*archive, {dir + u"/pages"_s}, {u"510000"_s, {}}, &ticker)
                                      : importAtOnce(path, dir + u"/pages"_s, importers);
        const double s = t.elapsed() / 1e3;
        std::printf("import by %d importer(s) at once: %d pages added (%d unchanged, %zu failed), %d articles in %.1f s: %.0f pages/s, "
                    "%.0f articles/s\n",
                    importers, r.added, r.unchanged, size_t(r.failed.size()), r.articles, s, r.added / s, r.articles / s);
    }
    const store::ArchiveCounts counts = archive->counts();
    const qint64 size = archiveBytes(path);
    std::printf("archive: %lld pages, %lld articles, %.2f GB on disk, %.0f bytes per article\n",
                qlonglong(counts.pages), qlonglong(counts.articles), size / 1e9, double(size) / counts.articles);

    QRandomGenerator rng(7);
    const QList<int> provinces = {510000, 440000, 330000, 410000, 650000, 130000, 530000, 230000};
    const QList<std::pair<QString, QStringList>> classes = {
        {u"1 character"_s, sampleTerms(*archive, 1, queries, rng)},
        {u"2 characters"_s, sampleTerms(*archive, 2, queries, rng)},
        {u"4 characters"_s, sampleTerms(*archive, 4, queries, rng)},
        {u"two terms"_s, [&] {
             QStringList two;
             const QStringList a = sampleTerms(*archive, 2, queries, rng), b = sampleTerms(*archive, 2, queries, rng);
             for (int i = 0; i < queries; ++i)
                 two << a[i] + u' ' + b[i];
             return two;
         }()}};
    for (const auto &[name, terms] : classes) {
        for (const bool regional : {false, true}) {
            QList<double> ms;
            qint64 hits = 0;
            for (int i = 0; i < terms.size(); ++i) {
                store::ArticleFilter f;
                f.query = terms[i];
                if (regional)
                    f.region = provinces[i % provinces.size()];
                (void)archive->search(f, 0, 50); // warm the page cache as a user's second look would
                QElapsedTimer t;
                t.start();
                const auto r = archive->search(f, 0, 50);
                ms.append(t.nsecsElapsed() / 1e6);
                hits += r.total;
                if (qEnvironmentVariableIsSet("BENCH_SLOW") && ms.last() > 50)
                    std::printf("    slow: %s%s %.1f ms, %lld hits\n", qPrintable(terms[i]),
                                regional ? qPrintable(u" in %1"_s.arg(f.region)) : "", ms.last(), qlonglong(r.total));
            }
            std::printf("search %-13s %-16s p50 %7.1f ms  p95 %7.1f ms  (mean %lld hits; e.g. %s)\n",
                        qPrintable(name), regional ? "in a province" : "everywhere", percentile(ms, 0.5),
                        percentile(ms, 0.95), qlonglong(hits / std::max<qsizetype>(1, terms.size())),
                        qPrintable(terms.first()));
        }
        QList<double> rg, ours;
        // Both warm, as a user's second look would be: the files in the page cache for rg.
        for (int i = 0; i < std::min<qsizetype>(3, terms.size()); ++i) {
            (void)rgMillis(dir + u"/pages"_s, terms[i]);
            rg.append(rgMillis(dir + u"/pages"_s, terms[i]));
            store::ArticleFilter f;
            f.query = terms[i];
            (void)archive->search(f, 0, 50);
            QElapsedTimer t;
            t.start();
            (void)archive->search(f, 0, 50);
            ours.append(t.nsecsElapsed() / 1e6);
        }
        std::printf("  rg over the page files, same queries: median %.0f ms (%.0fx the archive's %.1f ms)\n",
                    percentile(rg, 0.5), percentile(rg, 0.5) / std::max(0.01, percentile(ours, 0.5)),
                    percentile(ours, 0.5));
    }

    // The reader starts this once the window shows its first scope; it runs on a thread of its
    // own, and the first region count for a search waits for it.
    QElapsedTimer warm;
    warm.start();
    archive->warmUp();
    store::ArticleFilter common;
    common.query = u"学"_s;
    (void)archive->regionCounts(common);
    std::printf("reading ahead for searches' region counts, then one: %lld ms, once an opening\n", warm.elapsed());
    const auto &g = geo::Gazetteer::bundled();
    for (const auto &[label, filter] : {std::pair{u"everything"_s, store::ArticleFilter{}},
                                        std::pair{u"a 2-character search"_s, [&] {
                                                      store::ArticleFilter f;
                                                      f.query = classes[1].second.first();
                                                      return f;
                                                  }()},
                                        std::pair{u"科技, in most articles"_s, [] {
                                                      store::ArticleFilter f;
                                                      f.query = u"科技"_s;
                                                      return f;
                                                  }()},
                                        std::pair{u"a year"_s, [] {
                                                      store::ArticleFilter f;
                                                      f.from = QDate(2023, 1, 1);
                                                      f.to = QDate(2023, 12, 31);
                                                      return f;
                                                  }()}}) {
        QList<double> ms;
        for (int i = 0; i < 5; ++i) {
            QElapsedTimer t;
            t.start();
            const auto totals = geo::rollUp(g, archive->regionCounts(filter));
            ms.append(t.nsecsElapsed() / 1e6);
        }
        std::printf("tree counts for %-22s p50 %7.1f ms  max %7.1f ms\n", qPrintable(label), percentile(ms, 0.5),
                    percentile(ms, 1.0));
    }
    return 0;
}
