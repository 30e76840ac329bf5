// The five sample pages, parsed: exact titles, credits, sponsors, sections, rejoined sentences,
// and the no-text-lost invariant.
#include "page_invariants.h"
#include "parse/page_file.h"

#include <QTest>

using namespace Qt::Literals::StringLiterals;
using namespace fangzhi;

namespace {

struct SeedExpectation
{
    QString file;
    QString section; // first section label, empty when the page has none
    int sponsors = 0;
    QStringList articles; // test::describe() of each article, in page order
    QStringList credits;  // credit of each article, "" when it has none
    QStringList rejoined; // text that exists only once column breaks are rejoined
};

QList<SeedExpectation> expectations()
{
    const QString roundup000 = u"全省科协系统 扎实推进党史学习教育"_s;
    const QString column000 = u"本栏目组稿:齐雯 余敏 本报记者 杨永忠"_s;
    const QString roundup001 = u"全省各级科协组织 积极学习贯彻党的二十届三中全会精神"_s;
    const QString column001 = u"本栏目撰稿:唐文 陈韵洁 陈莉 朱霖"_s;
    const QString roundup003 =
        u"认真学习宣传贯彻党的二十大精神 / 全省科协系统认真学习宣传贯彻党的二十大精神"_s;
    const QString column003 = u"本栏目组稿:刘茂 周玉琴 本报记者 张跃明"_s;
    return {
        {u"000_e94dbefa3c4468c5.txt"_s,
         u"科协动态"_s,
         21,
         {roundup000 + u" · 达州市"_s, roundup000 + u" · 甘孜州"_s, roundup000 + u" · 凉山州"_s,
          u"资阳市科协 提高科普项目实施质量"_s, u"简阳市科协 助力青少年创新意识培养"_s,
          u"新津区科协 开展绿道科普研学游活动"_s,
          u"上海市黄浦区科协 全面唱响党史学习教育“主旋律”"_s,
          u"省科协企创中心 深入了解雅安院士(专家)工作站需求"_s},
         {column000, column000, column000, u"资阳市科协"_s, u"吴量 本报记者 张跃明"_s,
          u"新津区科协"_s, u"上海市科协"_s, u"雅安市科协"_s},
         {u"习近平总书记“七一”重要讲话精神,牢记科协人的初心使命"_s}},
        {u"001_f633f705ac59ae29.txt"_s,
         u"地方科协"_s,
         0,
         {roundup001 + u" · 泸州市"_s, roundup001 + u" · 新都区"_s, roundup001 + u" · 金堂县"_s,
          roundup001 + u" · 崇州市"_s, u"雅安市科协 聚力攻克锂渣科学消纳处理 技术难题"_s,
          u"岳池县科协 召开第八次代表大会"_s, u"广汉市科协 创新青少年科普教育模式"_s,
          u"汶川县科协 开展群团工作专题调研"_s, u"安州区科协 “惠民兴县”试点项目结硕果"_s,
          u"马边县科协 为乡村科学教育发展蓄力"_s, u"青白江区 推动区域科创服务能力提档升级"_s},
         {column001, column001, column001, column001, u"本报记者 苏文保"_s, u"本报记者 周宇"_s,
          u"广汉市科协供稿"_s, u"汶川县科协供稿"_s, u"陈力"_s, u"马边县科协供稿"_s,
          u"青白江区科协供稿"_s},
         {u"体制机制一体改革,紧密结合"_s, u"准确把握进一步全面深化改革"_s, u"针对性和实效性"_s,
          u"坚持自学、集中学"_s, u"进一步全面深化改革、推进中国式现代化"_s,
          u"持续在加强科技创新能力建设"_s, u"迅速掀起学习宣传贯彻党的二十届三中全会精神热潮"_s,
          u"雅安成建工业化建筑有限公司的相关负责人"_s, u"科学素养和创新能力"_s,
          u"扩大了科协组织影响力,形成了"_s, u"科技企业或科普基地"_s,
          u"成都焊研威达科技股份有限公司技术负责人"_s, u"提出了可实施的解决办法"_s,
          u"积极探索赋能行业发展"_s}},
        {u"002_8555cece826b833e.txt"_s,
         QString(),
         0,
         {u"省科协举办党史学习教育交流分享会"_s,
          u"广州市科协利用科普长廊学习习近平总书记重要讲话精神和中国科协十大精神"_s,
          u"江门市科协扎实开展“我为群众办实事”实践活动"_s},
         {QString(), QString(), u"江门市科协"_s},
         {u"与会同志一致认为"_s, u"政治判断力和政治执行力"_s, u"将习近平总书记关于科技创新"_s,
          u"优秀科技工作者评选活动"_s, u"江门市核酸检测工作"_s}},
        {u"003_314bd5882f0bd127.txt"_s,
         u"地方科协"_s,
         19,
         {u"省科协社会组织联合党委换届暨党员代表大会召开"_s,
          u"省科协召开部门(单位)年度总结报告会"_s, roundup003 + u" · 成都市科协"_s,
          roundup003 + u" · 德阳市科协"_s, roundup003 + u" · 东兴区科协"_s,
          u"内江市科协扎实推进作风能力专项提升行动"_s, u"阿坝州科协积极开展暖冬行动"_s,
          u"巴州区科协 / 全国科普日活动获中国科协表彰"_s},
         {u"省科协社会组织联合党委"_s, u"本报记者 曾青瑶"_s, column003, column003, column003,
          u"李明秋 本报记者 张跃明"_s, u"阿坝州科协"_s, u"彭佳"_s},
         {u"黄竞跃代表省科协社会组织联合党委"_s, u"党组织党员,特别是"_s, u"“天府科技云”建设"_s,
          u"取得的历史伟业"_s, u"联合党委的工作,并对"_s, u"部门工作、业务实绩"_s,
          u"一起了解了2022年"_s, u"深化“天府科技云服务”,落实党组"_s, u"一个时期全党全国"_s,
          u"社会主义思想伟大旗帜"_s, u"政治意识不强”"_s, u"确保他们能够温暖过冬"_s,
          u"为主题,共设有"_s}},
        {u"004_f9b52960ae08a71d.txt"_s,
         u"地方科协"_s,
         21,
         {u"省科协召开第二届“科创会”总结会"_s,
          u"蜕变的背后 ——巴州区科协帮扶书台村乡村振兴成效纪实"_s,
          u"宜宾市科协 开展全市科协系统廉洁警示教育"_s,
          u"安州区科协 / 实施人才四项工程助推区域创新发展"_s,
          u"通江县科协 / 全力构建智慧科普传播体系"_s, u"新津区 / 交流科普基地建设经验"_s,
          u"锦江区 / 做好青少年科技教育工作"_s},
         {u"谭舒予 本报记者 肖小红"_s, u"本报记者 杨永忠"_s, u"宜宾市科协"_s, u"李加成"_s,
          u"徐为 邹海英"_s, u"新津区科协"_s, u"锦江区科协"_s},
         {u"继续提供全员全程“保姆式”服务"_s, u"常态化“保姆式”服务和永不落幕"_s, u"具体整改情况"_s,
          u"四川省宜宾监狱"_s, u"认识到法律无情"_s, u"加强企业科技需求线下推送对接活动"_s,
          u"科技辅导员队伍建设等方面"_s}},
    };
}

parse::Page parseSeed(const QString &name)
{
    const auto result = parse::readPageFile(QStringLiteral(FANGZHI_SEEDS_DIR) + u'/' + name);
    if (!result.ok())
        qFatal("seed %s did not parse: %s", qPrintable(name), qPrintable(result.error));
    return *result.page;
}

} // namespace

