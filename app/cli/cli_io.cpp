#include "cli_io.h"

#include <cstdio>

namespace fangzhi::cli {

void out(const QString &text)
{
    const QByteArray bytes = text.toUtf8();
    std::fwrite(bytes.constData(), 1, size_t(bytes.size()), stdout);
}

bool isProvinceCode(const QString &text)
{
    return text.size() == 6 && text.endsWith(QStringLiteral("0000")) && text[0].isDigit() && text[1].isDigit() &&
           text != QStringLiteral("000000");
}

void err(const QString &text)
{
    const QByteArray bytes = text.toUtf8();
    std::fwrite(bytes.constData(), 1, size_t(bytes.size()), stderr);
}

} // namespace fangzhi::cli
