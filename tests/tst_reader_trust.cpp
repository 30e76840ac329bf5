// The reader says and shows only what is true: import reports that add up and stay, an archive
// that opens with nothing of the last one, dates as precise as they are known.
#include "archive_fixture.h"
#include "association_choices.h"
#include "date_field.h"
#include "geo/gazetteer.h"
#include "page_generator.h"
#include "article_list_model.h"
#include "article_view.h"
#include "language.h"
#include "reader_window.h"
#include "reader_fixture.h"
#include "region_tree_model.h"
#include "report_bar.h"

#include <QAbstractItemModelTester>
#include <QApplication>
#include <QCheckBox>
#include <QMenu>
#include <QComboBox>
#include <QCompleter>
#include <QFile>
#include <QToolButton>
#include <QHelpEvent>
#include <QLineEdit>
#include <QProcess>
#include <QPushButton>
#include <QSettings>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>
#include <QTreeView>

using namespace Qt::Literals::StringLiterals;
using namespace fangzhi;

class TestReaderTrust : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void init() { QSettings().clear(); }
    void importReportAddsUpAndStays();
    void anotherArchiveStartsFresh();
    void datesShowTheirPrecision();
    void exportsTakeWhatWasChosen();
    void exportsForOtherProgramsTakeWhatWasChosen();
    void placeLinksShowMentionsAndComeBack();
    void associationsAreKeyedByTheirDivision();
    void datesAreTypedAsTheyAreSaid();
};

using Reader = test::Reader;

void TestReaderTrust::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    qputenv("FANGZHI_NO_DIALOGS", "1");
    gui::useLanguage(u"en"_s); // English plurals, as the program loads them
}

void TestReaderTrust::importReportAddsUpAndStays()
{
    QTemporaryDir dir;
    const QString pages = dir.filePath(u"pages"_s);
    QVERIFY(QDir().mkpath(pages));
    const QStringList seeds = QDir(QStringLiteral(FANGZHI_SEEDS_DIR)).entryList({u"*.txt"_s}, QDir::Files, QDir::Name);
    QVERIFY(seeds.size() >= 2);
    for (const QString &seed : seeds.mid(0, 2))
        QVERIFY(QFile::copy(QStringLiteral(FANGZHI_SEEDS_DIR) + u'/' + seed, pages + u'/' + seed));
    QVERIFY(QFile::copy(pages + u'/' + seeds[0], pages + u"/copy of the first.txt"_s)); // a duplicate
    QFile empty(pages + u"/empty.txt"_s);
    QVERIFY(empty.open(QIODevice::WriteOnly));
    empty.close();

    Reader r;
    QVERIFY(r.open(dir.filePath(u"report.fangzhi"_s)));
    QVERIFY(r.import({pages}));
    gui::ReportBar *bar = r.window.reportBar();
    const QString said = bar->summary();
    // 4 files: 2 added, 1 duplicate, 1 failed — each counted, adding up to the files found.
    QVERIFY2(said.startsWith(u"Import finished: 4 files"_s), qPrintable(said));
    QVERIFY2(said.contains(u"2 pages added"_s) && said.contains(u"1 duplicate of pages already stored"_s) &&
                 said.contains(u"1 could not be imported"_s) && said.contains(u"0 unchanged"_s),
             qPrintable(said));
    QCOMPARE(bar->details().size(), 1);
    QVERIFY2(bar->details().first().contains(u"empty.txt: the file is empty"_s), qPrintable(bar->details().first()));

    // It stays while the archivist goes on working, until dismissed.
    r.shown.clear();
    r.window.searchField()->setText(u"科普"_s);
    QVERIFY(r.shown.wait(10000));
    QTest::qWait(1500);
    QVERIFY(bar->isVisible());
    QCOMPARE(bar->summary(), said);
    QTest::mouseClick(bar->findChild<QPushButton *>(u"dismissReport"_s), Qt::LeftButton);
    QVERIFY(!bar->isVisible());

    // Importing the same folder again: everything is unchanged or a duplicate, nothing is added.
    QVERIFY(r.import({pages}));
    QVERIFY2(bar->summary().contains(u"0 pages added"_s) && bar->summary().contains(u"2 unchanged"_s) &&
                 bar->summary().contains(u"1 duplicate"_s),
             qPrintable(bar->summary()));
}

