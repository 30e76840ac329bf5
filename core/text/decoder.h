#pragma once

#include <QByteArray>
#include <QString>

namespace fangzhi::text {

// A page file's bytes turned into text, or the reason they could not be.
struct DecodedText
{
    QString text;     // decoded text, byte order mark removed, otherwise untouched
    QString encoding; // "UTF-8", "UTF-16LE", "UTF-16BE", "GB18030"
    QString error;    // empty on success; a reason fit to show after the file name

    [[nodiscard]] bool ok() const noexcept { return error.isEmpty(); }
};

// Pages arrive as UTF-8 (with or without BOM), UTF-16 with BOM, or GB18030/GBK.
// Anything else (binary data, an empty file, undecodable bytes) gets an error.
[[nodiscard]] DecodedText decode(const QByteArray &bytes);

} // namespace fangzhi::text
