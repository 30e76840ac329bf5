#pragma once

#include <QSqlDatabase>
#include <QVariantList>

#include <optional>
#include <vector>

namespace fangzhi::store {

// The integer columns of every row a query yields, row after row, read through the connection's
// own SQLite handle rather than QSqlQuery, which makes a QVariant of every value: for the 810,000
// matches of 科技 in a million articles that was most of the time a tree count took. Values are
// bound in order (text, integers, null). Nothing, with the reason in error, if the query fails.
[[nodiscard]] std::optional<std::vector<qint64>> readIntegers(const QSqlDatabase &db,
                                                              const QString &sql,
                                                              const QVariantList &values,
                                                              QString *error);

} // namespace fangzhi::store
