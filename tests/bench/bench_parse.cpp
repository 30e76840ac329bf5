// Parse throughput on one core: bytes -> decoded -> normalised -> articles.
//   bench_parse [--pages N] [--rounds R] [--gb18030]
// Checks as it goes that every generated page gives the articles it was built from, so a short
// run doubles as a smoke test; the figures are only printed, never asserted.
#include "page_generator.h"
#include "parse/page_file.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QFile>
#include <QStringEncoder>

#include <cstdio>

using namespace Qt::Literals::StringLiterals;

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    int pages = 2000;
    int rounds = 3;
    bool gb18030 = false;
    const QStringList args = app.arguments();
    for (qsizetype i = 1; i < args.size(); ++i) {
        if (args[i] == u"--pages" && i + 1 < args.size())
            pages = args[++i].toInt();
        else if (args[i] == u"--rounds" && i + 1 < args.size())
            rounds = args[++i].toInt();
        else if (args[i] == u"--gb18030")
            gb18030 = true;
        else {
            std::fprintf(stderr, "usage: bench_parse [--pages N] [--rounds R] [--gb18030]\n");
            return 2;
        }
    }

    fangzhi::bench::PageGenerator generator(QStringLiteral(FANGZHI_SEEDS_DIR));
    QList<fangzhi::bench::GeneratedPage> corpus;
    qint64 bytes = 0;
    for (int i = 0; i < pages; ++i) {
        auto page = generator.next();
        if (gb18030)
            page.bytes = QStringEncoder("GB18030").encode(QString::fromUtf8(page.bytes));
        bytes += page.bytes.size();
        corpus.append(std::move(page));
    }

    double best = 1e300;
    for (int r = 0; r < rounds; ++r) {
        QElapsedTimer timer;
        timer.start();
        for (const auto &page : std::as_const(corpus)) {
            const auto result = fangzhi::parse::parsePageBytes(page.bytes, u"generated.txt"_s);
            if (!result.ok() || result.page->articles.size() != page.articles) {
                std::fprintf(stderr, "generated page gave %d articles, expected %d: %s\n",
                             result.ok() ? int(result.page->articles.size()) : -1, page.articles,
                             qPrintable(result.error));
                if (QFile out(u"bench_parse_failed.txt"_s); out.open(QIODevice::WriteOnly))
                    out.write(page.bytes); // the page, to run `fangzhi-cli parse --explain` on
                return 1;
            }
        }
        best = std::min(best, timer.nsecsElapsed() / 1e9);
    }
    std::printf("parse (%s): %d pages, %.1f MB, %.1f KB/page; best of %d rounds %.3f s: "
                "%.0f pages/s, %.1f MB/s on one core\n",
                gb18030 ? "GB18030" : "UTF-8", pages, bytes / 1e6, bytes / 1e3 / pages, rounds,
                best, pages / best, bytes / 1e6 / best);
    return 0;
}
