// Reading from the keyboard and with the mouse's right button: the View menu (find in the
// article, text size, the article in its page), moving between panes and articles, context
// menus on the list and the tree, copying, and a short guide.
#include "reader_window.h"

#include "article_list_model.h"
#include "archive_worker.h"
#include "article_view.h"
#include "date_field.h"
#include "find_bar.h"
#include "geo/gazetteer.h"
#include "region_tree_model.h"
#include "store/page_date_text.h"

#include <QApplication>
#include <QClipboard>
#include <QDialog>
#include <QDialogButtonBox>
#include <QComboBox>
#include <QCheckBox>
#include <QHeaderView>
#include <QLabel>
#include <QToolButton>
#include <QLineEdit>
#include <QMenu>
#include <QMenuBar>
#include <QStatusBar>
#include <QTableView>
#include <QTextBrowser>
#include <QTreeView>
#include <QVBoxLayout>

using namespace Qt::Literals::StringLiterals;

namespace fangzhi::gui {

QWidget *ReaderWindow::buildReadingPane()
{
    auto *pane = new QWidget;
    auto *column = new QVBoxLayout(pane);
    column->setContentsMargins(0, 0, 0, 0);
    column->setSpacing(0);
    m_findBar = new FindBar(m_viewer);
    column->addWidget(m_viewer, 1);
    column->addWidget(m_findBar);
    connect(m_viewer, &ArticleView::said, m_status, &QLabel::setText);
    connect(this, &ReaderWindow::articleShown, m_findBar, &FindBar::refresh);

    m_table->setContextMenuPolicy(Qt::CustomContextMenu);
    connect(m_table, &QWidget::customContextMenuRequested, this, &ReaderWindow::articleMenu);
    m_tree->setContextMenuPolicy(Qt::CustomContextMenu);
    connect(m_tree, &QWidget::customContextMenuRequested, this, &ReaderWindow::regionMenu);
    QHeaderView *header = m_table->horizontalHeader();
    header->setContextMenuPolicy(Qt::CustomContextMenu);
    connect(header, &QWidget::customContextMenuRequested, this, [this, header](const QPoint &at) {
        QMenu menu;
        menu.addAction(tr("Sort by Relevance, Then Newest"), this, &ReaderWindow::sortByRelevance);
        menu.exec(header->mapToGlobal(at));
    });
    m_table->installEventFilter(this); // Ctrl+C: a line for each article selected, not one cell
    connect(m_worker, &ArchiveWorker::cited, this, [this](const QStringList &citations) {
        if (citations.isEmpty())
            return;
        QApplication::clipboard()->setText(citations.join(u'\n'));
        m_status->setText(tr("Copied %n citation(s)", nullptr, int(citations.size())));
        Q_EMIT citationsCopied();
    });
    return pane;
}

void ReaderWindow::addViewMenu()
{
    QMenu *view = menuBar()->addMenu(tr("&View"));
    QAction *find = view->addAction(tr("&Find in Article…"), m_findBar, &FindBar::open);
    find->setShortcut(QKeySequence::Find);
    find->setObjectName(u"findInArticleAction"_s);
    view->addAction(tr("Find &Next"), QKeySequence::FindNext, m_findBar, [this] { m_findBar->next(); });
    view->addAction(tr("Find Pre&vious"), QKeySequence::FindPrevious, m_findBar, [this] { m_findBar->next(true); });
    view->addSeparator();
    QAction *bigger = view->addAction(tr("Zoom &In"), m_viewer, [this] { m_viewer->zoomBy(1); });
    bigger->setShortcuts({QKeySequence::ZoomIn, QKeySequence(Qt::CTRL | Qt::Key_Equal)});
    view->addAction(tr("Zoom &Out"), QKeySequence::ZoomOut, m_viewer, [this] { m_viewer->zoomBy(-1); });
    view->addAction(tr("&Actual Size"), QKeySequence(Qt::CTRL | Qt::Key_0), m_viewer, [this] { m_viewer->setZoom(100); });
    view->addSeparator();
    view->addAction(tr("Show in the &Original Page"), QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_O), m_viewer,
                    [this] { m_viewer->showInPage(); });
    view->addAction(tr("Sort by &Relevance, Then Newest"), this, &ReaderWindow::sortByRelevance)
        ->setObjectName(u"sortByRelevance"_s);
}

