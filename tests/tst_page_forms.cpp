// Each form a page of another paper takes, on a page of its own written for this test
// (tests/fixtures/forms): datelines, leads without one, headlines, digital editions, brief
// columns, bylines and credits, captions. Every page also keeps all of its text.
#include "page_invariants.h"
#include "parse/block_evidence.h"
#include "parse/line_kind.h"
#include "parse/page_file.h"

#include <QTest>

using namespace Qt::Literals::StringLiterals;
using namespace fangzhi;

namespace {

parse::Page parseForm(const QString &name)
{
    const auto result =
        parse::readPageFile(QStringLiteral(FANGZHI_FIXTURES_DIR) + u"/forms/"_s + name);
    if (!result.ok())
        qFatal("fixture %s did not parse: %s", qPrintable(name), qPrintable(result.error));
    const QString lost = test::checkNoTextLost(*result.page);
    if (!lost.isEmpty())
        qFatal("fixture %s lost text: %s", qPrintable(name), qPrintable(lost));
    return *result.page;
}

QStringList titles(const parse::Page &page)
{
    QStringList out;
    for (const auto &a : page.articles)
        out << (a.titleDerived ? u"~"_s : QString()) + a.title;
    return out;
}

QStringList bodyStarts(const parse::Page &page, int chars = 6)
{
    QStringList out;
    for (const auto &a : page.articles)
        out << a.body.left(chars);
    return out;
}

} // namespace

class TestPageForms : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void everyDatelineStartsAnArticle();
    void datelinesAreRecognised_data();
    void datelinesAreRecognised();
    void leadsWithoutDatelineStartAtWideGaps();
    void headlinesInEveryForm();
    void digitalEditionLinesAreMetadata();
    void briefsAreArticlesOfTheirOwn();
    void bylinesBeforeAndCreditsAfter();
    void captionsStayCaptions();
    void headlinesWithoutAnyBlankLine();
    void fullWidthDigitalEdition();
    void editionLinesAndBulletedColumn();
    void explainsEveryBlock();
};

void TestPageForms::everyDatelineStartsAnArticle()
{
    const parse::Page page = parseForm(u"datelines.txt"_s);
    QCOMPARE(page.pageLabels, QStringList{u"第03版 科协动态"_s});
    QStringList leads;
    for (const auto &a : page.articles)
        leads << a.lead;
    QCOMPARE(leads, (QStringList{u"本网讯"_s, u"南充日报讯(记者 何某)"_s, u"绵阳网讯"_s,
                                 u"阆中报讯(记者 杜某 通讯员 罗某)"_s, u"新华社成都5月3日电"_s,
                                 u"中新网雅安6月8日电 (记者 邓某)"_s, u"(记者 王某)"_s}));
    // The second line of the first item goes on from it; it opens no article of its own.
    QVERIFY(page.articles[0].body.endsWith(u"技术手册。"_s));
    for (const auto &a : page.articles)
        QVERIFY2(a.titleDerived && !a.title.contains(u"讯"_s), qPrintable(a.title));
}

void TestPageForms::datelinesAreRecognised_data()
{
    QTest::addColumn<QString>("prose");
    QTest::addColumn<QString>("dateline");
    QTest::newRow("本报讯") << u"本报讯 近日,某县科协召开会议。"_s << u"本报讯"_s;
    QTest::newRow("marked") << u"○本报讯记者王某 昨日,某县科协召开会议。"_s << u"○本报讯"_s;
    QTest::newRow("place") << u"剑阁讯 近日,县科协开展活动。"_s << u"剑阁讯"_s;
    QTest::newRow("site") << u"川北网-广元日报3月2日讯 这几天,…"_s << u"川北网-广元日报3月2日讯"_s;
    QTest::newRow("dated") << u"本报绵阳6月1日电绵阳各级科协…"_s << u"本报绵阳6月1日电"_s;
    QTest::newRow("not 通讯员") << u"通讯员李某介绍,活动共吸引…"_s << QString();
    QTest::newRow("not 资讯") << u"科普资讯进社区活动近日举行。"_s << QString();
    QTest::newRow("not a date") << u"5月16日上午,县科协举办培训。"_s << QString();
}

