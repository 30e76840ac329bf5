#include "postgres_server.h"

#include <QDir>
#include <QFile>
#include <QProcess>
#include <QRandomGenerator>
#include <QVersionNumber>

#include <pwd.h>
#include <unistd.h>

using namespace Qt::Literals::StringLiterals;

namespace fangzhi::test {
namespace {

// The newest server the Debian packages installed: /usr/lib/postgresql/15/bin.
QString serverBinaries()
{
    const QDir root(u"/usr/lib/postgresql"_s);
    QString best;
    for (const QString &version : root.entryList(QDir::Dirs | QDir::NoDotAndDotDot))
        if (QFile::exists(root.filePath(version + u"/bin/pg_ctl"_s)) &&
            (best.isEmpty() || QVersionNumber::fromString(version) > QVersionNumber::fromString(best)))
            best = version;
    return best.isEmpty() ? QString() : root.filePath(best + u"/bin"_s);
}

} // namespace

PostgresServer::PostgresServer() : m_bin(serverBinaries())
{
    if (m_bin.isEmpty()) {
        m_error = u"no PostgreSQL server is installed (scripts/install-deps.sh installs postgresql-15)"_s;
        return;
    }
    if (!m_dir.isValid()) {
        m_error = u"no temporary folder for the cluster"_s;
        return;
    }
    if (::geteuid() == 0) { // the cluster's folder belongs to the user who runs the server
        const passwd *postgres = ::getpwnam("postgres");
        if (!postgres || ::chown(QFile::encodeName(m_dir.path()).constData(), postgres->pw_uid, postgres->pw_gid) != 0) {
            m_error = u"running as root, and there is no postgres user to run the server as"_s;
            return;
        }
    }
    m_port = 20000 + int(QRandomGenerator::global()->bounded(20000)); // names the socket only
    const QString data = m_dir.filePath(u"data"_s);
    if (!run(u"initdb"_s, {u"-D"_s, data, u"-U"_s, superuser(), u"-A"_s, u"trust"_s, u"-E"_s, u"UTF8"_s,
                           u"--locale=C.UTF-8"_s, u"--no-sync"_s}))
        return;
    const QString options = u"-c listen_addresses='' -k %1 -p %2 -c fsync=off"_s.arg(m_dir.path()).arg(m_port);
    if (!run(u"pg_ctl"_s, {u"-D"_s, data, u"-o"_s, options, u"-l"_s, m_dir.filePath(u"server.log"_s), u"-w"_s,
                           u"start"_s}))
        return;
    m_running = true;
}

PostgresServer::~PostgresServer()
{
    if (m_running)
        run(u"pg_ctl"_s, {u"-D"_s, m_dir.filePath(u"data"_s), u"-m"_s, u"immediate"_s, u"-w"_s, u"stop"_s});
}

bool PostgresServer::run(const QString &tool, const QStringList &args, int timeoutMs)
{
    QProcess p;
    const QString program = m_bin + u'/' + tool;
    if (::geteuid() == 0)
        p.start(u"setpriv"_s,
                QStringList{u"--reuid=postgres"_s, u"--regid=postgres"_s, u"--init-groups"_s, u"--"_s, program} + args);
    else
        p.start(program, args);
    if (p.waitForFinished(timeoutMs) && p.exitStatus() == QProcess::NormalExit && p.exitCode() == 0)
        return true;
    QFile log(m_dir.filePath(u"server.log"_s));
    m_error = u"%1 failed: %2%3"_s.arg(tool, QString::fromLocal8Bit(p.readAllStandardError()),
                                       log.open(QIODevice::ReadOnly) ? QString::fromLocal8Bit(log.readAll()) : QString());
    return false;
}

QSqlDatabase PostgresServer::connect(const QString &connectionName, const QString &database, const QString &user) const
{
    QSqlDatabase db = QSqlDatabase::addDatabase(u"QPSQL"_s, connectionName);
    db.setHostName(m_dir.path()); // a folder: libpq takes it as the socket's
    db.setPort(m_port);
    db.setDatabaseName(database);
    db.setUserName(user);
    db.open();
    return db;
}

} // namespace fangzhi::test
