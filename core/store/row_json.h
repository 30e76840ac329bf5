#pragma once

#include "parse/page.h"

#include <QString>
#include <QStringList>

namespace fangzhi::store {

// The JSON the archive keeps in its text columns (paragraphs as printed, captions, sponsors),
// written directly: building a QJsonDocument for each article cost more than storing it.
[[nodiscard]] QString jsonStrings(const QStringList &list);
[[nodiscard]] QString captionsJson(const QList<parse::Caption> &captions);

} // namespace fangzhi::store
