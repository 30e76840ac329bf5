#pragma once

#include "gazetteer.h"

#include <QHash>

namespace fangzhi::geo {

// Article counts of subtrees from counts of regions themselves: a prefecture's count includes
// its counties', a province's its prefectures'. Codes the gazetteer does not know (and -1,
// unplaced) count only for themselves.
[[nodiscard]] QHash<int, qint64> rollUp(const Gazetteer &gazetteer, const QHash<int, qint64> &own);

} // namespace fangzhi::geo
