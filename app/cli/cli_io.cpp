#include "cli_io.h"
#include "console_progress.h"

#include <QFileInfo>

#include <csignal>

#include <cstdio>

namespace fangzhi::cli {

void out(const QString &text)
{
    const QByteArray bytes = text.toUtf8();
    std::fwrite(bytes.constData(), 1, size_t(bytes.size()), stdout);
}

bool isProvinceCode(const QString &text)
{
    return text.size() == 6 && text.endsWith(QStringLiteral("0000")) && text[0].isDigit() &&
           text[1].isDigit() && text != QStringLiteral("000000");
}

int parseCommandLine(QCommandLineParser &parser, const QStringList &args, const QString &command,
                     const QString &usage)
{
    parser.setSingleDashWordOptionMode(QCommandLineParser::ParseAsLongOptions);
    const QCommandLineOption help({QStringLiteral("h"), QStringLiteral("help")},
                                  QStringLiteral("show help"));
    parser.addOption(help);
    if (!parser.parse(args)) {
        err(QStringLiteral("fangzhi-cli %1: %2\n%3").arg(command, parser.errorText(), usage));
        return ExitUsage;
    }
    if (parser.isSet(help)) {
        out(usage);
        return ExitOk;
    }
    return -1;
}

void err(const QString &text)
{
    const QByteArray bytes = text.toUtf8();
    std::fwrite(bytes.constData(), 1, size_t(bytes.size()), stderr);
}

std::optional<QString> archiveArgument(const QStringList &args, const QString &command, const QString &usage,
                                       int *exit)
{
    QCommandLineParser parser;
    const QCommandLineOption db(QStringLiteral("db"), QStringLiteral("archive"), QStringLiteral("ARCHIVE"));
    parser.addOption(db);
    if (*exit = parseCommandLine(parser, args, command, usage); *exit >= 0)
        return std::nullopt;
    if (parser.value(db).isEmpty() || !parser.positionalArguments().isEmpty()) {
        err(QStringLiteral("fangzhi-cli %1: --db ARCHIVE is needed, and nothing else\n").arg(command) + usage);
        *exit = ExitUsage;
        return std::nullopt;
    }
    return parser.value(db);
}

std::unique_ptr<store::ArchiveStore> openArchive(const QString &path, Use use)
{
    // A mistyped path must not become an empty archive.
    if (use != Use::Creating && !store::isServerLocation(path) && !QFileInfo::exists(path)) {
        err(QStringLiteral("fangzhi-cli: %1: no archive there (fangzhi-cli import --db ARCHIVE creates one)\n").arg(path));
        return nullptr;
    }
    QString error;
    auto archive = store::openArchive(path, &error,
                                      use == Use::Reading ? store::Opening::ForReading : store::Opening::ForWriting);
    if (!archive) {
        err(QStringLiteral("fangzhi-cli: ") + error + u'\n');
    } else if (use != Use::Reading && archive->readOnly()) {
        err(QStringLiteral("fangzhi-cli: %1: the archive is read-only (%2): it can be searched, browsed and "
                           "exported, not changed\n")
                .arg(archive->location(),
                     store::isServerLocation(path) ? QStringLiteral("this user may read it but not change it")
                                                   : QStringLiteral("its file, folder or disk cannot be written")));
        return nullptr;
    }
    return archive;
}

void sayWhatTheArchiveHolds(store::ArchiveStore &archive, const QString &path)
{
    const store::ArchiveCounts total = archive.counts();
    if (total.pages < 0) {
        out(QStringLiteral("The archive %1 could not be counted: %2 (fangzhi-cli check --db %1 says more).\n")
                .arg(path, archive.lastError()));
        return;
    }
    out(QStringLiteral("The archive %1 holds %2 pages and %3 articles.\n")
            .arg(path, QString::number(total.pages), QString::number(total.articles)));
    if (total.awaitingIndex > 0)
        out(QStringLiteral("%1 of its articles are not searchable yet: the search index could not be written. It "
                           "catches up when the archive is next opened where it can be written.\n")
                .arg(total.awaitingIndex));
}

std::atomic<bool> &interruptRequested()
{
    static std::atomic<bool> requested{false};
    return requested;
}

namespace {
extern "C" void onInterrupt(int)
{
    interruptRequested() = true;
}
} // namespace

void watchInterrupts()
{
    std::signal(SIGINT, onInterrupt);
    std::signal(SIGTERM, onInterrupt);
}

QDate pageDate(const QString &text)
{
    const QStringList parts = text.split(u'-');
    bool ok = parts.size() <= 3;
    QList<int> n;
    for (const QString &p : parts)
        if (ok)
            n.append(p.toInt(&ok));
    if (!ok || parts[0].size() != 4)
        return {};
    return QDate(n[0], n.value(1, 1), n.value(2, 1));
}

} // namespace fangzhi::cli
