#pragma once

#include "store/archive_types.h"

#include <QCoreApplication>
#include <QStringList>

namespace fangzhi::exporting {

// What an export or a print holds, in words for its title page, in the interface's language
// (English where no translation is loaded, as in the CLI): the archive, how the articles were
// chosen, the region, dates, association, section, newspaper and search, and how many.
class ScopeWords
{
    Q_DECLARE_TR_FUNCTIONS(ScopeWords)
public:
    // chosen: the articles were picked by hand from the list under these filters; else they are
    // all the articles the filters give.
    [[nodiscard]] static QStringList of(const QString &archive, const store::ArticleFilter &filter, qint64 articles,
                                        bool chosen);
};

} // namespace fangzhi::exporting
