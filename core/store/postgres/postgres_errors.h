#pragma once

#include <QSqlError>
#include <QString>

namespace fangzhi::store::postgres {

// What a PostgreSQL error means to someone using Fangzhi, in words, from its SQLSTATE: never
// the server's own text, which may quote SQL or name a password's user.
[[nodiscard]] QString inWords(const QSqlError &error);

} // namespace fangzhi::store::postgres
