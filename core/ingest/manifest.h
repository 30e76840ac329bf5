#pragma once

#include "store/archive_types.h"

#include <QHash>
#include <QString>

namespace fangzhi::ingest {

// What an archivist knows about a page file: from manifest.csv or manifest.json beside it,
// with the fields file, newspaper, date (YYYY-MM-DD, YYYY-MM or YYYY), page, edition.
struct ManifestEntry
{
    QString newspaper;
    store::PageDate date;
    QString page;
    QString edition;
};

class Manifest
{
public:
    // Reads the manifest of a folder, if it has one; problems go to *error.
    static Manifest forFolder(const QString &folder, QString *error = nullptr);

    [[nodiscard]] const ManifestEntry *entryFor(const QString &fileName) const;
    [[nodiscard]] bool isEmpty() const { return m_entries.isEmpty(); }

private:
    void add(const QString &file, const QString &newspaper, const QString &date, const QString &page,
             const QString &edition);
    QHash<QString, ManifestEntry> m_entries; // by file name
};

} // namespace fangzhi::ingest
