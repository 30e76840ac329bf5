#include "place_tokens.h"

#include "geo/gazetteer.h"
#include "geo/place_names.h"

#include <QHash>

using namespace Qt::Literals::StringLiterals;

namespace fangzhi::store {

namespace {

// The pinyin keys of one division: "dazhoushi dazhou dz". Worked out once per division and thread;
// an import names the same places again and again.
const QStringList &keysOf(int code)
{
    thread_local QHash<int, QStringList> known;
    auto it = known.find(code);
    if (it == known.end()) {
        QStringList keys;
        if (const geo::Division *d = geo::Gazetteer::bundled().find(code); d && !d->pinyin.isEmpty()) {
            const geo::PinyinKeys k = geo::pinyinKeys(*d);
            keys << k.full << k.base << k.baseInitials;
        }
        it = known.insert(code, keys);
    }
    return *it;
}

} // namespace

QString placeTokens(const QList<int> &codes)
{
    QStringList tokens;
    for (const int code : codes)
        tokens << keysOf(code);
    tokens.removeDuplicates();
    return tokens.join(u' ');
}

} // namespace fangzhi::store
