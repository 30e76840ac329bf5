#include "place_tokens.h"

#include "geo/gazetteer.h"
#include "geo/place_names.h"


using namespace Qt::Literals::StringLiterals;

namespace fangzhi::store {

QString placeTokens(const QList<int> &codes)
{
    const auto &g = geo::Gazetteer::bundled();
    QStringList tokens;
    for (const int code : codes) {
        const geo::Division *d = g.find(code);
        if (!d || d->pinyin.isEmpty())
            continue;
        const geo::PinyinKeys keys = geo::pinyinKeys(*d);
        tokens << keys.full << keys.base << keys.baseInitials;
    }
    tokens.removeDuplicates();
    return tokens.join(u' ');
}

} // namespace fangzhi::store
