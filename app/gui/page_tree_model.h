#pragma once

#include "parse/page.h"

#include <QAbstractItemModel>

namespace fangzhi::gui {

// Parsed pages at the top level in file order, their articles below.
class PageTreeModel : public QAbstractItemModel
{
    Q_OBJECT
public:
    enum Column { TitleColumn, CreditColumn, ColumnCount };
    enum Role { IsArticleRole = Qt::UserRole + 1, PageIndexRole, ArticleIndexRole };

    using QAbstractItemModel::QAbstractItemModel;

    void addPage(fangzhi::parse::Page page);
    void clear();
    [[nodiscard]] const fangzhi::parse::Page *pageAt(const QModelIndex &index) const;
    [[nodiscard]] const fangzhi::parse::Article *articleAt(const QModelIndex &index) const;

    QModelIndex index(int row, int column, const QModelIndex &parent = {}) const override;
    QModelIndex parent(const QModelIndex &child) const override;
    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role) const override;

private:
    [[nodiscard]] int rowOfPage(qsizetype pageId) const { return int(m_order.indexOf(pageId)); }

    // internalId of page rows; an article row stores its page's id + 1. Ids are positions in
    // m_pages, which only grows, so they stay valid when a page is inserted above another.
    static constexpr quintptr PageLevel = 0;
    QList<fangzhi::parse::Page> m_pages;
    QList<qsizetype> m_order; // row -> page id, sorted by file name
};

} // namespace fangzhi::gui
