// The reader window, offscreen: import, region tree, search, export, languages.
#include "archive_fixture.h"
#include "article_list_model.h"
#include "article_view.h"
#include "geo/gazetteer.h"
#include "export/pdf_exporter.h"
#include "reader_window.h"
#include "region_tree_model.h"
#include "report_bar.h"
#include "store/archive_types.h"

#include <QAbstractItemModelTester>
#include <QApplication>
#include "date_field.h"
#include <QSplitter>
#include <QFile>
#include <QStatusBar>
#include <QLabel>
#include <QLineEdit>
#include <QMenu>
#include <QMenuBar>
#include <QPrinter>
#include <QProcess>
#include <QSettings>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QHeaderView>
#include <QTableView>
#include <QTreeView>
#include <QTemporaryDir>
#include <QTest>
#include <QTranslator>

using namespace Qt::Literals::StringLiterals;
using namespace fangzhi;

class TestGui : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void init() { QSettings().clear(); } // every test starts as a first run
    void importSearchAndExport();
    void viewerShowsMarkupAsText();
    void printsTheSamePagesAsTheExport();
    void chineseTranslationIsCompiledIn();
    void chineseTranslationIsComplete();
    void languageMenuSwitchesTheWindow();
    void remembersArchivesAndFilters();
    void remembersLayoutRegionDatesAndOrder();
    void readsOlderPagesAgainFromTheMenu();
};

void TestGui::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true); // settings stay out of the user's own
    qputenv("FANGZHI_NO_DIALOGS", "1");
}

void TestGui::importSearchAndExport()
{
    QTemporaryDir dir;
    gui::ReaderWindow window;
    QAbstractItemModelTester regions(window.regionModel(), QAbstractItemModelTester::FailureReportingMode::QtTest);
    QAbstractItemModelTester articles(window.articleModel(), QAbstractItemModelTester::FailureReportingMode::QtTest);
    QAbstractItemModelTester shownRegions(window.regionView()->model(),
                                          QAbstractItemModelTester::FailureReportingMode::QtTest);
    window.show();
    QSignalSpy opened(&window, &gui::ReaderWindow::archiveOpened);
    QSignalSpy shown(&window, &gui::ReaderWindow::scopeShown);
    QSignalSpy imported(&window, &gui::ReaderWindow::importFinished);
    window.openArchive(dir.filePath(u"reader.fangzhi"_s));
    QVERIFY(opened.wait(10000));
    window.importPaths({QStringLiteral(FANGZHI_SEEDS_DIR)});
    QVERIFY(imported.wait(30000));
    QTRY_COMPARE_WITH_TIMEOUT(window.articleModel()->total(), 37, 10000);

    // The tree: 四川省 › 达州市 with its count; the list follows the region chosen.
    auto *model = window.regionModel();
    QCOMPARE(model->indexOfCode(511700).data().toString(), u"达州市 · 达州市科协"_s);
    QCOMPARE(model->indexOfCode(511700).siblingAtColumn(1).data().toLongLong(), 1);
    QCOMPARE(model->indexOfCode(511700).parent().data(gui::RegionTreeModel::CodeRole).toInt(), 510000);
    QCOMPARE(model->indexOfCode(510000).siblingAtColumn(1).data().toLongLong(), 33);

    // A keyword narrows the list and the tree's counts.
    shown.clear();
    window.searchField()->setText(u"青少年"_s);
    QVERIFY(shown.wait(10000));
    const qint64 found = window.articleModel()->total();
    QVERIFY(found > 1 && found < 37);
    QVERIFY(model->indexOfCode(510000).siblingAtColumn(1).data().toLongLong() < 33);
    QCOMPARE(model->index(0, 1).data().toLongLong(), found);

    // A search with nothing to search for, or too long, says so in the status bar.
    QStringList manyWords;
    for (int i = 0; i < 40; ++i)
        manyWords << u"科普%1"_s.arg(i);
    for (const QString &typed : {u"，。！？ 🎉 \u200b"_s, manyWords.join(u' ')}) {
        shown.clear();
        window.searchField()->setText(typed);
        QVERIFY(shown.wait(10000));
        const QString status = window.statusBar()->findChild<QLabel *>()->text();
        QVERIFY2(status.startsWith(u"Nothing in the search"_s) || status.startsWith(u"The search is too long"_s),
                 qPrintable(status));
        QCOMPARE(window.articleModel()->total(), 0);
    }
    shown.clear();
    window.searchField()->setText(u"青少年"_s);
    QVERIFY(shown.wait(10000));

    // A region chosen in the tree scopes the list to it.
    shown.clear();
    window.showRegion(511700);
    QVERIFY(shown.wait(10000));
    QCOMPARE(window.regionView()->currentIndex().data(gui::RegionTreeModel::CodeRole).toInt(), 511700);
    QCOMPARE(window.articleModel()->total(), 1); // the 达州 report mentions 青少年 too
    QCOMPARE(window.articleModel()->articleAt(0)->placeLine, u"达州市"_s);
    shown.clear();
    window.showRegion(510000);
    QVERIFY(shown.wait(10000));
    QVERIFY(window.articleModel()->total() > 0);

    QTableView *table = window.articleTable();
    // A click on the Title column orders the whole scope by title.
    shown.clear();
    table->horizontalHeader()->setSortIndicator(gui::ArticleListModel::TitleColumn, Qt::AscendingOrder);
    QVERIFY(shown.wait(10000));
    QVERIFY(window.articleModel()->articleAt(0)->title <= window.articleModel()->articleAt(1)->title);

    // Two articles chosen, exported: the PDF's text holds both titles.
    table->clearSelection();
    table->selectionModel()->select(window.articleModel()->index(0, 0),
                                    QItemSelectionModel::Select | QItemSelectionModel::Rows);
    table->selectionModel()->select(window.articleModel()->index(1, 0),
                                    QItemSelectionModel::Select | QItemSelectionModel::Rows);
    const QString first = window.articleModel()->articleAt(0)->title;
    const QString second = window.articleModel()->articleAt(1)->title;
    QSignalSpy exported(&window, &gui::ReaderWindow::exportFinished);
    const QString pdf = dir.filePath(u"two.pdf"_s);
    window.exportArticles(pdf, gui::ReaderWindow::Take::Selection);
    QVERIFY(exported.wait(30000));
    QCOMPARE(exported.first().first().toString(), QString());
    QProcess text;
    text.start(u"pdftotext"_s, {pdf, u"-"_s});
    QVERIFY(text.waitForFinished(30000));
    const QString extracted = QString::fromUtf8(text.readAllStandardOutput());
    QVERIFY(extracted.contains(first));
    QVERIFY(extracted.contains(second));
    QVERIFY2(extracted.contains(u"2 article"_s), qPrintable(extracted.left(400))); // the title page counts them
}

