#include "server_location.h"

#include "postgres_errors.h"

#include <QUrl>
#include <QUrlQuery>

using namespace Qt::Literals::StringLiterals;

namespace fangzhi::store::postgres {

QString ServerLocation::display() const
{
    const QString where = host.isEmpty() ? u"localhost"_s : host;
    return u"%1%2:%3/%4"_s.arg(user.isEmpty() ? QString() : user + u'@', where).arg(port).arg(database);
}

bool isServerUrl(const QString &text)
{
    return text.startsWith(u"postgresql://"_s) || text.startsWith(u"postgres://"_s);
}

std::optional<ServerLocation> parseServerUrl(const QString &text, QString *error)
{
    const auto refuse = [&](const QString &why) {
        *error = why;
        return std::nullopt;
    };
    if (!isServerUrl(text))
        return refuse(u"a shared archive is named postgresql://user@host:port/database"_s);
    // Read by hand: QUrl refuses a host that is a socket's folder, percent-encoded.
    const QString rest = text.section(u"://"_s, 1);
    const QString beforeQuery = rest.section(u'?', 0, 0);
    const QString authority = beforeQuery.section(u'/', 0, 0);
    const QString path = beforeQuery.section(u'/', 1);
    const qsizetype at = authority.lastIndexOf(u'@');
    const QString userInfo = at < 0 ? QString() : authority.left(at);
    QString hostPort = authority.mid(at + 1);
    const auto decoded = [](const QString &s) { return QUrl::fromPercentEncoding(s.toUtf8()); };
    if (userInfo.contains(u':'))
        return refuse(u"the address holds a password, which would show in lists of running programs: leave it "
                      "out, and give it when asked, or in PGPASSWORD or ~/.pgpass"_s);
    ServerLocation location;
    location.user = decoded(userInfo);
    QString portText;
    if (hostPort.startsWith(u'[')) { // [IPv6]:port
        const qsizetype close = hostPort.indexOf(u']');
        if (close < 0)
            return refuse(u"not a server address: postgresql://user@host:port/database"_s);
        location.host = hostPort.mid(1, close - 1);
        portText = hostPort.mid(close + 1).section(u':', 1);
    } else {
        location.host = decoded(hostPort.section(u':', 0, 0));
        portText = hostPort.section(u':', 1);
    }
    if (!portText.isEmpty()) {
        bool ok = false;
        location.port = portText.toInt(&ok);
        if (!ok || location.port < 1 || location.port > 65535)
            return refuse(u"the port is a number from 1 to 65535, not \"%1\""_s.arg(portText));
    }
    location.database = decoded(path);
    const QUrlQuery query(rest.section(u'?', 1));
    for (const auto &[key, value] : query.queryItems(QUrl::FullyDecoded)) {
        if (key != u"sslmode")
            return refuse(u"\"%1\" is not understood in a server address; only sslmode is"_s.arg(key));
        static const QStringList modes{u"disable"_s, u"allow"_s, u"prefer"_s, u"require"_s, u"verify-ca"_s,
                                       u"verify-full"_s};
        if (!modes.contains(value))
            return refuse(u"sslmode is one of %1"_s.arg(modes.join(u", "_s)));
        location.sslMode = value;
    }
    if (location.database.isEmpty() || location.database.contains(u'/'))
        return refuse(u"the address names no database: postgresql://user@host:port/database"_s);
    return location;
}

bool openServer(QSqlDatabase &db, const ServerLocation &location, const QString &password, QString *error)
{
    db.setHostName(location.host);
    db.setPort(location.port);
    db.setDatabaseName(location.database);
    db.setUserName(location.user);
    db.setPassword(password);
    QStringList options{u"connect_timeout=10"_s, u"application_name=fangzhi"_s};
    if (!location.sslMode.isEmpty())
        options << u"sslmode="_s + location.sslMode;
    db.setConnectOptions(options.join(u';'));
    if (db.open())
        return true;
    *error = u"%1: %2"_s.arg(location.display(), connectionInWords(db.lastError()));
    return false;
}

} // namespace fangzhi::store::postgres