void TestReaderTrust::anotherArchiveStartsFresh()
{
    QTemporaryDir dir;
    Reader r;
    QVERIFY(r.open(dir.filePath(u"first.fangzhi"_s)));
    QVERIFY(r.import({QStringLiteral(FANGZHI_SEEDS_DIR)}));
    QTRY_COMPARE_WITH_TIMEOUT(r.window.articleModel()->total(), 37, 10000);
    r.shown.clear();
    r.window.showRegion(511700);
    QVERIFY(r.shown.wait(10000));
    QTRY_VERIFY_WITH_TIMEOUT(!r.window.viewer()->toPlainText().isEmpty(), 10000);

    // A new, empty archive: no article of the first one, no list, no region.
    QVERIFY(r.open(dir.filePath(u"second.fangzhi"_s)));
    QTRY_COMPARE_WITH_TIMEOUT(r.window.articleModel()->total(), 0, 10000);
    QVERIFY(r.window.viewer()->toPlainText().isEmpty());
    QVERIFY(!r.window.regionView()->currentIndex().isValid());
    QVERIFY(r.window.reportBar()->summary().isEmpty()); // the first archive's import report is gone
    // Imported, it shows everything it holds: the first archive's region does not scope it.
    QVERIFY(r.import({QStringLiteral(FANGZHI_SEEDS_DIR)}));
    QTRY_COMPARE_WITH_TIMEOUT(r.window.articleModel()->total(), 37, 10000);
    QVERIFY(!r.window.regionView()->currentIndex().isValid());
    QCOMPARE(r.window.regionModel()->index(0, 1).data().toLongLong(), 37);

    // Back to the first: its own region again.
    QVERIFY(r.open(dir.filePath(u"first.fangzhi"_s)));
    QTRY_COMPARE_WITH_TIMEOUT(r.window.regionView()->currentIndex().data(gui::RegionTreeModel::CodeRole).toInt(),
                              511700, 10000);
    QTRY_COMPARE_WITH_TIMEOUT(r.window.articleModel()->total(), 1, 10000);
}

void TestReaderTrust::datesShowTheirPrecision()
{
    // The seed pages give no date; their text does, to the month: 2024-08, inferred.
    QTemporaryDir dir;
    Reader r;
    QVERIFY(r.open(dir.filePath(u"dates.fangzhi"_s)));
    QVERIFY(r.import({QStringLiteral(FANGZHI_SEEDS_DIR)}));
    QTRY_COMPARE_WITH_TIMEOUT(r.window.articleModel()->total(), 37, 10000);
    const auto *model = r.window.articleModel();
    int row = -1;
    for (int i = 0; i < model->rowCount() && row < 0; ++i)
        if (model->articleAt(i)->date.date == QDate(2024, 8, 16))
            row = i;
    QVERIFY(row >= 0);
    const QModelIndex date = model->index(row, gui::ArticleListModel::DateColumn);
    QCOMPARE(date.data().toString(), u"2024-08 (inferred)"_s);
    const QString tip = date.data(Qt::ToolTipRole).toString();
    QVERIFY2(tip.contains(u"inferred from its text"_s) && tip.contains(u"8月16日"_s), qPrintable(tip));

    r.read.clear();
    r.window.articleTable()->selectRow(row);
    QVERIFY(r.read.wait(10000));
    const QString shown = r.window.viewer()->toPlainText();
    QVERIFY2(shown.contains(u"2024-08 (inferred)"_s), qPrintable(shown.left(300)));
    QVERIFY2(!shown.contains(u"2024-08-16"_s), qPrintable(shown.left(300))); // no more precise than known
    // The evidence is on the date, on hover.
    QTextCursor found = r.window.viewer()->document()->find(u"2024-08 (inferred)"_s);
    QVERIFY(!found.isNull());
    found.setPosition(found.selectionStart() + 1);
    QVERIFY(found.charFormat().toolTip().contains(u"二十届三中全会"_s));
}

namespace {

QString pdfText(const QString &pdf)
{
    QProcess text;
    text.start(u"pdftotext"_s, {pdf, u"-"_s});
    text.waitForFinished(60000);
    return QString::fromUtf8(text.readAllStandardOutput());
}

} // namespace

