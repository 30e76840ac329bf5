#pragma once

#include <QString>
#include <QStringList>

namespace fangzhi::text {

// Text as the full-text index sees it. Chinese has no spaces between words and ICU's word
// breaks split place names into single characters, so Han text is indexed as single
// characters (for one-character queries) and as overlapping pairs (for everything longer: a
// query of n characters is the phrase of its n-1 pairs). Latin letters and digits are
// indexed as lower-case words.
struct SearchTokens
{
    QString unigrams; // "达 州 市 科 协 stem 2021"
    QString bigrams;  // "达州 州市 市科 科协"
};

[[nodiscard]] SearchTokens searchTokens(QStringView text);

// A query term in the same shapes: the pieces of a term that must all match.
struct TermPiece
{
    enum Kind { Character, Characters, Word } kind;
    QString tokens; // "达"; "达州 州市" (a phrase of pairs); "stem"
};
[[nodiscard]] QList<TermPiece> termPieces(QStringView term);

// Lower-case pinyin without tones: "dá zhōu shì" -> "da zhou shi".
[[nodiscard]] QString plainPinyin(const QString &toned);

} // namespace fangzhi::text
