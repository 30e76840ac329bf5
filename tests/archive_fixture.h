#pragma once

#include "ingest/importer.h"
#include "store/archive_store.h"

#include <QSqlDatabase>
#include <QTemporaryDir>

namespace fangzhi::test {

// Opens (creating) an archive, a file or on a server; aborts the test program if it cannot.
[[nodiscard]] std::unique_ptr<store::ArchiveStore> openArchive(const QString &location);

// A fresh archive with the seed pages imported: a file in a temporary folder, or the location given.
struct SeededArchive
{
    QTemporaryDir dir;
    QString path;
    std::unique_ptr<store::ArchiveStore> archive;
    ingest::ImportReport report;

    SeededArchive();
    explicit SeededArchive(const QString &location);
};

// A plain SQLite connection to a file, as another tool would open it (to build an old archive or
// check one by hand); removed with the object, also when a check fails half-way.
class PlainConnection
{
public:
    explicit PlainConnection(const QString &path);
    ~PlainConnection();
    PlainConnection(const PlainConnection &) = delete;
    PlainConnection &operator=(const PlainConnection &) = delete;
    [[nodiscard]] QSqlDatabase &db() { return m_db; }

private:
    QString m_name;
    QSqlDatabase m_db;
};

// Stores tests/fixtures/forms/briefs.txt as an older parser read it: the first three briefs run
// together as one untitled article, the last filed under 成都市 without its column, the page
// marked as read by parser 1. Returns the ids of its
// six articles by title.
QHash<QString, qint64> storeBriefsAsAnOlderParserDid(store::ArchiveStore &archive,
                                                     const QString &db);

// Asks an import or a reparse to stop once n files or pages are done.
class CancelAfter final : public ingest::ImportProgress
{
public:
    explicit CancelAfter(int n) : m_n(n) {}
    void fileDone(int done, int, const QString &) override { m_done = done; }
    bool cancelRequested() const override { return m_done >= m_n; }

private:
    int m_n, m_done = 0;
};

// Checks that the running totals (004_totals.sql) agree with the rows they count.
void checkTotals(const QString &db);

// Writes bytes to a file (creating folders); aborts the test program if it cannot.
void writeFile(const QString &path, const QByteArray &bytes);
[[nodiscard]] QByteArray readFile(const QString &path);
[[nodiscard]] QString seedPath(const char *name);

} // namespace fangzhi::test