// The whole scope, not only the rows the list has loaded (200 at a time); or exactly the rows
// selected; the title page says which, from what, and how many.
void TestReaderTrust::exportsTakeWhatWasChosen()
{
    QTemporaryDir dir;
    const QString pages = dir.filePath(u"pages"_s);
    QVERIFY(QDir().mkpath(pages));
    bench::PageGenerator generator(QStringLiteral(FANGZHI_SEEDS_DIR));
    int built = 0;
    for (int i = 0; built < 260; ++i) {
        const bench::GeneratedPage page = generator.next(true);
        built += page.articles;
        test::writeFile(pages + u"/page%1.txt"_s.arg(i, 3, 10, QChar(u'0')), page.bytes);
    }
    Reader r;
    const QString archive = dir.filePath(u"many.fangzhi"_s);
    QVERIFY(r.open(archive));
    QVERIFY(r.import({pages}));
    QTRY_VERIFY_WITH_TIMEOUT(r.window.articleModel()->total() > 200, 10000);
    const qint64 total = r.window.articleModel()->total();
    QVERIFY(r.window.articleModel()->rowCount() < total); // the list has not loaded them all
    QCOMPARE(r.window.articleTable()->selectionModel()->selectedRows().size(), 1); // one row, auto-selected

    QSignalSpy exported(&r.window, &gui::ReaderWindow::exportFinished);
    const QString all = dir.filePath(u"all.pdf"_s);
    r.window.exportArticles(all, gui::ReaderWindow::Take::Scope);
    QVERIFY(exported.wait(120000));
    QCOMPARE(exported.takeFirst().first().toString(), QString());
    const QString text = pdfText(all);
    QVERIFY2(text.contains(u"All %1 articles of"_s.arg(total)), qPrintable(text.left(400)));
    QVERIFY2(text.contains(u"Archive: many.fangzhi"_s) && text.contains(u"Region: all regions"_s),
             qPrintable(text.left(400)));
    // The last article of the scope, far beyond the rows loaded, is in it.
    auto store = test::openArchive(archive);
    const auto last = store->search({}, int(total) - 1, 1);
    QCOMPARE(last.articles.size(), 1);
    QVERIFY(text.contains(last.articles.first().title.left(8)));
    QVERIFY2(r.window.reportBar()->summary().startsWith(u"Exported to "_s), qPrintable(r.window.reportBar()->summary()));

    // Two rows selected under a search: those two, and the title page says they were chosen from it.
    r.shown.clear();
    r.window.searchField()->setText(u"科普"_s);
    QVERIFY(r.shown.wait(10000));
    QTableView *table = r.window.articleTable();
    table->clearSelection();
    for (const int row : {0, 2})
        table->selectionModel()->select(r.window.articleModel()->index(row, 0),
                                        QItemSelectionModel::Select | QItemSelectionModel::Rows);
    const QString two = dir.filePath(u"two.pdf"_s);
    r.window.exportArticles(two, gui::ReaderWindow::Take::Selection);
    QVERIFY(exported.wait(60000));
    const QString chosen = pdfText(two);
    QVERIFY2(chosen.contains(u"2 articles chosen by hand from the list of"_s) && chosen.contains(u"Search: 科普"_s),
             qPrintable(chosen.left(400)));
    QVERIFY(!chosen.contains(u"in scope"_s)); // nothing of the status bar
    for (const int row : {0, 2})
        QVERIFY(chosen.contains(r.window.articleModel()->articleAt(row)->title.left(8)));
    QVERIFY(!chosen.contains(r.window.articleModel()->articleAt(1)->title));
}

