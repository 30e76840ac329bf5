#pragma once

#include "cli_io.h"
#include "ingest/importer.h"

#include <QFileInfo>

#include <atomic>
#include <unistd.h>

namespace fangzhi::cli {

// Set by Ctrl-C (SIGINT) or SIGTERM once watchInterrupts() has run: long work stops after the
// page in hand.
[[nodiscard]] std::atomic<bool> &interruptRequested();
void watchInterrupts();

// A progress line on a terminal; nothing when output goes to a file or pipe. Failures are
// always said, one line each.
class ConsoleProgress final : public ingest::ImportProgress
{
public:
    ConsoleProgress() : m_terminal(isatty(STDERR_FILENO)) {}
    void fileDone(int done, int total, const QString &file) override
    {
        if (m_terminal)
            err(QStringLiteral("\r\033[K[%1/%2] %3")
                    .arg(done)
                    .arg(total)
                    .arg(QFileInfo(file).fileName()));
    }
    void fileFailed(const QString &file, const QString &reason) override
    {
        err((m_terminal ? QStringLiteral("\r\033[K") : QString()) +
            QStringLiteral("fangzhi-cli: %1%2\n")
                .arg(file.isEmpty() ? QString() : file + QStringLiteral(": "), reason));
    }
    bool cancelRequested() const override { return interruptRequested(); }
    void finish()
    {
        if (m_terminal)
            err(QStringLiteral("\r\033[K"));
    }

private:
    bool m_terminal;
};

} // namespace fangzhi::cli
