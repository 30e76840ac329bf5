#pragma once

#include <QString>

namespace fangzhi::store {

// What checking an archive counts from the rows, on either database: the articles of each
// association, section and newspaper, as (field, value, count).
inline QString fieldCountsSql()
{
    return QStringLiteral("SELECT 'association', association, count(*) FROM articles "
                          "WHERE association IS NOT NULL GROUP BY 2 "
                          "UNION ALL SELECT 'section', section, count(*) FROM articles "
                          "WHERE section IS NOT NULL GROUP BY 2 "
                          "UNION ALL SELECT 'newspaper', newspaper, count(*) FROM articles "
                          "WHERE newspaper IS NOT NULL GROUP BY 2");
}

} // namespace fangzhi::store
