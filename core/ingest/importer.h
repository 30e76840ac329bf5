#pragma once

#include "store/archive_store.h"

#include <QStringList>

namespace fangzhi::ingest {

struct ImportOptions
{
    QString homeProvince; // GB/T 2260 code of the papers' home province; inferred when empty
    QString newspaper;    // for pages no manifest names
};

struct FileFailure
{
    QString file;
    QString reason;
};

struct ImportReport
{
    int files = 0;         // page files found, and paths that could not be taken (failed)
    int added = 0;         // pages new to the archive
    int replaced = 0;      // pages whose text had changed
    int articles = 0;      // articles stored
    int unchanged = 0;     // pages already stored as they are
    int duplicates = 0;    // the same bytes under another name
    QList<FileFailure> failed;
    QList<FileFailure> warned; // stored, with a warning: bytes that could not be decoded
    bool cancelled = false;
};

// What the GUI and the CLI each make of an import under way. Called on the importing thread.
class ImportProgress
{
public:
    virtual ~ImportProgress() = default;
    virtual void started(int files) { Q_UNUSED(files) }
    virtual void fileDone(int done, int total, const QString &file) { Q_UNUSED(done) Q_UNUSED(total) Q_UNUSED(file) }
    virtual void fileFailed(const QString &file, const QString &reason) { Q_UNUSED(file) Q_UNUSED(reason) }
    [[nodiscard]] virtual bool cancelRequested() const { return false; }
};

// Imports page files and folders (searched recursively for .txt and .md): each file is read,
// parsed, placed, dated and stored in a transaction of its own (a savepoint: the pages of a
// second are written together), so that an import cut short leaves whole pages only and running
// it again completes it. Reading, hashing and parsing run on a second thread, ahead of storing.
// A file that fails is reported and the others go on; identical bytes already stored are left
// alone.
ImportReport importPages(store::ArchiveStore &archive, const QStringList &paths, const ImportOptions &options = {},
                         ImportProgress *progress = nullptr);

} // namespace fangzhi::ingest
