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
    // bytes that could not be decoded and were replaced by U+FFFD, said with the first one's
    // offset: "2 bytes could not be decoded (the first at byte 4,095) and were replaced"
    QString warning;

    [[nodiscard]] bool ok() const noexcept { return error.isEmpty(); }
};

// Pages arrive as UTF-8 (with or without BOM), UTF-16 (with a BOM, or recognised without one),
// or GB18030/GBK. A few bytes that do not decode (a page cut inside a character, a damaged
// byte) are replaced and warned of; binary data, an empty file, or text in none of these
// encodings gets an error.
[[nodiscard]] DecodedText decode(const QByteArray &bytes);

} // namespace fangzhi::text
