#pragma once

#include <QList>
#include <QString>

namespace fangzhi::text {

// A search term in the pieces the index knows: runs of Chinese characters and Latin words
// (lower case). Everything else in a term (punctuation, operators, quotes) is not searchable.
struct TermPiece
{
    enum Kind { Characters, Word } kind;
    QString text;
};
[[nodiscard]] QList<TermPiece> termPieces(QStringView term);

// Lower-case pinyin without tones: "dá zhōu shì" -> "da zhou shi".
[[nodiscard]] QString plainPinyin(const QString &toned);

} // namespace fangzhi::text
