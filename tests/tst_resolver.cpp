// Names in text resolved to divisions and associations, with the context rules.
#include "geo/resolver.h"

#include <QTest>

using namespace Qt::Literals::StringLiterals;
using namespace fangzhi::geo;

namespace {

const Resolver &resolver()
{
    return Resolver::bundled();
}

ResolveContext home(int province, QDate date = {})
{
    ResolveContext c;
    c.homeProvince = province;
    c.date = date;
    return c;
}

int subjectOf(const QString &text, const ResolveContext &context = {})
{
    return resolver().subject(resolver().mentions(text, context), text);
}

QList<int> resolvedCodes(const QString &text, const ResolveContext &context = {})
{
    QList<int> codes;
    for (const Mention &m : resolver().mentions(text, context))
        if (m.resolved())
            codes.append(m.code);
    return codes;
}

} // namespace

class TestResolver : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void addressesFromAcrossChina_data();
    void addressesFromAcrossChina();
    void municipalitiesHaveNoPrefecture();
    void shortFormsOfAutonomousAreas_data();
    void shortFormsOfAutonomousAreas();
    void ambiguousNamesNeedContext();
    void namesDoNotMatchInsideOtherWords();
    void commonWordsAreNotPlaces();
    void formerNamesAndTheDate();
    void ocrSlipsOnlyInTheirOwnContext();
    void associations();
    void levelAssociationsTakeTheirDivisionFromContext();
    void townshipsAreCluesToTheirCounty();
    void mentionsAreFoundInOrderWithPositions();
    void shortCountyNamesWhereTheyStandAsPlaces_data();
    void shortCountyNamesWhereTheyStandAsPlaces();
    void nationalAndProvincialBodiesPassingBy_data();
    void nationalAndProvincialBodiesPassingBy();
};

void TestResolver::addressesFromAcrossChina_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<int>("code");
    QTest::newRow("sichuan") << u"四川省成都市新都区桂湖街道"_s << 510114;
    QTest::newRow("guangdong") << u"广东省广州市天河区"_s << 440106;
    QTest::newRow("zhejiang") << u"浙江省杭州市西湖区"_s << 330106;
    QTest::newRow("xinjiang") << u"新疆维吾尔自治区乌鲁木齐市天山区"_s << 650102;
    QTest::newRow("xinjiang short") << u"新疆乌鲁木齐市"_s << 650100;
    QTest::newRow("inner mongolia") << u"内蒙古呼和浩特市"_s << 150100;
    QTest::newRow("tibet chengguan") << u"西藏拉萨市城关区"_s << 540102;
    QTest::newRow("gansu chengguan") << u"甘肃省兰州市城关区"_s << 620102;
    QTest::newRow("heilongjiang") << u"黑龙江省哈尔滨市南岗区"_s << 230103;
    QTest::newRow("yunnan") << u"云南省大理白族自治州大理市"_s << 532901;
    QTest::newRow("hubei") << u"湖北省武汉市洪山区"_s << 420111;
    QTest::newRow("ningxia") << u"宁夏银川市兴庆区"_s << 640104;
    QTest::newRow("guangxi") << u"广西壮族自治区南宁市"_s << 450100;
    QTest::newRow("parent then bare child") << u"资阳安岳"_s << 512021;
    QTest::newRow("county-level city under a prefecture") << u"成都简阳市"_s << 510185;
}

void TestResolver::addressesFromAcrossChina()
{
    QFETCH(QString, text);
    QFETCH(int, code);
    QCOMPARE(subjectOf(text), code);
}

void TestResolver::municipalitiesHaveNoPrefecture()
{
    QCOMPARE(subjectOf(u"北京市朝阳区"_s), 110105);
    QCOMPARE(subjectOf(u"天津市滨海新区"_s), 120116);
    QCOMPARE(subjectOf(u"上海市浦东新区"_s), 310115);
    QCOMPARE(subjectOf(u"重庆市渝中区"_s), 500103);
    QCOMPARE(resolver().gazetteer().pathNames(500103), (QStringList{u"重庆市"_s, u"渝中区"_s}));
}

void TestResolver::shortFormsOfAutonomousAreas_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<int>("code");
    QTest::newRow("凉山州") << u"凉山州"_s << 513400;
    QTest::newRow("凉山彝族自治州") << u"凉山彝族自治州"_s << 513400;
    QTest::newRow("阿坝州") << u"阿坝州"_s << 513200;
    QTest::newRow("阿坝藏族羌族自治州") << u"阿坝藏族羌族自治州"_s << 513200;
    QTest::newRow("甘孜州") << u"甘孜州"_s << 513300;
    QTest::newRow("甘孜藏族自治州") << u"甘孜藏族自治州"_s << 513300;
    QTest::newRow("马边县") << u"马边县"_s << 511133;
    QTest::newRow("峨边县") << u"峨边县"_s << 511132;
    QTest::newRow("北川县") << u"北川县"_s << 510726;
    QTest::newRow("木里县") << u"木里县"_s << 513422;
    QTest::newRow("达州") << u"达州"_s << 511700;
    QTest::newRow("新疆") << u"新疆"_s << 650000;
    QTest::newRow("宁夏") << u"宁夏"_s << 640000;
}

