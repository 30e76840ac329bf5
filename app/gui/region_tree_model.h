#pragma once

#include <QAbstractItemModel>
#include <QHash>
#include <QSortFilterProxyModel>

namespace fangzhi::geo {
class Gazetteer;
}

namespace fangzhi::gui {

// The region tree: 全国 › province › prefecture › county, each with its association and the
// number of articles under it for the current filters. Divisions no longer in use stand under
// their parent of the time with their years ("滦县 (1983–2018)"). Built once from the gazetteer;
// counts are replaced as the filters change.
class RegionTreeModel : public QAbstractItemModel
{
    Q_OBJECT
public:
    enum Column { NameColumn, CountColumn, ColumnCount };
    enum Role { CodeRole = Qt::UserRole + 1, CountRole, SearchKeysRole, FormerRole };

    explicit RegionTreeModel(const fangzhi::geo::Gazetteer &gazetteer, QObject *parent = nullptr);

    // Articles per region with their subtrees included (see geo::rollUp); the root takes total.
    void setCounts(const QHash<int, qint64> &subtreeCounts, qint64 total);
    [[nodiscard]] QModelIndex indexOfCode(int code) const;

    QModelIndex index(int row, int column, const QModelIndex &parent = {}) const override;
    QModelIndex parent(const QModelIndex &child) const override;
    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role) const override;

Q_SIGNALS:
    void countsChanged();

private:
    struct Node
    {
        int code = 0;
        int parent = -1; // node index
        int row = 0;
        QList<int> children;
        QString label;   // 达州市 · 达州市科协
        QString keys;    // what the quick filter matches: names, pinyin, initials
        QString tip;     // for a former division: when it ended and what it became
        bool former = false;
    };
    [[nodiscard]] QString toolTip(const Node &n) const;

    QList<Node> m_nodes; // node 0 is 全国
    QHash<int, int> m_nodeOfCode;
    QHash<int, qint64> m_counts;
};

// The quick filter over the region tree: Chinese names, full pinyin and initials ("达州",
// "dazhou", "dz"); optionally hides regions without articles. A match keeps its ancestors.
// A division no longer in use shows only while it has articles.
class RegionFilterModel : public QSortFilterProxyModel
{
    Q_OBJECT
public:
    explicit RegionFilterModel(QObject *parent = nullptr);

    void setSourceModel(QAbstractItemModel *source) override;
    void setText(const QString &text);
    void setHideEmpty(bool hide);
    // The region itself matches the text typed (not only one of its ancestors).
    [[nodiscard]] bool found(const QModelIndex &sourceIndex) const;

protected:
    bool filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const override;

private:
    QString m_text;
    bool m_hideEmpty = true;
};

} // namespace fangzhi::gui
