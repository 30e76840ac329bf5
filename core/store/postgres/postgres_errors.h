#pragma once

#include <QSqlError>
#include <QString>

namespace fangzhi::store::postgres {

// What a PostgreSQL error means to someone using Fangzhi, in words, from its SQLSTATE: never
// the server's own text, which may quote SQL or name a password's user.
[[nodiscard]] QString inWords(const QSqlError &error);

// The same for a connection that could not be made: libpq gives no SQLSTATE then, only its
// message, which is read for what it says (the message itself is never shown).
[[nodiscard]] QString connectionInWords(const QSqlError &error);

} // namespace fangzhi::store::postgres
