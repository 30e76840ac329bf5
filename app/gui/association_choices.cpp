#include "association_choices.h"

#include "geo/gazetteer.h"
#include "geo/place_names.h"

#include <map>

using namespace Qt::Literals::StringLiterals;

namespace fangzhi::gui {

AssociationChoices::AssociationChoices(const geo::Gazetteer &gazetteer, QObject *parent)
    : QStandardItemModel(parent), m_gazetteer(gazetteer)
{
    setCounts({});
}

void AssociationChoices::setCounts(const QHash<int, qint64> &ownCounts)
{
    clear();
    auto *all = new QStandardItem;
    all->setData(0, CodeRole);
    appendRow(all);
    // By province, then by code: a prefecture before its counties.
    std::map<int, std::map<int, qint64>> byProvince;
    for (auto it = ownCounts.cbegin(); it != ownCounts.cend(); ++it)
        if (it.key() > 0 && it.value() > 0 && m_gazetteer.find(it.key()))
            byProvince[it.key() / 10000 * 10000][it.key()] = it.value();
    for (const auto &[province, codes] : byProvince) {
        const geo::Division *p = m_gazetteer.find(province);
        auto *heading = new QStandardItem(p ? p->name : QString::number(province));
        heading->setFlags(Qt::ItemIsEnabled); // not selectable: a heading
        QFont bold = heading->font();
        bold.setBold(true);
        heading->setFont(bold);
        heading->setData(-1, CodeRole);
        appendRow(heading);
        for (const auto &[code, count] : codes) {
            const geo::Division *d = m_gazetteer.find(code);
            auto *item = new QStandardItem(u"    %1  ·  %2"_s.arg(m_gazetteer.associationLabel(code)).arg(count));
            item->setData(code, CodeRole);
            const geo::PinyinKeys keys = geo::pinyinKeys(*d);
            item->setData(QStringList{m_gazetteer.associationLabel(code), d->name, d->shortName, keys.full, keys.base,
                                      keys.initials, keys.baseInitials}
                              .join(u' '),
                          KeysRole);
            appendRow(item);
        }
    }
    retranslate();
}

int AssociationChoices::rowOf(int code) const
{
    for (int r = 1; code > 0 && r < rowCount(); ++r)
        if (item(r)->data(CodeRole).toInt() == code)
            return r;
    return 0;
}

void AssociationChoices::ensureListed(int code)
{
    const geo::Division *d = code > 0 ? m_gazetteer.find(code) : nullptr;
    if (!d || rowOf(code) > 0)
        return;
    auto *item = new QStandardItem(u"    "_s + m_gazetteer.associationLabel(code));
    item->setData(code, CodeRole);
    item->setData(m_gazetteer.associationLabel(code), KeysRole);
    appendRow(item);
}

void AssociationChoices::retranslate()
{
    if (rowCount() > 0)
        item(0)->setText(tr("All associations"));
}

} // namespace fangzhi::gui
