#pragma once

#include "importer.h"

namespace fangzhi::ingest {

struct CopyReport
{
    int pages = 0;        // in the original
    int copied = 0;       // stored in the copy by this run
    int alreadyThere = 0; // the copy held them already, with the same bytes (an earlier run)
    qint64 articles = 0;  // stored by this run
    QList<FileFailure> failed;
    bool cancelled = false;
    // After the copy: every page of the original is in the copy, as it is (its bytes, its number
    // of articles). What differs, in words, when not.
    bool verified = false;
    QStringList differences;
};

// Copies an archive into another, on either database, page by page as stored: nothing is parsed
// again. Resumable: pages the copy already holds with the same bytes are left alone, so a copy
// stopped (Ctrl-C, a lost connection) is completed by running it again. Pages are committed in
// batches, each whole or absent; progress names each page's file.
CopyReport copyArchive(store::ArchiveStore &from, store::ArchiveStore &to, ImportProgress *progress = nullptr);

} // namespace fangzhi::ingest
