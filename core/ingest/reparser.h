#pragma once

#include "importer.h"

namespace fangzhi::ingest {

struct ReparseReport
{
    int pages = 0;    // stored pages an older parser had read
    int reparsed = 0; // read again and stored
    store::ReparseCounts articles;
    QList<FileFailure> failed;
    bool cancelled = false;
};

// Reads again, with this program's parser, every stored page an older parser read: from the
// page's text as it was imported, placed with the home province it was imported with. Each page
// changes in a transaction of its own (pages of a second are written together, as in an import):
// articles whose headline and text are unchanged keep their ids, the page's own text is never
// touched, and a page that fails stays as it was while the others go on. Stopped early, what was
// read again stays, and running it again reads the rest.
ReparseReport reparsePages(store::ArchiveStore &archive, ImportProgress *progress = nullptr);

} // namespace fangzhi::ingest
