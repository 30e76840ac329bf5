#pragma once

#include "parse/page.h"

#include <QString>

namespace fangzhi::test {

// Checks that no text was lost or duplicated: every block of the page is owned exactly once
// (by an article or the page metadata), every letter and digit of the page is in a block, and
// each owner's fields hold exactly the letters and digits of the blocks it owns.
// Returns an empty string when all holds, else what went wrong.
[[nodiscard]] QString checkNoTextLost(const fangzhi::parse::Page &page);

// "kicker / title ——subtitle · place": one line that pins an article's headline parts.
[[nodiscard]] QString describe(const fangzhi::parse::Article &article);

} // namespace fangzhi::test
