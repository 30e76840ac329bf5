#pragma once

#include <QSqlDatabase>
#include <QString>

#include <optional>

namespace fangzhi::store::postgres {

// Where a shared archive lives: postgresql://user@host:port/database?sslmode=… as libpq reads
// it (postgres:// too; a host that is a folder, percent-encoded, is a Unix socket's). The
// password is never part of it: it comes from the keychain, PGPASSWORD or ~/.pgpass, so that it
// appears in no command line, setting, log or message.
struct ServerLocation
{
    QString host; // empty: libpq's default socket
    int port = 5432;
    QString database;
    QString user;
    QString sslMode; // disable, allow, prefer, require, verify-ca, verify-full; empty: libpq's default

    // For titles, lists and messages: "fangzhi@archive.example:5432/archive".
    [[nodiscard]] QString display() const;
};

// Whether text names a server rather than an archive file.
[[nodiscard]] bool isServerUrl(const QString &text);

// The location a URL names, or nothing with the reason in words (a password in it, an unknown
// sslmode, no database).
[[nodiscard]] std::optional<ServerLocation> parseServerUrl(const QString &url, QString *error);

// Opens db (a QPSQL connection) to the location; false with the reason in words.
[[nodiscard]] bool openServer(QSqlDatabase &db, const ServerLocation &location, const QString &password,
                              QString *error);

} // namespace fangzhi::store::postgres
