#include "decoder.h"

#include <QStringDecoder>

#include <unicode/ucnv.h>
#include <unicode/ucsdet.h>

#include <memory>

using namespace Qt::Literals::StringLiterals;

namespace fangzhi::text {
namespace {

DecodedText failure(QString reason)
{
    return DecodedText{{}, {}, std::move(reason)};
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

std::optional<QString> strictUtf8(const QByteArray &bytes)
{
    QStringDecoder decoder(QStringDecoder::Utf8, QStringDecoder::Flag::Stateless);
    QString text = decoder.decode(bytes);
    if (decoder.hasError())
        return std::nullopt;
    return text;
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
        return failure(u"the file is empty"_s);

    if (bytes.startsWith("\xEF\xBB\xBF")) {
        if (auto text = strictUtf8(bytes.mid(3)))
            return {*text, u"UTF-8"_s, {}};
        return failure(u"the file starts with a UTF-8 byte order mark but is not valid UTF-8"_s);
    }
    if (bytes.startsWith("\xFF\xFE") || bytes.startsWith("\xFE\xFF")) {
        const bool le = bytes.startsWith("\xFF\xFE");
        if (bytes.size() % 2 != 0)
            return failure(u"the file has a UTF-16 byte order mark but an odd number of bytes"_s);
        QStringDecoder decoder(le ? QStringDecoder::Utf16LE : QStringDecoder::Utf16BE,
                               QStringDecoder::Flag::Stateless);
        QString text = decoder.decode(bytes.mid(2));
        if (decoder.hasError())
            return failure(u"the file has a UTF-16 byte order mark but is not valid UTF-16"_s);
        return {text, le ? u"UTF-16LE"_s : u"UTF-16BE"_s, {}};
    }

    if (const QString kind = knownBinaryKind(bytes); !kind.isEmpty())
        return failure(u"this is %1, not a text page"_s.arg(kind));
    if (looksBinary(bytes))
        return failure(u"the file holds binary data, not text"_s);

    if (auto text = strictUtf8(bytes))
        return {*text, u"UTF-8"_s, {}};
    const char *charset = detectLegacyCharset(bytes);
    if (auto text = strictIcu(bytes, charset))
        return {*text, QString::fromLatin1(charset), {}};
    return failure(u"the text is neither UTF-8 nor GB18030/GBK (undecodable bytes)"_s);
}

} // namespace fangzhi::text
