#pragma once

#include "server_location.h"
#include "store/archive_store.h"

namespace fangzhi::store::postgres {

// What checking a team's archive on a server found: the running totals against the rows, and
// every article searchable. Reads only, in one snapshot.
[[nodiscard]] ArchiveCheck checkServerArchive(const ServerLocation &location, const QString &password = {});

} // namespace fangzhi::store::postgres
