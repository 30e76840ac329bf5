#pragma once

#include <QMainWindow>

class QTreeView;
class QPlainTextEdit;
class QDockWidget;

namespace fangzhi::gui {

class ArticleView;
class PageTreeModel;

// For now: the pages given on the command line or opened from the File menu, their articles,
// and the text of the selected one. The full reader (region tree, filters, export) follows.
class MainWindow : public QMainWindow
{
    Q_OBJECT
public:
    explicit MainWindow(QWidget *parent = nullptr);

    void loadPaths(const QStringList &paths);
    [[nodiscard]] PageTreeModel *pageModel() const { return m_model; }

Q_SIGNALS:
    void loadingFinished();

private:
    void openFiles();
    void openFolder();
    void finishLoading();
    void showSelection();
    void reportProblem(const QString &file, const QString &reason);
    void updateStatus();

    PageTreeModel *m_model;
    QTreeView *m_tree;
    ArticleView *m_view;
    QPlainTextEdit *m_problems;
    QDockWidget *m_problemsDock;
    int m_pending = 0;
    int m_failed = 0;
};

} // namespace fangzhi::gui
