#include "archive_commands.h"
#include "cli_io.h"
#include "console_progress.h"
#include "ingest/reparser.h"
#include "parse/page_parser.h"

#include <QCommandLineParser>

using namespace Qt::Literals::StringLiterals;

namespace fangzhi::cli {
namespace {

const QString Usage =
    u"Usage: fangzhi-cli reparse --db ARCHIVE\n"_s
    u"Read the stored pages again with this program's parser, in place: pages an older parser\n"_s
    u"read are split into articles and placed again from the text they were imported with.\n"_s
    u"Articles whose headline and text did not change keep their ids; nothing a page holds is\n"_s
    u"lost. Ctrl-C stops after the current page; run again to read the rest.\n"_s;

} // namespace

int runReparse(const QStringList &args)
{
    int exit = ExitOk;
    const std::optional<QString> path = archiveArgument(args, u"reparse"_s, Usage, &exit);
    if (!path)
        return exit;
    const auto archive = openArchive(*path, Use::Writing);
    if (!archive)
        return ExitBadInput;
    watchInterrupts();
    ConsoleProgress progress;
    const ingest::ReparseReport r = ingest::reparsePages(*archive, &progress);
    progress.finish();

    if (r.pages == 0) {
        out(u"Every page of %1 was read by Fangzhi's reading %2 already: nothing to do.\n"_s
                .arg(*path, QString::number(parse::ParserVersion)));
        return ExitOk;
    }
    out(u"%1Read %2 of %3 pages again with Fangzhi's reading %4: %5 articles kept (same headline "
        "and text; %6 of them now filed under another region), %7 removed, %8 added.\n"_s
            .arg(r.cancelled ? u"Stopped. "_s : QString())
            .arg(r.reparsed)
            .arg(r.pages)
            .arg(parse::ParserVersion)
            .arg(r.articles.kept)
            .arg(r.articles.moved)
            .arg(r.articles.removed)
            .arg(r.articles.added));
    if (const int left = r.pages - r.reparsed; left > 0)
        out(u"%1 pages are as they were%2.\n"_s.arg(left).arg(
            r.cancelled ? u"; run again to read them"_s : QString()));
    for (const ingest::FileFailure &f : r.failed)
        out(u"  failed: %1%2\n"_s.arg(f.file.isEmpty() ? QString() : f.file + u": "_s, f.reason));
    sayWhatTheArchiveHolds(*archive, *path);
    return r.failed.isEmpty() && !r.cancelled ? ExitOk : ExitBadInput;
}

} // namespace fangzhi::cli
