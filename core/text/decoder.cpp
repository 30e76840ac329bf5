#include "decoder.h"

#include <QCoreApplication>
#include "stop_request.h"

#include <QStringDecoder>

#include <unicode/ucnv.h>
#include <unicode/ucsdet.h>

#include <memory>
#include <optional>

using namespace Qt::Literals::StringLiterals;

namespace fangzhi::text {
namespace {

DecodedText failure(QString reason)
{
    return DecodedText{{}, {}, std::move(reason), {}};
}

// Well-known signatures of files that are often dropped into a folder of pages by mistake.
QString knownBinaryKind(const QByteArray &bytes)
{
    struct Magic
    {
        const char *prefix;
        const char *kind;
    };
    static constexpr Magic magics[] = {
        {"%PDF", "a PDF document"},
        {"\x89PNG", "a PNG image"},
        {"\xFF\xD8\xFF", "a JPEG image"},
        {"GIF8", "a GIF image"},
        {"PK\x03\x04", "a ZIP archive (or Office document)"},
        {"\x1F\x8B", "a gzip archive"},
        {"SQLite format 3", "an SQLite database"},
        {"\x7F"
         "ELF",
         "a program"},
    };
    for (const auto &m : magics)
        if (bytes.startsWith(m.prefix))
            return QString::fromLatin1(m.kind);
    return {};
}

bool looksBinary(const QByteArray &bytes)
{
    if (bytes.contains('\0'))
        return true;
    qsizetype controls = 0;
    for (const char ch : bytes) {
        const auto c = static_cast<unsigned char>(ch);
        if (c < 0x20 && c != '\n' && c != '\r' && c != '\t' && c != '\f')
            ++controls;
    }
    return controls * 100 > bytes.size(); // more than 1% control bytes is no page of text
}

// Where UTF-8 goes wrong: the number of undecodable sequences and the offset of the first.
struct Utf8Errors
{
    qsizetype count = 0;  // bytes
    qsizetype places = 0; // runs of them
    qsizetype first = -1;
    qsizetype multibyte = 0; // well-formed sequences of two bytes or more
    qsizetype last = -1;
};

Utf8Errors checkUtf8(const QByteArray &bytes)
{
    Utf8Errors e;
    const auto *p = reinterpret_cast<const unsigned char *>(bytes.constData());
    const qsizetype n = bytes.size();
    for (qsizetype i = 0; i < n;) {
        const unsigned char c = p[i];
        const int length = c < 0x80 ? 1 : (c >> 5) == 0x6 ? 2 : (c >> 4) == 0xE ? 3 : (c >> 3) == 0x1E ? 4 : 0;
        bool ok = length > 0 && i + length <= n && !(length == 2 && c < 0xC2) && !(length == 4 && c > 0xF4);
        for (int k = 1; ok && k < length; ++k)
            ok = (p[i + k] & 0xC0) == 0x80;
        if (ok && length == 3) // no overlong forms, no surrogates
            ok = !(c == 0xE0 && p[i + 1] < 0xA0) && !(c == 0xED && p[i + 1] >= 0xA0);
        if (ok && length == 4)
            ok = !(c == 0xF0 && p[i + 1] < 0x90) && !(c == 0xF4 && p[i + 1] >= 0x90);
        if (!ok) {
            if (e.first < 0)
                e.first = i;
            e.places += e.count == 0 || e.last != i - 1;
            e.last = i;
            ++e.count;
            ++i;
            continue;
        }
        e.multibyte += length > 1;
        i += length;
    }
    return e;
}

QString replacedWarning(qsizetype count, qsizetype first)
{
    return count == 1 ? u"1 byte could not be decoded (at byte %1) and was replaced"_s.arg(first)
                      : u"%1 bytes could not be decoded (the first at byte %2) and were replaced"_s.arg(count).arg(first);
}

QString utf8(const QByteArray &bytes)
{
    return QString::fromUtf8(bytes); // replaces what does not decode with U+FFFD
}

// UTF-16 without a byte order mark: text of Chinese pages has NUL bytes only where ASCII
// characters (line breaks, digits, punctuation) stand, nearly all on the same side of their
// pairs (a few Chinese characters end in a NUL byte too).
std::optional<bool> utf16WithoutMark(const QByteArray &bytes)
{
    if (bytes.size() < 4)
        return std::nullopt;
    qsizetype even = 0, odd = 0;
    for (qsizetype i = 0; i < bytes.size(); ++i)
        if (bytes[i] == '\0')
            ++(i % 2 ? odd : even);
    const qsizetype zeros = even + odd, pairs = bytes.size() / 2;
    if (zeros * 100 < pairs || std::max(even, odd) * 100 < zeros * 80)
        return std::nullopt;
    const bool littleEndian = odd > even;
    QStringDecoder decoder(littleEndian ? QStringDecoder::Utf16LE : QStringDecoder::Utf16BE);
    const QString text = decoder.decode(bytes);
    // Chinese, ASCII, line breaks, CJK and full-width punctuation: what a page is made of.
    qsizetype plausible = 0;
    for (const QChar c : text) {
        const char16_t u = c.unicode();
        plausible += (u >= 0x20 && u < 0x7F) || u == '\n' || u == '\r' || u == '\t' || (u >= 0x4E00 && u <= 0x9FFF) ||
                     (u >= 0x3000 && u <= 0x303F) || (u >= 0xFF00 && u <= 0xFFEF) || (u >= 0x2000 && u <= 0x206F);
    }
    if (decoder.hasError() || plausible * 100 < text.size() * 95)
        return std::nullopt;
    return littleEndian;
}

DecodedText utf16(const QByteArray &bytes, bool littleEndian)
{
    QStringDecoder decoder(littleEndian ? QStringDecoder::Utf16LE : QStringDecoder::Utf16BE,
                           QStringDecoder::Flag::Stateless);
    DecodedText d{decoder.decode(bytes.first(bytes.size() & ~qsizetype(1))),
                  littleEndian ? u"UTF-16LE"_s : u"UTF-16BE"_s, {}, {}};
    const qsizetype bad = d.text.count(QChar::ReplacementCharacter) + (bytes.size() % 2);
    if (bad > 0)
        d.warning = bytes.size() % 2 && bad == 1 ? replacedWarning(1, bytes.size() - 1)
                                                  : u"%1 characters could not be decoded and were replaced"_s.arg(bad);
    if (bytes.size() % 2)
        d.text += QChar::ReplacementCharacter;
    return d;
}

// ICU's detector reads every byte it is given; a kilobyte of a Chinese page (some 500 characters)
// tells GB18030 from Big5 as well as the whole page does, at a fraction of the cost.
constexpr qsizetype DetectionSample = 1024;

struct ConverterCloser
{
    void operator()(UConverter *c) const { ucnv_close(c); }
};
struct DetectorCloser
{
    void operator()(UCharsetDetector *d) const { ucsdet_close(d); }
};

// Decodes with ICU, stopping at the first illegal sequence instead of substituting.
std::optional<QString> strictIcu(const QByteArray &bytes, const char *charset)
{
    UErrorCode status = U_ZERO_ERROR;
    std::unique_ptr<UConverter, ConverterCloser> conv(ucnv_open(charset, &status));
    if (U_FAILURE(status))
        return std::nullopt;
    ucnv_setToUCallBack(conv.get(), UCNV_TO_U_CALLBACK_STOP, nullptr, nullptr, nullptr, &status);
    QString out(bytes.size() + 1, Qt::Uninitialized);
    const int32_t n =
        ucnv_toUChars(conv.get(), reinterpret_cast<UChar *>(out.data()), int32_t(out.size()),
                      bytes.constData(), int32_t(bytes.size()), &status);
    if (U_FAILURE(status))
        return std::nullopt;
    out.truncate(n);
    return out;
}

// Decodes with ICU, replacing what does not decode with U+FFFD; the first offset is found by
// encoding the text before it back.
std::optional<DecodedText> replacingIcu(const QByteArray &bytes, const char *charset)
{
    UErrorCode status = U_ZERO_ERROR;
    std::unique_ptr<UConverter, ConverterCloser> conv(ucnv_open(charset, &status));
    if (U_FAILURE(status))
        return std::nullopt;
    QString out;
    // A file cut inside its last character: what is whole, and a replacement for the rest.
    for (qsizetype cut = 0; cut <= std::min<qsizetype>(3, bytes.size() - 1); ++cut) {
        status = U_ZERO_ERROR;
        ucnv_reset(conv.get());
        out = QString(bytes.size() + 1, Qt::Uninitialized);
        const int32_t n = ucnv_toUChars(conv.get(), reinterpret_cast<UChar *>(out.data()), int32_t(out.size()),
                                        bytes.constData(), int32_t(bytes.size() - cut), &status);
        if (U_SUCCESS(status)) {
            out.truncate(n);
            if (cut)
                out += QChar::ReplacementCharacter;
            break;
        }
        if (status != U_TRUNCATED_CHAR_FOUND)
            return std::nullopt;
    }
    if (U_FAILURE(status))
        return std::nullopt;
    const qsizetype bad = out.count(QChar::ReplacementCharacter);
    const qsizetype at = out.indexOf(QChar::ReplacementCharacter);
    QByteArray before(std::max<qsizetype>(at, 0) * 4 + 4, Qt::Uninitialized);
    status = U_ZERO_ERROR;
    const int32_t offset = ucnv_fromUChars(conv.get(), before.data(), int32_t(before.size()),
                                           reinterpret_cast<const UChar *>(out.constData()),
                                           int32_t(std::max<qsizetype>(at, 0)), &status);
    return DecodedText{out, QString::fromLatin1(charset), {},
                       bad ? replacedWarning(bad, U_SUCCESS(status) ? offset : 0) : QString()};
}

// ICU's guess among the encodings a Chinese page may come in, or GB18030 when ICU is unsure:
// GB18030 decodes every GBK and GB2312 file too.
const char *detectLegacyCharset(const QByteArray &bytes)
{
    UErrorCode status = U_ZERO_ERROR;
    std::unique_ptr<UCharsetDetector, DetectorCloser> det(ucsdet_open(&status));
    if (U_FAILURE(status))
        return "GB18030";
    ucsdet_setText(det.get(), bytes.constData(),
                   int32_t(std::min<qsizetype>(bytes.size(), DetectionSample)), &status);
    const UCharsetMatch *match = ucsdet_detect(det.get(), &status);
    if (U_FAILURE(status) || !match)
        return "GB18030";
    const char *name = ucsdet_getName(match, &status);
    if (U_SUCCESS(status) && name && qstrcmp(name, "Big5") == 0)
        return "Big5";
    return "GB18030";
}

} // namespace

DecodedText decode(const QByteArray &bytes)
{
    if (bytes.isEmpty())
        return failure(QCoreApplication::translate("PageFailure", "the file is empty"));

    if (bytes.startsWith("\xEF\xBB\xBF")) {
        const QByteArray rest = bytes.mid(3);
        const Utf8Errors e = checkUtf8(rest);
        return {utf8(rest), u"UTF-8"_s, {}, e.count ? replacedWarning(e.count, e.first + 3) : QString()};
    }
    if (bytes.startsWith("\xFF\xFE") || bytes.startsWith("\xFE\xFF"))
        return utf16(bytes.mid(2), bytes.startsWith("\xFF\xFE"));

    if (const QString kind = knownBinaryKind(bytes); !kind.isEmpty())
        return failure(QCoreApplication::translate("PageFailure", "this is %1, not a text page").arg(kind));
    if (const std::optional<bool> littleEndian = utf16WithoutMark(bytes))
        return utf16(bytes, *littleEndian);
    // Each pass reads every byte: a page of many megabytes may be stopped between them.
    if (stopRequested())
        return failure(Stopped);
    if (looksBinary(bytes))
        return failure(QCoreApplication::translate("PageFailure", "the file holds binary data, not text"));
    if (stopRequested())
        return failure(Stopped);

    // UTF-8 with a few bad bytes (a page cut inside a character, one damaged byte) is still
    // UTF-8; many bad bytes mean another encoding.
    const Utf8Errors e = checkUtf8(bytes);
    if (stopRequested())
        return failure(Stopped);
    if (e.count == 0)
        return {utf8(bytes), u"UTF-8"_s, {}, {}};
    if (e.places <= std::max<qsizetype>(3, e.multibyte / 100) && e.multibyte >= 5 * e.places)
        return {utf8(bytes), u"UTF-8"_s, {}, replacedWarning(e.count, e.first)};
    const char *charset = detectLegacyCharset(bytes);
    if (auto text = strictIcu(bytes, charset))
        return {*text, QString::fromLatin1(charset), {}, {}};
    if (auto replaced = replacingIcu(bytes, charset)) {
        const qsizetype bad = replaced->text.count(QChar::ReplacementCharacter);
        if (bad <= std::max<qsizetype>(3, replaced->text.size() / 100) && bad * 10 <= replaced->text.size())
            return *replaced;
    }
    return failure(QCoreApplication::translate("PageFailure", "the text is neither UTF-8 nor GB18030/GBK (undecodable bytes)"));
}

} // namespace fangzhi::text
