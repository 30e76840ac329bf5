// The window and its model, offscreen.
#include "article_view.h"
#include "main_window.h"
#include "page_tree_model.h"
#include "parse/page_file.h"

#include <QAbstractItemModelTester>
#include <QApplication>
#include <QFile>
#include <QMenuBar>
#include <QSignalSpy>
#include <QTest>
#include <QTranslator>
#include <QTreeView>

using namespace Qt::Literals::StringLiterals;
using namespace fangzhi;

namespace {

parse::Page page(const QString &path)
{
    auto result = parse::readPageFile(path);
    if (!result.ok())
        qFatal("%s", qPrintable(result.error));
    return *result.page;
}

QString seed(const char *name)
{
    return QStringLiteral(FANGZHI_SEEDS_DIR) + u'/' + QString::fromLatin1(name);
}

} // namespace

class TestGui : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void pageTreeModelPassesTheModelTester();
    void windowLoadsPagesOffTheGuiThread();
    void viewerShowsMarkupAsText();
    void chineseTranslationIsCompiledIn();
    void chineseTranslationIsComplete();
};

void TestGui::pageTreeModelPassesTheModelTester()
{
    gui::PageTreeModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    model.addPage(page(seed("002_8555cece826b833e.txt")));
    const QPersistentModelIndex caption(model.index(1, 0, model.index(0, 0)));
    model.addPage(page(seed("000_e94dbefa3c4468c5.txt"))); // sorts above the page already there
    QCOMPARE(model.rowCount(), 2);
    QCOMPARE(caption.parent().row(), 1);
    QCOMPARE(model.articleAt(caption)->captions.size(), 1);
    const QModelIndex first = model.index(0, 0);
    QCOMPARE(model.rowCount(first), 8);
    QCOMPARE(model.data(model.index(0, 0, first)).toString(),
             u"达州市 · 全省科协系统 扎实推进党史学习教育"_s);
    QCOMPARE(model.data(model.index(3, gui::PageTreeModel::CreditColumn, first)).toString(),
             u"资阳市科协"_s);
    QCOMPARE(model.parent(model.index(3, 1, first)), first);
    QCOMPARE(
        model.data(model.index(2, 0, model.index(1, 0)), gui::PageTreeModel::PageIndexRole).toInt(),
        1);
    QVERIFY(model.articleAt(first) == nullptr);
    QCOMPARE(model.articleAt(model.index(1, 0, model.index(1, 0)))->captions.size(), 1);
    model.clear();
    QCOMPARE(model.rowCount(), 0);
}

void TestGui::windowLoadsPagesOffTheGuiThread()
{
    gui::MainWindow window;
    QAbstractItemModelTester tester(window.pageModel(),
                                    QAbstractItemModelTester::FailureReportingMode::QtTest);
    QSignalSpy finished(&window, &gui::MainWindow::loadingFinished);
    window.show();
    window.loadPaths({QStringLiteral(FANGZHI_SEEDS_DIR), u"/no/such/page.txt"_s});
    QVERIFY(finished.wait(10000));
    auto *model = window.pageModel();
    QCOMPARE(model->rowCount(), 5);
    int articles = 0;
    for (int r = 0; r < model->rowCount(); ++r)
        articles += model->rowCount(model->index(r, 0));
    QCOMPARE(articles, 37);

    auto *tree = window.findChild<QTreeView *>();
    auto *view = window.findChild<gui::ArticleView *>();
    QVERIFY(tree && view);
    const QModelIndex page000 = model->index(0, 0); // pages are listed by file name
    QCOMPARE(model->data(page000).toString(), u"000_e94dbefa3c4468c5.txt"_s);
    QCOMPARE(tree->currentIndex(), model->index(0, 0, page000)); // opens on the first article
    QVERIFY(view->toPlainText().startsWith(u"全省科协系统 扎实推进党史学习教育\n达州市"_s));
    tree->setCurrentIndex(model->index(3, 0, page000));
    QVERIFY(view->toPlainText().startsWith(u"资阳市科协 提高科普项目实施质量"_s));
    QVERIFY(view->toPlainText().contains(u"资阳市科协与市财政局联合制定"_s));
    QVERIFY(view->toPlainText().contains(u"四川省 › 资阳市  ·  资阳市科协"_s)); // placed off the GUI thread
    tree->setCurrentIndex(page000);
    QVERIFY(
        view->toPlainText().contains(u"学党史 悟思想 办实事 开新局"_s)); // the page's original text
}

void TestGui::viewerShowsMarkupAsText()
{
    const parse::Page p = page(QStringLiteral(FANGZHI_FIXTURES_DIR) + u"/fragment_first.txt"_s);
    gui::ArticleView view;
    view.showArticle(p, p.articles[1]);
    QVERIFY(view.toPlainText().contains(u"<b>不是标记</b>"_s));
    view.showArticle(p, p.articles[0]);
    QVERIFY(view.toPlainText().startsWith(u"(untitled)"_s));
}

void TestGui::chineseTranslationIsCompiledIn()
{
    QTranslator zh;
    QVERIFY(zh.load(u":/i18n/fangzhi_zh_CN.qm"_s));
    QApplication::installTranslator(&zh);
    gui::MainWindow window;
    QStringList menus;
    for (QAction *a : window.menuBar()->actions())
        menus << a->text();
    QCOMPARE(menus, (QStringList{u"文件(&F)"_s, u"帮助(&H)"_s}));
    QCOMPARE(window.windowTitle(), u"方志 — 地方报纸档案"_s);
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

QTEST_MAIN(TestGui)
#include "tst_gui.moc"
