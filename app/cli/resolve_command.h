#pragma once

#include <QStringList>

namespace fangzhi::cli {

// fangzhi-cli resolve [--home CODE] [--date YYYY-MM-DD] [TEXT...]
[[nodiscard]] int runResolve(const QStringList &args);

} // namespace fangzhi::cli
