#pragma once

#include <QStringList>

namespace fangzhi::cli {

// fangzhi-cli import --db ARCHIVE [--home CODE] [--newspaper NAME] PATH...
[[nodiscard]] int runImport(const QStringList &args);
// fangzhi-cli reparse --db ARCHIVE
[[nodiscard]] int runReparse(const QStringList &args);
// fangzhi-cli copy --from ARCHIVE --to ARCHIVE
[[nodiscard]] int runCopy(const QStringList &args);
// fangzhi-cli check --db ARCHIVE
[[nodiscard]] int runCheck(const QStringList &args);
// fangzhi-cli search --db ARCHIVE [filters] [--limit N] [--offset N] [--json]
[[nodiscard]] int runSearch(const QStringList &args);
// fangzhi-cli tree --db ARCHIVE [filters] [--json]
[[nodiscard]] int runTree(const QStringList &args);
// fangzhi-cli export --db ARCHIVE --format csv|ris|csl-json|md|pdf --out PATH [--one-per-article]
// (--ids N,N,… | filters), and export-pdf (pdfOnly); a PDF needs a QGuiApplication
[[nodiscard]] int runExport(const QStringList &args, bool pdfOnly);

} // namespace fangzhi::cli
