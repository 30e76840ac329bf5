#pragma once

#include <QStringList>

namespace fangzhi::cli {

// fangzhi-cli parse [--home CODE] FILE|FOLDER... [--json]
[[nodiscard]] int runParse(const QStringList &args);

} // namespace fangzhi::cli