void TestPageForms::datelinesAreRecognised()
{
    QFETCH(QString, prose);
    QFETCH(QString, dateline);
    QCOMPARE(parse::leadMarker(prose), dateline);
}

void TestPageForms::leadsWithoutDatelineStartAtWideGaps()
{
    // A date, a scene, straight news: each opens an article because a wider gap stands before it.
    const parse::Page page = parseForm(u"leads.txt"_s);
    QCOMPARE(bodyStarts(page), (QStringList{u"5月16日上"_s, u"秋高气爽,稻"_s, u"旺苍县首个院"_s}));
    for (const auto &a : page.articles)
        QCOMPARE(a.body.count(u'\n'), 1); // two paragraphs each
    QCOMPARE(page.section(), u"基层科普"_s);
}

void TestPageForms::headlinesInEveryForm()
{
    const parse::Page page = parseForm(u"headlines.txt"_s);
    QCOMPARE(titles(page),
             (QStringList{u"嘉祥县科协开展科技助农行动"_s, u"科普进校园,点亮科学梦!"_s,
                          u"谁来守护乡村的“科学课”?"_s, u"乡村振兴|梁山县科协助力特色产业发展"_s,
                          u"微山县科协 建设科技工作者之家"_s, u"泗水县科协第四次代表大会召开"_s,
                          u"曲阜市科协举办科普讲解大赛"_s, u"邹城市科协表彰优秀科技工作者"_s}));
    const parse::Article &threeLines = page.articles[4];
    QCOMPARE(threeLines.kicker, u"服务科技工作者"_s);
    QCOMPARE(threeLines.subtitle, u"记微山县科协基层组织建设"_s);
    QCOMPARE(page.articles[5].kicker, u"凝聚创新力量 服务高质量发展"_s); // 引题——主题 on one line
    QCOMPARE(page.articles[6].byline, u"本报记者 孔某 通讯员 颜某"_s);
    QCOMPARE(page.articles[7].dateLine, u"2024年05月30日 星期四"_s);
    QCOMPARE(page.articles[7].date, QDate(2024, 5, 30));
    for (const auto &a : page.articles)
        QVERIFY2(a.credit.isEmpty() && a.confidence >= 0.8, qPrintable(a.title));
}

void TestPageForms::digitalEditionLinesAreMetadata()
{
    const parse::Page page = parseForm(u"digital_edition.txt"_s);
    QCOMPARE(page.pageLabels, (QStringList{u"第01版 要闻"_s, u"第02版:综合"_s}));
    QCOMPARE(parse::pageLabelNumber(page.pageLabels[1]), u"02"_s);
    QCOMPARE(parse::pageLabelNumber(u"版面:第A05版:县域"_s), u"A05"_s);
    QCOMPARE(parse::pageLabelNumber(u"科普周刊 第12期 基层动态"_s), QString());
    QCOMPARE(page.furniture, (QStringList{u"【字号 大 中 小】 打印本页 返回目录"_s,
                                          u"分享到: 微信 微博 QQ空间"_s}));
    QCOMPARE(page.articles.size(), 2);
    QCOMPARE(page.articles[0].title, u"开江县科协推进科普示范村建设"_s);
    QCOMPARE(page.articles[0].section, u"要闻"_s);
    QCOMPARE(page.articles[0].date, QDate(2023, 8, 15));
    QVERIFY(page.articles[0].body.startsWith(u"本报讯"_s));
    // No headline: the date line and the page line are neither its title nor its text.
    QVERIFY(page.articles[1].titleDerived);
    QCOMPARE(page.articles[1].section, u"综合"_s);
    QCOMPARE(page.articles[1].date, QDate(2023, 8, 16));
    QVERIFY(page.articles[1].body.startsWith(u"宣汉县科协"_s));
    QVERIFY(!page.articles[1].body.contains(u"分享"_s));
}