class TestSeedPages : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void articles_data();
    void articles();
    void rejoinsColumnBreaks_data() { articles_data(); }
    void rejoinsColumnBreaks();
    void keepsOriginalParagraphs();
    void noTextLost_data() { articles_data(); }
    void noTextLost();
    void pageMetadata();
    void subheadingsCaptionsAndLeads();
    void doesNotJoinAcrossAParagraphThatNamesAnAssociation();
};

void TestSeedPages::articles_data()
{
    QTest::addColumn<int>("seed");
    const auto all = expectations();
    for (int i = 0; i < all.size(); ++i)
        QTest::newRow(qPrintable(all[i].file)) << i;
}

void TestSeedPages::articles()
{
    QFETCH(int, seed);
    const SeedExpectation e = expectations().at(seed);
    const parse::Page page = parseSeed(e.file);
    QStringList described, credits;
    for (const auto &a : page.articles) {
        described << test::describe(a);
        credits << a.credit;
    }
    QCOMPARE(described, e.articles);
    QCOMPARE(credits, e.credits);
    QCOMPARE(page.sponsors.size(), e.sponsors);
    QCOMPARE(page.section(), e.section);
}

void TestSeedPages::rejoinsColumnBreaks()
{
    QFETCH(int, seed);
    const SeedExpectation e = expectations().at(seed);
    const parse::Page page = parseSeed(e.file);
    for (const QString &sentence : e.rejoined) {
        bool inBody = false;
        for (const auto &a : page.articles) {
            inBody = inBody || a.body.contains(sentence);
            for (const QString &p : a.paragraphs)
                QVERIFY2(!p.contains(sentence),
                         qPrintable(u"already whole on the page: "_s + sentence));
        }
        QVERIFY2(inBody, qPrintable(u"not rejoined: "_s + sentence));
    }
}

