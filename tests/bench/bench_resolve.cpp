// Place resolution on one core: gazetteer start-up, and throughput over page text.
//   bench_resolve [--pages N] [--rounds R]
// Prints figures only; a short run doubles as a smoke test that every generated page's
// articles resolve.
#include "geo/page_placer.h"
#include "page_generator.h"
#include "parse/page_file.h"

#include <QCoreApplication>
#include <QElapsedTimer>

#include <algorithm>
#include <cstdio>

using namespace Qt::Literals::StringLiterals;
using namespace fangzhi;

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    int pages = 1000;
    int rounds = 3;
    const QStringList args = app.arguments();
    for (qsizetype i = 1; i < args.size(); ++i) {
        if (args[i] == u"--pages" && i + 1 < args.size())
            pages = args[++i].toInt();
        else if (args[i] == u"--rounds" && i + 1 < args.size())
            rounds = args[++i].toInt();
        else {
            std::fprintf(stderr, "usage: bench_resolve [--pages N] [--rounds R]\n");
            return 2;
        }
    }

    // Start-up: everything from reading the bundled files to a resolver ready to use.
    QList<double> startup;
    for (int r = 0; r < std::max(rounds, 3); ++r) {
        QElapsedTimer t;
        t.start();
        const geo::Gazetteer g = geo::Gazetteer::load(u":/gazetteer"_s);
        const geo::Resolver resolver(g);
        startup.append(t.nsecsElapsed() / 1e6);
        if (r == 0)
            std::printf("gazetteer: %lld divisions, %lld townships, %lld names since 1981; %lld names in the automaton\n",
                        qlonglong(g.divisions().size()), qlonglong(g.townships().size()),
                        qlonglong(g.eras().size()), qlonglong(resolver.nameCount()));
    }
    std::sort(startup.begin(), startup.end());
    std::printf("gazetteer ready (load + build): median %.1f ms, best %.1f ms over %lld runs\n",
                startup[startup.size() / 2], startup.first(), qlonglong(startup.size()));

    // Throughput: the articles of generated pages, resolved as the importer does.
    bench::PageGenerator generator(QStringLiteral(FANGZHI_SEEDS_DIR));
    QStringList texts;
    qint64 bytes = 0;
    for (int i = 0; i < pages; ++i) {
        const auto result = parse::parsePageBytes(generator.next().bytes, u"generated.txt"_s);
        if (!result.ok())
            return 1;
        for (const auto &a : result.page->articles) {
            texts.append(a.placeLine + u'\n' + a.kicker + u'\n' + a.title + u'\n' + a.body + u'\n' + a.credit);
            bytes += texts.last().toUtf8().size();
        }
    }
    const geo::Resolver &resolver = geo::Resolver::bundled();
    geo::ResolveContext context;
    context.homeProvince = 510000;
    double best = 1e300;
    qint64 resolved = 0;
    for (int r = 0; r < rounds; ++r) {
        QElapsedTimer t;
        t.start();
        resolved = 0;
        for (const QString &text : std::as_const(texts))
            for (const auto &m : resolver.mentions(text, context))
                resolved += m.resolved();
        best = std::min(best, t.nsecsElapsed() / 1e9);
    }
    if (resolved == 0) {
        std::fprintf(stderr, "no place resolved in %lld articles\n", qlonglong(texts.size()));
        return 1;
    }
    std::printf("resolve: %lld articles, %.1f MB of UTF-8 text, %lld places resolved; best of %d rounds "
                "%.3f s: %.1f MB/s on one core\n",
                qlonglong(texts.size()), bytes / 1e6, qlonglong(resolved), rounds, best, bytes / 1e6 / best);
    return 0;
}
