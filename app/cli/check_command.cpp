#include "archive_commands.h"
#include "cli_io.h"


using namespace Qt::Literals::StringLiterals;

namespace fangzhi::cli {
namespace {

const QString Usage =
    u"Usage: fangzhi-cli check --db ARCHIVE\n"_s
    u"Check an archive: SQLite's integrity check of the whole file, then Fangzhi's own (the\n"_s
    u"counts the reader shows against the articles, the search index against the articles).\n"_s
    u"Only reads. Exits 0 when the archive is sound, 1 when something is wrong.\n"_s;

} // namespace

int runCheck(const QStringList &args)
{
    int exit = ExitOk;
    const std::optional<QString> path = archiveArgument(args, u"check"_s, Usage, &exit);
    if (!path)
        return exit;
    const store::ArchiveCheck check = store::checkArchive(*path);
    if (check.pages < 0) { // not even counted: the reason is all there is to say
        err(u"fangzhi-cli check: %1: %2\n"_s.arg(*path, check.problems.join(u"; "_s)));
        return ExitBadInput;
    }
    out(u"%1: %2 pages, %3 articles.\n"_s.arg(*path, QString::number(check.pages), QString::number(check.articles)));
    for (const QString &note : check.notes)
        out(u"  note: %1\n"_s.arg(note));
    if (check.problems.isEmpty()) {
        out(u"The archive is sound.\n"_s);
        return ExitOk;
    }
    for (const QString &problem : check.problems)
        out(u"  wrong: %1\n"_s.arg(problem));
    out(store::isServerLocation(*path)
            ? u"The archive is damaged. Leave it as it is and ask whoever keeps the server to restore it from a "
              "backup, or import its pages again into a new archive.\n"_s
            : u"The archive is damaged. Keep the file as it is; restore it from a backup, or import its pages "
              "again into a new archive.\n"_s);
    return ExitBadInput;
}

} // namespace fangzhi::cli