void TestPageForms::briefsAreArticlesOfTheirOwn()
{
    const parse::Page page = parseForm(u"briefs.txt"_s);
    QCOMPARE(bodyStarts(page, 5),
             (QStringList{u"3月5日,"_s, u"为提升农民"_s, u"仪陇县科协"_s, u"西充县科协"_s,
                          u"1.南部县"_s, u"2.嘉陵区"_s, u"◆高坪区科"_s, u"一、顺庆区"_s}));
    QVERIFY(page.articles[1].body.contains(u"据了解"_s)); // goes on from the brief before it
    QCOMPARE(page.articles[2].credit, u"仪陇县科协"_s);
    QCOMPARE(page.articles[3].credit, u"本报记者 毛某"_s); // a credit without brackets
    for (int i = 0; i < page.articles.size(); ++i) {
        const parse::Article &a = page.articles[i];
        QVERIFY(a.titleDerived);
        QCOMPARE(a.kicker, i < 4 ? u"科协简讯"_s : u"科协动态"_s);
    }
    QCOMPARE(page.articles[0].title, u"营山县科协组织科技志愿者在县城广场开展学雷锋科普宣传活动"_s);
    QCOMPARE(page.articles[4].title, u"南部县科协举办科技工作者座谈会,20余名科技工作者代表参加"_s);
}

void TestPageForms::bylinesBeforeAndCreditsAfter()
{
    const parse::Page page = parseForm(u"bylines_credits.txt"_s);
    QCOMPARE(page.articles.size(), 3);
    QCOMPARE(page.articles[0].byline, u"本报记者 王某 通讯员 李某"_s);
    QCOMPARE(page.articles[0].credit, u"本报记者 毛某"_s);
    QCOMPARE(page.articles[1].byline, u"文/图 赵某"_s);
    QCOMPARE(page.articles[2].byline, u"记者 钱某 报道"_s);
    QCOMPARE(page.articles[2].credit, u"南江县科协"_s);
    for (const auto &a : page.articles)
        QVERIFY(!a.body.contains(u"记者"_s) && !a.body.endsWith(u"科协"_s));
}

void TestPageForms::captionsStayCaptions()
{
    const parse::Page page = parseForm(u"captions.txt"_s);
    QCOMPARE(titles(page),
             (QStringList{u"恩阳区科协举办科普广场活动"_s, u"巴州区科协开展科普讲座"_s}));
    const parse::Article &first = page.articles[0];
    QCOMPARE(first.captions.size(), 3);
    QCOMPARE(first.captions[0].text, u"图为广场科普知识宣传现场"_s);
    QCOMPARE(first.captions[1].text, u"群众参加现场义诊"_s);
    QCOMPARE(first.captions[1].photoCredit, u"本报记者 郑某 摄"_s);
    QCOMPARE(first.captions[2].text, u"(图片由恩阳区科协提供)"_s);
    QVERIFY(first.subheadings.isEmpty());
    QVERIFY(first.credit.isEmpty());
    QCOMPARE(first.body.count(u'\n'), 2); // three paragraphs, no caption among them
    QCOMPARE(page.articles[1].captions.size(), 1);
    QVERIFY(page.articles[1].captions[0].text.contains(u"供图"_s));
}

void TestPageForms::headlinesWithoutAnyBlankLine()
{
    // No gaps to go by: a column name on top, and headlines told from sub-headings by their form
    // ("苍溪:…") and by the text under them.
    const parse::Page page = parseForm(u"no_gaps.txt"_s);
    QCOMPARE(page.section(), u"科技周刊·基层动态"_s);
    QCOMPARE(titles(page),
             (QStringList{u"广元市科协召开年度工作会议"_s, u"剑阁县举办科技下乡活动"_s,
                          u"苍溪:红心猕猴桃有了“科技保姆”"_s}));
    QCOMPARE(page.articles[0].credit, u"广元市科协"_s);
    QCOMPARE(page.articles[2].credit, u"本报通讯员 李某"_s);
    QCOMPARE(page.articles[2].captions.size(), 1);
    QVERIFY(page.articles[1].subheadings.isEmpty());
}

