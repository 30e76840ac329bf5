#include "schema_files.h"

#include <QDir>
#include <QFile>

using namespace Qt::Literals::StringLiterals;

namespace fangzhi::store {

QList<SchemaFile> schemaFiles(const QString &folder)
{
    QList<SchemaFile> files;
    for (const QString &name : QDir(folder).entryList({u"*.sql"_s}, QDir::Files, QDir::Name))
        files.append({name.section(u'_', 0, 0).toInt(), folder + u'/' + name});
    return files;
}

int newestSchemaVersion(const QString &folder)
{
    const QList<SchemaFile> files = schemaFiles(folder);
    return files.isEmpty() ? 0 : files.last().version;
}

QStringList schemaStatements(const QString &path)
{
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly))
        return {};
    QStringList out;
    QString current;
    for (const QString &line : QString::fromUtf8(f.readAll()).split(u'\n')) {
        if (line.trimmed() == u";") {
            out.append(current);
            current.clear();
        } else if (!line.trimmed().startsWith(u"--")) {
            current += line + u'\n';
        }
    }
    if (!current.trimmed().isEmpty())
        out.append(current);
    return out;
}

} // namespace fangzhi::store
