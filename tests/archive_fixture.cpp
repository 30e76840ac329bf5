#include "archive_fixture.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>

using namespace Qt::Literals::StringLiterals;

namespace fangzhi::test {

SeededArchive::SeededArchive()
{
    path = dir.filePath(u"archive.fangzhi"_s);
    QString error;
    archive = store::openSqliteArchive(path, &error);
    if (!archive)
        qFatal("cannot create an archive: %s", qPrintable(error));
    report = ingest::importPages(*archive, {QStringLiteral(FANGZHI_SEEDS_DIR)});
}

PlainConnection::PlainConnection(const QString &path)
{
    static int serial = 0;
    m_name = u"plain-%1"_s.arg(++serial);
    m_db = QSqlDatabase::addDatabase(u"QSQLITE"_s, m_name);
    m_db.setDatabaseName(path);
    m_db.open();
}

PlainConnection::~PlainConnection()
{
    m_db.close();
    m_db = QSqlDatabase();
    QSqlDatabase::removeDatabase(m_name);
}

void writeFile(const QString &path, const QByteArray &bytes)
{
    QDir().mkpath(QFileInfo(path).absolutePath());
    QFile f(path);
    if (!f.open(QIODevice::WriteOnly | QIODevice::Truncate) || f.write(bytes) != bytes.size())
        qFatal("cannot write %s", qPrintable(path));
}

QByteArray readFile(const QString &path)
{
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly))
        qFatal("cannot read %s", qPrintable(path));
    return f.readAll();
}

QString seedPath(const char *name)
{
    return QStringLiteral(FANGZHI_SEEDS_DIR) + u'/' + QString::fromLatin1(name);
}

} // namespace fangzhi::test
