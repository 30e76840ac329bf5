#include "region_counts.h"

namespace fangzhi::geo {

QHash<int, qint64> rollUp(const Gazetteer &gazetteer, const QHash<int, qint64> &own)
{
    QHash<int, qint64> total;
    for (auto it = own.cbegin(); it != own.cend(); ++it) {
        const QList<int> path = gazetteer.pathCodes(it.key());
        if (path.isEmpty()) {
            total[it.key()] += it.value();
            continue;
        }
        for (const int code : path)
            total[code] += it.value();
    }
    return total;
}

} // namespace fangzhi::geo