// 渠县 named in an article filed under 达州市: its link lists the articles that mention 渠县
// (not those filed under it, of which there may be none), the tree and its "hide empty" box
// untouched, the viewer on one of them; Back and Forward return to where the archivist was.
void TestReaderTrust::placeLinksShowMentionsAndComeBack()
{
    QTemporaryDir dir;
    Reader r;
    const QString archive = dir.filePath(u"places.fangzhi"_s);
    QVERIFY(r.open(archive));
    QVERIFY(r.import({QStringLiteral(FANGZHI_SEEDS_DIR)}));
    QTRY_COMPARE_WITH_TIMEOUT(r.window.articleModel()->total(), 37, 10000);
    // A place some article names, and the articles naming it or a place within it.
    auto store = test::openArchive(archive);
    int place = 0;
    QSet<qint64> naming;
    QString reading;
    for (const auto &s : store->search({}, 0, 100).articles) {
        const auto a = store->article(s.id);
        for (const int code : a->mentions)
            if (code % 100 != 0 && code / 100 != a->region / 100 && !place) // a county outside its own prefecture
                place = code, reading = a->title;
    }
    QVERIFY(place > 0);
    store::ArticleFilter mentioning;
    mentioning.mentions = place;
    for (const auto &s : store->search(mentioning, 0, 100).articles)
        naming.insert(s.id);

    r.shown.clear();
    r.window.showRegion(510000);
    QVERIFY(r.shown.wait(10000));
    QTRY_VERIFY_WITH_TIMEOUT(!r.window.viewer()->toPlainText().isEmpty(), 10000);
    const QString before = r.window.viewer()->toPlainText();
    auto *hide = r.window.findChild<QCheckBox *>();
    QVERIFY(hide->isChecked());

    r.shown.clear();
    r.read.clear();
    Q_EMIT r.window.viewer()->placeChosen(place);
    QVERIFY(r.shown.wait(10000));
    QCOMPARE(r.window.articleModel()->total(), naming.size());
    for (int i = 0; i < r.window.articleModel()->rowCount(); ++i)
        QVERIFY(naming.contains(r.window.articleModel()->articleAt(i)->id));
    QVERIFY(!r.window.regionView()->currentIndex().isValid()); // everywhere, not the place's own region
    QVERIFY(hide->isChecked());
    auto *chip = r.window.findChild<QToolButton *>(u"mentionChip"_s);
    QVERIFY(chip->isVisible() && chip->text().contains(geo::Gazetteer::bundled().find(place)->name));
    QVERIFY(r.read.wait(10000)); // the viewer moved on to an article that names the place
    QVERIFY(r.window.viewer()->toPlainText() != before);
    const QString there = r.window.viewer()->toPlainText();

    // Back (Alt+Left): the province again, the same article in the viewer; Forward: the place again.
    r.shown.clear();
    r.read.clear();
    QAction *back = r.window.findChild<QAction *>(u"goBack"_s);
    QVERIFY(back && back->isEnabled());
    r.window.activateWindow(); // again: the import's progress dialog was the active window
    QVERIFY(QTest::qWaitForWindowActive(&r.window));
    QTest::keyClick(r.window.articleTable(), Qt::Key_Left, Qt::AltModifier);
    QVERIFY(r.shown.wait(10000));
    QCOMPARE(r.window.regionView()->currentIndex().data(gui::RegionTreeModel::CodeRole).toInt(), 510000);
    QVERIFY(!chip->isVisible());
    QTRY_COMPARE_WITH_TIMEOUT(r.window.viewer()->toPlainText(), before, 10000);
    r.shown.clear();
    QTest::mouseClick(r.window.articleTable()->viewport(), Qt::ForwardButton);
    QVERIFY(r.shown.wait(10000));
    QCOMPARE(r.window.articleModel()->total(), naming.size());
    QVERIFY(chip->isVisible());
    QTRY_COMPARE_WITH_TIMEOUT(r.window.viewer()->toPlainText(), there, 10000);
    // The chip clears the place; Back returns to it.
    r.shown.clear();
    chip->click();
    QVERIFY(r.shown.wait(10000));
    QCOMPARE(r.window.articleModel()->total(), 37);
    r.shown.clear();
    r.window.goBack();
    QVERIFY(r.shown.wait(10000));
    QCOMPARE(r.window.articleModel()->total(), naming.size());
}

