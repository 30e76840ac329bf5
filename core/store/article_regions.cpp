#include "article_regions.h"

namespace fangzhi::store {

void ArticleRegions::assign(std::vector<qint64> ids, std::vector<int> regions)
{
    m_ids = std::move(ids);
    m_regions = std::move(regions);
}

std::optional<QHash<int, qint64>> ArticleRegions::count(const std::vector<qint64> &ids) const
{
    QHash<int, qint64> counts;
    size_t at = 0;
    for (const qint64 id : ids) {
        while (at < m_ids.size() && m_ids[at] < id)
            ++at;
        if (at == m_ids.size() || m_ids[at] != id)
            return std::nullopt;
        ++counts[m_regions[at]];
    }
    return counts;
}

} // namespace fangzhi::store
