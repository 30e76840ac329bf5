#pragma once

#include "division.h"

#include <QStringList>

// How papers write the names of divisions and of their science and technology associations.
namespace fangzhi::geo {

// The forms a division's name takes in text, besides the full name:
// 凉山彝族自治州 -> 凉山州, 凉山; 马边彝族自治县 -> 马边县, 马边; 达州市 -> 达州; 广西壮族自治区 -> 广西.
struct NameForms
{
    QStringList suffixed; // short forms that keep the level word: 凉山州, 马边县
    QStringList bare;     // without it, only when two characters or more and not a common word
    QStringList wordLike; // bare forms that are everyday words: 日照, 朝阳
};
[[nodiscard]] NameForms nameForms(const QString &fullName, Level level);

// Short forms a rule makes from a long name: 新巴尔虎右旗 -> 新右旗, 科尔沁右翼中旗 -> 科右中旗.
// The forms no rule makes are in resources/gazetteer/abbreviations.tsv.
[[nodiscard]] QStringList ruleMadeShortForms(const QString &fullName);

// The short name used in association names and the tree: 达州, 凉山州, 马边县, 广西, 北京.
[[nodiscard]] QString commonShortName(const QString &fullName, Level level);

// 达州市科协, 凉山州科协, 四川省科协, 广西科协, 北京市科协, 中国科协.
[[nodiscard]] QString associationName(const QString &fullName, Level level);

// How people type a division's name in Latin letters: 达州市 "dá zhōu shì" gives full "dazhoushi",
// base "dazhou" (without the level word), initials "dzs" and base initials "dz".
struct PinyinKeys
{
    QString full, base, initials, baseInitials;
};
[[nodiscard]] PinyinKeys pinyinKeys(const Division &division);

// Characters that OCR takes for one another in place names, as (printed, misread) pairs:
// 荥 is read as 荣, so 荣经县 stands for 荥经县.
[[nodiscard]] const QList<std::pair<QChar, QChar>> &ocrLookAlikes();

// Words that are also the bare name of some division but mostly mean something else in text
// (朝阳 "morning sun", 城关 "town centre", 光明 "bright").
[[nodiscard]] bool isCommonWord(const QString &bare);

} // namespace fangzhi::geo
