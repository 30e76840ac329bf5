#pragma once

#include "ingest/importer.h"
#include "store/archive_store.h"

#include <QTemporaryDir>

namespace fangzhi::test {

// A fresh archive in a temporary folder, with the seed pages imported.
struct SeededArchive
{
    QTemporaryDir dir;
    QString path;
    std::unique_ptr<store::ArchiveStore> archive;
    ingest::ImportReport report;

    SeededArchive();
};

// Writes bytes to a file (creating folders); aborts the test program if it cannot.
void writeFile(const QString &path, const QByteArray &bytes);
[[nodiscard]] QByteArray readFile(const QString &path);
[[nodiscard]] QString seedPath(const char *name);

} // namespace fangzhi::test
