#include "sqlite_rows.h"
#include "sqlite_errors.h"

#include <QSqlDriver>

#include <sqlite3.h>

using namespace Qt::Literals::StringLiterals;

namespace fangzhi::store {

std::optional<std::vector<qint64>> readIntegers(const QSqlDatabase &db, const QString &sql,
                                                const QVariantList &values, QString *error)
{
    const QVariant handle = db.driver()->handle();
    sqlite3 *connection = handle.isValid() && qstrcmp(handle.typeName(), "sqlite3*") == 0
                              ? *static_cast<sqlite3 *const *>(handle.data())
                              : nullptr;
    if (!connection) {
        *error = u"not an open SQLite archive"_s;
        return std::nullopt;
    }
    sqlite3_stmt *stmt = nullptr;
    const QByteArray text = sql.toUtf8();
    int rc = sqlite3_prepare_v2(connection, text.constData(), int(text.size()), &stmt, nullptr);
    for (int i = 0; rc == SQLITE_OK && i < values.size(); ++i) {
        const QVariant &v = values[i];
        if (v.isNull())
            rc = sqlite3_bind_null(stmt, i + 1);
        else if (v.typeId() == QMetaType::QString) {
            const QByteArray utf8 = v.toString().toUtf8();
            rc = sqlite3_bind_text(stmt, i + 1, utf8.constData(), int(utf8.size()),
                                   SQLITE_TRANSIENT);
        } else
            rc = sqlite3_bind_int64(stmt, i + 1, v.toLongLong());
    }
    std::vector<qint64> read;
    const int columns = stmt ? sqlite3_column_count(stmt) : 0;
    while (rc == SQLITE_OK && (rc = sqlite3_step(stmt)) == SQLITE_ROW) {
        for (int c = 0; c < columns; ++c)
            read.push_back(sqlite3_column_int64(stmt, c));
        rc = SQLITE_OK;
    }
    if (rc != SQLITE_DONE)
        *error = inWords(sqlite3_errcode(connection));
    sqlite3_finalize(stmt);
    if (rc != SQLITE_DONE)
        return std::nullopt;
    return read;
}

} // namespace fangzhi::store
