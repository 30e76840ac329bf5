#include "page_tree_model.h"

#include <QFileInfo>

using namespace Qt::Literals::StringLiterals;
using fangzhi::parse::Article;
using fangzhi::parse::Page;

namespace fangzhi::gui {

void PageTreeModel::addPage(Page page)
{
    const int row = int(m_pages.size());
    beginInsertRows({}, row, row);
    m_pages.append(std::move(page));
    endInsertRows();
}

void PageTreeModel::clear()
{
    beginResetModel();
    m_pages.clear();
    endResetModel();
}

const Page *PageTreeModel::pageAt(const QModelIndex &index) const
{
    if (!index.isValid())
        return nullptr;
    const qsizetype page = index.internalId() == PageLevel ? index.row() : qsizetype(index.internalId() - 1);
    return page < m_pages.size() ? &m_pages[page] : nullptr;
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
    return createIndex(row, column, quintptr(parent.row()) + 1);
}

QModelIndex PageTreeModel::parent(const QModelIndex &child) const
{
    if (!child.isValid() || child.internalId() == PageLevel)
        return {};
    return createIndex(int(child.internalId() - 1), 0, PageLevel);
}

int PageTreeModel::rowCount(const QModelIndex &parent) const
{
    if (!parent.isValid())
        return int(m_pages.size());
    if (parent.column() != 0 || parent.internalId() != PageLevel)
        return 0;
    return int(m_pages[parent.row()].articles.size());
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
        return int(index.internalId() == PageLevel ? index.row() : index.internalId() - 1);
    if (role == ArticleIndexRole)
        return index.internalId() == PageLevel ? -1 : index.row();
    if (role != Qt::DisplayRole && role != Qt::ToolTipRole)
        return {};

    if (const Article *a = articleAt(index)) {
        if (index.column() == CreditColumn)
            return a->credit;
        QString title = a->title.isEmpty() ? tr("(untitled)") : a->title;
        if (!a->placeLine.isEmpty())
            title += u" · "_s + a->placeLine;
        return title;
    }
    const Page &page = m_pages[index.row()];
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
