// The reader is comfortable for a day's work: the window stays usable while pages are imported,
// everything is reachable from the keyboard, reading can be found in, zoomed and traced to its page.
#include "archive_fixture.h"
#include "export/citation.h"
#include "find_bar.h"
#include "text/article_span.h"
#include "article_view.h"
#include "language.h"
#include "page_generator.h"
#include "reader_fixture.h"
#include "report_bar.h"

#include <QApplication>
#include <QClipboard>
#include <QComboBox>
#include <QDialog>
#include <QContextMenuEvent>
#include <QHeaderView>
#include <QMenu>
#include <QTimer>
#include <QSortFilterProxyModel>
#include <QWheelEvent>
#include <QAbstractButton>
#include <QLabel>
#include <QLineEdit>
#include <QSettings>
#include <QStandardPaths>
#include <QStatusBar>
#include <QTableView>
#include <QTemporaryDir>
#include <QToolButton>
#include <QTreeView>

using namespace Qt::Literals::StringLiterals;
using namespace fangzhi;
using test::Reader;

class TestReaderComfort : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void init() { QSettings().clear(); }
    void importLeavesTheWindowUsable();
    void keyboardReachesEverything();
    void readingTools();
    void listAndTreeSayMore();
    void languageSwitchChangesEverything();
    void emptyArchiveSaysWhatToDo();
    void citationsLeaveOutWhatIsUnknown();
    void articlesAreFoundInTheirPages();
    void undatedArticlesComeLast();
    void importSettingsAreUsed();
    void theSameDayInAnyYear();

private:
    // The samples imported into a new archive, in a reader; the first article shown.
    bool openSamples(Reader &r, QTemporaryDir &dir);
};

bool TestReaderComfort::openSamples(Reader &r, QTemporaryDir &dir)
{
    return r.open(dir.filePath(u"samples.fangzhi"_s)) && r.import({QStringLiteral(FANGZHI_SEEDS_DIR)}) &&
           (r.window.viewer()->article() || r.read.wait(10000));
}

void TestReaderComfort::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    qputenv("FANGZHI_NO_DIALOGS", "1");
    gui::useLanguage(u"en"_s);
}

// No modal dialog: the archive is searched and read while pages are stored, the tree follows what
// has been stored so far, and the import stops from the status bar with the stored pages kept.
void TestReaderComfort::importLeavesTheWindowUsable()
{
    QTemporaryDir dir;
    const QString pages = dir.filePath(u"pages"_s);
    QVERIFY(QDir().mkpath(pages));
    bench::PageGenerator generator(QStringLiteral(FANGZHI_SEEDS_DIR));
    for (int i = 0; i < 2500; ++i)
        test::writeFile(pages + u"/page%1.txt"_s.arg(i, 4, 10, QChar(u'0')), generator.next(true).bytes);
    Reader r;
    QVERIFY(r.open(dir.filePath(u"busy.fangzhi"_s)));
    QSignalSpy refreshed(&r.window, &gui::ReaderWindow::refreshedFromElsewhere);
    r.window.importPaths({pages});
    auto *status = r.window.findChild<QWidget *>(u"importStatus"_s);
    QVERIFY(status);
    QVERIFY(status->isVisible());
    QCOMPARE(QApplication::activeModalWidget(), nullptr);

    // What has been stored so far shows, while the import goes on.
    QVERIFY(refreshed.wait(20000));
    QTRY_VERIFY_WITH_TIMEOUT(r.window.articleModel()->total() > 0, 10000);
    QVERIFY(r.imported.isEmpty());
    r.shown.clear();
    r.window.searchField()->setText(u"科普"_s);
    QVERIFY(r.shown.wait(10000));
    QVERIFY(r.imported.isEmpty());
    const QString progress = status->findChild<QLabel *>()->text();
    QVERIFY2(progress.startsWith(u"Importing: "_s) && progress.contains(u" of 2,500 files"_s), qPrintable(progress));

    // A second import waits for this one; then the import stops from the status bar.
    r.window.importPaths({pages});
    QVERIFY2(r.window.reportBar()->summary().contains(u"An import is under way"_s),
             qPrintable(r.window.reportBar()->summary()));
    QTest::mouseClick(status->findChild<QToolButton *>(u"cancelImport"_s), Qt::LeftButton);
    QVERIFY(r.imported.wait(60000));
    QVERIFY(!status->isVisible());
    const QString said = r.window.reportBar()->summary();
    QVERIFY2(said.contains(u"were not reached"_s), qPrintable(said));
    QTRY_VERIFY_WITH_TIMEOUT(r.window.articleModel()->total() > 0, 10000);
}

