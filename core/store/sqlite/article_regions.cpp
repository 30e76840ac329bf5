#include "article_regions.h"

#include "sqlite_rows.h"

#include <algorithm>

using namespace Qt::Literals::StringLiterals;

namespace fangzhi::store {

std::optional<ArticleRegions> ArticleRegions::read(const QSqlDatabase &db)
{
    QString error;
    const auto rows = readIntegers(
        db,
        u"SELECT id, coalesce(region, -1) FROM articles INDEXED BY articles_facets ORDER BY id"_s,
        {}, &error);
    if (!rows)
        return std::nullopt;
    ArticleRegions read;
    read.m_ids.reserve(rows->size() / 2);
    read.m_regions.reserve(rows->size() / 2);
    for (size_t i = 0; i + 1 < rows->size(); i += 2) {
        read.m_ids.push_back((*rows)[i]);
        read.m_regions.push_back(int((*rows)[i + 1]));
    }
    return read;
}

std::optional<QHash<int, qint64>> ArticleRegions::count(const std::vector<qint64> &ids) const
{
    // Galloping from the last id found: a step or two apart when the matches are many, a few
    // halvings apart when they are few, never the whole list for a handful of matches.
    QHash<int, qint64> counts;
    auto at = m_ids.cbegin();
    for (const qint64 id : ids) {
        std::ptrdiff_t step = 1;
        while (step < m_ids.cend() - at && at[step] < id)
            step *= 2;
        at = std::lower_bound(at, at + std::min(step + 1, m_ids.cend() - at), id);
        if (at == m_ids.cend() || *at != id)
            return std::nullopt;
        ++counts[m_regions[size_t(at - m_ids.cbegin())]];
    }
    return counts;
}

} // namespace fangzhi::store
