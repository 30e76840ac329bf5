#pragma once

#include "store/archive_types.h"

#include <QAbstractTableModel>

namespace fangzhi::geo {
class Gazetteer;
}

namespace fangzhi::gui {

// The articles in scope, a page of rows at a time: a view scrolling near the end asks for more
// (fetchMore), the model says which rows it wants (moreWanted), and whoever reads the archive
// answers with appendRows — so a million-article scope costs only what is shown.
class ArticleListModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Column { TitleColumn, DateColumn, RegionColumn, AssociationColumn, CreditColumn, ColumnCount };
    enum Role { IdRole = Qt::UserRole + 1 };

    explicit ArticleListModel(const fangzhi::geo::Gazetteer &gazetteer, QObject *parent = nullptr);

    // A new scope: its size and the first rows.
    // A new scope: its size (or, when counting stopped, the least it holds) and its first rows.
    void setResult(qint64 total, bool totalIsLowerBound, const QList<fangzhi::store::ArticleSummary> &first);
    // Rows asked for by moreWanted; ignored unless they continue the list.
    void appendRows(int offset, const QList<fangzhi::store::ArticleSummary> &rows);
    [[nodiscard]] qint64 total() const { return m_total; }
    [[nodiscard]] const fangzhi::store::ArticleSummary *articleAt(int row) const;

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role) const override;
    bool canFetchMore(const QModelIndex &parent) const override;
    void fetchMore(const QModelIndex &parent) override;

Q_SIGNALS:
    void moreWanted(int offset);

private:
    const fangzhi::geo::Gazetteer &m_gazetteer;
    QList<fangzhi::store::ArticleSummary> m_rows;
    qint64 m_total = 0;
    bool m_moreBeyondTotal = false; // counting stopped at m_total: fetch until a page comes back empty
    bool m_waiting = false;
};

} // namespace fangzhi::gui
