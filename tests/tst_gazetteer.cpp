// The bundled gazetteer: complete, consistent, correct pinyin; every division since 1981 checked
// against the areacodes dataset it was generated from (../shared/data/areacodes/result.csv).
#include "geo/gazetteer.h"
#include "geo/place_names.h"

#include <QElapsedTimer>
#include <QFile>
#include <QSet>
#include <QTest>

using namespace Qt::Literals::StringLiterals;
using namespace fangzhi::geo;

namespace {

struct AreaRow
{
    QString name;
    QString level;  // 省级, 地级, 县级
    QString status; // 在用, 弃用, 变更
    int from = 0;
    int until = 0;
    QList<int> successors;
};

const QString AreaCodes = QStringLiteral(FANGZHI_SHARED_DATA) + u"/areacodes/result.csv"_s;

// code -> every row the dataset has for it
QMultiHash<int, AreaRow> readAreaCodes()
{
    QMultiHash<int, AreaRow> rows;
    QFile f(AreaCodes);
    if (!f.open(QIODevice::ReadOnly))
        return rows;
    const QStringList lines = QString::fromUtf8(f.readAll()).remove(QChar(0xFEFF)).split(u'\n');
    for (qsizetype i = 1; i < lines.size(); ++i) {
        const QStringList c = lines[i].trimmed().split(u',');
        if (c.size() < 9)
            continue;
        AreaRow r{c[3], c[4], c[5], c[6].toInt(), c[7].toInt(), {}};
        for (const QString &s : c[8].split(u';', Qt::SkipEmptyParts))
            r.successors.append(s.section(u'[', 0, 0).toInt());
        rows.insert(c[0].toInt(), r);
    }
    return rows;
}

} // namespace

class TestGazetteer : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void holdsEveryDivision();
    void everyParentExistsAndMunicipalitiesHaveNoPrefecture();
    void matchesTheAreaCodesDataset();
    void everyFormerNameAgreesWithTheAreaCodesDataset();
    void pinyinIsRightForPolyphones();
    void shortNamesAndAssociations_data();
    void shortNamesAndAssociations();
    void pathsAndAncestors();
};

void TestGazetteer::holdsEveryDivision()
{
    const Gazetteer &g = Gazetteer::bundled();
    QVERIFY2(!g.isEmpty(), qPrintable(g.error()));
    QHash<Level, int> count;
    for (const Division &d : g.divisions())
        if (d.inUse())
            ++count[d.level];
    // The generator's source (china-division 2.7.0) holds 31 provinces, 333 prefectures and
    // 2,847 counties once statistical units are set aside; four GB/T 2260 counties are added.
    QCOMPARE(count[Level::Province], 31);
    QCOMPARE(count[Level::Prefecture], 333);
    QCOMPARE(count[Level::County], 2851);
    QSet<int> codes;
    for (const Division &d : g.divisions())
        codes.insert(d.code);
    QCOMPARE(codes.size(), g.divisions().size()); // one division per code
    QVERIFY(g.townships().size() > 40000);
    QCOMPARE(g.find(511700)->name, u"达州市"_s);
    QCOMPARE(g.find(460302)->name, u"西沙区"_s);
    QCOMPARE(g.find(653229)->name, u"和安县"_s);
    QVERIFY(!g.find(130171)); // a development zone is no division
    QVERIFY(!g.find(110100)); // nor is 市辖区
    QCOMPARE(g.find(441900)->level, Level::Prefecture); // 东莞市: a prefecture without counties
}

void TestGazetteer::everyParentExistsAndMunicipalitiesHaveNoPrefecture()
{
    const Gazetteer &g = Gazetteer::bundled();
    QSet<int> codes;
    for (const Division &d : g.divisions())
        codes.insert(d.code);
    for (const Division &d : g.divisions()) {
        if (d.level == Level::Province) {
            QCOMPARE(d.parent, 0);
            continue;
        }
        QVERIFY2(codes.contains(d.parent), qPrintable(d.name));
        QVERIFY(int(g.find(d.parent)->level) < int(d.level));
    }
    for (const int municipality : {110000, 120000, 310000, 500000})
        for (const int child : g.childrenOf(municipality))
            QCOMPARE(g.find(child)->level, Level::County);
    QCOMPARE(g.find(419001)->parent, 410000); // 济源: directly under the province
    QCOMPARE(g.find(429004)->parent, 420000); // 仙桃
}

