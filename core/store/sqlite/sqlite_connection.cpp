#include "sqlite_connection.h"

#include "sqlite_errors.h"

#include <QFileInfo>
#include <QSqlDriver>
#include <QSqlError>
#include <QSqlQuery>
#include <QUrl>

#include <sqlite3.h>

using namespace Qt::Literals::StringLiterals;

namespace fangzhi::store {
namespace {

constexpr int CantOpen = 14, ReadOnly = 8; // SQLite's primary result codes

int primaryCode(const QSqlError &error)
{
    return error.nativeErrorCode().toInt() & 0xff;
}

} // namespace

sqlite3 *sqliteHandle(const QSqlDatabase &db)
{
    const QVariant handle = db.driver() ? db.driver()->handle() : QVariant();
    if (!handle.isValid() || qstrcmp(handle.typeName(), "sqlite3*") != 0)
        return nullptr;
    return *static_cast<sqlite3 *const *>(handle.data());
}

std::optional<Access> openArchiveFile(QSqlDatabase &db, const QString &path, QString *why)
{
    const QString busy = u"QSQLITE_BUSY_TIMEOUT=10000"_s;
    // As the file allows, most first: an existing file that cannot be opened or read as it is
    // may still be read without writing, or, where not even the log's files can be made (a
    // read-only folder or disk), as a file nothing changes.
    const QList<std::pair<QString, QString>> ways{
        {path, busy},
        {path, busy + u";QSQLITE_OPEN_READONLY"_s},
        {QUrl::fromLocalFile(path).toString(QUrl::FullyEncoded) + u"?immutable=1"_s,
         busy + u";QSQLITE_OPEN_READONLY;QSQLITE_OPEN_URI"_s},
    };
    const bool exists = QFileInfo::exists(path);
    QSqlError error;
    for (const auto &[name, options] : ways) {
        db.close();
        db.setDatabaseName(name);
        db.setConnectOptions(options);
        if (db.open()) {
            QSqlQuery q(db);
            if (q.exec(u"SELECT count(*) FROM sqlite_master"_s) && q.next()) {
                q.finish();
                sqlite3 *handle = sqliteHandle(db);
                return handle && sqlite3_db_readonly(handle, "main") == 1 ? Access::Read : Access::Write;
            }
            error = q.lastError();
        } else {
            error = db.lastError();
        }
        const int code = primaryCode(error);
        if (!exists || (code != CantOpen && code != ReadOnly))
            break;
    }
    db.close();
    *why = inWords(error);
    return std::nullopt;
}

} // namespace fangzhi::store
