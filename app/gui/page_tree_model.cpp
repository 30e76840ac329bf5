#include "page_tree_model.h"

#include <QFileInfo>

#include <algorithm>

using namespace Qt::Literals::StringLiterals;
using fangzhi::parse::Article;
using fangzhi::parse::Page;

namespace fangzhi::gui {

void PageTreeModel::addPage(Page page)
{
    const auto at = std::lower_bound(
        m_order.cbegin(), m_order.cend(), page.file,
        [this](qsizetype id, const QString &file) { return m_pages[id].file < file; });
    const int row = int(at - m_order.cbegin());
    beginInsertRows({}, row, row);
    m_order.insert(row, m_pages.size());
    m_pages.append(std::move(page));
    endInsertRows();
}

void PageTreeModel::clear()
{
    beginResetModel();
    m_pages.clear();
    m_order.clear();
    endResetModel();
}

const Page *PageTreeModel::pageAt(const QModelIndex &index) const
{
    if (!index.isValid())
        return nullptr;
    if (index.internalId() == PageLevel)
        return index.row() < m_order.size() ? &m_pages[m_order[index.row()]] : nullptr;
    const auto id = qsizetype(index.internalId() - 1);
    return id < m_pages.size() ? &m_pages[id] : nullptr;
}

const Article *PageTreeModel::articleAt(const QModelIndex &index) const
{
    if (!index.isValid() || index.internalId() == PageLevel)
        return nullptr;
    const Page *page = pageAt(index);
    return page && index.row() < page->articles.size() ? &page->articles[index.row()] : nullptr;
}

QModelIndex PageTreeModel::index(int row, int column, const QModelIndex &parent) const
{
    if (!hasIndex(row, column, parent))
        return {};
    if (!parent.isValid())
        return createIndex(row, column, PageLevel);
    return createIndex(row, column, quintptr(m_order[parent.row()]) + 1);
}

QModelIndex PageTreeModel::parent(const QModelIndex &child) const
{
    if (!child.isValid() || child.internalId() == PageLevel)
        return {};
    return createIndex(rowOfPage(qsizetype(child.internalId() - 1)), 0, PageLevel);
}

int PageTreeModel::rowCount(const QModelIndex &parent) const
{
    if (!parent.isValid())
        return int(m_order.size());
    if (parent.column() != 0 || parent.internalId() != PageLevel)
        return 0;
    return int(pageAt(parent)->articles.size());
}

int PageTreeModel::columnCount(const QModelIndex &) const
{
    return ColumnCount;
}

QVariant PageTreeModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid))
        return {};
    if (role == IsArticleRole)
        return index.internalId() != PageLevel;
    if (role == PageIndexRole)
        return index.internalId() == PageLevel ? index.row()
                                               : rowOfPage(qsizetype(index.internalId() - 1));
    if (role == ArticleIndexRole)
        return index.internalId() == PageLevel ? -1 : index.row();
    if (role != Qt::DisplayRole && role != Qt::ToolTipRole)
        return {};

    if (const Article *a = articleAt(index)) {
        if (index.column() == CreditColumn)
            return a->credit;
        const QString title = a->title.isEmpty() ? tr("(untitled)") : a->title;
        // The place line goes first: it is what tells a roundup's reports apart.
        return a->placeLine.isEmpty() ? title : a->placeLine + u" · "_s + title;
    }
    const Page &page = *pageAt(index);
    if (index.column() == CreditColumn)
        return tr("%n article(s)", nullptr, int(page.articles.size()));
    return role == Qt::ToolTipRole ? page.file : QFileInfo(page.file).fileName();
}

QVariant PageTreeModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    return section == TitleColumn ? tr("Page / article") : tr("Credit");
}

} // namespace fangzhi::gui
