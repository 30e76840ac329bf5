#pragma once

#include <QList>
#include <QString>
#include <QStringList>

namespace fangzhi::store {

// A database's schema as versioned files (resources/schema/<database>/NNN_what.sql, compiled in
// under :/schema/<database>): each brings the archive to the version its name starts with.
struct SchemaFile
{
    int version = 0;
    QString path;
};

// The files of a folder, in order.
[[nodiscard]] QList<SchemaFile> schemaFiles(const QString &folder);
// The newest version they bring an archive to; 0 when there are none.
[[nodiscard]] int newestSchemaVersion(const QString &folder);
// A file's statements: each ends with a line holding ";" alone (bodies of functions and
// triggers keep theirs); lines starting with "--" are left out.
[[nodiscard]] QStringList schemaStatements(const QString &path);

} // namespace fangzhi::store
