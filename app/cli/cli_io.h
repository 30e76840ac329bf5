#pragma once

#include <QString>

// Console output for fangzhi-cli: UTF-8 on stdout/stderr whatever the locale.
namespace fangzhi::cli {

void out(const QString &text);
void err(const QString &text);

// Exit codes of the CLI contract.
inline constexpr int ExitOk = 0;
inline constexpr int ExitBadInput = 1;
inline constexpr int ExitUsage = 2;

} // namespace fangzhi::cli
