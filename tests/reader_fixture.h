#pragma once

#include "article_list_model.h"
#include "reader_window.h"
#include "region_tree_model.h"

#include <QAbstractItemModelTester>
#include <QSignalSpy>
#include <QTest>

namespace fangzhi::test {

// The reader's window, shown and active (for its shortcuts), its models under
// QAbstractItemModelTester, and what it says it did.
struct Reader
{
    gui::ReaderWindow window;
    QAbstractItemModelTester regions{window.regionModel(), QAbstractItemModelTester::FailureReportingMode::QtTest};
    QAbstractItemModelTester articles{window.articleModel(), QAbstractItemModelTester::FailureReportingMode::QtTest};
    QSignalSpy opened{&window, &gui::ReaderWindow::archiveOpened};
    QSignalSpy shown{&window, &gui::ReaderWindow::scopeShown};
    QSignalSpy imported{&window, &gui::ReaderWindow::importFinished};
    QSignalSpy read{&window, &gui::ReaderWindow::articleShown};

    Reader()
    {
        window.show();
        window.activateWindow();
        QVERIFY(QTest::qWaitForWindowActive(&window));
    }
    bool open(const QString &path)
    {
        opened.clear();
        window.openArchive(path);
        return opened.wait(10000);
    }
    bool import(const QStringList &paths)
    {
        imported.clear();
        window.importPaths(paths);
        return imported.wait(60000);
    }
};

} // namespace fangzhi::test
