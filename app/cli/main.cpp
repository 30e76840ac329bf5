#include <cstdio>
#include "archive_commands.h"
#include "cli_io.h"
#include "fangzhi_version.h"
#include "parse_command.h"
#include "resolve_command.h"

#include <QGuiApplication>
#include <QTranslator>

#include <memory>

using namespace Qt::Literals::StringLiterals;
using namespace fangzhi::cli;

namespace {

const QString Usage =
    u"Usage: fangzhi-cli COMMAND [OPTIONS]\n"_s
    u"Fangzhi (方志), the reader for archives of Chinese local newspapers.\n\n"_s
    u"Commands:\n"_s
    u"  parse [--home CODE] FILE|FOLDER... [--json | --explain]\n"_s
    u"                   split pages into articles; --explain says why each line is what it is\n"_s
    u"  resolve [--home CODE] [TEXT...]   the place each text names\n"_s
    u"  import --db ARCHIVE PATH...       store pages in an archive\n"_s
    u"  reparse --db ARCHIVE              read stored pages again with this parser\n"_s
    u"  check --db ARCHIVE                check that an archive is sound\n"_s
    u"  search --db ARCHIVE [filters]     find articles\n"_s
    u"  tree --db ARCHIVE [filters]       articles per region\n"_s
    u"  export --db ARCHIVE --format csv|ris|csl-json|md|pdf --out PATH (--ids N,N,… | filters)\n"_s
    u"                   write articles for a spreadsheet, a reference manager, notes or print\n"_s
    u"  export-pdf --db ARCHIVE --out FILE.pdf (--ids N,N,… | filters)\n"_s
    u"  copy --from ARCHIVE --to ARCHIVE  copy an archive, e.g. a file to a team's server\n\n"_s
    u"ARCHIVE is an archive file, or a team's archive on a PostgreSQL server:\n"_s
    u"postgresql://user@host:port/database[?sslmode=require] (the password from PGPASSWORD or\n"_s
    u"~/.pgpass, never on the command line).\n\n"_s
    u"Options:\n"_s
    u"  -h, --help       show this help (COMMAND --help for a command's own)\n"_s
    u"  -v, --version    show the version\n"_s;

} // namespace

namespace {

// Qt's own warnings (a database driver's, a platform's) speak its language, not the archivist's:
// fangzhi-cli says what matters itself. FANGZHI_DEBUG=1 shows them.
void keepQtWarningsQuiet(QtMsgType type, const QMessageLogContext &context, const QString &message)
{
    static const bool debugging = qEnvironmentVariableIsSet("FANGZHI_DEBUG");
    if (debugging || type == QtCriticalMsg || type == QtFatalMsg) {
        std::fprintf(stderr, "%s\n", qPrintable(qFormatLogMessage(type, context, message)));
        if (type == QtFatalMsg)
            std::abort();
    }
}

} // namespace

int main(int argc, char *argv[])
{
    qInstallMessageHandler(keepQtWarningsQuiet);
    // Only exports draw (fonts, PDF pages): they get a GUI application, offscreen unless a
    // display was chosen; every other command stays a plain console program.
    const bool drawing = argc > 1 && (qstrcmp(argv[1], "export-pdf") == 0 || qstrcmp(argv[1], "export") == 0);
    if (drawing && qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    std::unique_ptr<QCoreApplication> app(drawing ? new QGuiApplication(argc, argv) : new QCoreApplication(argc, argv));
    QCoreApplication::setApplicationName(u"fangzhi-cli"_s);
    QCoreApplication::setApplicationVersion(QString::fromLatin1(FANGZHI_VERSION));
    // English, with its plural forms ("1 article", "2 articles") for the words it shares with the reader.
    QTranslator english;
    if (english.load(u":/i18n/fangzhi_en.qm"_s))
        QCoreApplication::installTranslator(&english);

    QStringList args = QCoreApplication::arguments();
    if (args.size() < 2) {
        err(Usage);
        return ExitUsage;
    }
    const QString command = args.at(1);
    if (command == u"-h" || command == u"--help" || command == u"help") {
        out(Usage);
        return ExitOk;
    }
    if (command == u"-v" || command == u"--version") {
        out(u"fangzhi-cli "_s + QCoreApplication::applicationVersion() + u'\n');
        return ExitOk;
    }
    args.removeAt(
        0); // QCommandLineParser expects the program name first: the command takes its place
    if (command == u"parse")
        return runParse(args);
    if (command == u"resolve")
        return runResolve(args);
    if (command == u"import")
        return runImport(args);
    if (command == u"reparse")
        return runReparse(args);
    if (command == u"check")
        return runCheck(args);
    if (command == u"search")
        return runSearch(args);
    if (command == u"tree")
        return runTree(args);
    if (command == u"export-pdf" || command == u"export")
        return runExport(args, command == u"export-pdf");
    if (command == u"copy")
        return runCopy(args);
    err(u"fangzhi-cli: unknown command \"%1\"\n\n"_s.arg(command) + Usage);
    return ExitUsage;
}