// Tab goes through the window in reading order, every control has a name, and the shortcuts
// reach the search, the region finder, the panes and the next article.
void TestReaderComfort::keyboardReachesEverything()
{
    QTemporaryDir dir;
    Reader r;
    QVERIFY(openSamples(r, dir));
    QWidget &w = r.window;
    auto *regionFinder = w.findChild<QLineEdit *>(u"regionFinder"_s); // the first field: above the tree
    QVERIFY(regionFinder);
    regionFinder->setFocus();
    QList<QWidget *> visited;
    for (int i = 0; i < 16; ++i) {
        visited << QApplication::focusWidget();
        QTest::keyClick(QApplication::focusWidget(), Qt::Key_Tab);
    }
    const QList<QWidget *> expected = {r.window.regionView(), r.window.searchField(),
                                       w.findChild<QWidget *>(u"fromDate"_s), w.findChild<QWidget *>(u"toDate"_s),
                                       r.window.articleTable(), r.window.viewer()};
    qsizetype last = -1;
    for (QWidget *stop : expected) {
        const qsizetype at = visited.indexOf(stop);
        QVERIFY2(at > last, qPrintable((stop ? QString::fromLatin1(stop->metaObject()->className()) : u"missing"_s) +
                                       u" after "_s + QString::number(last)));
        last = at;
    }
    for (QWidget *focusable : w.findChildren<QWidget *>())
        if (focusable->isVisible() && (focusable->focusPolicy() & Qt::TabFocus) && !focusable->isWindow()) {
            const auto *button = qobject_cast<QAbstractButton *>(focusable);
            QVERIFY2(!focusable->accessibleName().isEmpty() || (button && !button->text().isEmpty()),
                     qPrintable(QString::fromLatin1(focusable->metaObject()->className()) + u' ' + focusable->objectName()));
        }

    // A region typed is shown unfolded down to it, its own divisions folded under it.
    regionFinder->setText(u"dazhou"_s);
    const auto shownIndex = [&](int code) {
        auto *proxy = qobject_cast<QSortFilterProxyModel *>(r.window.regionView()->model());
        return proxy->mapFromSource(r.window.regionModel()->indexOfCode(code));
    };
    QVERIFY(r.window.regionView()->isExpanded(shownIndex(510000)));
    QVERIFY(shownIndex(511700).isValid() && !r.window.regionView()->isExpanded(shownIndex(511700)));
    regionFinder->clear();

    QTest::keyClick(&w, Qt::Key_L, Qt::ControlModifier);
    QCOMPARE(QApplication::focusWidget(), r.window.searchField());
    QTest::keyClick(&w, Qt::Key_R, Qt::ControlModifier);
    QCOMPARE(QApplication::focusWidget(), regionFinder);
    QTest::keyClick(&w, Qt::Key_F6);
    QCOMPARE(QApplication::focusWidget(), r.window.regionView());
    QTest::keyClick(&w, Qt::Key_F6);
    QCOMPARE(QApplication::focusWidget(), r.window.articleTable());
    QTest::keyClick(&w, Qt::Key_F6);
    QCOMPARE(QApplication::focusWidget(), r.window.viewer());
    QTest::keyClick(&w, Qt::Key_F6, Qt::ShiftModifier);
    QCOMPARE(QApplication::focusWidget(), r.window.articleTable());
    const qint64 first = r.window.viewer()->article()->id;
    r.read.clear();
    QTest::keyClick(&w, Qt::Key_Down, Qt::ControlModifier);
    QVERIFY(r.read.wait(10000));
    QVERIFY(r.window.viewer()->article()->id != first);
    QCOMPARE(r.window.articleTable()->currentIndex().row(), 1);
    r.read.clear();
    QTest::keyClick(&w, Qt::Key_Up, Qt::ControlModifier);
    QVERIFY(r.read.wait(10000));
    QCOMPARE(r.window.viewer()->article()->id, first);
}

