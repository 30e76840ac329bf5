#pragma once

#include <QList>
#include <QString>

namespace fangzhi::geo {

enum class Level { Nation = 0, Province = 1, Prefecture = 2, County = 3 };

// One division of the People's Republic of China, as in GB/T 2260.
struct Division
{
    int code = 0;        // 511700
    int parent = 0;      // 510000; 0 for provinces (and the nation)
    Level level = Level::County;
    QString name;        // 达州市
    QString pinyin;      // "dá zhōu shì": toned syllables of the full name
    QString shortName;   // 达州, 凉山州, 马边县, 广西: how papers commonly write it
    QString association; // 达州市科协
    int from = 0;        // first year under this code and name since 1981 (1981: already then)
    int until = 0;       // the year it ended, for a division no longer in use; 0 while in use
    QList<int> successors; // where a retired division went: 滦县 (130223) -> 滦州市 (130284)

    [[nodiscard]] bool inUse() const { return until == 0; }
};

// The whole country: the parent of provinces in the region tree and the division of 中国科协.
inline constexpr int NationCode = 0;

[[nodiscard]] inline QString codeText(int code)
{
    return QString::number(code).rightJustified(6, u'0');
}

} // namespace fangzhi::geo
