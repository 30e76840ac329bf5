#include "region_tree_model.h"

#include "geo/gazetteer.h"
#include "geo/place_names.h"

using namespace Qt::Literals::StringLiterals;

namespace fangzhi::gui {

namespace {

// What the quick filter matches: the names, and the pinyin with and without the level word.
QString searchKeys(const geo::Division &d)
{
    const geo::PinyinKeys p = geo::pinyinKeys(d);
    return QStringList{d.name, d.shortName, p.full, p.base, p.initials, p.baseInitials}.join(u' ');
}

} // namespace

RegionTreeModel::RegionTreeModel(const geo::Gazetteer &g, QObject *parent) : QAbstractItemModel(parent)
{
    const geo::Division *nation = g.find(geo::NationCode);
    m_nodes.append({geo::NationCode, -1, 0, {}, nation->name + u" · "_s + nation->association,
                    nation->name + u" quanguo qg"_s, {}, false});
    m_nodeOfCode.insert(geo::NationCode, 0);
    // Divisions come ordered by code, so every parent is in place before its children.
    for (const geo::Division &d : g.divisions()) {
        const int parent = d.level == geo::Level::Province ? 0 : m_nodeOfCode.value(d.parent, 0);
        const int index = int(m_nodes.size());
        QString name = d.name, tip;
        if (!d.inUse()) {
            name = tr("%1 (%2–%3)").arg(d.name).arg(d.from).arg(d.until);
            QStringList successors;
            for (const int s : d.successors)
                if (g.find(s))
                    successors << g.pathNames(s).join(u" › "_s);
            tip = successors.isEmpty() ? tr("No longer in use since %1.").arg(d.until)
                                       : tr("No longer in use since %1; became %2.")
                                             .arg(d.until)
                                             .arg(successors.join(tr(", ")));
        }
        m_nodes.append({d.code, parent, int(m_nodes[parent].children.size()), {},
                        name + u" · "_s + d.association, searchKeys(d), tip, !d.inUse()});
        m_nodes[parent].children.append(index);
        m_nodeOfCode.insert(d.code, index);
    }
}

void RegionTreeModel::setCounts(const QHash<int, qint64> &subtreeCounts, qint64 total)
{
    m_counts = subtreeCounts;
    m_counts[geo::NationCode] = total;
    // Only the numbers change: the tree's shape stays, so views keep selection and expansion.
    // One signal per family of siblings, not one per region: a filter proxy redoes work on each.
    Q_EMIT dataChanged(index(0, CountColumn), index(0, CountColumn), {Qt::DisplayRole, CountRole});
    for (int i = 0; i < m_nodes.size(); ++i) {
        const QList<int> &children = m_nodes[i].children;
        if (children.isEmpty())
            continue;
        Q_EMIT dataChanged(createIndex(0, NameColumn, quintptr(children.first())),
                           createIndex(int(children.size()) - 1, CountColumn, quintptr(children.last())),
                           {Qt::DisplayRole, CountRole});
    }
    Q_EMIT countsChanged();
}

QModelIndex RegionTreeModel::indexOfCode(int code) const
{
    const int node = m_nodeOfCode.value(code, -1);
    return node < 0 ? QModelIndex() : createIndex(m_nodes[node].row, 0, quintptr(node));
}

QModelIndex RegionTreeModel::index(int row, int column, const QModelIndex &parent) const
{
    if (!hasIndex(row, column, parent))
        return {};
    if (!parent.isValid())
        return createIndex(row, column, quintptr(0));
    const Node &p = m_nodes[int(parent.internalId())];
    return createIndex(row, column, quintptr(p.children[row]));
}

QModelIndex RegionTreeModel::parent(const QModelIndex &child) const
{
    if (!child.isValid())
        return {};
    const int parent = m_nodes[int(child.internalId())].parent;
    return parent < 0 ? QModelIndex() : createIndex(m_nodes[parent].row, 0, quintptr(parent));
}

int RegionTreeModel::rowCount(const QModelIndex &parent) const
{
    if (!parent.isValid())
        return 1;
    if (parent.column() != 0)
        return 0;
    return int(m_nodes[int(parent.internalId())].children.size());
}

int RegionTreeModel::columnCount(const QModelIndex &) const
{
    return ColumnCount;
}

QVariant RegionTreeModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid))
        return {};
    const Node &n = m_nodes[int(index.internalId())];
    switch (role) {
    case Qt::DisplayRole:
        return index.column() == NameColumn ? QVariant(n.label) : QVariant(m_counts.value(n.code));
    case Qt::TextAlignmentRole:
        return index.column() == CountColumn ? QVariant(int(Qt::AlignRight | Qt::AlignVCenter)) : QVariant();
    case CodeRole:
        return n.code;
    case CountRole:
        return m_counts.value(n.code);
    case SearchKeysRole:
        return n.keys;
    case FormerRole:
        return n.former;
    case Qt::ToolTipRole:
        return toolTip(n);
    default:
        return {};
    }
}