// Associations of the same name in different places stay apart: each is its division's, shown
// with its parent, grouped under its province, found by pinyin, counted under the filters.
void TestReaderTrust::associationsAreKeyedByTheirDivision()
{
    QTemporaryDir dir;
    Reader r;
    QVERIFY(r.open(dir.filePath(u"associations.fangzhi"_s)));
    QVERIFY(r.import({QStringLiteral(FANGZHI_SEEDS_DIR)}));
    QTRY_COMPARE_WITH_TIMEOUT(r.window.articleModel()->total(), 37, 10000);
    QComboBox *combo = r.window.findChild<QComboBox *>(u"associationFilter"_s);
    QVERIFY(combo);
    auto *choices = qobject_cast<gui::AssociationChoices *>(combo->model());
    QVERIFY(choices);
    QAbstractItemModelTester tester(choices, QAbstractItemModelTester::FailureReportingMode::QtTest);
    // Headings by province, not selectable; entries labelled with their parent and counted.
    int sichuan = -1;
    QSet<QString> labels;
    qint64 counted = 0;
    for (int row = 1; row < choices->rowCount(); ++row) {
        const QModelIndex i = choices->index(row, 0);
        const int code = i.data(gui::AssociationChoices::CodeRole).toInt();
        if (code < 0) {
            QVERIFY(!(i.flags() & Qt::ItemIsSelectable));
            if (i.data().toString() == u"四川省"_s)
                sichuan = row;
            continue;
        }
        QVERIFY2(!labels.contains(i.data().toString()), qPrintable(i.data().toString())); // no two alike
        labels.insert(i.data().toString());
        counted += i.data().toString().section(u"·"_s, -1).trimmed().toLongLong();
    }
    QCOMPARE(counted, 37); // every article is its own region's association's
    QVERIFY(sichuan > 0);
    const int dazhou = choices->rowOf(511700);
    QVERIFY(dazhou > sichuan);
    QCOMPARE(choices->index(dazhou, 0).data().toString().trimmed(), u"达州市科协 (四川省)  ·  1"_s);
    QVERIFY(choices->index(dazhou, 0).data(gui::AssociationChoices::KeysRole).toString().contains(u"dazhou"_s));
    // Found by typing its pinyin.
    combo->lineEdit()->clear();
    QTest::keyClicks(combo->lineEdit(), u"dazhou"_s);
    QTRY_VERIFY(combo->completer()->completionCount() >= 1);
    QCOMPARE(combo->completer()->currentIndex().data(gui::AssociationChoices::CodeRole).toInt(), 511700);
    // Chosen: its own articles only (not 达州's counties'), the other filters still apply.
    r.shown.clear();
    combo->setCurrentIndex(choices->rowOf(510000));
    QVERIFY(r.shown.wait(10000));
    QCOMPARE(r.window.articleModel()->total(), 4);
    for (int i = 0; i < r.window.articleModel()->rowCount(); ++i)
        QCOMPARE(r.window.articleModel()->articleAt(i)->region, 510000);
    QVERIFY(choices->rowOf(511700) > 0); // the list stays while one is chosen
}

// "2021", "2021-10" and "2021-10-20" are dates; "2021-01-01" typed is not turned into
// "—20210101"; Tab leaves the field; the quick ranges are one click.
void TestReaderTrust::datesAreTypedAsTheyAreSaid()
{
    // (And a new archive named without its ending gets it.)
    QCOMPARE(gui::ReaderWindow::archiveFileName(u"/a/stories"_s), u"/a/stories.fangzhi"_s);
    QCOMPARE(gui::ReaderWindow::archiveFileName(u"/a/x.FANGZHI"_s), u"/a/x.FANGZHI"_s);
    using End = gui::DateField::End;
    QCOMPARE(gui::DateField::read(u"2021"_s, End::From), QDate(2021, 1, 1));
    QCOMPARE(gui::DateField::read(u"2021"_s, End::To), QDate(2021, 12, 31));
    QCOMPARE(gui::DateField::read(u"2024-02"_s, End::To), QDate(2024, 2, 29));
    QCOMPARE(gui::DateField::read(u"2021-10-20"_s, End::From), QDate(2021, 10, 20));
    QCOMPARE(gui::DateField::read(u"2021年10月"_s, End::From), QDate(2021, 10, 1));
    QCOMPARE(gui::DateField::read(u"20211020"_s, End::To), QDate(2021, 10, 20));
    QCOMPARE(gui::DateField::read(u""_s, End::To), QDate()); // any date
    QVERIFY(!gui::DateField::read(u"2021-13"_s, End::From));
    QVERIFY(!gui::DateField::read(u"2021-02-30"_s, End::From));
    QVERIFY(!gui::DateField::read(u"yesterday"_s, End::From));

    QTemporaryDir dir;
    Reader r;
    QVERIFY(r.open(dir.filePath(u"dates.fangzhi"_s)));
    QVERIFY(r.import({QStringLiteral(FANGZHI_SEEDS_DIR)}));
    QTRY_COMPARE_WITH_TIMEOUT(r.window.articleModel()->total(), 37, 10000);
    auto *from = r.window.findChild<QLineEdit *>(u"fromDate"_s);
    auto *to = r.window.findChild<QLineEdit *>(u"toDate"_s);
    QVERIFY(from && to);
    QVERIFY(!from->accessibleName().isEmpty() && !to->accessibleName().isEmpty());
    r.window.activateWindow();
    QVERIFY(QTest::qWaitForWindowActive(&r.window));
    from->setFocus();
    r.shown.clear();
    QTest::keyClicks(from, u"2024-01-01"_s);
    QCOMPARE(from->text(), u"2024-01-01"_s); // as typed
    QTest::keyClick(from, Qt::Key_Tab);       // leaves the field, and takes the date
    QVERIFY(r.shown.wait(10000));
    QCOMPARE(QApplication::focusWidget(), to);
    const qint64 since2024 = r.window.articleModel()->total();
    QVERIFY(since2024 > 0 && since2024 < 37);
    for (int i = 0; i < r.window.articleModel()->rowCount(); ++i)
        QVERIFY(r.window.articleModel()->articleAt(i)->date.date >= QDate(2024, 1, 1));
    // A year typed in "To" ends on its last day.
    r.shown.clear();
    QTest::keyClicks(to, u"2024"_s);
    QTest::keyClick(to, Qt::Key_Return);
    QVERIFY(r.shown.wait(10000));
    QCOMPARE(r.window.articleModel()->total(), since2024); // nothing in the seeds after 2024
    // One click: a year of the archive.
    auto *ranges = r.window.findChild<QToolButton *>(u"dateRanges"_s);
    QTRY_VERIFY(ranges->menu() && ranges->menu()->actions().size() > 3);
    QAction *year2021 = nullptr;
    for (QAction *a : ranges->menu()->actions())
        if (a->text() == u"2021"_s)
            year2021 = a;
    QVERIFY(year2021);
    r.shown.clear();
    year2021->trigger();
    QVERIFY(r.shown.wait(10000));
    QCOMPARE(from->text(), u"2021-01-01"_s);
    QCOMPARE(to->text(), u"2021-12-31"_s);
    for (int i = 0; i < r.window.articleModel()->rowCount(); ++i)
        QCOMPARE(r.window.articleModel()->articleAt(i)->date.date.year(), 2021);
}

