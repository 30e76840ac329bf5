#include "postgres_server.h"

#include <QDir>
#include <QFile>
#include <QProcess>
#include <QRandomGenerator>
#include <QSqlError>
#include <QSqlQuery>
#include <QThread>
#include <QUrl>
#include <QVersionNumber>

#include <pwd.h>
#include <signal.h>
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
    m_running = start();
}

PostgresServer::~PostgresServer()
{
    stop();
}

// The server runs as this program's child, with a parent-death signal: however the test ends,
// killed outright included, the server goes with it (pg_ctl would leave it running, detached).
bool PostgresServer::start()
{
    const QString data = m_dir.filePath(u"data"_s);
    QStringList args{u"--pdeathsig"_s, u"KILL"_s};
    if (::geteuid() == 0)
        args << u"--reuid=postgres"_s << u"--regid=postgres"_s << u"--init-groups"_s;
    args << u"--"_s << m_bin + u"/postgres"_s << u"-D"_s << data << u"-c"_s << u"listen_addresses="_s << u"-k"_s
         << m_dir.path() << u"-p"_s << QString::number(m_port) << u"-c"_s << u"fsync=off"_s;
    m_server = std::make_unique<QProcess>();
    m_server->setProcessChannelMode(QProcess::MergedChannels);
    m_server->setStandardOutputFile(m_dir.filePath(u"server.log"_s), QIODevice::Append);
    m_server->start(u"setpriv"_s, args);
    if (!m_server->waitForStarted(10000)) {
        m_error = u"the server could not be started: "_s + m_server->errorString();
        return false;
    }
    // Ready when it answers on its socket.
    for (int tries = 0; tries < 600; ++tries) {
        if (run(u"pg_isready"_s, {u"-q"_s, u"-h"_s, m_dir.path(), u"-p"_s, QString::number(m_port)}, 10000)) {
            m_error.clear();
            return true;
        }
        if (m_server->state() == QProcess::NotRunning)
            break;
        QThread::msleep(100);
    }
    QFile log(m_dir.filePath(u"server.log"_s));
    m_error = u"the server did not start: "_s +
              (log.open(QIODevice::ReadOnly) ? QString::fromLocal8Bit(log.readAll()) : QString());
    stop();
    return false;
}

void PostgresServer::stop()
{
    if (!m_server)
        return;
    // Immediate shutdown: every connection ends at once, as when a server machine goes down.
    ::kill(pid_t(m_server->processId()), SIGQUIT);
    if (!m_server->waitForFinished(30000))
        m_server->kill();
    m_server->waitForFinished(5000);
    m_server.reset();
    m_running = false;
}

bool PostgresServer::restart()
{
    stop();
    m_running = start();
    return m_running;
}

QString PostgresServer::newArchive(const QString &database) const
{
    const QString connection = u"new-archive-"_s + database;
    {
        QSqlDatabase db = connect(connection);
        QSqlQuery q(db);
        if (!q.exec(u"CREATE DATABASE "_s + database))
            qFatal("cannot create database %s: %s", qPrintable(database), qPrintable(q.lastError().text()));
    }
    QSqlDatabase::removeDatabase(connection);
    return url(database);
}

QString PostgresServer::url(const QString &database, const QString &user) const
{
    return u"postgresql://"_s + user + u'@' + QString::fromUtf8(QUrl::toPercentEncoding(m_dir.path())) + u':' +
           QString::number(m_port) + u'/' + database;
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
