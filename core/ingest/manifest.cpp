#include "manifest.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

using namespace Qt::Literals::StringLiterals;

namespace fangzhi::ingest {
namespace {

store::PageDate parseDate(const QString &text)
{
    const QString t = text.trimmed();
    store::PageDate d;
    d.source = u"manifest"_s;
    if (QDate day = QDate::fromString(t, u"yyyy-MM-dd"_s); day.isValid()) {
        d.date = day;
        d.precision = u"day"_s;
    } else if (QDate month = QDate::fromString(t + u"-01"_s, u"yyyy-MM-dd"_s); month.isValid()) {
        d.date = month;
        d.precision = u"month"_s;
    } else if (QDate year = QDate::fromString(t + u"-01-01"_s, u"yyyy-MM-dd"_s); year.isValid()) {
        d.date = year;
        d.precision = u"year"_s;
    }
    return d;
}

// Splits one CSV line, honouring double quotes.
QStringList csvFields(const QString &line)
{
    QStringList fields;
    QString field;
    bool quoted = false;
    for (qsizetype i = 0; i < line.size(); ++i) {
        const QChar c = line[i];
        if (quoted) {
            if (c == u'"' && i + 1 < line.size() && line[i + 1] == u'"') {
                field += u'"';
                ++i;
            } else if (c == u'"') {
                quoted = false;
            } else {
                field += c;
            }
        } else if (c == u'"') {
            quoted = true;
        } else if (c == u',') {
            fields.append(field.trimmed());
            field.clear();
        } else {
            field += c;
        }
    }
    fields.append(field.trimmed());
    return fields;
}

} // namespace

void Manifest::add(const QString &file, const QString &newspaper, const QString &date, const QString &page,
                   const QString &edition)
{
    if (file.isEmpty())
        return;
    m_entries.insert(QFileInfo(file).fileName(), {newspaper, parseDate(date), page, edition});
}

Manifest Manifest::forFolder(const QString &folder, QString *error)
{
    Manifest m;
    const QDir dir(folder);
    if (QFile csv(dir.filePath(u"manifest.csv"_s)); csv.open(QIODevice::ReadOnly)) {
        const QStringList lines = QString::fromUtf8(csv.readAll()).remove(QChar(0xFEFF)).split(u'\n');
        const QStringList header = csvFields(lines.value(0).trimmed());
        const auto column = [&](const QString &name) { return header.indexOf(name); };
        if (column(u"file"_s) < 0 && error)
            *error = u"%1: no \"file\" column"_s.arg(csv.fileName());
        for (qsizetype i = 1; i < lines.size(); ++i) {
            const QStringList f = csvFields(lines[i].trimmed());
            const auto value = [&](const QString &name) { return f.value(column(name)); };
            m.add(value(u"file"_s), value(u"newspaper"_s), value(u"date"_s), value(u"page"_s), value(u"edition"_s));
        }
    } else if (QFile json(dir.filePath(u"manifest.json"_s)); json.open(QIODevice::ReadOnly)) {
        QJsonParseError parseError;
        const QJsonDocument doc = QJsonDocument::fromJson(json.readAll(), &parseError);
        if (parseError.error != QJsonParseError::NoError && error)
            *error = u"%1: %2"_s.arg(json.fileName(), parseError.errorString());
        const QJsonArray entries = doc.isArray() ? doc.array() : doc.object()[u"pages"_s].toArray();
        for (const auto &v : entries) {
            const QJsonObject o = v.toObject();
            m.add(o[u"file"_s].toString(), o[u"newspaper"_s].toString(), o[u"date"_s].toString(),
                  o[u"page"_s].toVariant().toString(), o[u"edition"_s].toString());
        }
    }
    return m;
}

const ManifestEntry *Manifest::entryFor(const QString &fileName) const
{
    const auto it = m_entries.constFind(QFileInfo(fileName).fileName());
    return it == m_entries.cend() ? nullptr : &*it;
}

} // namespace fangzhi::ingest