void TestResolver::shortFormsOfAutonomousAreas()
{
    QFETCH(QString, text);
    QFETCH(int, code);
    QCOMPARE(subjectOf(text), code);
}

void TestResolver::ambiguousNamesNeedContext()
{
    QCOMPARE(subjectOf(u"朝阳区"_s), -1); // four of them
    const Mention chaoyang = resolver().mentions(u"朝阳区"_s, {}).first();
    QVERIFY(chaoyang.candidates.contains(110105) && chaoyang.candidates.contains(220104));
    QCOMPARE(subjectOf(u"吉林省朝阳区"_s), 220104);
    QCOMPARE(subjectOf(u"北京市朝阳区"_s), 110105);
    QCOMPARE(subjectOf(u"长春市朝阳区科协"_s), 220104);
    QCOMPARE(subjectOf(u"鼓楼区"_s), -1);
    QCOMPARE(subjectOf(u"南京市鼓楼区"_s), 320106);
    QCOMPARE(subjectOf(u"福州市鼓楼区"_s), 350102);
    QCOMPARE(subjectOf(u"徐州市鼓楼区"_s), 320302);
    QCOMPARE(subjectOf(u"开封市鼓楼区"_s), 410204);
    QCOMPARE(subjectOf(u"鼓楼区"_s, home(350000)), 350102); // Fujian's paper: only one there
    QCOMPARE(subjectOf(u"鼓楼区科协召开会议"_s, home(320000)), -1); // Jiangsu has two
    // 东兴区 (内江) and 东兴市 (广西) are different names; the bare 东兴 needs context.
    QCOMPARE(subjectOf(u"东兴区科协"_s), 511011);
    QCOMPARE(subjectOf(u"东兴市"_s), 450681);
    QCOMPARE(subjectOf(u"内江东兴"_s), 511011);
    // Other places of the same text decide: 新华区 is in four provinces.
    QCOMPARE(subjectOf(u"石家庄市长安区、新华区联合举办"_s),
             130102); // the chain stops at a sibling
    QCOMPARE(resolvedCodes(u"石家庄市长安区、新华区联合举办"_s),
             (QList<int>{130100, 130102, 130105}));
}

void TestResolver::namesDoNotMatchInsideOtherWords()
{
    QCOMPARE(subjectOf(u"吉安县"_s), 360821); // not 安县
    QCOMPARE(subjectOf(u"西安交通大学"_s), 610100);
    QCOMPARE(resolvedCodes(u"北海市重庆路"_s), QList<int>{450500}); // a street, not 重庆
    QCOMPARE(resolvedCodes(u"解放大道"_s), QList<int>{});
}

void TestResolver::commonWordsAreNotPlaces()
{
    // 资源县, 合作市, 和政县, 同心县, 会同县 and 复兴区 all exist; in prose these are words.
    QCOMPARE(resolvedCodes(u"整合科普资源,推动合作,党和政府同心同德,会同有关部门,实现伟大复兴"_s),
             QList<int>{});
    QCOMPARE(resolvedCodes(u"长治久安"_s), QList<int>{});
    QCOMPARE(resolvedCodes(u"“惠民兴县”试点项目"_s), QList<int>{}); // 兴县 is in 山西
    // With its own prefecture named, a bare county name counts.
    QVERIFY(resolvedCodes(u"广西桂林市资源县,资源人口三万"_s).contains(450329));
    QCOMPARE(resolvedCodes(u"成都崇州市科协……推进崇州科技创新"_s),
             (QList<int>{510100, 510184, 510184}));
}

