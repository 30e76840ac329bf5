#pragma once

#include <QList>
#include <QString>

namespace fangzhi::store {

// The pinyin of divisions as search tokens, so that "dazhou" or "dz" finds 达州's articles:
// full and short names written together, and their initials.
[[nodiscard]] QString placeTokens(const QList<int> &codes);

} // namespace fangzhi::store
