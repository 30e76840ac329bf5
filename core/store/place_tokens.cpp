#include "place_tokens.h"

#include "geo/gazetteer.h"
#include "geo/place_names.h"
#include "text/search_tokens.h"

#include <QSet>

using namespace Qt::Literals::StringLiterals;

namespace fangzhi::store {

QString placeTokens(const QList<int> &codes)
{
    const auto &g = geo::Gazetteer::bundled();
    QSet<int> seen;
    QStringList tokens;
    for (const int code : codes) {
        if (seen.contains(code))
            continue;
        seen.insert(code);
        const geo::Division *d = g.find(code);
        if (!d || d->pinyin.isEmpty())
            continue;
        const QStringList syllables = text::plainPinyin(d->pinyin).split(u' ');
        // The name without its level word (达州 for 达州市, 凉山 for 凉山彝族自治州) is how
        // people type it; it is always the start of the full name.
        const QStringList bare = geo::nameForms(d->name, d->level).bare;
        const qsizetype core = std::min(syllables.size(), bare.isEmpty() ? d->name.size() : bare.first().size());
        QString initials;
        for (qsizetype i = 0; i < core; ++i)
            initials += syllables[i].left(1);
        tokens << syllables.join(QString()) << syllables.first(core).join(QString()) << initials;
    }
    tokens.removeDuplicates();
    return tokens.join(u' ');
}

} // namespace fangzhi::store