// Go: the fields and panes, and the articles of the list one after another.
void ReaderWindow::addMovingActions(QMenu *go)
{
    go->addSeparator();
    go->addAction(tr("&Search"), QKeySequence(Qt::CTRL | Qt::Key_L), this, [this] {
        m_search->setFocus(Qt::ShortcutFocusReason);
        m_search->selectAll();
    });
    go->addAction(tr("Find a &Region"), QKeySequence(Qt::CTRL | Qt::Key_R), this, [this] {
        m_regionQuick->setFocus(Qt::ShortcutFocusReason);
        m_regionQuick->selectAll();
    });
    go->addAction(tr("Ne&xt Pane"), QKeySequence(Qt::Key_F6), this, [this] { movePane(1); });
    go->addAction(tr("Pre&vious Pane"), QKeySequence(Qt::SHIFT | Qt::Key_F6), this, [this] { movePane(-1); });
    go->addSeparator();
    QAction *next = go->addAction(tr("&Next Article"), QKeySequence(Qt::CTRL | Qt::Key_Down), this,
                                  [this] { moveArticle(1); });
    next->setObjectName(u"nextArticle"_s);
    go->addAction(tr("&Previous Article"), QKeySequence(Qt::CTRL | Qt::Key_Up), this, [this] { moveArticle(-1); });
}

// F6: the region tree, the article list, the article; round again.
void ReaderWindow::movePane(int step)
{
    const QList<QWidget *> panes = {m_tree, m_table, m_viewer};
    qsizetype at = 0;
    for (qsizetype i = 0; i < panes.size(); ++i)
        if (panes[i]->isAncestorOf(focusWidget()) || panes[i] == focusWidget())
            at = i;
    if (!panes.contains(focusWidget()) && step > 0)
        at = -1; // from a filter field, F6 goes to the tree first
    panes[(at + step + panes.size()) % panes.size()]->setFocus(Qt::TabFocusReason);
}

void ReaderWindow::moveArticle(int step)
{
    const int row = std::clamp(m_table->currentIndex().row() + step, 0, m_articles->rowCount() - 1);
    if (row >= 0 && row < m_articles->rowCount()) {
        // Not selectRow: with Ctrl held for the shortcut, it would add the row to the selection.
        m_table->selectionModel()->setCurrentIndex(m_articles->index(row, 0),
                                                   QItemSelectionModel::ClearAndSelect | QItemSelectionModel::Rows);
        m_table->scrollTo(m_articles->index(row, 0));
    }
}

void ReaderWindow::sortByRelevance()
{
    m_table->horizontalHeader()->setSortIndicator(-1, Qt::AscendingOrder); // the order found: requeried
}

// A line an archivist can paste in a note: title — newspaper · date · region.
void ReaderWindow::copyArticleLines()
{
    QStringList lines;
    for (const QModelIndex &row : m_table->selectionModel()->selectedRows()) {
        const store::ArticleSummary *a = m_articles->articleAt(row.row());
        if (!a)
            continue;
        QStringList where;
        if (!a->newspaper.isEmpty())
            where << a->newspaper;
        if (a->date.isValid())
            where << store::dateText(a->date);
        if (a->region >= 0)
            where << geo::Gazetteer::bundled().pathNames(a->region).join(u" › "_s);
        lines << a->title + (where.isEmpty() ? QString() : u" — "_s + where.join(u" · "_s));
    }
    if (lines.isEmpty())
        return;
    QApplication::clipboard()->setText(lines.join(u'\n'));
    m_status->setText(tr("Copied %n article(s)", nullptr, int(lines.size())));
}

// GB/T 7714 citations of the articles selected, a line each, read from the archive.
void ReaderWindow::copyCitations()
{
    const QList<qint64> ids = selectedIds();
    if (!ids.isEmpty())
        QMetaObject::invokeMethod(m_worker, [ids, w = m_worker] { w->cite(ids); });
}

void ReaderWindow::articleMenu(const QPoint &at)
{
    const QModelIndex index = m_table->indexAt(at);
    const store::ArticleSummary *a = index.isValid() ? m_articles->articleAt(index.row()) : nullptr;
    if (!a)
        return;
    QMenu menu;
    menu.addAction(tr("Copy &Title"), this, [title = a->title] { QApplication::clipboard()->setText(title); });
    menu.addAction(tr("&Copy"), QKeySequence::Copy, this, &ReaderWindow::copyArticleLines);
    menu.addAction(tr("Copy Cita&tion"), QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_C), this,
                   &ReaderWindow::copyCitations);
    QAction *open = menu.addAction(tr("&Open the Page File"), m_viewer, [this] { m_viewer->openSource(false); });
    open->setEnabled(m_viewer->article() && m_viewer->article()->id == a->id);
    menu.addAction(tr("&Export Selected to PDF…"), this, [this] { chooseExport(); });
    menu.addSeparator();
    if (a->region >= 0) {
        const int region = a->region;
        const QString name = geo::Gazetteer::bundled().find(region) ? geo::Gazetteer::bundled().find(region)->name
                                                                    : QString::number(region);
        menu.addAction(tr("Show %1 in the Region Tree").arg(name), this, [this, region] { showRegion(region); });
        menu.addAction(tr("Articles Mentioning %1").arg(name), this, [this, region] { followPlace(region); });
    }
    menu.exec(m_table->viewport()->mapToGlobal(at));
}

