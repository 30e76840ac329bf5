#pragma once

#include <QSqlDatabase>
#include <QString>

namespace fangzhi::store::postgres {

// The schema version this program writes to a PostgreSQL archive (resources/schema/postgres).
[[nodiscard]] int currentSchemaVersion();

// Brings the archive in db's database forward to currentSchemaVersion(), one schema file at a
// time, each in a transaction of its own under an advisory lock: programs opening an old
// archive at the same moment migrate it once. An archive at the current version is not locked
// at all. A database holding other tables, or an archive from a newer Fangzhi, is refused and
// left untouched. False with the reason in words in *error.
[[nodiscard]] bool migrate(QSqlDatabase &db, QString *error);

} // namespace fangzhi::store::postgres
