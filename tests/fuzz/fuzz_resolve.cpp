// libFuzzer target: any text through the resolver, with and without a home province and date.
#include "geo/resolver.h"

#include <cstddef>
#include <cstdint>

// The gazetteer is read before the first input, so that no input is charged for it.
extern "C" int LLVMFuzzerInitialize(int *, char ***)
{
    (void)fangzhi::geo::Resolver::bundled();
    return 0;
}

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const QString text = QString::fromUtf8(reinterpret_cast<const char *>(data), qsizetype(size));
    const auto &resolver = fangzhi::geo::Resolver::bundled();
    fangzhi::geo::ResolveContext context;
    (void)resolver.subject(resolver.mentions(text, context), text);
    context.homeProvince = 510000;
    context.date = QDate(1995, 6, 1);
    context.paperPlace = 511700;
    (void)resolver.subject(resolver.mentions(text, context), text);
    return 0;
}
