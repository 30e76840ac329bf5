#pragma once

#include <QSqlDatabase>
#include <QString>
#include <QProcess>
#include <QTemporaryDir>

#include <memory>

namespace fangzhi::test {

// A throw-away PostgreSQL server for tests, started by the test itself: a cluster made with
// initdb in a temporary folder, its server run as this program's child on a Unix socket in that
// folder (no TCP port is opened), stopped and removed with the object, and killed with the
// program however it ends. PostgreSQL refuses to run as root: as root,
// the server runs as the postgres user of the Debian packages.
class PostgresServer
{
public:
    PostgresServer(); // starts it; ok() says whether it runs, error() why not
    ~PostgresServer();
    PostgresServer(const PostgresServer &) = delete;
    PostgresServer &operator=(const PostgresServer &) = delete;

    [[nodiscard]] bool ok() const { return m_running; }
    [[nodiscard]] QString error() const { return m_error; }
    [[nodiscard]] QString socketDir() const { return m_dir.path(); }
    [[nodiscard]] int port() const { return m_port; }
    // The superuser the cluster was made with (trust authentication on its socket).
    [[nodiscard]] static QString superuser() { return QStringLiteral("fangzhi_admin"); }
    // A QPSQL connection to one of its databases, open when it could be opened.
    // A new empty database, and the location Fangzhi opens it by (postgresql://…).
    [[nodiscard]] QString newArchive(const QString &database) const;
    [[nodiscard]] QString url(const QString &database, const QString &user = superuser()) const;
    // Stops the server at once, as when its machine goes down (every connection is cut), and
    // starts it again; whether it runs.
    bool restart();
    [[nodiscard]] QSqlDatabase connect(const QString &connectionName, const QString &database = QStringLiteral("postgres"),
                                       const QString &user = superuser()) const;

private:
    bool start();
    void stop();
    bool run(const QString &tool, const QStringList &args, int timeoutMs = 60000);

    QTemporaryDir m_dir;
    std::unique_ptr<QProcess> m_server;
    QString m_bin;
    int m_port = 0;
    bool m_running = false;
    QString m_error;
};

} // namespace fangzhi::test