// The label whole (a narrow tree cuts it), a former division's years, and the count explained: a
// region's own articles are those about it as a whole, its divisions' are counted in it too.
QString RegionTreeModel::toolTip(const Node &n) const
{
    QStringList lines{n.label};
    if (!n.tip.isEmpty())
        lines << n.tip;
    const qint64 all = m_counts.value(n.code);
    qint64 below = 0;
    for (int child : n.children)
        below += m_counts.value(m_nodes[child].code);
    if (n.children.isEmpty() || below == 0)
        lines << tr("%n article(s)", nullptr, int(all));
    else
        lines << tr("%n article(s) in all:", nullptr, int(all))
              << tr("%n about the region as a whole (filed under it, not under one of its divisions)", nullptr,
                    int(all - below))
              << tr("%n filed under its divisions", nullptr, int(below));
    return lines.join(u'\n');
}

QVariant RegionTreeModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    return section == NameColumn ? tr("Region · association") : tr("Articles");
}

RegionFilterModel::RegionFilterModel(QObject *parent) : QSortFilterProxyModel(parent)
{
    setRecursiveFilteringEnabled(true);
    // Filtering runs once when the counts change (below), not once per changed row.
    setDynamicSortFilter(false);
}

void RegionFilterModel::setSourceModel(QAbstractItemModel *source)
{
    if (auto *old = qobject_cast<RegionTreeModel *>(sourceModel()))
        disconnect(old, &RegionTreeModel::countsChanged, this, nullptr);
    QSortFilterProxyModel::setSourceModel(source);
    if (auto *regions = qobject_cast<RegionTreeModel *>(source))
        connect(regions, &RegionTreeModel::countsChanged, this, [this] { invalidateFilter(); });
}

void RegionFilterModel::setText(const QString &text)
{
    m_text = text.trimmed().toLower();
    invalidateFilter();
}

void RegionFilterModel::setHideEmpty(bool hide)
{
    m_hideEmpty = hide;
    invalidateFilter();
}

bool RegionFilterModel::filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const
{
    const QModelIndex index = sourceModel()->index(sourceRow, 0, sourceParent);
    if (!sourceParent.isValid())
        return true; // 全国 always stands
    if ((m_hideEmpty || index.data(RegionTreeModel::FormerRole).toBool()) &&
        index.data(RegionTreeModel::CountRole).toLongLong() == 0)
        return false;
    if (m_text.isEmpty())
        return true;
    // A region found keeps its divisions, so that it can be browsed into (四川 › 成都市 › …).
    for (QModelIndex at = index; at.parent().isValid(); at = at.parent())
        if (found(at))
            return true;
    return false;
}

bool RegionFilterModel::found(const QModelIndex &sourceIndex) const
{
    if (m_text.isEmpty())
        return false;
    const QString keys = sourceIndex.data(RegionTreeModel::SearchKeysRole).toString();
    for (const auto word : QStringView(keys).split(u' '))
        if (word.startsWith(m_text))
            return true;
    return keys.contains(m_text);
}

} // namespace fangzhi::gui
