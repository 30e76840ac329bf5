// libFuzzer target: anything typed into the search field, made into an FTS5 query and snippets.
#include "store/search_query.h"

#include <cstddef>
#include <cstdint>

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const QString typed = QString::fromUtf8(reinterpret_cast<const char *>(data), qsizetype(size));
    const auto query = fangzhi::store::parseSearchQuery(typed);
    (void)fangzhi::store::snippetAround(typed + typed, query.included);
    return 0;
}