void TestGui::viewerShowsMarkupAsText()
{
    store::StoredArticle a;
    a.title = u"<b>标题</b>"_s;
    a.body = u"正文<i>不是标记</i>,科普活动。"_s;
    gui::ArticleView view;
    view.showStored(a, u"<h1>原版</h1>"_s, u"科普"_s);
    const QString shown = view.toPlainText();
    QVERIFY(shown.contains(u"<b>标题</b>"_s));
    QVERIFY(shown.contains(u"<i>不是标记</i>"_s));
    QVERIFY(shown.contains(u"<h1>原版</h1>"_s));
    QTextCursor hit = view.document()->find(u"科普"_s);
    QVERIFY(hit.charFormat().background().color() != QColor(Qt::white)); // the search word is marked
    a.mentions = {511700, 510000};
    view.showStored(a, {}, {});
    QTextCursor place = view.document()->find(u"达州市"_s);
    QCOMPARE(place.charFormat().anchorHref(), u"region:511700"_s);
}

void TestGui::printsTheSamePagesAsTheExport()
{
    // What Print and Print Preview draw, sent to a PDF printer so the result can be read back.
    QTemporaryDir dir;
    store::StoredArticle a;
    a.id = 1;
    a.title = u"资阳市科协 提高科普项目实施质量"_s;
    a.body = u"本报讯 为进一步提高科普项目实施质量。\n第二段。"_s;
    QPrinter printer(QPrinter::HighResolution);
    printer.setOutputFormat(QPrinter::PdfFormat);
    printer.setOutputFileName(dir.filePath(u"printed.pdf"_s));
    QCOMPARE(exporting::paintArticles(printer, {a}, {u"Fangzhi"_s, {u"test"_s}}), QString());
    QProcess text;
    text.start(u"pdftotext"_s, {printer.outputFileName(), u"-"_s});
    QVERIFY(text.waitForFinished(30000));
    const QString printed = QString::fromUtf8(text.readAllStandardOutput());
    QVERIFY2(printed.contains(u"提高科普项目实施质量"_s) || printed.contains(u"提⾼科普项⽬实施质量"_s),
             qPrintable(printed.left(300)));
    QVERIFY(printed.contains(u"第二段"_s) || printed.contains(u"第⼆段"_s));
    QVERIFY(printed.contains(u"Contents"_s));
}

