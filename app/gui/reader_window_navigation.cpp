// Following a place named in an article to the articles that mention it, and Back and Forward
// (Alt+Left/Right, the mouse's side buttons) through the places visited.
#include "reader_window.h"

#include "article_list_model.h"
#include "article_view.h"
#include "archive_worker.h"
#include "date_field.h"
#include "association_choices.h"
#include "geo/gazetteer.h"
#include "region_tree_model.h"

#include <QApplication>
#include <QComboBox>
#include <QLineEdit>
#include <QMenu>
#include <QMenuBar>
#include <QKeyEvent>
#include <QMouseEvent>
#include <QTableView>
#include <QToolButton>
#include <QTreeView>

using namespace Qt::Literals::StringLiterals;

namespace fangzhi::gui {

ReadingPlace ReaderWindow::here() const
{
    return {m_filter, m_shownArticle};
}

void ReaderWindow::followPlace(int code)
{
    if (!geo::Gazetteer::bundled().find(code))
        return;
    m_history.leave(here());
    ReadingPlace there{m_filter, 0};
    there.filter.mentions = code;
    there.filter.region = -1; // wherever the articles are filed
    goTo(there);
}

void ReaderWindow::goBack()
{
    if (const auto place = m_history.back(here()))
        goTo(*place);
}

void ReaderWindow::goForward()
{
    if (const auto place = m_history.forward(here()))
        goTo(*place);
}

// Puts every filter and the tree back as they were at a place, and reads its article again.
void ReaderWindow::goTo(const ReadingPlace &place)
{
    const store::ArticleFilter &f = place.filter;
    m_navigating = true;
    showFilters(f);
    if (f.region > 0)
        showRegion(f.region);
    else
        m_tree->setCurrentIndex({});
    m_filter = f;
    m_navigating = false;
    m_pendingArticle = place.article;
    showMentions();
    updateNavigation();
    requery();
}

void ReaderWindow::showMentions()
{
    const auto *d = m_filter.mentions > 0 ? geo::Gazetteer::bundled().find(m_filter.mentions) : nullptr;
    m_mentionChip->setVisible(d);
    if (d) {
        m_mentionChip->setText(tr("Mentioning %1  ✕").arg(geo::Gazetteer::bundled().pathNames(d->code).join(u" › "_s)));
        m_mentionChip->setToolTip(tr("Only the articles that name %1 or a place within it. Click to show all.")
                                      .arg(d->name));
    }
    showSameDay();
}

void ReaderWindow::updateNavigation()
{
    if (m_backAction)
        m_backAction->setEnabled(m_history.canGoBack());
    if (m_forwardAction)
        m_forwardAction->setEnabled(m_history.canGoForward());
}

void ReaderWindow::addGoMenu()
{
    QMenu *go = menuBar()->addMenu(tr("&Go"));
    // Alt+Left and Alt+Right, and a keyboard's Back and Forward keys (not the platform's other
    // bindings: Backspace is for deleting what was typed).
    m_backAction = go->addAction(tr("&Back"), this, &ReaderWindow::goBack);
    m_backAction->setShortcuts({QKeySequence(Qt::ALT | Qt::Key_Left), QKeySequence(Qt::Key_Back)});
    m_backAction->setObjectName(u"goBack"_s);
    m_forwardAction = go->addAction(tr("&Forward"), this, &ReaderWindow::goForward);
    m_forwardAction->setShortcuts({QKeySequence(Qt::ALT | Qt::Key_Right), QKeySequence(Qt::Key_Forward)});
    m_forwardAction->setObjectName(u"goForward"_s);
    addMovingActions(go);
    updateNavigation();
}

// The mouse's back and forward buttons, wherever the pointer is in the window.
bool ReaderWindow::eventFilter(QObject *watched, QEvent *event)
{
    if (watched == m_table && event->type() == QEvent::KeyPress) {
        const auto *key = static_cast<QKeyEvent *>(event);
        if (key->matches(QKeySequence::Copy)) {
            copyArticleLines();
            return true;
        }
        if (key->keyCombination() == QKeyCombination(Qt::CTRL | Qt::SHIFT, Qt::Key_C)) {
            copyCitations();
            return true;
        }
    }
    if (event->type() == QEvent::MouseButtonPress) {
        auto *w = qobject_cast<QWidget *>(watched);
        const auto button = static_cast<QMouseEvent *>(event)->button();
        if (w && w->window() == this && (button == Qt::BackButton || button == Qt::ForwardButton)) {
            button == Qt::BackButton ? goBack() : goForward();
            return true;
        }
    }
    return QMainWindow::eventFilter(watched, event);
}

} // namespace fangzhi::gui