void ReaderWindow::regionMenu(const QPoint &at)
{
    const QModelIndex index = m_tree->indexAt(at);
    if (!index.isValid())
        return;
    const int code = index.data(RegionTreeModel::CodeRole).toInt();
    const geo::Division *d = geo::Gazetteer::bundled().find(code);
    QMenu menu;
    menu.addAction(tr("Articles &Filed Here"), this, [this, index] { m_tree->setCurrentIndex(index); });
    if (d) {
        menu.addAction(tr("Articles &Mentioning %1").arg(d->name), this, [this, code] { followPlace(code); });
        menu.addAction(tr("&Copy Name and Code"), this, [d] {
            QApplication::clipboard()->setText(u"%1 %2"_s.arg(d->name).arg(d->code));
        });
    }
    menu.addSeparator();
    menu.addAction(tr("E&xpand All Below"), this, [this, index] { m_tree->expandRecursively(index); });
    menu.addAction(tr("C&ollapse All"), this, [this] { m_tree->collapseAll(); });
    menu.exec(m_tree->viewport()->mapToGlobal(at));
}

// Help › Guide: searching, the filters and the keyboard, in the interface's language.
void ReaderWindow::showGuide()
{
    QDialog guide(this);
    guide.setWindowTitle(tr("Fangzhi Guide"));
    guide.resize(720, 680);
    auto *column = new QVBoxLayout(&guide);
    auto *text = new QTextBrowser;
    text->setObjectName(u"guideText"_s);
    text->setMarkdown(tr(
        "## Searching\n\n"
        "Type words in the search field (Ctrl+L); every word must be in the article.\n\n"
        "- One or two Chinese characters find every article holding them: `科`, `科普`.\n"
        "- `\"a phrase\"` finds the words side by side: `\"科技馆\"`.\n"
        "- `-word` leaves out the articles holding it: `科普 -讲座`.\n"
        "- Place names may be typed in pinyin or initials: `dazhou`, `dz`.\n"
        "- The best matches come first, headlines before text; click a column to sort by it, and "
        "choose *View › Sort by Relevance* to go back.\n\n"
        "## Narrowing\n\n"
        "The region tree files each article under the most precise place it is about; a province's "
        "count includes its prefectures and counties. Dates may be typed as `2021`, `2021-10` or "
        "`2021-10-20`; *Dates* gives a year in one click. A place named in an article is a link to "
        "the articles that mention it; *Back* returns.\n\n"
        "## Keyboard\n\n"
        "| Keys | Does |\n|---|---|\n"
        "| Ctrl+L | Search field |\n| Ctrl+R | Find a region |\n| F6, Shift+F6 | Next, previous pane |\n"
        "| Ctrl+Down, Ctrl+Up | Next, previous article |\n| Alt+Left, Alt+Right | Back, forward |\n"
        "| Ctrl+F, F3, Shift+F3 | Find in the article, next, previous |\n"
        "| Ctrl++, Ctrl+-, Ctrl+0 | Larger, smaller, normal text |\n"
        "| Ctrl+Shift+O | The article in its original page |\n| Ctrl+C | Copy the selected articles |\n"
        "| Ctrl+Shift+C | Copy their citations (GB/T 7714) |\n"
        "| Ctrl+I | Import pages |\n| Alt+Down | Calendar in a date field |\n"));
    column->addWidget(text);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close);
    connect(buttons, &QDialogButtonBox::rejected, &guide, &QDialog::reject);
    column->addWidget(buttons);
    if (!qEnvironmentVariableIsSet("FANGZHI_NO_DIALOGS"))
        guide.exec();
}

// Tab goes through the window in reading order; every control has a name a screen reader says.
void ReaderWindow::setKeyboardOrder()
{
    const QList<QWidget *> order = {m_regionQuick, m_hideEmpty, m_tree, m_search, findChild<QWidget *>(u"clearFilters"_s),
                                    m_from->field(), m_to->field(), m_dateRanges, m_association, m_section, m_table,
                                    m_viewer};
    for (qsizetype i = 1; i < order.size(); ++i)
        setTabOrder(order[i - 1], order[i]);
    m_regionQuick->setAccessibleName(tr("Find a region"));
    m_tree->setAccessibleName(tr("Regions"));
    m_table->setAccessibleName(tr("Articles"));
    m_search->setAccessibleName(tr("Search"));
    m_dateRanges->setAccessibleName(tr("Date ranges"));
    m_association->setAccessibleName(tr("Association"));
    m_association->lineEdit()->setAccessibleName(tr("Association"));
    m_section->setAccessibleName(tr("Section"));
}

} // namespace fangzhi::gui
