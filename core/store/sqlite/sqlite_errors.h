#pragma once

#include <QString>

class QSqlError;

namespace fangzhi::store {

// What went wrong in the archive, said in words a user can act on ("the disk is full", "the
// archive file is damaged"), never the database's own message.
[[nodiscard]] QString inWords(const QSqlError &error);

} // namespace fangzhi::store
