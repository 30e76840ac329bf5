// libFuzzer target: any bytes through decoding and normalisation.
#include "text/decoder.h"
#include "text/normalizer.h"

#include <cstddef>
#include <cstdint>

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const auto decoded = fangzhi::text::decode(QByteArray(reinterpret_cast<const char *>(data), qsizetype(size)));
    if (decoded.ok())
        (void)fangzhi::text::normalize(decoded.text);
    return 0;
}
