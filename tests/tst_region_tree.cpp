// The region tree model and its quick filter.
#include "geo/gazetteer.h"
#include "geo/region_counts.h"
#include "region_tree_model.h"

#include <QAbstractItemModelTester>
#include <QTest>

using namespace Qt::Literals::StringLiterals;
using namespace fangzhi;

namespace {

// The codes of the rows a (proxy) model shows, depth first.
QList<int> shownCodes(const QAbstractItemModel &m, const QModelIndex &parent = {})
{
    QList<int> codes;
    for (int r = 0; r < m.rowCount(parent); ++r) {
        const QModelIndex i = m.index(r, 0, parent);
        codes << i.data(gui::RegionTreeModel::CodeRole).toInt();
        codes += shownCodes(m, i);
    }
    return codes;
}

} // namespace

class TestRegionTree : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void holdsTheWholeCountryWithAssociations();
    void countsFollowTheFilters();
    void formerDivisionsStandWithTheirYearsWhileTheyHaveArticles();
    void quickFilterMatchesNamesPinyinAndInitials_data();
    void quickFilterMatchesNamesPinyinAndInitials();
};

void TestRegionTree::holdsTheWholeCountryWithAssociations()
{
    const auto &g = geo::Gazetteer::bundled();
    gui::RegionTreeModel model(g);
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    QCOMPARE(model.rowCount(), 1);
    const QModelIndex nation = model.index(0, 0);
    QCOMPARE(nation.data().toString(), u"全国 · 中国科协"_s);
    QCOMPARE(model.rowCount(nation), 31);
    const QModelIndex dazhou = model.indexOfCode(511700);
    QCOMPARE(dazhou.data().toString(), u"达州市 · 达州市科协"_s);
    QCOMPARE(dazhou.parent().data(gui::RegionTreeModel::CodeRole).toInt(), 510000);
    QCOMPARE(model.rowCount(dazhou), g.childrenOf(511700).size());
    const QModelIndex huangpu = model.indexOfCode(310101); // a municipality's district: no prefecture
    QCOMPARE(huangpu.parent().data(gui::RegionTreeModel::CodeRole).toInt(), 310000);
    QCOMPARE(model.indexOfCode(513400).data().toString(), u"凉山彝族自治州 · 凉山州科协"_s);
}

void TestRegionTree::countsFollowTheFilters()
{
    const auto &g = geo::Gazetteer::bundled();
    gui::RegionTreeModel model(g);
    gui::RegionFilterModel filter;
    filter.setSourceModel(&model);
    QAbstractItemModelTester tester(&filter, QAbstractItemModelTester::FailureReportingMode::QtTest);
    model.setCounts(geo::rollUp(g, {{511700, 3}, {511722, 2}, {440100, 1}}), 6);
    QCOMPARE(model.indexOfCode(511700).siblingAtColumn(1).data().toLongLong(), 5);
    QCOMPARE(model.indexOfCode(510000).siblingAtColumn(1).data().toLongLong(), 5);
    QCOMPARE(model.index(0, 1).data().toLongLong(), 6);
    // Regions without articles are hidden.
    QCOMPARE(shownCodes(filter), (QList<int>{0, 440000, 440100, 510000, 511700, 511722}));
    filter.setHideEmpty(false);
    QCOMPARE(filter.rowCount(filter.index(0, 0)), 31);
    filter.setHideEmpty(true);
    model.setCounts(geo::rollUp(g, {{440100, 1}}), 1);
    QCOMPARE(shownCodes(filter), (QList<int>{0, 440000, 440100}));
}

void TestRegionTree::formerDivisionsStandWithTheirYearsWhileTheyHaveArticles()
{
    const auto &g = geo::Gazetteer::bundled();
    gui::RegionTreeModel model(g);
    gui::RegionFilterModel filter;
    filter.setSourceModel(&model);
    QAbstractItemModelTester tester(&filter, QAbstractItemModelTester::FailureReportingMode::QtTest);
    const QModelIndex luanxian = model.indexOfCode(130223);
    QCOMPARE(luanxian.data().toString(), u"滦县 (1983–2018) · 滦县科协"_s);
    QCOMPARE(luanxian.parent().data(gui::RegionTreeModel::CodeRole).toInt(), 130200); // 唐山市
    QVERIFY(luanxian.data(gui::RegionTreeModel::FormerRole).toBool());
    QVERIFY(luanxian.data(Qt::ToolTipRole).toString().contains(u"滦州市"_s));
    QVERIFY(!model.indexOfCode(130284).data(gui::RegionTreeModel::FormerRole).toBool());
    // Shown only while articles stand under it, even when empty regions are shown.
    filter.setHideEmpty(false);
    model.setCounts(geo::rollUp(g, {{130284, 2}}), 2);
    QList<int> shown = shownCodes(filter);
    QVERIFY(shown.contains(130284) && !shown.contains(130223));
    model.setCounts(geo::rollUp(g, {{130223, 1}, {452200, 1}}), 2);
    shown = shownCodes(filter);
    QVERIFY(shown.contains(130223) && shown.contains(452200)); // 滦县, 柳州地区
    QCOMPARE(model.indexOfCode(452200).siblingAtColumn(1).data().toLongLong(), 1);
    QCOMPARE(model.indexOfCode(450000).siblingAtColumn(1).data().toLongLong(), 1);
}

void TestRegionTree::quickFilterMatchesNamesPinyinAndInitials_data()
{
    QTest::addColumn<QString>("typed");
    QTest::newRow("chinese") << u"达州"_s;
    QTest::newRow("pinyin") << u"dazhou"_s;
    QTest::newRow("pinyin, capitals") << u"DaZhou"_s;
    QTest::newRow("initials") << u"dz"_s;
    QTest::newRow("association") << u"达州市科协"_s;
}

void TestRegionTree::quickFilterMatchesNamesPinyinAndInitials()
{
    QFETCH(QString, typed);
    const auto &g = geo::Gazetteer::bundled();
    gui::RegionTreeModel model(g);
    gui::RegionFilterModel filter;
    filter.setSourceModel(&model);
    filter.setHideEmpty(false);
    filter.setText(typed.contains(u"科协"_s) ? typed.chopped(2) : typed);
    const QList<int> shown = shownCodes(filter);
    QVERIFY2(shown.contains(511700), qPrintable(typed));
    QVERIFY(shown.contains(510000)); // with its province above it
    QVERIFY(!shown.contains(440100)); // and not 广州
    QVERIFY(shown.contains(511722)); // its own counties, to browse into (宣汉县)
    QVERIFY(!shown.contains(510100)); // but not its province's other prefectures (成都市)
}

QTEST_MAIN(TestRegionTree)
#include "tst_region_tree.moc"
