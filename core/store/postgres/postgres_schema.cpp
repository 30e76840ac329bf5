#include "postgres_schema.h"

#include "postgres_errors.h"
#include "store/schema_files.h"

#include <QSqlQuery>

#include <optional>

using namespace Qt::Literals::StringLiterals;

namespace fangzhi::store::postgres {
namespace {

const QString SchemaDir = u":/schema/postgres"_s;
constexpr qint64 MigrationLock = 0x66616e677a6869; // "fangzhi": what every migration waits on

// The archive's schema version: 0 for an empty database; nothing, with *error set, for one that
// holds other tables or cannot be read.
std::optional<int> schemaVersion(QSqlQuery &q, QString *error)
{
    if (!q.exec(u"SELECT to_regclass('fangzhi_schema') IS NOT NULL, "
                "(SELECT count(*) FROM pg_tables WHERE schemaname = current_schema())"_s) ||
        !q.next()) {
        *error = inWords(q.lastError());
        return std::nullopt;
    }
    const bool archive = q.value(0).toBool();
    const bool tables = q.value(1).toLongLong() > 0;
    if (!archive) {
        if (!tables)
            return 0;
        *error = u"the database holds other tables: it is not a Fangzhi archive, and has not been changed"_s;
        return std::nullopt;
    }
    if (!q.exec(u"SELECT version FROM fangzhi_schema"_s) || !q.next()) {
        *error = inWords(q.lastError());
        return std::nullopt;
    }
    return q.value(0).toInt();
}

} // namespace

int currentSchemaVersion()
{
    return newestSchemaVersion(SchemaDir);
}

bool migrate(QSqlDatabase &db, QString *error)
{
    QSqlQuery q(db);
    std::optional<int> version = schemaVersion(q, error);
    if (!version)
        return false;
    if (*version > currentSchemaVersion()) {
        *error = u"the archive was written by a newer Fangzhi (schema version %1; this version knows up to %2). "
                 "It has not been changed; open it with a newer Fangzhi."_s.arg(*version)
                     .arg(currentSchemaVersion());
        return false;
    }
    for (const SchemaFile &file : schemaFiles(SchemaDir)) {
        if (file.version <= *version)
            continue;
        // Under the lock, the version is read again: another program may have just migrated.
        const auto rollBack = [&](const QString &why) {
            *error = u"cannot bring the archive to schema version %1: %2"_s.arg(file.version).arg(why);
            q.exec(u"ROLLBACK"_s);
            return false;
        };
        if (!q.exec(u"BEGIN"_s) || !q.exec(u"SELECT pg_advisory_xact_lock(%1)"_s.arg(MigrationLock)))
            return rollBack(inWords(q.lastError()));
        QString why;
        version = schemaVersion(q, &why);
        if (!version)
            return rollBack(why);
        if (file.version <= *version) {
            q.exec(u"COMMIT"_s);
            continue;
        }
        for (const QString &sql : schemaStatements(file.path))
            if (!q.exec(sql))
                return rollBack(inWords(q.lastError()));
        q.prepare(u"UPDATE fangzhi_schema SET version = ?"_s);
        q.addBindValue(file.version);
        if (!q.exec() || !q.exec(u"COMMIT"_s))
            return rollBack(inWords(q.lastError()));
        version = file.version;
    }
    return true;
}

} // namespace fangzhi::store::postgres
