// The article list pages its rows from the archive.
#include "archive_fixture.h"
#include "article_list_model.h"
#include "geo/gazetteer.h"

#include <QAbstractItemModelTester>
#include <QSignalSpy>
#include <QTest>
#include <QTextDocument>

using namespace Qt::Literals::StringLiterals;
using namespace fangzhi;

class TestArticleList : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void pagesRowsFromTheArchive();
    void pagesPastACountThatStopped();
    void showsDatesRegionsAndAssociations();
    void showsPageTextAsPlainText();
};

// A headline and credit holding markup show as printed, in the list and in its tooltips.
void TestArticleList::showsPageTextAsPlainText()
{
    gui::ArticleListModel model(geo::Gazetteer::bundled());
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    store::ArticleSummary a;
    a.id = 1;
    a.title = u"<font color=red size=7>大字</font> <a href=\"http://example.org\">链接</a>"_s;
    a.credit = u"<b>供稿</b>"_s;
    model.setResult(1, false, {a});
    const QModelIndex title = model.index(0, gui::ArticleListModel::TitleColumn);
    QCOMPARE(title.data().toString(), a.title);
    QTextDocument shown;
    shown.setHtml(title.data(Qt::ToolTipRole).toString()); // as a tooltip renders it
    QCOMPARE(shown.toPlainText().trimmed(), a.title);
    shown.setHtml(model.index(0, gui::ArticleListModel::CreditColumn).data(Qt::ToolTipRole).toString());
    QCOMPARE(shown.toPlainText().trimmed(), a.credit);
}

void TestArticleList::pagesRowsFromTheArchive()
{
    test::SeededArchive s;
    gui::ArticleListModel model(geo::Gazetteer::bundled());
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    QSignalSpy wanted(&model, &gui::ArticleListModel::moreWanted);
    constexpr int Page = 10;
    const store::ResultPage first = s.archive->search({}, 0, Page);
    model.setResult(first.total, first.totalIsLowerBound, first.articles);
    QCOMPARE(model.rowCount(), Page);
    while (model.rowCount() < first.total) {
        if (wanted.isEmpty()) // the model tester may have asked already
            model.fetchMore({});
        QVERIFY(!wanted.isEmpty());
        QVERIFY(!model.canFetchMore({})); // one request at a time
        const int offset = wanted.takeLast().at(0).toInt();
        wanted.clear();
        QCOMPARE(offset, model.rowCount());
        model.appendRows(offset, s.archive->search({}, offset, Page).articles);
        model.appendRows(offset, s.archive->search({}, offset, Page).articles); // a late duplicate is ignored
    }
    QCOMPARE(model.rowCount(), 37);
    QSet<qint64> ids;
    for (int r = 0; r < model.rowCount(); ++r)
        ids.insert(model.index(r, 0).data(gui::ArticleListModel::IdRole).toLongLong());
    QCOMPARE(ids.size(), 37);

    // A new scope replaces the rows; an answer for the old scope no longer fits.
    store::ArticleFilter dazhou;
    dazhou.region = 511700;
    const store::ResultPage narrow = s.archive->search(dazhou, 0, Page);
    model.setResult(narrow.total, narrow.totalIsLowerBound, narrow.articles);
    QCOMPARE(model.rowCount(), 1);
    model.appendRows(10, first.articles);
    QCOMPARE(model.rowCount(), 1);
    QVERIFY(!model.canFetchMore({}));
}

// Counting stops early on a large scope; the list goes on to its real end all the same.
void TestArticleList::pagesPastACountThatStopped()
{
    test::SeededArchive s;
    s.archive->setCountLimit(12);
    gui::ArticleListModel model(geo::Gazetteer::bundled());
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    QSignalSpy wanted(&model, &gui::ArticleListModel::moreWanted);
    const store::ResultPage first = s.archive->search({}, 0, 10);
    QCOMPARE(first.total, 12);
    QVERIFY(first.totalIsLowerBound);
    model.setResult(first.total, first.totalIsLowerBound, first.articles);
    for (int rounds = 0; model.canFetchMore({}) || !wanted.isEmpty(); ++rounds) {
        QVERIFY(rounds < 10);
        if (wanted.isEmpty())
            model.fetchMore({});
        const int offset = wanted.takeLast().at(0).toInt();
        wanted.clear();
        model.appendRows(offset, s.archive->search({}, offset, 10).articles);
    }
    QCOMPARE(model.rowCount(), 37);
    QVERIFY(!model.canFetchMore({}));
}

void TestArticleList::showsDatesRegionsAndAssociations()
{
    test::SeededArchive s;
    gui::ArticleListModel model(geo::Gazetteer::bundled());
    store::ArticleFilter dazhou;
    dazhou.region = 511700;
    const store::ResultPage r = s.archive->search(dazhou, 0, 5);
    model.setResult(r.total, r.totalIsLowerBound, r.articles);
    QCOMPARE(model.index(0, gui::ArticleListModel::TitleColumn).data().toString(),
             u"达州市 · 全省科协系统 扎实推进党史学习教育"_s);
    QCOMPARE(model.index(0, gui::ArticleListModel::DateColumn).data().toString(), u"2021-10 (inferred)"_s);
    QCOMPARE(model.index(0, gui::ArticleListModel::RegionColumn).data().toString(), u"四川省 › 达州市"_s);
    QCOMPARE(model.index(0, gui::ArticleListModel::AssociationColumn).data().toString(), u"达州市科协"_s);
    QCOMPARE(model.headerData(gui::ArticleListModel::CreditColumn, Qt::Horizontal, Qt::DisplayRole).toString(),
             u"Credit"_s);
}

QTEST_GUILESS_MAIN(TestArticleList)
#include "tst_article_list.moc"
