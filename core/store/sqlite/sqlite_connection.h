#pragma once

#include <QSqlDatabase>

#include <optional>

struct sqlite3;

namespace fangzhi::store {

enum class Access {
    Write,
    Read, // a read-only file, folder or disk: searched, browsed and exported, never written
};

// Opens an archive file on db, for reading and writing where it can be written, else for
// reading only, as far as a read-only file, folder or disk allows: sharing the write-ahead log
// with its writers where its files can be made beside it, else taking the file as unchanging
// (nothing can write to it there). Returns the access had, or nothing with the reason in words.
[[nodiscard]] std::optional<Access> openArchiveFile(QSqlDatabase &db, const QString &path, QString *why);

// The SQLite connection under an open QSQLITE database; null for any other driver.
[[nodiscard]] sqlite3 *sqliteHandle(const QSqlDatabase &db);

} // namespace fangzhi::store