// Find in the article, text size kept for next time, the article marked in its page, the page
// file named whole.
void TestReaderComfort::readingTools()
{
    QTemporaryDir dir;
    int zoomed = 0;
    {
        Reader r;
        QVERIFY(openSamples(r, dir));
        gui::ArticleView *viewer = r.window.viewer();
        const QString title = viewer->article()->title;
        QVERIFY(viewer->toPlainText().contains(QDir::toNativeSeparators(viewer->article()->source)));
        QVERIFY(viewer->spanFound());

        QTest::keyClick(&r.window, Qt::Key_F, Qt::ControlModifier);
        auto *find = r.window.findChild<QLineEdit *>(u"findInArticle"_s);
        QVERIFY(find && find->isVisible() && find->hasFocus());
        const QString word = title.left(2); // in the headline, the body's page text and more
        find->insert(word); // as typed (QTest types ASCII only)
        auto *bar = r.window.findChild<gui::FindBar *>(u"findBar"_s);
        QVERIFY(bar->matches() >= 2);
        QCOMPARE(bar->current(), 1);
        QCOMPARE(viewer->textCursor().selectedText(), word);
        QTest::keyClick(find, Qt::Key_Return);
        QCOMPARE(bar->current(), 2);
        QTest::keyClick(find, Qt::Key_Return, Qt::ShiftModifier);
        QCOMPARE(bar->current(), 1);
        QTest::keyClick(find, Qt::Key_Escape);
        QVERIFY(!find->isVisible());

        const int before = viewer->zoom();
        QTest::keyClick(&r.window, Qt::Key_Plus, Qt::ControlModifier);
        QCOMPARE(viewer->zoom(), before + 10);
        QWheelEvent wheel(QPointF(20, 20), viewer->mapToGlobal(QPointF(20, 20)), {}, QPoint(0, 120), Qt::NoButton,
                          Qt::ControlModifier, Qt::NoScrollPhase, false);
        QApplication::sendEvent(viewer->viewport(), &wheel);
        QCOMPARE(viewer->zoom(), before + 20);
        zoomed = viewer->zoom();
        // Lines keep a readable length in a wide window.
        r.window.resize(1800, 900);
        QTRY_COMPARE(viewer->lineWrapMode(), QTextEdit::FixedPixelWidth);
        QVERIFY(viewer->lineWrapColumnOrWidth() < viewer->viewport()->width());
        QVERIFY(viewer->showInPage());
    }
    Reader again;
    QCOMPARE(again.window.viewer()->zoom(), zoomed);
}

