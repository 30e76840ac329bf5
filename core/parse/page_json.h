#pragma once

#include "page.h"

#include <QJsonObject>

namespace fangzhi::parse {

// The page as `fangzhi-cli parse --json` prints it (see ARCHITECTURE.md, "Interfaces").
// Region, association and mentions stay null/empty until place resolution fills them.
[[nodiscard]] QJsonObject pageToJson(const Page &page);
[[nodiscard]] QJsonObject articleToJson(const Article &article);

} // namespace fangzhi::parse
