// The reader on a large archive: from start to a usable window, a quick-filter keystroke in the
// region tree, a change of scope, and an export of 100 articles.
//   QT_QPA_PLATFORM=offscreen bench_reader --db ARCHIVE
#include "article_list_model.h"
#include "reader_window.h"
#include "region_tree_model.h"

#include <QApplication>
#include <QCheckBox>
#include <QElapsedTimer>
#include <QLineEdit>
#include <QSettings>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTableView>
#include <QTemporaryDir>
#include <QTreeView>

#include <cstdio>

using namespace Qt::Literals::StringLiterals;

int main(int argc, char *argv[])
{
    QElapsedTimer launch;
    launch.start();
    QApplication app(argc, argv);
    QStandardPaths::setTestModeEnabled(true);
    QSettings().clear(); // a first run: no region or filters kept from the last one
    const QStringList args = app.arguments();
    const qsizetype at = args.indexOf(u"--db"_s);
    if (at < 0 || at + 1 >= args.size()) {
        std::fprintf(stderr, "usage: bench_reader --db ARCHIVE\n");
        return 2;
    }
    fangzhi::gui::ReaderWindow window;
    window.show();
    QSignalSpy shown(&window, &fangzhi::gui::ReaderWindow::scopeShown);
    window.openArchive(args[at + 1]);
    if (!shown.wait(60000))
        return 1;
    std::printf("window usable (tree counted, first articles listed) %lld ms after start; %lld articles in scope\n",
                launch.elapsed(), window.articleModel()->total());

    // A keystroke in the region tree's quick filter: the filter runs in the proxy, on the GUI thread.
    auto *quick = window.findChild<QLineEdit *>();
    QElapsedTimer t;
    for (const QString &typed : {u"d"_s, u"da"_s, u"daz"_s, u"dazh"_s, u"达"_s, u"达州"_s}) {
        t.start();
        quick->setText(typed);
        QCoreApplication::processEvents();
        std::printf("quick filter \"%s\": %lld ms\n", qPrintable(typed), t.elapsed());
    }
    quick->clear();

    // Choosing a region: the list and counts come back from the worker. Every region is shown,
    // so that regions without articles can be chosen too.
    window.findChild<QCheckBox *>()->setChecked(false);
    for (const int code : {510000, 511700, 440100}) {
        const QModelIndex source = window.regionModel()->indexOfCode(code);
        auto *proxy = qobject_cast<QAbstractProxyModel *>(window.regionView()->model());
        shown.clear();
        t.start();
        window.regionView()->setCurrentIndex(proxy->mapFromSource(source));
        if (!shown.wait(60000))
            return 1;
        std::printf("scope changed to %d: %lld ms, %lld articles\n", code, t.elapsed(), window.articleModel()->total());
    }

    shown.clear();
    while (shown.wait(300)) // an answer still on its way would reset the list and its selection
        shown.clear();
    QTemporaryDir dir;
    window.articleTable()->selectAll();
    while (window.articleModel()->rowCount() < 100 && window.articleModel()->canFetchMore({})) {
        window.articleModel()->fetchMore({});
        QCoreApplication::processEvents();
    }
    window.articleTable()->clearSelection();
    for (int r = 0; r < std::min(100, window.articleModel()->rowCount()); ++r)
        window.articleTable()->selectionModel()->select(window.articleModel()->index(r, 0),
                                                        QItemSelectionModel::Select | QItemSelectionModel::Rows);
    QSignalSpy exported(&window, &fangzhi::gui::ReaderWindow::exportFinished);
    t.start();
    window.exportArticles(dir.filePath(u"x.pdf"_s), fangzhi::gui::ReaderWindow::Take::Selection);
    if (exported.isEmpty() && !exported.wait(60000)) // an empty archive says at once that nothing was exported
        return 1;
    std::printf("export of %lld selected articles: %lld ms\n",
                qlonglong(window.articleTable()->selectionModel()->selectedRows().size()), t.elapsed());
    return 0;
}
