// The archive at scale: writes a deterministic synthetic archive of seed-like pages with places
// from the whole gazetteer, imports it, and measures import speed, size, search latency and
// tree counts, with ripgrep over the same page files as the baseline.
//   bench_archive --dir DIR [--articles N] [--queries N]
// With BENCH_SLOW=1 in the environment, every search over 50 ms is named.
// DIR keeps the pages and the archive between runs: a second run skips what is already there.
#include "geo/gazetteer.h"
#include "geo/region_counts.h"
#include "ingest/importer.h"
#include "page_generator.h"
#include "store/archive_store.h"

#include <QCoreApplication>
#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>
#include <QProcess>
#include <QRandomGenerator>

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

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QString dir;
    qint64 articles = 1000000;
    int queries = 20;
    const QStringList args = app.arguments();
    for (qsizetype i = 1; i < args.size(); ++i) {
        if (args[i] == u"--dir" && i + 1 < args.size())
            dir = args[++i];
        else if (args[i] == u"--articles" && i + 1 < args.size())
            articles = args[++i].toLongLong();
        else if (args[i] == u"--queries" && i + 1 < args.size())
            queries = args[++i].toInt();
        else
            dir.clear(), i = args.size();
    }
    if (dir.isEmpty()) {
        std::fprintf(stderr, "usage: bench_archive --dir DIR [--articles N] [--queries N]\n");
        return 2;
    }
    QDir().mkpath(dir);
    const qint64 pages = generate(dir, articles);

    const QString path = dir + u"/archive.fangzhi"_s;
    QString error;
    auto archive = store::openSqliteArchive(path, &error);
    if (!archive) {
        std::fprintf(stderr, "%s\n", qPrintable(error));
        return 1;
    }
    if (archive->counts().pages < pages) {
        Ticker ticker;
        QElapsedTimer t;
        t.start();
        const auto r = ingest::importPages(*archive, {dir + u"/pages"_s}, {u"510000"_s, {}}, &ticker);
        const double s = t.elapsed() / 1e3;
        std::printf("import: %d pages added (%d unchanged, %zu failed), %d articles in %.1f s: %.0f pages/s, "
                    "%.0f articles/s\n",
                    r.added, r.unchanged, size_t(r.failed.size()), r.articles, s, r.added / s, r.articles / s);
    }
    const store::ArchiveCounts counts = archive->counts();
    const qint64 size = QFileInfo(path).size() + QFileInfo(path + u"-wal"_s).size();
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
