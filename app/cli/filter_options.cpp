#include "filter_options.h"

#include "geo/gazetteer.h"

#include <QRegularExpression>

using namespace Qt::Literals::StringLiterals;

namespace fangzhi::cli {

const char *FilterOptions::usage()
{
    return "  --db ARCHIVE         the archive: a file, or a team's on a server,\n"
           "                       postgresql://user@host:port/database[?sslmode=require]\n"
           "  --region CODE        a division and everything under it: 510000, 511700, 511722\n"
           "  --from DATE          first date, YYYY-MM-DD\n"
           "  --to DATE            last date, YYYY-MM-DD\n"
           "  --same-day MM-DD     that day of any year (articles dated to the day): 10-20\n"
           "  --query TEXT         words to find: all must appear; \"a phrase\"; -word excludes\n"
           "  --association NAME   e.g. 达州市科协\n"
           "  --section NAME       e.g. 地方科协\n"
           "  --newspaper NAME\n";
}

void FilterOptions::addTo(QCommandLineParser &parser)
{
    parser.addOptions({m_db, m_region, m_from, m_to, m_sameDay, m_query, m_association, m_section, m_newspaper});
}

bool FilterOptions::read(const QCommandLineParser &parser, store::ArticleFilter *filter, QString *error) const
{
    if (parser.value(m_db).isEmpty()) {
        *error = u"--db ARCHIVE is required"_s;
        return false;
    }
    if (parser.isSet(m_region)) {
        static const QRegularExpression code(u"^\\d{6}$"_s);
        if (!code.match(parser.value(m_region)).hasMatch()) {
            *error = u"--region takes a six-digit code such as 511700, not \"%1\""_s.arg(parser.value(m_region));
            return false;
        }
        filter->region = parser.value(m_region).toInt();
        if (!geo::Gazetteer::bundled().find(filter->region)) {
            *error = u"--region takes the code of a division (510000, 511700, 511722; 000000 for the whole "
                     "country), and %1 is none"_s.arg(parser.value(m_region));
            return false;
        }
    }
    for (const auto &[option, date] : {std::pair{&m_from, &filter->from}, std::pair{&m_to, &filter->to}}) {
        if (!parser.isSet(*option))
            continue;
        static const QRegularExpression day(u"^\\d{4}-\\d{2}-\\d{2}$"_s);
        *date = day.match(parser.value(*option)).hasMatch() ? QDate::fromString(parser.value(*option), Qt::ISODate)
                                                             : QDate();
        if (!date->isValid()) {
            *error = u"--%1 takes a date such as 2021-06-30, not \"%2\""_s.arg(option->names().first(),
                                                                              parser.value(*option));
            return false;
        }
    }
    if (parser.isSet(m_sameDay)) {
        static const QRegularExpression monthDay(u"^\\d{2}-\\d{2}$"_s);
        const QString day = parser.value(m_sameDay);
        // Any year's day, 02-29 included (checked against a leap year).
        if (!monthDay.match(day).hasMatch() || !QDate::fromString(u"2024-"_s + day, Qt::ISODate).isValid()) {
            *error = u"--same-day takes a month and day such as 10-20, not \"%1\""_s.arg(day);
            return false;
        }
        filter->sameDay = day;
    }
    filter->query = parser.value(m_query);
    filter->association = parser.value(m_association);
    filter->section = parser.value(m_section);
    filter->newspaper = parser.value(m_newspaper);
    return true;
}

} // namespace fangzhi::cli
