#pragma once

#include <QString>

class QSqlError;

namespace fangzhi::store {

// What went wrong in the archive, said in words a user can act on ("the disk is full", "the
// archive file is damaged"), never the database's own message.
[[nodiscard]] QString inWords(const QSqlError &error);
// The same for one of SQLite's result codes (sqlite3_errcode()).
[[nodiscard]] QString inWords(int resultCode);

} // namespace fangzhi::store
