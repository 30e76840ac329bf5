// Inputs far larger or stranger than any real page, read as the importer reads them: time and
// the largest resident memory must grow with the input's size, not its square.
// Then how soon reading the largest page stops when asked to (Cancel, Ctrl-C) at points along it.
//   bench_large [--up-to-mb N]
// Prints figures only; a small run doubles as a smoke test.
#include "geo/page_placer.h"
#include "parse/page_file.h"
#include "text/stop_request.h"

#include <QCoreApplication>
#include <QDir>
#include <QElapsedTimer>
#include <QFile>

#include <atomic>
#include <cstdio>
#include <thread>
#include <sys/resource.h>

using namespace Qt::Literals::StringLiterals;
using namespace fangzhi;

namespace {

long peakKilobytes()
{
    rusage usage{};
    getrusage(RUSAGE_SELF, &usage);
    return usage.ru_maxrss;
}

void readAndPlace(const char *what, const QByteArray &bytes)
{
    QElapsedTimer t;
    t.start();
    auto result = parse::parsePageBytes(bytes, u"large.txt"_s, u"510000"_s);
    qsizetype articles = 0;
    if (result.ok()) {
        geo::placePage(*result.page);
        articles = result.page->articles.size();
    }
    std::printf("%-34s %8.1f MB  %6lld articles  %7.2f s  peak %6ld MB\n", what, bytes.size() / 1048576.0,
                qlonglong(articles), t.nsecsElapsed() / 1e9, peakKilobytes() / 1024);
}

// Reads the page on a thread of its own, asks it to stop after the given time, and returns how
// long it went on after being asked (or -1 when it had finished before).
double stopLatency(const QByteArray &bytes, double stopAfterSeconds)
{
    std::atomic<bool> asked{false};
    std::atomic<qint64> finishedAt{0};
    QElapsedTimer clock;
    clock.start();
    std::thread reading([&] {
        const text::StopWhen stopping([&] { return asked.load(); });
        auto result = parse::parsePageBytes(bytes, u"large.txt"_s, u"510000"_s);
        if (result.ok())
            geo::placePage(*result.page);
        finishedAt = clock.nsecsElapsed();
    });
    const qint64 askAt = qint64(stopAfterSeconds * 1e9);
    while (clock.nsecsElapsed() < askAt && finishedAt == 0)
        std::this_thread::sleep_for(std::chrono::milliseconds(1));
    const qint64 asking = clock.nsecsElapsed();
    asked = true;
    reading.join();
    return finishedAt < asking ? -1 : (finishedAt - asking) / 1e9;
}

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    int upTo = 60;
    const QStringList args = app.arguments();
    for (qsizetype i = 1; i < args.size(); ++i) {
        if (args[i] == u"--up-to-mb" && i + 1 < args.size())
            upTo = args[++i].toInt();
        else {
            std::fprintf(stderr, "usage: bench_large [--up-to-mb N]\n");
            return 2;
        }
    }
    QByteArray seeds;
    for (const QFileInfo &f : QDir(QStringLiteral(FANGZHI_SEEDS_DIR)).entryInfoList({u"*.txt"_s}, QDir::Files, QDir::Name)) {
        QFile file(f.filePath());
        if (file.open(QIODevice::ReadOnly))
            seeds += file.readAll() + "\n\n\n\n";
    }
    for (const int mb : {1, 3, 12, 60}) {
        if (mb > upTo)
            break;
        const QByteArray page = seeds.repeated(int(qint64(mb) * 1048576 / seeds.size()) + 1);
        readAndPlace(qPrintable(u"sample pages, one page of %1 MB"_s.arg(mb)), page);
    }
    const qsizetype times = qsizetype(upTo) * 1000;
    readAndPlace("省科协 repeated", QByteArray("省科协").repeated(times));
    readAndPlace("市科协 lines", QByteArray("市科协召开会议\n").repeated(times / 3));
    readAndPlace("one line of 科", QByteArray("科").repeated(times * 30));

    const QByteArray largest = seeds.repeated(int(qint64(upTo) * 1048576 / seeds.size()) + 1);
    double worst = 0;
    for (double at = 0.05; at < 4.0; at += 0.15) {
        const double latency = stopLatency(largest, at * upTo / 60.0);
        if (latency >= 0)
            std::printf("asked to stop %5.2f s into a page of %d MB: stopped %6.1f ms later\n", at * upTo / 60.0, upTo,
                        latency * 1000);
        worst = std::max(worst, latency);
    }
    std::printf("slowest stop: %.1f ms\n", worst * 1000);
    return 0;
}
