#include "archive_commands.h"
#include "cli_io.h"
#include "console_progress.h"
#include "ingest/importer.h"

#include <QCommandLineParser>
#include <QFileInfo>


using namespace Qt::Literals::StringLiterals;

namespace fangzhi::cli {
namespace {

const QString Usage = u"Usage: fangzhi-cli import --db ARCHIVE [--home CODE] [--newspaper NAME] PATH...\n"_s
                      u"Import page files and folders (searched for .txt and .md) into an archive, which is\n"_s
                      u"created if needed. Each file is stored whole or not at all; run again to complete an\n"_s
                      u"interrupted import (Ctrl-C stops after the current file). Dates come from a manifest\n"_s
                      u"(manifest.csv or manifest.json beside the pages), the file name, or the text.\n"_s
                      u"  --home CODE       the papers' home province (inferred from the pages when absent)\n"_s
                      u"  --newspaper NAME  the newspaper, for pages no manifest names\n"_s;

} // namespace

int runImport(const QStringList &args)
{
    QCommandLineParser parser;
    const QCommandLineOption db(u"db"_s, u"archive"_s, u"ARCHIVE"_s);
    const QCommandLineOption home(u"home"_s, u"home province"_s, u"CODE"_s);
    const QCommandLineOption newspaper(u"newspaper"_s, u"newspaper"_s, u"NAME"_s);
    parser.addOptions({db, home, newspaper});
    if (const int exit = parseCommandLine(parser, args, u"import"_s, Usage); exit >= 0)
        return exit;
    if (parser.value(db).isEmpty() || parser.positionalArguments().isEmpty() ||
        (parser.isSet(home) && !isProvinceCode(parser.value(home)))) {
        err(u"fangzhi-cli import: --db ARCHIVE and at least one PATH are needed; --home takes a code such as 510000\n"_s +
            Usage);
        return ExitUsage;
    }
    const auto archive = openArchive(parser.value(db), Use::Creating);
    if (!archive)
        return ExitBadInput;
    watchInterrupts();
    ConsoleProgress progress;
    const ingest::ImportReport r = ingest::importPages(
        *archive, parser.positionalArguments(), {parser.value(home), parser.value(newspaper)}, &progress);
    progress.finish();

    out(u"%1%2 page files: %3 added, %4 replaced, %5 unchanged, %6 duplicates, %7 failed; %8 articles stored.\n"_s
            .arg(r.cancelled ? u"Cancelled. "_s : QString())
            .arg(r.files)
            .arg(r.added)
            .arg(r.replaced)
            .arg(r.unchanged)
            .arg(r.duplicates)
            .arg(r.failed.size())
            .arg(r.articles));
    for (const ingest::FileFailure &f : r.failed)
        out(u"  failed: %1: %2\n"_s.arg(f.file, f.reason));
    for (const ingest::FileFailure &f : r.warned)
        out(u"  stored with a warning: %1: %2\n"_s.arg(f.file, f.reason));
    sayWhatTheArchiveHolds(*archive, parser.value(db));
    return r.failed.isEmpty() && !r.cancelled ? ExitOk : ExitBadInput;
}

} // namespace fangzhi::cli
