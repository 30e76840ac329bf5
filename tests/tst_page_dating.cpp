// Dates inferred from a page's text: the latest plausible evidence, never a date the page could
// not have appeared on.
#include "ingest/page_dating.h"

#include <QTest>

using namespace Qt::Literals::StringLiterals;
using namespace fangzhi;

class TestPageDating : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void latestEvidenceWithItsPrecision();
    void refusesDatesThePageCannotHave();
};

void TestPageDating::latestEvidenceWithItsPrecision()
{
    const QDate today(2026, 11, 30);
    auto d = ingest::inferPageDate(u"2023年以来，全县开展科普活动。8月16日，县科协举办培训。"_s, today);
    QCOMPARE(d.date, QDate(2023, 8, 16));
    QCOMPARE(d.precision, u"month"_s);
    QCOMPARE(d.source, u"inferred"_s);
    QVERIFY2(d.evidence.contains(u"2023年"_s) && d.evidence.contains(u"8月16日"_s), qPrintable(d.evidence));

    d = ingest::inferPageDate(u"学习贯彻党的二十大精神，2021年以来成效明显。"_s, today);
    QCOMPARE(d.date, QDate(2022, 10, 1));
    QCOMPARE(d.precision, u"year"_s);
}

void TestPageDating::refusesDatesThePageCannotHave()
{
    const QDate today(2026, 11, 30);
    // A plan's year is not the page's: the latest year that has come is.
    auto d = ingest::inferPageDate(u"2024年，县里提出2035年远景目标。"_s, today);
    QCOMPARE(d.date.year(), 2024);
    // Only a year to come, or only history: nothing is inferred.
    QVERIFY(!ingest::inferPageDate(u"展望2030年远景。"_s, today).isValid());
    QVERIFY(!ingest::inferPageDate(u"1937年，抗战全面爆发。"_s, today).isValid());
    // A month and day still to come this year do not date the page this year: the year does.
    d = ingest::inferPageDate(u"2026年工作要点：12月30日前完成。"_s, today);
    QCOMPARE(d.date, QDate(2026, 1, 1));
    QCOMPARE(d.precision, u"year"_s);
    // An event that has not happened yet by the day given is not evidence.
    QVERIFY(!ingest::inferPageDate(u"二十届四中全会"_s, QDate(2025, 1, 1)).isValid());
    QVERIFY(ingest::plausiblePageDate(QDate(1981, 1, 1), today));
    QVERIFY(!ingest::plausiblePageDate(QDate(1949, 9, 30), today));
    QVERIFY(!ingest::plausiblePageDate(today.addDays(1), today));
}

QTEST_GUILESS_MAIN(TestPageDating)
#include "tst_page_dating.moc"
