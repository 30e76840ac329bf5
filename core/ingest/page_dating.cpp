#include "page_dating.h"

#include <QRegularExpression>

using namespace Qt::Literals::StringLiterals;

namespace fangzhi::ingest {
namespace {

struct KnownEvent
{
    const char16_t *phrase;
    int year, month;
};

// Events that science-and-technology pages report on, with the month they happened.
constexpr KnownEvent knownEvents[] = {
    {u"二十届四中全会", 2025, 10}, {u"二十届三中全会", 2024, 7}, {u"二十届二中全会", 2023, 2},
    {u"二十届中央纪委二次全会", 2023, 1}, {u"党的二十大", 2022, 10}, {u"十九届六中全会", 2021, 11},
    {u"建党100周年", 2021, 7}, {u"建党百年", 2021, 7}, {u"党史学习教育", 2021, 2},
    {u"中国科协第十次全国代表大会", 2021, 5}, {u"十九届五中全会", 2020, 10},
    {u"十九届四中全会", 2019, 10}, {u"新中国成立70周年", 2019, 10}, {u"党的十九大", 2017, 10},
};

const QDate FirstPossibleDay(1949, 10, 1);

} // namespace

bool plausiblePageDate(const QDate &date, const QDate &today)
{
    return date.isValid() && date >= FirstPossibleDay && date <= today;
}

store::PageDate inferPageDate(const QString &text, const QDate &today)
{
    store::PageDate d;
    QStringList evidence;
    int year = 0, month = 0;

    // Years standing alone: not the ends of a range (2021—2025年, 2016-2020年) nor a target (到2025年).
    static const QRegularExpression yearRe(u"(?<![\\d—\\-~至到])((?:19|20)\\d\\d)年(?!\\s*[—\\-~至])"_s);
    int latestYear = 0;
    for (auto it = yearRe.globalMatch(text); it.hasNext();) {
        const auto m = it.next();
        const int y = m.captured(1).toInt();
        if (m.capturedStart() > 0 && text.mid(m.capturedStart() - 1, 1) == u"到")
            continue;
        if (y > today.year() || y < FirstPossibleDay.year()) // a plan ("2035年远景目标") or history
            continue;
        latestYear = std::max(latestYear, y);
    }
    if (latestYear) {
        year = latestYear;
        evidence << u"%1年 in the text"_s.arg(latestYear);
    }
    for (const KnownEvent &e : knownEvents) {
        if (!text.contains(QStringView(e.phrase)))
            continue;
        if (QDate(e.year, e.month, 1) > today)
            continue;
        if (e.year > year || (e.year == year && e.month > month)) {
            year = e.year;
            month = e.month;
            evidence << u"%1 (%2-%3)"_s.arg(QStringView(e.phrase)).arg(e.year).arg(e.month, 2, 10, QChar(u'0'));
        }
        break; // the list runs newest first: the first event found is the latest
    }
    if (!year)
        return d;

    // The latest month and day mentioned without a year of their own ("10月20日", not "2022年9月21日").
    static const QRegularExpression dayRe(u"(?<![年\\d])(\\d{1,2})月(\\d{1,2})日"_s);
    int latestMonth = 0, latestDay = 0;
    for (auto it = dayRe.globalMatch(text); it.hasNext();) {
        const auto m = it.next();
        const int mo = m.captured(1).toInt(), da = m.captured(2).toInt();
        if (mo < 1 || mo > 12 || da < 1 || da > 31)
            continue;
        if (mo > latestMonth || (mo == latestMonth && da > latestDay)) {
            latestMonth = mo;
            latestDay = da;
        }
    }
    if (latestMonth && latestMonth >= month && QDate(year, latestMonth, 1) <= today) {
        d.date = std::min(today, QDate(year, latestMonth, std::min(latestDay, QDate(year, latestMonth, 1).daysInMonth())));
        d.precision = u"month"_s;
        evidence << u"%1月%2日 reported"_s.arg(latestMonth).arg(latestDay);
    } else if (month) {
        d.date = QDate(year, month, 1);
        d.precision = u"year"_s;
    } else {
        d.date = QDate(year, 1, 1);
        d.precision = u"year"_s;
    }
    if (!plausiblePageDate(d.date, today))
        return {};
    d.source = u"inferred"_s;
    d.evidence = evidence.join(u"; "_s);
    return d;
}

} // namespace fangzhi::ingest