void TestGazetteer::matchesTheAreaCodesDataset()
{
    const auto rows = readAreaCodes();
    QVERIFY2(!rows.isEmpty(), qPrintable(AreaCodes + u" is missing"_s));
    const Gazetteer &g = Gazetteer::bundled();
    QSet<int> inUse;
    for (auto it = rows.cbegin(); it != rows.cend(); ++it) {
        if (it->status != u"在用")
            continue;
        inUse.insert(it.key());
        const Division *d = g.find(it.key());
        if (it.key() == 710000 || it.key() == 810000 || it.key() == 820000)
            continue; // Taiwan, Hong Kong, Macao: the gazetteer is the mainland's
        QVERIFY2(d, qPrintable(u"missing %1 %2"_s.arg(it.key()).arg(it->name)));
        QCOMPARE(d->name, it->name);
    }
    QStringList extra;
    for (const Division &d : g.divisions())
        if (d.inUse() && !inUse.contains(d.code))
            extra << d.name;
    // Units the statistics bureau codes and administers that GB/T 2260 does not list.
    QCOMPARE(extra, (QStringList{u"加格达奇区"_s, u"松岭区"_s, u"新林区"_s, u"呼中区"_s, u"大柴旦行政委员会"_s}));
}

void TestGazetteer::everyFormerNameAgreesWithTheAreaCodesDataset()
{
    const auto rows = readAreaCodes();
    QVERIFY2(!rows.isEmpty(), qPrintable(AreaCodes + u" is missing"_s));
    const Gazetteer &g = Gazetteer::bundled();
    // Every row of the dataset is an era, with its years and successors, and nothing else is.
    qsizetype mainland = 0;
    for (auto it = rows.cbegin(); it != rows.cend(); ++it) {
        if (it.key() / 10000 == 71 || it.key() / 10000 == 81 || it.key() / 10000 == 82)
            continue;
        ++mainland;
        const QString what = u"%1 %2 (%3-%4)"_s.arg(it.key()).arg(it->name).arg(it->from).arg(it->until);
        bool found = false;
        for (const NameEra &e : g.eras()) {
            if (e.code != it.key() || e.name != it->name || e.from != it->from)
                continue;
            found = true;
            QCOMPARE(e.until, it->until);
            if (!it->successors.isEmpty())
                QCOMPARE(e.successors, it->successors);
        }
        QVERIFY2(found, qPrintable(u"no era for "_s + what));
        QVERIFY2(g.find(it.key()), qPrintable(u"no division for "_s + what));
    }
    QCOMPARE(g.eras().size(), mainland);
    // A code no longer in use is a division with its last name, its years and where it went.
    const Division *luanxian = g.find(130223);
    QCOMPARE(luanxian->name, u"滦县"_s);
    QCOMPARE(luanxian->until, 2018);
    QCOMPARE(luanxian->successors, QList<int>{130284});
    QCOMPARE(luanxian->parent, 130200);
    QCOMPARE(g.find(330185)->name, u"临安市"_s);
    QCOMPARE(g.find(330185)->until, 2017);
    // Retired prefectures the dataset gives no successor get those of their counties.
    QCOMPARE(g.find(452200)->name, u"柳州地区"_s);
    QCOMPARE(g.find(452200)->successors, (QList<int>{450200, 451300}));
    QCOMPARE(g.find(452200)->level, Level::Prefecture);
    for (const Division &d : g.divisions()) {
        if (d.inUse() || d.level != Level::Prefecture)
            continue;
        QVERIFY2(!d.successors.isEmpty(), qPrintable(d.name + u" went nowhere"_s));
        for (const int s : d.successors)
            QVERIFY2(g.find(s), qPrintable(d.name + u": no successor "_s + codeText(s)));
    }
    // A code reused for another place keeps each name in its own years.
    QCOMPARE(g.nameIn(132201, 1982), u"邢台市"_s);
    QCOMPARE(g.nameIn(132201, 1990), u"南宫市"_s);
    QCOMPARE(g.nameIn(120110, 1985), u"东郊区"_s);
    QCOMPARE(g.nameIn(120110, 2000), u"东丽区"_s);
    QCOMPARE(g.find(120110)->from, 1992); // 东丽区 since 1992, under its old name before
}

