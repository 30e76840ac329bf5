#pragma once

#include <QString>

namespace fangzhi::text {

// The text the parser reads: NFKC (full-width ASCII and digits become ASCII), one kind of
// line ending, no zero-width characters, runs of spaces folded, lines trimmed.
[[nodiscard]] QString normalize(const QString &text);

} // namespace fangzhi::text
