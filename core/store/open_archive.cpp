#include "archive_store.h"

#include "postgres/postgres_check.h"
#include "postgres/postgres_store.h"
#include "postgres/server_location.h"

#include <QFileInfo>

namespace fangzhi::store {

bool isServerLocation(const QString &location)
{
    return postgres::isServerUrl(location);
}

QString archiveName(const QString &location)
{
    QString error;
    if (!isServerLocation(location))
        return QFileInfo(location).fileName();
    const auto server = postgres::parseServerUrl(location, &error);
    return server ? server->display() : location;
}

std::unique_ptr<ArchiveStore> openArchive(const QString &location, QString *error, Opening opening,
                                          const QString &password)
{
    if (!isServerLocation(location))
        return openSqliteArchive(location, error, opening);
    QString why;
    const std::optional<postgres::ServerLocation> server = postgres::parseServerUrl(location, &why);
    if (!server) {
        if (error)
            *error = why;
        return nullptr;
    }
    return postgres::PostgresArchiveStore::open(*server, password, error);
}

ArchiveCheck checkArchive(const QString &location, const QString &password)
{
    if (!isServerLocation(location))
        return checkSqliteArchive(location);
    QString why;
    const std::optional<postgres::ServerLocation> server = postgres::parseServerUrl(location, &why);
    if (!server) {
        ArchiveCheck check;
        check.problems << why;
        return check;
    }
    return postgres::checkServerArchive(*server, password);
}

} // namespace fangzhi::store