void TestResolver::formerNamesAndTheDate()
{
    // Undated, a name no longer borne means its last bearer: 新津县 (510132) became 新津区 in 2020.
    QCOMPARE(subjectOf(u"新津县科协"_s), 510132);
    QCOMPARE(resolver().gazetteer().find(510132)->successors, QList<int>{510118});
    QCOMPARE(subjectOf(u"郫县"_s), 510124);
    QCOMPARE(subjectOf(u"名山县"_s), 511821);
    QCOMPARE(subjectOf(u"襄樊市"_s), 420600); // the same code, renamed 襄阳市 in 2010
    // Dated, the name's meaning then: 郫县 was 512722 in 温江地区 until 1983, then 510124.
    QCOMPARE(subjectOf(u"郫县科协"_s, home(510000, QDate(1982, 3, 1))), 512722);
    QCOMPARE(subjectOf(u"郫县科协"_s, home(510000, QDate(1990, 3, 1))), 510124);
    QCOMPARE(subjectOf(u"临安市科协"_s, home(330000, QDate(2012, 3, 1))), 330185); // not 临安 + 市科协
    QCOMPARE(subjectOf(u"下城区科协"_s, home(330000, QDate(2011, 3, 1))), 330103); // not 城区
    QCOMPARE(subjectOf(u"高陵县"_s, home(610000, QDate(2007, 3, 1))), 610126);
    QCOMPARE(subjectOf(u"柳州地区科协"_s, home(0, QDate(1990, 3, 1))), 452200);
    QCOMPARE(subjectOf(u"达县地区"_s, home(0, QDate(1985, 3, 1))), 513000);
    QCOMPARE(subjectOf(u"万县市"_s, home(0, QDate(1995, 3, 1))), 511200);
    // A name shared by a former and a current division (铜仁市): the page's date decides.
    QCOMPARE(subjectOf(u"贵州省铜仁市"_s, home(0, QDate(2009, 5, 1))), 522201);
    QCOMPARE(subjectOf(u"贵州省铜仁市"_s, home(0, QDate(2015, 5, 1))), 520600);
    QCOMPARE(subjectOf(u"贵州省铜仁市"_s), 520600); // undated: the current name wins
    const Mention tongren = resolver().mentions(u"贵州省铜仁市"_s, {}).last();
    QVERIFY(tongren.candidates.contains(522201)); // and the former one is a candidate
    QCOMPARE(subjectOf(u"毕节市"_s, home(0, QDate(2005, 1, 1))), 522401);
    // The same name for another place in its own years: 邢台市 was a county-level city till 1983.
    QCOMPARE(subjectOf(u"河北省邢台市"_s, home(0, QDate(1982, 1, 1))), 132201);
    QCOMPARE(subjectOf(u"河北省邢台市"_s, home(0, QDate(1990, 1, 1))), 130500);
}

void TestResolver::ocrSlipsOnlyInTheirOwnContext()
{
    QCOMPARE(subjectOf(u"荣经县科协"_s), -1);
    QCOMPARE(subjectOf(u"雅安市荣经县科协"_s), 511822);
    QVERIFY(resolvedCodes(u"雅安市科协组织专家到荣经县华西绿舍公司座谈"_s).contains(511822));
    ResolveContext page; // the page is about 雅安 even when this article does not say so
    page.nearby = {511800, 511803};
    QVERIFY(resolvedCodes(u"荣经县科协负责人参加会议"_s, page).contains(511822));
    QCOMPARE(subjectOf(u"自贡市荣县"_s), 510321); // 荣县 is a real county: no slip
}

void TestResolver::associations()
{
    const QList<Mention> m =
        resolver().mentions(u"达州市科协与凉山州科学技术协会、内江市老科协"_s, {});
    QCOMPARE(m.size(), 3);
    QCOMPARE(m[0].code, 511700);
    QVERIFY(m[0].association);
    QCOMPARE(m[1].code, 513400);
    QVERIFY(m[1].association);
    QCOMPARE(m[2].code, 511000);
    QVERIFY(!m[2].association); // 老科协 is the retired scientists' association
    const QList<Mention> national = resolver().mentions(u"被中国科协表彰"_s, {});
    QCOMPARE(national.first().code, NationCode);
    QVERIFY(national.first().association);
    QCOMPARE(subjectOf(u"巴州区科协 全国科普日活动获中国科协表彰"_s),
             511902); // the first one named
}

void TestResolver::levelAssociationsTakeTheirDivisionFromContext()
{
    QCOMPARE(subjectOf(u"省科协召开年度总结会"_s, home(510000)), 510000);
    QCOMPARE(subjectOf(u"省科协召开年度总结会"_s, home(440000)), 440000);
    QCOMPARE(subjectOf(u"省科协召开年度总结会"_s), -1); // whose province? nobody says
    QCOMPARE(subjectOf(u"近日,泸州市召开会议,市科协全体干部参加"_s), 510500);
    QCOMPARE(subjectOf(u"金堂县召开会议,县科协主席讲话"_s), 510121);
    const QList<Mention> all = resolver().mentions(u"全省科协系统"_s, home(510000));
    QCOMPARE(all.first().code, 510000);
    QVERIFY(!all.first().association); // every association of the province, not one
}

void TestResolver::townshipsAreCluesToTheirCounty()
{
    QCOMPARE(resolvedCodes(u"丰裕镇含英民俗馆"_s), QList<int>{}); // no context: a clue only
    QCOMPARE(resolvedCodes(u"资阳市雁江区丰裕镇"_s), (QList<int>{512000, 512002, 512002}));
    QCOMPARE(resolvedCodes(u"资阳市科协赴丰裕镇"_s), (QList<int>{512000, 512002}));
}