void TestGui::chineseTranslationIsCompiledIn()
{
    QTranslator zh;
    QVERIFY(zh.load(u":/i18n/fangzhi_zh_CN.qm"_s));
    QApplication::installTranslator(&zh);
    gui::ReaderWindow window;
    QStringList menus;
    for (QAction *a : window.menuBar()->actions())
        menus << a->text();
    QCOMPARE(menus, (QStringList{u"文件(&F)"_s, u"查看(&V)"_s, u"转到(&G)"_s, u"语言(&L)"_s, u"帮助(&H)"_s}));
    QApplication::removeTranslator(&zh);
}

void TestGui::chineseTranslationIsComplete()
{
    QFile ts(QStringLiteral(FANGZHI_TRANSLATIONS_DIR) + u"/fangzhi_zh_CN.ts"_s);
    QVERIFY(ts.open(QIODevice::ReadOnly));
    const QByteArray xml = ts.readAll();
    QVERIFY(xml.count("<message") > 30);
    QCOMPARE(xml.count("type=\"unfinished\""), 0);
    QCOMPARE(xml.count("<translation></translation>"), 0);
}

void TestGui::languageMenuSwitchesTheWindow()
{
    gui::ReaderWindow window;
    const auto menuTitles = [&] {
        QStringList titles;
        for (QAction *a : window.menuBar()->actions())
            titles << a->text();
        return titles;
    };
    QCOMPARE(menuTitles().first(), u"&File"_s);
    const auto choose = [&](const QString &code) {
        QMenu *language = window.findChild<QMenu *>(u"languageMenu"_s);
        QVERIFY(language);
        for (QAction *a : language->actions())
            if (a->data().toString() == code)
                a->trigger();
    };
    choose(u"zh_CN"_s);
    QTRY_COMPARE(menuTitles(), (QStringList{u"文件(&F)"_s, u"查看(&V)"_s, u"转到(&G)"_s, u"语言(&L)"_s, u"帮助(&H)"_s}));
    QCOMPARE(window.searchField()->placeholderText(), u"检索:词语、\"短语\"、-排除"_s);
    QCOMPARE(window.articleModel()->headerData(0, Qt::Horizontal, Qt::DisplayRole).toString(), u"标题"_s);
    choose(u"en"_s);
    QTRY_COMPARE(menuTitles().first(), u"&File"_s);
}

void TestGui::remembersArchivesAndFilters()
{
    QTemporaryDir dir;
    {
        gui::ReaderWindow window;
        QSignalSpy opened(&window, &gui::ReaderWindow::archiveOpened);
        for (const QString &name : {u"one.fangzhi"_s, u"two.fangzhi"_s}) {
            window.openArchive(dir.filePath(name));
            QVERIFY(opened.wait(10000));
        }
        window.searchField()->setText(u"科普"_s);
        QTest::keyClick(window.searchField(), Qt::Key_Return); // searched at once, not after the typing pause
    }
    // Each archive opens with its own filters: two.fangzhi was left searching, one.fangzhi not.
    gui::ReaderWindow again;
    QSignalSpy opened(&again, &gui::ReaderWindow::archiveOpened);
    again.openArchive(dir.filePath(u"two.fangzhi"_s));
    QVERIFY(opened.wait(10000));
    QCOMPARE(again.searchField()->text(), u"科普"_s);
    again.openArchive(dir.filePath(u"one.fangzhi"_s));
    QVERIFY(opened.wait(10000));
    QCOMPARE(again.searchField()->text(), QString());
    again.openArchive(dir.filePath(u"two.fangzhi"_s));
    QVERIFY(opened.wait(10000));
    QCOMPARE(again.searchField()->text(), u"科普"_s);
    QStringList recent;
    for (QAction *menu : again.menuBar()->actions())
        for (QAction *a : menu->menu()->actions())
            if (a->menu())
                for (QAction *r : a->menu()->actions())
                    recent << r->text().section(u"  —  "_s, 0, 0);
    QCOMPARE(recent.mid(0, 2), (QStringList{u"two.fangzhi"_s, u"one.fangzhi"_s}));
}