// Ctrl+C copies a line for each article; a column's order can go back to relevance; a province's
// tooltip says how many articles are its own; the list's context menu offers what it can do.
void TestReaderComfort::listAndTreeSayMore()
{
    QTemporaryDir dir;
    Reader r;
    QVERIFY(openSamples(r, dir));
    QTableView *table = r.window.articleTable();
    r.window.activateWindow();
    QVERIFY(QTest::qWaitForWindowActive(&r.window));
    table->setFocus();
    QTRY_VERIFY(table->hasFocus());
    // (selectRow would toggle the row when an earlier test's Ctrl is still held in Qt's state)
    table->selectionModel()->select(r.window.articleModel()->index(0, 0),
                                    QItemSelectionModel::ClearAndSelect | QItemSelectionModel::Rows);
    const QString title = r.window.articleModel()->articleAt(0)->title;
    r.shown.clear();
    QTest::keyClick(table, Qt::Key_C, Qt::ControlModifier);
    QVERIFY2(QApplication::clipboard()->text().startsWith(title + u" — "_s),
             qPrintable(QApplication::clipboard()->text() + u" | "_s + title + u" | "_s +
                        r.window.statusBar()->findChild<QLabel *>()->text()));

    // Ctrl+Shift+C: the selected articles' citations, a line each, read from the archive.
    table->selectionModel()->select(QItemSelection(r.window.articleModel()->index(0, 0), r.window.articleModel()->index(1, 0)),
                                    QItemSelectionModel::ClearAndSelect | QItemSelectionModel::Rows);
    QSignalSpy cited(&r.window, &gui::ReaderWindow::citationsCopied);
    QTest::keyClick(table, Qt::Key_C, Qt::ControlModifier | Qt::ShiftModifier);
    QVERIFY(cited.wait(10000));
    const QStringList citations = QApplication::clipboard()->text().split(u'\n');
    QCOMPARE(citations.size(), 2);
    QVERIFY2(citations[0].startsWith(title) || citations[0].contains(u". "_s + title), qPrintable(citations[0]));
    for (const QString &c : citations)
        QVERIFY2(c.contains(u"[N]"_s) && c.endsWith(u'.'), qPrintable(c));

    const QList<qint64> found = [&] {
        QList<qint64> ids;
        for (int i = 0; i < r.window.articleModel()->rowCount(); ++i)
            ids << r.window.articleModel()->articleAt(i)->id;
        return ids;
    }();
    r.shown.clear();
    table->horizontalHeader()->setSortIndicator(gui::ArticleListModel::TitleColumn, Qt::AscendingOrder);
    QVERIFY(r.shown.wait(10000));
    r.shown.clear();
    QAction *relevance = r.window.findChild<QAction *>(u"sortByRelevance"_s);
    QVERIFY(relevance);
    relevance->trigger();
    QVERIFY(r.shown.wait(10000));
    QCOMPARE(table->horizontalHeader()->sortIndicatorSection(), -1);
    QList<qint64> again;
    for (int i = 0; i < r.window.articleModel()->rowCount(); ++i)
        again << r.window.articleModel()->articleAt(i)->id;
    QCOMPARE(again, found);

    const QString tip = r.window.regionModel()->indexOfCode(510000).data(Qt::ToolTipRole).toString();
    QVERIFY2(tip.startsWith(u"四川省"_s) && tip.contains(u"articles in all"_s) &&
                 tip.contains(u"about the region as a whole"_s) && tip.contains(u"filed under its divisions"_s),
             qPrintable(tip));

    QStringList offered;
    QTimer::singleShot(200, this, [&] {
        if (QMenu *menu = qobject_cast<QMenu *>(QApplication::activePopupWidget())) {
            for (QAction *a : menu->actions())
                offered << a->text();
            menu->close();
        }
    });
    const QRect row = table->visualRect(r.window.articleModel()->index(0, 0));
    QContextMenuEvent menuEvent(QContextMenuEvent::Mouse, row.center(), table->viewport()->mapToGlobal(row.center()));
    QApplication::sendEvent(table->viewport(), &menuEvent);
    QVERIFY2(offered.contains(u"&Copy"_s) && offered.contains(u"Copy &Title"_s) && offered.contains(u"Copy Cita&tion"_s) &&
                 std::any_of(offered.cbegin(), offered.cend(), [](const QString &t) { return t.startsWith(u"Articles Mentioning"_s); }),
             qPrintable(offered.join(u" | "_s)));
}

// Switching the language changes the title (with the archive's name), the status bar, the viewer
// and Qt's own words at once.
void TestReaderComfort::languageSwitchChangesEverything()
{
    QTemporaryDir dir;
    Reader r;
    QVERIFY(openSamples(r, dir));
    r.shown.clear();
    gui::useLanguage(u"zh_CN"_s);
    QVERIFY(r.shown.wait(10000));
    QVERIFY2(r.window.windowTitle().contains(u"samples"_s), qPrintable(r.window.windowTitle()));
    const QString status = r.window.statusBar()->findChild<QLabel *>()->text();
    QVERIFY2(status.contains(u"篇"_s), qPrintable(status));
    QVERIFY2(r.window.viewer()->toPlainText().contains(u"版面文件"_s), qPrintable(r.window.viewer()->toPlainText().left(300)));
    QCOMPARE(QCoreApplication::translate("QPlatformTheme", "Cancel"), u"取消"_s);
    gui::useLanguage(u"en"_s);
    QTRY_VERIFY(r.window.viewer()->toPlainText().contains(u"Page file"_s));
    QCOMPARE(QCoreApplication::translate("QPlatformTheme", "Cancel"), u"Cancel"_s);
}

