// Every seed article filed under its region and association.
#include "geo/page_placer.h"
#include "parse/page_file.h"

#include <QTest>

using namespace Qt::Literals::StringLiterals;
using namespace fangzhi;

namespace {

parse::Page placedSeed(const QString &name, const QString &home = {})
{
    auto result = parse::readPageFile(QStringLiteral(FANGZHI_SEEDS_DIR) + u'/' + name, home);
    if (!result.ok())
        qFatal("%s", qPrintable(result.error));
    geo::placePage(*result.page);
    return *result.page;
}

} // namespace

class TestSeedPlaces : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void everyArticleHasItsRegion_data();
    void everyArticleHasItsRegion();
    void theHomeProvinceIsInferredOrGiven();
    void theSponsorBoxNeverFeedsAnArticle();
    void mentionsIncludeCountiesAndSlips();
};

void TestSeedPlaces::everyArticleHasItsRegion_data()
{
    QTest::addColumn<QString>("seed");
    QTest::addColumn<QStringList>("regions"); // "code association" per article
    QTest::newRow("000") << u"000_e94dbefa3c4468c5.txt"_s
                         << QStringList{u"511700 达州市科协"_s, u"513300 甘孜州科协"_s, u"513400 凉山州科协"_s,
                                        u"512000 资阳市科协"_s, u"510185 简阳市科协"_s, u"510118 新津区科协"_s,
                                        u"310101 黄浦区科协"_s, u"510000 四川省科协"_s};
    QTest::newRow("001") << u"001_f633f705ac59ae29.txt"_s
                         << QStringList{u"510500 泸州市科协"_s, u"510114 新都区科协"_s, u"510121 金堂县科协"_s,
                                        u"510184 崇州市科协"_s, u"511800 雅安市科协"_s, u"511621 岳池县科协"_s,
                                        u"510681 广汉市科协"_s, u"513221 汶川县科协"_s, u"510705 安州区科协"_s,
                                        u"511133 马边县科协"_s, u"510113 青白江区科协"_s};
    QTest::newRow("002") << u"002_8555cece826b833e.txt"_s
                         << QStringList{u"440000 广东省科协"_s, u"440100 广州市科协"_s, u"440700 江门市科协"_s};
    QTest::newRow("003") << u"003_314bd5882f0bd127.txt"_s
                         << QStringList{u"510000 四川省科协"_s, u"510000 四川省科协"_s, u"510100 成都市科协"_s,
                                        u"510600 德阳市科协"_s, u"511011 东兴区科协"_s, u"511000 内江市科协"_s,
                                        u"513200 阿坝州科协"_s, u"511902 巴州区科协"_s};
    QTest::newRow("004") << u"004_f9b52960ae08a71d.txt"_s
                         << QStringList{u"510000 四川省科协"_s, u"511902 巴州区科协"_s, u"511500 宜宾市科协"_s,
                                        u"510705 安州区科协"_s, u"511921 通江县科协"_s, u"510118 新津区科协"_s,
                                        u"510104 锦江区科协"_s};
}

void TestSeedPlaces::everyArticleHasItsRegion()
{
    QFETCH(QString, seed);
    QFETCH(QStringList, regions);
    const parse::Page page = placedSeed(seed);
    QStringList actual;
    for (const auto &a : page.articles)
        actual << a.regionCode + u' ' + a.association;
    QCOMPARE(actual, regions);
    for (const auto &a : page.articles) {
        QCOMPARE(a.regionPath.first(), a.regionCode.startsWith(u"44"_s) ? u"广东省"_s
                                       : a.regionCode.startsWith(u"31"_s) ? u"上海市"_s
                                                                           : u"四川省"_s);
        QVERIFY(a.mentions.contains(a.regionCode));
    }
}

void TestSeedPlaces::theHomeProvinceIsInferredOrGiven()
{
    const parse::Page sichuan = placedSeed(u"004_f9b52960ae08a71d.txt"_s);
    QCOMPARE(sichuan.homeProvince, u"510000"_s);
    QVERIFY(sichuan.homeProvinceInferred);
    const parse::Page guangdong = placedSeed(u"002_8555cece826b833e.txt"_s);
    QCOMPARE(guangdong.homeProvince, u"440000"_s);
    // A home province given by the archivist is taken as it is: 省科协 follows it.
    const parse::Page given = placedSeed(u"004_f9b52960ae08a71d.txt"_s, u"440000"_s);
    QVERIFY(!given.homeProvinceInferred);
    QCOMPARE(given.articles.first().regionCode, u"440000"_s);
}

void TestSeedPlaces::theSponsorBoxNeverFeedsAnArticle()
{
    const parse::Page page = placedSeed(u"000_e94dbefa3c4468c5.txt"_s);
    QVERIFY(page.sponsors.contains(u"攀枝花市科学技术协会"_s));
    for (const auto &a : page.articles) {
        QVERIFY(!a.mentions.contains(u"510400"_s)); // 攀枝花 is named only in the sponsor box
        QVERIFY(!a.mentions.contains(u"510300"_s)); // 自贡 likewise
    }
}

void TestSeedPlaces::mentionsIncludeCountiesAndSlips()
{
    const parse::Page p1 = placedSeed(u"001_f633f705ac59ae29.txt"_s);
    const auto &yaan = p1.articles[4];
    QVERIFY(yaan.mentions.contains(u"511822"_s)); // 荣经县 (sic) is 荥经县
    QVERIFY(yaan.mentions.contains(u"511803"_s)); // 名山区
    const parse::Page p0 = placedSeed(u"000_e94dbefa3c4468c5.txt"_s);
    for (const char *county : {"511725", "511722", "511702", "511703", "511724", "511723"}) // 渠县, 宣汉县, …
        QVERIFY2(p0.articles[0].mentions.contains(QString::fromLatin1(county)), county);
    QCOMPARE(p0.articles[0].regionPath, (QStringList{u"四川省"_s, u"达州市"_s}));
}

QTEST_GUILESS_MAIN(TestSeedPlaces)
#include "tst_seed_places.moc"
