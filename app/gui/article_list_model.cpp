#include "article_list_model.h"
#include "store/page_date_text.h"

#include <QTextDocument>

#include "geo/gazetteer.h"

using namespace Qt::Literals::StringLiterals;

namespace fangzhi::gui {

ArticleListModel::ArticleListModel(const geo::Gazetteer &gazetteer, QObject *parent)
    : QAbstractTableModel(parent), m_gazetteer(gazetteer)
{
}

void ArticleListModel::setResult(qint64 total, bool totalIsLowerBound, const QList<store::ArticleSummary> &first)
{
    beginResetModel();
    m_total = total;
    m_moreBeyondTotal = totalIsLowerBound;
    m_rows = first;
    m_waiting = false;
    endResetModel();
}

void ArticleListModel::appendRows(int offset, const QList<store::ArticleSummary> &rows)
{
    if (offset != m_rows.size()) // an answer for an older scope, or repeated
        return;
    if (rows.isEmpty()) {
        m_moreBeyondTotal = false; // the end of a scope that was not counted to its end
    } else {
        beginInsertRows({}, int(m_rows.size()), int(m_rows.size() + rows.size() - 1));
        m_rows += rows;
        endInsertRows();
    }
    m_waiting = false; // only now: a view asking for more while the rows go in would ask for these again
}

const store::ArticleSummary *ArticleListModel::articleAt(int row) const
{
    return row >= 0 && row < m_rows.size() ? &m_rows[row] : nullptr;
}

int ArticleListModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int ArticleListModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant ArticleListModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const store::ArticleSummary &a = m_rows[index.row()];
    if (role == IdRole)
        return a.id;
    if (role == Qt::ToolTipRole) {
        // A tooltip takes anything that looks like markup for rich text: page text is shown as
        // the page printed it, escaped. An inferred date says what it was inferred from.
        const QString text = index.column() == DateColumn && a.date.inferred()
                                 ? store::dateText(a.date) + u'\n' + store::dateEvidence(a.date)
                                 : data(index, Qt::DisplayRole).toString();
        return text.isEmpty() ? QVariant() : QVariant(Qt::convertFromPlainText(text, Qt::WhiteSpaceNormal));
    }
    if (role != Qt::DisplayRole)
        return {};
    switch (index.column()) {
    case TitleColumn: {
        const QString title = a.title.isEmpty() ? tr("(untitled)") : a.title;
        return a.placeLine.isEmpty() ? title : a.placeLine + u" · "_s + title;
    }
    case DateColumn:
        return store::dateText(a.date);
    case RegionColumn:
        return a.region < 0 ? QString() : m_gazetteer.pathNames(a.region).join(u" › "_s);
    case AssociationColumn:
        return a.association;
    case CreditColumn:
        return a.credit;
    default:
        return {};
    }
}

QVariant ArticleListModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case TitleColumn:
        return tr("Title");
    case DateColumn:
        return tr("Date");
    case RegionColumn:
        return tr("Region");
    case AssociationColumn:
        return tr("Association");
    case CreditColumn:
        return tr("Credit");
    default:
        return {};
    }
}

bool ArticleListModel::canFetchMore(const QModelIndex &parent) const
{
    return !parent.isValid() && !m_waiting && (m_rows.size() < m_total || m_moreBeyondTotal);
}

void ArticleListModel::fetchMore(const QModelIndex &parent)
{
    if (!canFetchMore(parent))
        return;
    m_waiting = true;
    Q_EMIT moreWanted(int(m_rows.size()));
}

} // namespace fangzhi::gui