void TestSeedPages::keepsOriginalParagraphs()
{
    const parse::Page page = parseSeed(u"001_f633f705ac59ae29.txt"_s);
    const parse::Article &luzhou = page.articles.first();
    QVERIFY(luzhou.paragraphs.contains(
        u"革,紧密结合科协“四服务”职责定位,推动自身改革,更好地发挥党和政府联系广大科技工作者的桥梁和纽带作用,坚决贯彻落实改革部署;要把深入学习宣传贯彻党的二十届三中全会精神作为当前和今后一个时期的一项重大政治任务,迅速掀起学习宣传贯彻党的二十届三中全会精神,切实把思想和行动统一到党中央决策部署和省委、市委工作要求上来。市科协党员干部要全面系统学习党的二十届三中全会精神,准确把"_s));
    QVERIFY(luzhou.body.contains(u"一体改革,紧密"_s));
    QCOMPARE(luzhou.paragraphs.size(), 7);
    QCOMPARE(luzhou.body.count(u'\n'), 3); // seven printed paragraphs, three column breaks rejoined
}

void TestSeedPages::noTextLost()
{
    QFETCH(int, seed);
    const parse::Page page = parseSeed(expectations().at(seed).file);
    const QString problem = test::checkNoTextLost(page);
    QVERIFY2(problem.isEmpty(), qPrintable(problem));
}

void TestSeedPages::pageMetadata()
{
    const parse::Page p0 = parseSeed(u"000_e94dbefa3c4468c5.txt"_s);
    QCOMPARE(p0.banners, QStringList{u"学党史 悟思想 办实事 开新局"_s});
    QCOMPARE(p0.sections.first().pinyin, u"KE XIE DONG TAI"_s);
    QCOMPARE(p0.sponsorHeading, u"本版协办单位 (排名不分先后)"_s);
    QCOMPARE(p0.sponsors.first(), u"凉山州科学技术协会"_s);
    QCOMPARE(p0.sponsors.last(), u"成都市科学技术协会"_s);
    QVERIFY(p0.dateClues.contains(u"10月20日"_s));

    const parse::Page p3 = parseSeed(u"003_314bd5882f0bd127.txt"_s); // label over two lines
    QCOMPARE(p3.sections.size(), 1);
    QCOMPARE(p3.sections.first().pinyin, u"DI FANG KE XIE"_s);
    QCOMPARE(p3.sponsors.last(), u"自贡市科学技术协会"_s);
    QCOMPARE(p3.articles[2].section, QString()); // the roundup stands above the label
    QCOMPARE(p3.articles[5].section, u"地方科协"_s);

    const parse::Page p4 =
        parseSeed(u"004_f9b52960ae08a71d.txt"_s); // heading is the list's first bullet
    QCOMPARE(p4.sponsorHeading, u"本版协办单位 (排名不分先后)"_s);
    QCOMPARE(p4.sponsors.first(), u"凉山州科学技术协会"_s);
}

void TestSeedPages::subheadingsCaptionsAndLeads()
{
    const parse::Page p0 = parseSeed(u"000_e94dbefa3c4468c5.txt"_s);
    const parse::Article &huangpu = p0.articles[6];
    QCOMPARE(huangpu.subheadings, QStringList{u"真抓实学 唱好学习教育“进行曲”"_s});
    QVERIFY(
        huangpu.body.contains(u"黄浦区科协推出5张科普服"_s)); // fragment out of reading order kept

    const parse::Page p2 = parseSeed(u"002_8555cece826b833e.txt"_s);
    QCOMPARE(p2.articles[0].lead, u"本报讯(记者李婉欣)"_s);
    QCOMPARE(p2.articles[0].captions.size(), 1);
    QCOMPARE(p2.articles[0].captions[0].text, u"省科协党史学习教育交流分享会在广东科学馆召开。"_s);
    QCOMPARE(p2.articles[0].captions[0].photoCredit, u"本报记者 蔡敏霞 摄"_s);
    QCOMPARE(p2.articles[1].captions[0].text, u"广州科普长廊。"_s);
    QCOMPARE(p2.articles[1].captions[0].photoCredit, u"图源广州市科协"_s);
    QCOMPARE(p2.articles[2].lead, u"本报讯"_s);
    for (const auto &a : p2.articles)
        QVERIFY(!a.body.contains(u"摄"_s) && !a.body.contains(u"图源"_s));

    const parse::Page p4 = parseSeed(u"004_f9b52960ae08a71d.txt"_s);
    QCOMPARE(p4.articles[1].subheadings.first(), u"增强村级集体经济引领力"_s);
    QCOMPARE(p4.articles[1].subheadings.last(), u"凝聚村级经济发展向心力"_s);
    QVERIFY(p4.articles[1].lead.isEmpty());
}

void TestSeedPages::doesNotJoinAcrossAParagraphThatNamesAnAssociation()
{
    const parse::Page p4 = parseSeed(u"004_f9b52960ae08a71d.txt"_s);
    QVERIFY(!p4.articles[4].body.contains(u"先后指导通江县科协"_s));
    QVERIFY(p4.articles[4].body.contains(u"先后指导\n通江县科协以通过"_s));
    QVERIFY(!p4.articles[5].body.contains(u"多层下一步"_s)); // "下一步," opens a paragraph
}

QTEST_GUILESS_MAIN(TestSeedPages)
#include "tst_seed_pages.moc"
