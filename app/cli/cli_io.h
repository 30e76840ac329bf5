#pragma once

#include "store/archive_store.h"

#include <QCommandLineParser>
#include <QString>

#include <optional>

// Console output for fangzhi-cli: UTF-8 on stdout/stderr whatever the locale.
namespace fangzhi::cli {

void out(const QString &text);
// Whether text is a province's GB/T 2260 code (two digits and four zeros: 510000).
[[nodiscard]] bool isProvinceCode(const QString &text);
void err(const QString &text);
// A page's date as typed: 2019-06-30, 2019-06 or 2019 (the first day of the month or year);
// invalid otherwise.
[[nodiscard]] QDate pageDate(const QString &text);

// Parses a command's arguments, adding -h/--help. Returns -1 when the command should go on;
// otherwise the exit code, after printing the usage (for --help) or the reason (bad usage).
[[nodiscard]] int parseCommandLine(QCommandLineParser &parser, const QStringList &args,
                                   const QString &command, const QString &usage);

// The arguments of a command that takes --db ARCHIVE and nothing else: the file, or nothing with
// *exit set (after printing the usage or the reason).
[[nodiscard]] std::optional<QString> archiveArgument(const QStringList &args, const QString &command,
                                                     const QString &usage, int *exit);

// Opens (migrating) an archive file; null after saying on stderr why it could not — also when
// there is none, unless the command creates one (only import does), and when a command that
// writes finds it read-only.
enum class Use { Reading, Writing, Creating };
[[nodiscard]] std::unique_ptr<store::ArchiveStore> openArchive(const QString &path, Use use = Use::Reading);

// "The archive FILE holds N pages and M articles.", or why it could not be counted.
void sayWhatTheArchiveHolds(store::ArchiveStore &archive, const QString &path);

// Exit codes of the CLI contract.
inline constexpr int ExitOk = 0;
inline constexpr int ExitBadInput = 1;
inline constexpr int ExitUsage = 2;

} // namespace fangzhi::cli
