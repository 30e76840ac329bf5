#include "search_tokens.h"

#include "chars.h"

namespace fangzhi::text {
namespace {

bool isWordChar(QChar c)
{
    return (c >= u'a' && c <= u'z') || (c >= u'A' && c <= u'Z') || (c >= u'0' && c <= u'9');
}

} // namespace

QList<TermPiece> termPieces(QStringView term)
{
    QList<TermPiece> pieces;
    qsizetype i = 0;
    while (i < term.size()) {
        qsizetype j = i + 1;
        if (isHan(term[i])) {
            while (j < term.size() && isHan(term[j]))
                ++j;
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
