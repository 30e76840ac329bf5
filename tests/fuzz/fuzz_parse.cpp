// libFuzzer target: any bytes as a page file, parsed and placed as the importer does it.
#include "geo/page_placer.h"
#include "parse/page_file.h"

#include <cstddef>
#include <cstdint>

using namespace Qt::Literals::StringLiterals;

// The gazetteer is read before the first input, so that no input is charged for it.
extern "C" int LLVMFuzzerInitialize(int *, char ***)
{
    (void)fangzhi::geo::Resolver::bundled();
    return 0;
}

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    auto result = fangzhi::parse::parsePageBytes(QByteArray(reinterpret_cast<const char *>(data), qsizetype(size)),
                                                 u"fuzz.txt"_s, u"510000"_s);
    if (result.ok())
        fangzhi::geo::placePage(*result.page);
    return 0;
}