void TestReaderComfort::emptyArchiveSaysWhatToDo()
{
    QTemporaryDir dir;
    Reader r;
    QVERIFY(r.open(dir.filePath(u"new.fangzhi"_s)));
    QTRY_VERIFY(r.window.viewer()->toPlainText().contains(u"This archive holds no articles yet."_s));
    QVERIFY(r.window.viewer()->toPlainText().contains(u"Import Pages"_s));
}

void TestReaderComfort::citationsLeaveOutWhatIsUnknown()
{
    store::StoredArticle a;
    a.title = u"科普进校园"_s;
    a.byline = u"■本报记者 王小明 通讯员 李华"_s;
    a.newspaper = u"科技报"_s;
    a.date = {QDate(2024, 8, 16), u"day"_s, u"manifest"_s, {}};
    a.pageLabel = u"3"_s;
    QCOMPARE(exporting::citation(a), u"王小明, 李华. 科普进校园[N]. 科技报, 2024-08-16(3)."_s);
    a.byline = u"原标题：科普进校园"_s;
    a.newspaper.clear();
    a.pageLabel.clear();
    a.date = {QDate(2024, 8, 1), u"month"_s, u"inferred"_s, u"2024年 in the text"_s};
    QCOMPARE(exporting::citation(a), u"科普进校园[N]. [2024-08]."_s);
}

// Each sample article is found in the text of its page, headline to last words.
void TestReaderComfort::articlesAreFoundInTheirPages()
{
    test::SeededArchive seeded;
    int found = 0, all = 0;
    for (const auto &summary : seeded.archive->search({}, 0, 100).articles) {
        const auto a = seeded.archive->article(summary.id);
        QVERIFY(a);
        const QString page = seeded.archive->pageText(a->pageId);
        const text::TextSpan span = text::spanOfArticle(page, a->title, !a->titleDerived, a->body);
        ++all;
        if (!span.found())
            continue;
        ++found;
        QString marked = page.mid(span.start, span.end - span.start);
        QVERIFY(marked.remove(u'\n').contains(a->body.left(4)));
    }
    QCOMPARE(found, all);
    QCOMPARE(all, 37);
}

namespace {

// A page that says nothing of when it was printed.
const QByteArray UndatedPage = "渠县科协开展科普进社区活动\n\n本报讯 渠县科协组织科技工作者走进社区，向居民讲解防范电信诈骗和健康生活知识，"
                               "发放科普资料，受到居民欢迎。\n";

} // namespace

// Sorted by date either way, the articles without a date come after all the dated ones.
void TestReaderComfort::undatedArticlesComeLast()
{
    QTemporaryDir dir;
    Reader r;
    QVERIFY(openSamples(r, dir));
    test::writeFile(dir.filePath(u"undated.txt"_s), UndatedPage);
    QVERIFY(r.import({dir.filePath(u"undated.txt"_s)}));
    QTRY_COMPARE_WITH_TIMEOUT(r.window.articleModel()->total(), 38, 10000);
    for (const Qt::SortOrder order : {Qt::AscendingOrder, Qt::DescendingOrder}) {
        r.shown.clear();
        r.window.articleTable()->horizontalHeader()->setSortIndicator(gui::ArticleListModel::DateColumn, order);
        QVERIFY(r.shown.wait(10000));
        const gui::ArticleListModel *model = r.window.articleModel();
        QCOMPARE(model->rowCount(), 38);
        QVERIFY2(!model->articleAt(37)->date.isValid(), qPrintable(model->articleAt(37)->title));
        for (int i = 0; i < 37; ++i)
            QVERIFY(model->articleAt(i)->date.isValid());
    }
}