void TestPageForms::fullWidthDigitalEdition()
{
    // Full-width spaces, digits and brackets (normalised on reading), a date line over the page
    // label, and a headline that the lead under it retells.
    const parse::Page page = parseForm(u"full_width.txt"_s);
    QCOMPARE(page.pageLabels, QStringList{u"第A05版:县域"_s});
    QCOMPARE(titles(page),
             (QStringList{u"旺苍县科协:让科普走进千家万户"_s, u"朝天区召开科技工作者座谈会"_s,
                          u"利州区:科技馆迎来研学热"_s}));
    QCOMPARE(page.articles[0].lead, u"本报讯 (通讯员 何某)"_s);
    QCOMPARE(page.articles[0].date, QDate(2024, 3, 15));
    QCOMPARE(page.articles[0].section, u"县域"_s);
    QCOMPARE(page.articles[1].credit, u"朝天区科协供稿"_s);
    QCOMPARE(page.articles[2].captions.size(), 1);
    QCOMPARE(page.articles[2].captions[0].photoCredit, u"记者 王某 摄"_s);
}

void TestPageForms::editionLinesAndBulletedColumn()
{
    const parse::Page page = parseForm(u"edition_and_bullets.txt"_s);
    QCOMPARE(page.pageLabels.size(), 2);
    QCOMPARE(titles(page).first(), u"昭化区:科普大篷车开进古城!"_s);
    // The date line said twice under the headline still dates that one article.
    QCOMPARE(page.articles[0].date, QDate(2023, 6, 12));
    QVERIFY(page.articles[0].body.startsWith(u"6月10日"_s));
    QCOMPARE(page.articles[0].credit, u"记者 周某 通讯员 吴某"_s);
    QVERIFY(page.articles[1].titleDerived);
    QCOMPARE(page.articles[1].date, QDate(2023, 6, 13));
    // "【科协动态】" heads a column whose bulleted items are briefs of their own.
    QCOMPARE(page.articles.size(), 5);
    for (int i = 2; i < 5; ++i) {
        QCOMPARE(page.articles[i].kicker, u"科协动态"_s);
        QVERIFY(page.articles[i].body.startsWith(u"■"_s));
        QVERIFY(!page.articles[i].title.startsWith(u"■"_s));
    }
}

void TestPageForms::explainsEveryBlock()
{
    const parse::Page page = parseForm(u"headlines.txt"_s);
    QCOMPARE(page.notes.size(), page.blocks.size());
    for (qsizetype i = 0; i < page.blocks.size(); ++i)
        QVERIFY2(!page.notes[i].kind.isEmpty(), qPrintable(page.blocks[i].text));
    const auto noteOf = [&](const QString &text) {
        for (qsizetype i = 0; i < page.blocks.size(); ++i)
            if (page.blocks[i].text == text)
                return page.notes[i];
        return parse::BlockNote{};
    };
    const parse::BlockNote headline = noteOf(u"嘉祥县科协开展科技助农行动"_s);
    QCOMPARE(headline.kind, u"headline"_s);
    QVERIFY(std::any_of(
        headline.evidence.cbegin(), headline.evidence.cend(),
        [](const parse::Reason &r) { return r.weight > 0 && r.why.contains(u"wider gap"_s); }));
    QCOMPARE(noteOf(u"本报记者 孔某 通讯员 颜某"_s).kind, u"byline"_s);
}

QTEST_GUILESS_MAIN(TestPageForms)
#include "tst_page_forms.moc"
