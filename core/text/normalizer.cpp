#include "normalizer.h"
#include "stop_request.h"

#include <unicode/normalizer2.h>
#include <unicode/unistr.h>

namespace fangzhi::text {
namespace {

QString nfkc(const QString &text)
{
    UErrorCode status = U_ZERO_ERROR;
    const icu::Normalizer2 *n = icu::Normalizer2::getNFKCInstance(status);
    if (U_FAILURE(status))
        return text;
    const icu::UnicodeString src(false, reinterpret_cast<const UChar *>(text.utf16()),
                                 int32_t(text.size()));
    // Most pages are already normalised apart from a few characters; only the tail after the
    // first character that needs work goes through the normaliser.
    const int32_t done = n->spanQuickCheckYes(src, status);
    if (U_FAILURE(status) || done == src.length())
        return text;
    icu::UnicodeString out(src, 0, done);
    n->normalizeSecondAndAppend(out, src.tempSubString(done), status);
    if (U_FAILURE(status))
        return text;
    return QString(reinterpret_cast<const QChar *>(out.getBuffer()), out.length());
}

// Where a piece of text that starts at from and holds about size characters may end: before a
// character NFKC never joins to what precedes it, not inside a surrogate pair or a CR LF.
qsizetype pieceEnd(const QString &text, qsizetype from, qsizetype size)
{
    UErrorCode status = U_ZERO_ERROR;
    const icu::Normalizer2 *n = icu::Normalizer2::getNFKCInstance(status);
    for (qsizetype i = from + size; i < text.size(); ++i)
        if (U_SUCCESS(status) && !text[i].isLowSurrogate() && text[i - 1] != u'\r' && n->hasBoundaryBefore(text[i].unicode()))
            return i;
    return text.size();
}

bool isInvisible(char16_t c)
{
    return c == 0x200B || c == 0x200C || c == 0x200D || c == 0x2060 || c == 0xFEFF || c == 0x00AD;
}

} // namespace

QString normalize(const QString &text)
{
    QString out;
    out.reserve(text.size());
    qsizetype lineStart = 0; // where the current output line starts
    bool pendingSpace = false;
    // In pieces of about a megabyte, cut where NFKC starts afresh, so that reading a page of
    // many megabytes can be stopped between them (then the caller drops what it gets).
    for (qsizetype from = 0; from < text.size();) {
        if (stopRequested())
            return out;
        const qsizetype to = pieceEnd(text, from, 1 << 20);
        const QString src = nfkc(text.mid(from, to - from));
        from = to;
        for (qsizetype i = 0; i < src.size(); ++i) {
            char16_t c = src[i].unicode();
            if (c == u'\r') {
                if (i + 1 < src.size() && src[i + 1] == u'\n')
                    ++i;
                c = u'\n';
            }
            if (c == u'\n' || c == 0x2028 || c == 0x2029 || c == 0x0085 || c == u'\f') {
                out.append(u'\n');
                lineStart = out.size();
                pendingSpace = false;
                continue;
            }
            if (isInvisible(c))
                continue;
            if (c == u' ' || c == u'\t' || c == u'\v' || QChar(c).isSpace()) {
                pendingSpace = out.size() > lineStart; // leading spaces of a line are dropped
                continue;
            }
            if (pendingSpace) {
                out.append(u' ');
                pendingSpace = false;
            }
            out.append(QChar(c));
        }
    }
    return out;
}

} // namespace fangzhi::text
