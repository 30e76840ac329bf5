#pragma once

#include "parse/page.h"

#include <QString>
#include <QStringList>
#include <QVariant>

namespace fangzhi::store {

// The JSON the archive keeps in its text columns (paragraphs as printed, captions, sponsors),
// written directly: building a QJsonDocument for each article cost more than storing it.
[[nodiscard]] QString jsonStrings(const QStringList &list);
// An empty text is stored as NULL.
[[nodiscard]] QVariant textOrNull(const QString &s);
[[nodiscard]] QString captionsJson(const QList<parse::Caption> &captions);
// {"labels":[…],"dateLines":[…],"furniture":[…]}: a page's lines that belong to no article.
[[nodiscard]] QString pageLinesJson(const parse::Page &page);

} // namespace fangzhi::store
