#include "search_tokens.h"

#include "chars.h"

namespace fangzhi::text {
namespace {

bool isWordChar(QChar c)
{
    return (c >= u'a' && c <= u'z') || (c >= u'A' && c <= u'Z') || (c >= u'0' && c <= u'9');
}

// How many UTF-16 units of a Chinese character stand at i: 1, 2 for one of the extension
// planes, 0 for anything else (an emoji's pair of surrogates is no character to search for).
qsizetype hanAt(QStringView term, qsizetype i)
{
    if (term[i].isHighSurrogate() && i + 1 < term.size() && term[i + 1].isLowSurrogate())
        return isHan(QChar::surrogateToUcs4(term[i], term[i + 1])) ? 2 : 0;
    return !term[i].isSurrogate() && isHan(term[i]) ? 1 : 0;
}

} // namespace

QList<TermPiece> termPieces(QStringView term)
{
    QList<TermPiece> pieces;
    qsizetype i = 0;
    while (i < term.size()) {
        qsizetype j = i + 1;
        if (const qsizetype first = hanAt(term, i)) {
            j = i + first;
            for (qsizetype n; j < term.size() && (n = hanAt(term, j)) > 0;)
                j += n;
            pieces.append({TermPiece::Characters, term.sliced(i, j - i).toString()});
        } else if (isWordChar(term[i])) {
            while (j < term.size() && isWordChar(term[j]))
                ++j;
            pieces.append({TermPiece::Word, term.sliced(i, j - i).toString().toLower()});
        }
        i = j;
    }
    return pieces;
}

QString plainPinyin(const QString &toned)
{
    QString out = toned.normalized(QString::NormalizationForm_D);
    out.removeIf([](QChar c) { return c.category() == QChar::Mark_NonSpacing; });
    return out.toLower();
}

} // namespace fangzhi::text