void TestGui::remembersLayoutRegionDatesAndOrder()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(u"layout.fangzhi"_s);
    QList<int> sizes;
    {
        gui::ReaderWindow window;
        window.resize(1200, 800);
        window.show();
        QSignalSpy opened(&window, &gui::ReaderWindow::archiveOpened);
        QSignalSpy imported(&window, &gui::ReaderWindow::importFinished);
        QSignalSpy shown(&window, &gui::ReaderWindow::scopeShown);
        window.openArchive(path);
        QVERIFY(opened.wait(10000));
        window.importPaths({QStringLiteral(FANGZHI_SEEDS_DIR)});
        QVERIFY(imported.wait(30000));
        QTRY_COMPARE_WITH_TIMEOUT(window.articleModel()->total(), 37, 10000);
        auto *splitter = window.findChild<QSplitter *>(); // the tree beside the rest
        splitter->setSizes({420, 780});
        sizes = splitter->sizes();
        shown.clear();
        auto *from = window.findChild<QLineEdit *>(u"fromDate"_s); // typed as a year: from its first day
        QTest::keyClicks(from, u"2023"_s);
        QTest::keyClick(from, Qt::Key_Return);
        QVERIFY(shown.wait(10000));
        shown.clear();
        window.showRegion(510000);
        QVERIFY(shown.wait(10000));
        shown.clear();
        window.articleTable()->horizontalHeader()->setSortIndicator(gui::ArticleListModel::DateColumn,
                                                                    Qt::AscendingOrder);
        QVERIFY(shown.wait(10000));
        window.close();
    }
    gui::ReaderWindow again;
    again.resize(1200, 800);
    again.show();
    QSignalSpy shown(&again, &gui::ReaderWindow::scopeShown);
    again.openArchive(path);
    QVERIFY(shown.wait(10000));
    QCOMPARE(again.findChild<QSplitter *>()->sizes(), sizes);
    QCOMPARE(again.findChildren<gui::DateField *>().first()->date(), QDate(2023, 1, 1));
    QCOMPARE(again.regionView()->currentIndex().data(gui::RegionTreeModel::CodeRole).toInt(), 510000);
    QCOMPARE(again.articleTable()->horizontalHeader()->sortIndicatorSection(), int(gui::ArticleListModel::DateColumn));
    // The list is what those filters and that order give: 四川省 from 2023 on, oldest first.
    const auto *model = again.articleModel();
    QVERIFY(model->rowCount() > 1);
    for (int r = 0; r < model->rowCount(); ++r) {
        QVERIFY(model->articleAt(r)->date.date >= QDate(2023, 1, 1));
        QCOMPARE(model->articleAt(r)->region / 10000, 51);
        if (r > 0)
            QVERIFY(model->articleAt(r - 1)->date.date <= model->articleAt(r)->date.date);
    }
}

void TestGui::readsOlderPagesAgainFromTheMenu()
{
    QTemporaryDir dir;
    const QString db = dir.filePath(u"older.fangzhi"_s);
    {
        QString error;
        auto archive = store::openSqliteArchive(db, &error);
        QVERIFY2(archive, qPrintable(error));
        test::storeBriefsAsAnOlderParserDid(*archive, db);
    }
    gui::ReaderWindow window;
    QAbstractItemModelTester articles(window.articleModel(), QAbstractItemModelTester::FailureReportingMode::QtTest);
    window.show();
    QSignalSpy opened(&window, &gui::ReaderWindow::archiveOpened);
    window.openArchive(db);
    QVERIFY(opened.wait(10000));
    QTRY_COMPARE_WITH_TIMEOUT(window.articleModel()->total(), 6, 10000);
    // The File menu as it is now (the menus are rebuilt when the archive changes).
    const auto readAgain = [&]() -> QAction * {
        for (QAction *menu : window.menuBar()->actions())
            if (menu->menu())
                for (QAction *a : menu->menu()->actions())
                    if (a->objectName() == u"readPagesAgain"_s)
                        return a;
        return nullptr;
    };
    QAction *again = nullptr;
    QTRY_VERIFY_WITH_TIMEOUT((again = readAgain()) && again->isEnabled(), 10000);
    QVERIFY2(again->text().contains(u"1"_s), qPrintable(again->text())); // one page to read again
    const auto *hint = window.findChild<QLabel *>(u"olderPagesHint"_s);
    QVERIFY(hint && hint->isVisible() && hint->text().startsWith(u"1 page was read by an older Fangzhi"_s));

    QSignalSpy done(&window, &gui::ReaderWindow::reparseFinished);
    again->trigger();
    QVERIFY(done.wait(30000));
    QTRY_COMPARE_WITH_TIMEOUT(window.articleModel()->total(), 8, 10000);
    QTRY_VERIFY_WITH_TIMEOUT((again = readAgain()) && !again->isEnabled(), 10000);
    QVERIFY(!hint->isVisible());
    const QString report = window.reportBar()->summary();
    QVERIFY2(report.contains(u"5 articles kept (1 of them now under another region)"_s), qPrintable(report));
}

QTEST_MAIN(TestGui)
#include "tst_gui.moc"
