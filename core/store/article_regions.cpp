#include "article_regions.h"

#include <QSqlQuery>
#include <QVariant>

using namespace Qt::Literals::StringLiterals;

namespace fangzhi::store {

std::optional<ArticleRegions> ArticleRegions::read(const QSqlDatabase &db)
{
    QSqlQuery q(db);
    q.setForwardOnly(true);
    if (!q.exec(u"SELECT id, coalesce(region, -1) FROM articles INDEXED BY articles_facets ORDER BY id"_s))
        return std::nullopt;
    ArticleRegions read;
    while (q.next()) {
        read.m_ids.push_back(q.value(0).toLongLong());
        read.m_regions.push_back(q.value(1).toInt());
    }
    return read;
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
