#include "archive_commands.h"
#include "cli_io.h"
#include "console_progress.h"
#include "ingest/archive_copy.h"

#include <QCommandLineParser>

using namespace Qt::Literals::StringLiterals;

namespace fangzhi::cli {
namespace {

const QString Usage =
    u"Usage: fangzhi-cli copy --from ARCHIVE --to ARCHIVE\n"_s
    u"Copy an archive into another, page by page as stored: a file to a team's archive on a server\n"_s
    u"(postgresql://user@host:port/database), or back. Nothing is parsed again. Pages the copy\n"_s
    u"already holds are left alone, so a copy stopped (Ctrl-C, a lost connection) is completed by\n"_s
    u"running it again. At the end every page of the original is looked for in the copy.\n"_s
    u"The server's password comes from PGPASSWORD or ~/.pgpass, never from the command line.\n"_s;

} // namespace

int runCopy(const QStringList &args)
{
    QCommandLineParser parser;
    const QCommandLineOption fromOption(u"from"_s, u"the original"_s, u"ARCHIVE"_s);
    const QCommandLineOption toOption(u"to"_s, u"the copy"_s, u"ARCHIVE"_s);
    parser.addOptions({fromOption, toOption});
    if (const int exit = parseCommandLine(parser, args, u"copy"_s, Usage); exit >= 0)
        return exit;
    const QString from = parser.value(fromOption), to = parser.value(toOption);
    if (from.isEmpty() || to.isEmpty() || !parser.positionalArguments().isEmpty()) {
        err(u"fangzhi-cli copy: --from ARCHIVE and --to ARCHIVE are needed, and nothing else\n"_s + Usage);
        return ExitUsage;
    }
    if (from == to) {
        err(u"fangzhi-cli copy: an archive cannot be copied into itself\n"_s);
        return ExitUsage;
    }
    const auto original = openArchive(from, Use::Reading);
    if (!original)
        return ExitBadInput;
    const auto copy = openArchive(to, Use::Creating);
    if (!copy)
        return ExitBadInput;
    watchInterrupts();
    ConsoleProgress progress;
    const ingest::CopyReport r = ingest::copyArchive(*original, *copy, &progress);
    progress.finish();
    out(u"%1%2 pages in %3: %4 copied (%5 articles), %6 already in the copy, %7 failed.\n"_s
            .arg(r.cancelled ? u"Stopped; run again to copy the rest. "_s : QString(), QString::number(r.pages),
                 store::archiveName(from), QString::number(r.copied), QString::number(r.articles),
                 QString::number(r.alreadyThere), QString::number(r.failed.size())));
    for (const ingest::FileFailure &f : r.failed)
        out(u"  failed: %1: %2\n"_s.arg(f.file, f.reason));
    if (r.verified)
        out(u"Verified: every page of the original is in the copy, with the same text and as many articles.\n"_s);
    for (const QString &d : r.differences)
        out(u"  not verified: %1\n"_s.arg(d));
    sayWhatTheArchiveHolds(*copy, to);
    return r.verified && r.failed.isEmpty() && !r.cancelled ? ExitOk : ExitBadInput;
}

} // namespace fangzhi::cli
