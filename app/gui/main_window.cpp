#include "main_window.h"

#include "article_view.h"
#include "geo/page_placer.h"
#include "page_tree_model.h"
#include "parse/page_file.h"

#include <QApplication>
#include <QDockWidget>
#include <QFileDialog>
#include <QHeaderView>
#include <QMenuBar>
#include <QMessageBox>
#include <QPlainTextEdit>
#include <QPointer>
#include <QSplitter>
#include <QStatusBar>
#include <QThreadPool>
#include <QTreeView>

using namespace Qt::Literals::StringLiterals;

namespace fangzhi::gui {

MainWindow::MainWindow(QWidget *parent)
    : QMainWindow(parent), m_model(new PageTreeModel(this)), m_tree(new QTreeView),
      m_view(new ArticleView), m_problems(new QPlainTextEdit), m_problemsDock(new QDockWidget)
{
    setWindowTitle(tr("Fangzhi — local newspaper archive"));
    resize(1200, 760);

    m_tree->setModel(m_model);
    m_tree->setUniformRowHeights(true);
    m_tree->header()->setSectionResizeMode(PageTreeModel::TitleColumn, QHeaderView::Stretch);
    m_tree->header()->setStretchLastSection(false);
    m_tree->setColumnWidth(PageTreeModel::CreditColumn, 160);
    connect(m_tree->selectionModel(), &QItemSelectionModel::currentChanged, this,
            &MainWindow::showSelection);

    auto *splitter = new QSplitter;
    splitter->addWidget(m_tree);
    splitter->addWidget(m_view);
    splitter->setStretchFactor(0, 2);
    splitter->setStretchFactor(1, 3);
    setCentralWidget(splitter);

    m_problems->setReadOnly(true);
    m_problemsDock->setObjectName(u"problems"_s);
    m_problemsDock->setWindowTitle(tr("Problems"));
    m_problemsDock->setWidget(m_problems);
    addDockWidget(Qt::BottomDockWidgetArea, m_problemsDock);
    m_problemsDock->hide();

    QMenu *file = menuBar()->addMenu(tr("&File"));
    file->addAction(tr("Open &Pages…"), QKeySequence::Open, this, &MainWindow::openFiles);
    file->addAction(tr("Open &Folder…"), this, &MainWindow::openFolder);
    file->addSeparator();
    file->addAction(tr("&Quit"), QKeySequence::Quit, qApp, &QApplication::quit);
    QMenu *help = menuBar()->addMenu(tr("&Help"));
    help->addAction(tr("&About Fangzhi"), this, [this] {
        QMessageBox::about(
            this, tr("About Fangzhi"),
            tr("Fangzhi %1 — an offline reader for archives of Chinese local newspapers.")
                .arg(QApplication::applicationVersion()));
    });
    updateStatus();
}

void MainWindow::openFiles()
{
    const QStringList files = QFileDialog::getOpenFileNames(
        this, tr("Open pages"), {}, tr("Page files (*.txt *.md);;All files (*)"));
    if (!files.isEmpty())
        loadPaths(files);
}

void MainWindow::openFolder()
{
    const QString dir = QFileDialog::getExistingDirectory(this, tr("Open a folder of pages"));
    if (!dir.isEmpty())
        loadPaths({dir});
}

// Reading and parsing run on the thread pool; results come back to the GUI thread one by one.
void MainWindow::loadPaths(const QStringList &paths)
{
    QStringList missing;
    const QStringList files = parse::expandPagePaths(paths, &missing);
    for (const QString &path : missing)
        reportProblem(path, tr("no such file or folder"));
    m_pending += int(files.size());
    updateStatus();
    if (files.isEmpty()) {
        Q_EMIT loadingFinished();
        return;
    }
    QPointer<MainWindow> self(this);
    for (const QString &path : files) {
        QThreadPool::globalInstance()->start([self, path] {
            auto result = std::make_shared<parse::PageFileResult>(parse::readPageFile(path));
            if (result->ok())
                geo::placePage(*result->page);
            QMetaObject::invokeMethod(qApp, [self, path, result] {
                if (!self)
                    return;
                if (result->ok())
                    self->m_model->addPage(std::move(*result->page));
                else
                    self->reportProblem(path, result->error);
                if (--self->m_pending == 0)
                    self->finishLoading();
                self->updateStatus();
            });
        });
    }
}

void MainWindow::finishLoading()
{
    m_tree->expandAll();
    // Open on something to read rather than an empty viewer.
    if (!m_tree->currentIndex().isValid() && m_model->rowCount() > 0)
        m_tree->setCurrentIndex(m_model->index(0, 0, m_model->index(0, 0)));
    Q_EMIT loadingFinished();
}

void MainWindow::showSelection()
{
    const QModelIndex index = m_tree->currentIndex();
    const parse::Page *page = m_model->pageAt(index);
    if (!page)
        return;
    if (const parse::Article *article = m_model->articleAt(index))
        m_view->showArticle(*page, *article);
    else
        m_view->showPage(*page);
}

void MainWindow::reportProblem(const QString &file, const QString &reason)
{
    ++m_failed;
    m_problems->appendPlainText(u"%1: %2"_s.arg(file, reason));
    m_problemsDock->show();
}

void MainWindow::updateStatus()
{
    int articles = 0;
    for (int r = 0; r < m_model->rowCount(); ++r)
        articles += m_model->rowCount(m_model->index(r, 0));
    QString status =
        tr("%n page(s), ", nullptr, m_model->rowCount()) + tr("%n article(s)", nullptr, articles);
    if (m_failed)
        status += tr(", %n file(s) could not be read", nullptr, m_failed);
    if (m_pending)
        status += tr(" — reading %n more…", nullptr, m_pending);
    statusBar()->showMessage(status);
}

} // namespace fangzhi::gui
