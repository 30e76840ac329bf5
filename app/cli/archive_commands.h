#pragma once

#include <QStringList>

namespace fangzhi::cli {

// fangzhi-cli import --db FILE [--home CODE] [--newspaper NAME] PATH...
[[nodiscard]] int runImport(const QStringList &args);
// fangzhi-cli reparse --db FILE
[[nodiscard]] int runReparse(const QStringList &args);
// fangzhi-cli check --db FILE
[[nodiscard]] int runCheck(const QStringList &args);
// fangzhi-cli search --db FILE [filters] [--limit N] [--offset N] [--json]
[[nodiscard]] int runSearch(const QStringList &args);
// fangzhi-cli tree --db FILE [filters] [--json]
[[nodiscard]] int runTree(const QStringList &args);
// fangzhi-cli export-pdf --db FILE --out FILE.pdf (--ids N,N,… | filters); needs a QGuiApplication
[[nodiscard]] int runExportPdf(const QStringList &args);

} // namespace fangzhi::cli