// File › Import Settings…: the newspaper given there names the pages imported afterwards.
void TestReaderComfort::importSettingsAreUsed()
{
    QTemporaryDir dir;
    Reader r;
    QVERIFY(r.open(dir.filePath(u"settings.fangzhi"_s)));
    QAction *settings = nullptr; // in the File menu as rebuilt for this archive
    const auto enabled = [&] {
        for (QAction *a : r.window.findChildren<QAction *>(u"importSettings"_s))
            if (a->isEnabled())
                settings = a;
        return settings != nullptr;
    };
    QTRY_VERIFY(enabled());
    QTimer::singleShot(300, this, [] {
        auto *dialog = qobject_cast<QDialog *>(QApplication::activeModalWidget());
        QVERIFY(dialog);
        dialog->findChild<QLineEdit *>(u"importNewspaper"_s)->setText(u"渠县科技报"_s);
        auto *home = dialog->findChild<QComboBox *>(u"importHome"_s);
        home->setCurrentIndex(home->findText(u"四川省"_s));
        dialog->accept();
    });
    settings->trigger();
    test::writeFile(dir.filePath(u"page.txt"_s), UndatedPage);
    QVERIFY(r.import({dir.filePath(u"page.txt"_s)}));
    QTRY_COMPARE_WITH_TIMEOUT(r.window.articleModel()->total(), 1, 10000);
    QCOMPARE(r.window.articleModel()->articleAt(0)->newspaper, u"渠县科技报"_s);
    QCOMPARE(r.window.articleModel()->articleAt(0)->region, 511725); // 渠县, in the home province
}

// Dates › The Same Day in Any Year: the day of the article read, in every year; a chip says so and
// takes it away.
void TestReaderComfort::theSameDayInAnyYear()
{
    QTemporaryDir dir;
    const QByteArray page = test::readFile(test::seedPath("001_f633f705ac59ae29.txt"));
    for (const char *name : {"2021-10-20.txt", "2023-10-20.txt", "2023-10-21.txt"})
        test::writeFile(dir.filePath(QString::fromLatin1(name)), page + "\n\n" + name + "\n");
    Reader r;
    QVERIFY(r.open(dir.filePath(u"days.fangzhi"_s)));
    QVERIFY(r.import({dir.filePath(u"2021-10-20.txt"_s), dir.filePath(u"2023-10-20.txt"_s), dir.filePath(u"2023-10-21.txt"_s)}));
    QTRY_VERIFY_WITH_TIMEOUT(r.window.viewer()->article(), 10000);
    QTRY_VERIFY(r.window.articleModel()->total() > 0);
    const qint64 all = r.window.articleModel()->total();
    QCOMPARE(r.window.viewer()->article()->date.precision, u"day"_s);
    auto *chip = r.window.findChild<QToolButton *>(u"sameDayChip"_s);
    QVERIFY(chip && !chip->isVisible());
    QAction *sameDay = nullptr;
    QTRY_VERIFY((sameDay = r.window.findChild<QAction *>(u"sameDayAnyYear"_s)));
    const QString day = r.window.viewer()->article()->date.date.toString(u"MM-dd"_s);
    r.shown.clear();
    sameDay->trigger();
    QVERIFY(r.shown.wait(10000));
    const qint64 sameDayCount = r.window.articleModel()->total();
    QCOMPARE(sameDayCount, day == u"10-20"_s ? all * 2 / 3 : all / 3);
    QVERIFY(chip->isVisible() && chip->text().contains(day));
    r.shown.clear();
    QTest::mouseClick(chip, Qt::LeftButton);
    QVERIFY(r.shown.wait(10000));
    QCOMPARE(r.window.articleModel()->total(), all);
    QVERIFY(!chip->isVisible());
}

QTEST_MAIN(TestReaderComfort)
#include "tst_reader_comfort.moc"