void TestGazetteer::pinyinIsRightForPolyphones()
{
    const Gazetteer &g = Gazetteer::bundled();
    const QList<std::pair<int, QString>> expected = {
        {341500, u"lù ān shì"_s},     {310105, u"cháng níng qū"_s}, {511524, u"cháng níng xiàn"_s},
        {340300, u"bèng bù shì"_s},   {350200, u"xià mén shì"_s},   {440113, u"pān yú qū"_s},
        {500000, u"chóng qìng shì"_s}, {511381, u"làng zhōng shì"_s}, {510117, u"pí dū qū"_s},
        {510100, u"chéng dū shì"_s},  {511527, u"jūn lián xiàn"_s}, {331000, u"tāi zhōu shì"_s},
        {130726, u"yù xiàn"_s},       {341021, u"shè xiàn"_s},      {511300, u"nán chōng shì"_s},
        {511700, u"dá zhōu shì"_s},
    };
    for (const auto &[code, pinyin] : expected)
        QCOMPARE(g.find(code)->pinyin, pinyin);
    for (const Division &d : g.divisions()) // one syllable per character, every one
        QVERIFY2(d.pinyin.split(u' ').size() == d.name.size(), qPrintable(d.name + u' ' + d.pinyin));
}

void TestGazetteer::shortNamesAndAssociations_data()
{
    QTest::addColumn<int>("code");
    QTest::addColumn<QString>("shortName");
    QTest::addColumn<QString>("association");
    QTest::newRow("province") << 510000 << u"四川省"_s << u"四川省科协"_s;
    QTest::newRow("region") << 450000 << u"广西"_s << u"广西科协"_s;
    QTest::newRow("inner mongolia") << 150000 << u"内蒙古"_s << u"内蒙古科协"_s;
    QTest::newRow("municipality") << 110000 << u"北京市"_s << u"北京市科协"_s;
    QTest::newRow("prefecture") << 511700 << u"达州市"_s << u"达州市科协"_s;
    QTest::newRow("liangshan") << 513400 << u"凉山州"_s << u"凉山州科协"_s;
    QTest::newRow("aba") << 513200 << u"阿坝州"_s << u"阿坝州科协"_s;
    QTest::newRow("garze") << 513300 << u"甘孜州"_s << u"甘孜州科协"_s;
    QTest::newRow("mabian") << 511133 << u"马边县"_s << u"马边县科协"_s;
    QTest::newRow("beichuan") << 510726 << u"北川县"_s << u"北川县科协"_s;
    QTest::newRow("district") << 510114 << u"新都区"_s << u"新都区科协"_s;
    QTest::newRow("nation") << NationCode << u"全国"_s << u"中国科协"_s;
}

void TestGazetteer::shortNamesAndAssociations()
{
    QFETCH(int, code);
    QFETCH(QString, shortName);
    QFETCH(QString, association);
    const Division *d = Gazetteer::bundled().find(code);
    QVERIFY(d);
    QCOMPARE(d->shortName, shortName);
    QCOMPARE(d->association, association);
}

void TestGazetteer::pathsAndAncestors()
{
    const Gazetteer &g = Gazetteer::bundled();
    QCOMPARE(g.pathNames(511722), (QStringList{u"四川省"_s, u"达州市"_s, u"宣汉县"_s}));
    QCOMPARE(g.pathNames(310101), (QStringList{u"上海市"_s, u"黄浦区"_s}));
    QCOMPARE(g.ancestorAt(511722, Level::Province), 510000);
    QCOMPARE(g.ancestorAt(511722, Level::Prefecture), 511700);
    QCOMPARE(g.ancestorAt(310101, Level::Prefecture), 0);
    QVERIFY(g.contains(510000, 511722));
    QVERIFY(!g.contains(511722, 510000));
    QVERIFY(g.contains(NationCode, 511722));
    const NameForms forms = nameForms(u"凉山彝族自治州"_s, Level::Prefecture);
    QCOMPARE(forms.suffixed, QStringList{u"凉山州"_s});
    QCOMPARE(forms.bare, QStringList{u"凉山"_s});
    QCOMPARE(nameForms(u"渠县"_s, Level::County).bare, QStringList()); // one character is no name
    QCOMPARE(nameForms(u"朝阳区"_s, Level::County).bare, QStringList()); // a common word
}

QTEST_GUILESS_MAIN(TestGazetteer)
#include "tst_gazetteer.moc"
