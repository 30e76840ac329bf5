#include "postgres_errors.h"

using namespace Qt::Literals::StringLiterals;

namespace fangzhi::store::postgres {

QString inWords(const QSqlError &error)
{
    const QString state = error.nativeErrorCode();
    const QStringView kind = QStringView(state).left(2);
    if (state.isEmpty() || kind == u"08") // no answer at all, or the connection's own class
        return u"the archive's server could not be reached, or the connection was lost"_s;
    if (kind == u"28")
        return u"the server refused the user name or password"_s;
    if (state == u"3D000")
        return u"there is no such database on the server"_s;
    if (state == u"42501" || state == u"25006")
        return u"this user may read the archive but not change it"_s;
    if (state == u"53100")
        return u"the server's disk is full"_s;
    if (state == u"53200")
        return u"the server has not enough memory"_s;
    if (kind == u"57")
        return u"the server is shutting down or restarting; try again in a moment"_s;
    if (kind == u"40")
        return u"another user was changing the same pages at the same moment; try again"_s;
    if (kind == u"23")
        return u"the archive refused the data, which is a fault in Fangzhi: please report it"_s;
    if (kind == u"XX")
        return u"the archive on the server is damaged"_s;
    return u"the archive's server could not do it (PostgreSQL error %1)"_s.arg(state);
}

QString connectionInWords(const QSqlError &error)
{
    if (!error.nativeErrorCode().isEmpty())
        return inWords(error);
    const QString said = error.databaseText() + u' ' + error.driverText();
    if (said.contains(u"database \""_s) && said.contains(u"does not exist"_s))
        return u"there is no such database on the server"_s;
    if (said.contains(u"role \""_s) && said.contains(u"does not exist"_s))
        return u"the server knows no such user"_s;
    if (said.contains(u"password authentication failed"_s) || said.contains(u"no password supplied"_s))
        return u"the server refused the user name or password"_s;
    if (said.contains(u"SSL"_s, Qt::CaseInsensitive))
        return u"the connection could not be secured as asked (sslmode)"_s;
    if (said.contains(u"the database system is"_s)) // starting up, shutting down, in recovery
        return u"the server is shutting down or restarting; try again in a moment"_s;
    return u"the archive's server could not be reached (is the address right, and the server running?)"_s;
}

} // namespace fangzhi::store::postgres