// CSV, RIS and Markdown from the reader: the scope, or the rows selected, or a file per article.
void TestReaderTrust::exportsForOtherProgramsTakeWhatWasChosen()
{
    QTemporaryDir dir;
    Reader r;
    QVERIFY(r.open(dir.filePath(u"formats.fangzhi"_s)));
    QVERIFY(r.import({QStringLiteral(FANGZHI_SEEDS_DIR)}));
    r.shown.clear();
    r.window.searchField()->setText(u"青少年"_s);
    QVERIFY(r.shown.wait(10000));
    const qint64 inScope = r.window.articleModel()->total();
    QVERIFY(inScope >= 3);
    QSignalSpy exported(&r.window, &gui::ReaderWindow::exportFinished);

    const QString csv = dir.filePath(u"scope.csv"_s);
    r.window.exportArticlesAs(exporting::Format::Csv, csv, gui::ReaderWindow::Take::Scope, false);
    QVERIFY(exported.wait(30000));
    QCOMPARE(exported.takeFirst().first().toString(), QString());
    QFile file(csv);
    QVERIFY(file.open(QIODevice::ReadOnly));
    const QByteArray bytes = file.readAll();
    QVERIFY(bytes.startsWith("\xEF\xBB\xBF"));
    QCOMPARE(bytes.count("\r\n"), inScope + 1); // a header and a row each (the samples hold no CRLF)

    QTableView *table = r.window.articleTable();
    table->selectionModel()->select(QItemSelection(r.window.articleModel()->index(1, 0), r.window.articleModel()->index(2, 0)),
                                    QItemSelectionModel::ClearAndSelect | QItemSelectionModel::Rows);
    const QString risPath = dir.filePath(u"two.ris"_s);
    r.window.exportArticlesAs(exporting::Format::Ris, risPath, gui::ReaderWindow::Take::Selection, false);
    QVERIFY(exported.wait(30000));
    QFile ris(risPath);
    QVERIFY(ris.open(QIODevice::ReadOnly));
    const QString records = QString::fromUtf8(ris.readAll());
    QCOMPARE(records.count(u"TY  - NEWS"_s), 2);
    QVERIFY(records.contains(u"TI  - "_s + r.window.articleModel()->articleAt(1)->title));
    QVERIFY(records.contains(u"TI  - "_s + r.window.articleModel()->articleAt(2)->title));

    const QString folder = dir.filePath(u"each"_s);
    r.window.exportArticlesAs(exporting::Format::Markdown, folder, gui::ReaderWindow::Take::Scope, true);
    QVERIFY(exported.wait(30000));
    QCOMPARE(QDir(folder).entryList({u"*.md"_s}, QDir::Files).size(), inScope);
    QVERIFY(r.window.reportBar()->summary().startsWith(u"Exported to "_s));
}

QTEST_MAIN(TestReaderTrust)
#include "tst_reader_trust.moc"