void TestResolver::mentionsAreFoundInOrderWithPositions()
{
    const QString text = u"本报讯 近日,德阳广汉市科协与绵阳市安州区科协"_s;
    const QList<Mention> m = resolver().mentions(text, {});
    QStringList names;
    for (const Mention &x : m)
        names << text.mid(x.start, x.length);
    QCOMPARE(names, (QStringList{u"德阳"_s, u"广汉市"_s, u"绵阳市"_s, u"安州区"_s}));
    QCOMPARE(m[1].code, 510681);
    QVERIFY(m[1].association && !m[0].association);
}

void TestResolver::shortCountyNamesWhereTheyStandAsPlaces_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<int>("province"); // the paper's
    QTest::addColumn<int>("code");     // -1: no place
    // A two-character county opening a clause, or after 到/在, in the paper's province.
    QTest::newRow("opens the headline") << u"赵县科技活动周启动"_s << 130000 << 130133;
    QTest::newRow("after a comma") << u"近日,滑县举办科普讲座"_s << 410000 << 410526;
    QTest::newRow("after 到") << u"省里的专家到滑县开展服务"_s << 410000 << 410526;
    QTest::newRow("followed by 科协") << u"今年以来,单县科协组织专家下乡"_s << 370000 << 371722;
    // A bare county name followed by what follows only places.
    QTest::newRow("bare, with 科协") << u"望谟科协开展科普活动"_s << 520000 << 522326;
    // Inside ordinary words, or in another province than the paper's: no place.
    QTest::newRow("示范县") << u"创建全国科普示范县"_s << 410000 << -1;
    QTest::newRow("兴县 inside a slogan") << u"惠民兴县试点项目结硕果"_s << 140000 << -1;
    QTest::newRow("资源 as a word") << u"资源共享,资源丰富"_s << 450000 << -1;
    // A name unique in the country, where places stand, holds in any paper.
    QTest::newRow("another province") << u"赵县科技活动周启动"_s << 510000 << 130133;
    QTest::newRow("no province") << u"赵县科技活动周启动"_s << 0 << 130133;
    // Named by a person, or inside a word across its end: no place.
    QTest::newRow("a given name") << u"副市长吴桂林出席"_s << 450000 << -1;
    QTest::newRow("a word across its end") << u"学会理事长沙龙在济南举行"_s << 370000 << 370100;
    QTest::newRow("a bare name before a township of it") << u"临泽蓼泉镇举办科普赶集"_s << 620000 << 620723;
    QTest::newRow("a township unique in the province") << u"市科学技术协会到宋埠镇调研"_s << 420000 << 421181;
    QTest::newRow("我省") << u"我省启动科技活动周"_s << 510000 << 510000;
    QTest::newRow("本市 of a municipality") << u"本市举办科普日"_s << 310000 << 310000;
    QTest::newRow("全市 and the venue county") << u"全市科技活动周启动仪式在上蔡县举行"_s << 410000 << 411700;
    QTest::newRow("新右旗") << u"新右旗科协开展科普活动"_s << 150000 << 150727;
    QTest::newRow("a medium's brand") << u"新甘肃·每日甘肃网讯 近日，临泽县开展科普活动"_s << 620000 << 620723;
    QTest::newRow("a paper's name") << u"大同日报讯 近日，广灵县举办科普讲座"_s << 140000 << 140223;
}

void TestResolver::shortCountyNamesWhereTheyStandAsPlaces()
{
    QFETCH(QString, text);
    QFETCH(int, province);
    QFETCH(int, code);
    QCOMPARE(subjectOf(text, home(province)), code);
}

void TestResolver::nationalAndProvincialBodiesPassingBy_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<int>("code");
    // Named after the place, or by an official's post or an event: the place is the subject.
    QTest::newRow("honours a county")
        << u"咸阳市秦都区被中国科协授予全国科普示范区称号"_s << 610402;
    QTest::newRow("an official visits")
        << u"中国科协科普部副部长一行赴安宁市调研科技小院"_s << 530181;
    QTest::newRow("an event held there")
        << u"中国科协年会在武汉市开幕,武汉市开展系列科普活动"_s << 420100;
    QTest::newRow("a provincial guest") << u"广元市科协召开年会,省科协副主席出席"_s << 510800;
    // Named first and acting: the body is the subject.
    QTest::newRow("the nation acts") << u"中国科协在北京市发布全民科学素质调查结果"_s << 0;
    QTest::newRow("a province acts") << u"四川省科协组织专家赴广元市开展科技服务"_s << 510000;
}

void TestResolver::nationalAndProvincialBodiesPassingBy()
{
    QFETCH(QString, text);
    QFETCH(int, code);
    QCOMPARE(subjectOf(text, home(510000)), code);
}

QTEST_GUILESS_MAIN(TestResolver)
#include "tst_resolver.moc"
