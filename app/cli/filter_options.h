#pragma once

#include "store/archive_types.h"

#include <QCommandLineParser>

namespace fangzhi::cli {

// --db and the filters shared by search, tree and export-pdf.
class FilterOptions
{
public:
    void addTo(QCommandLineParser &parser);
    // The filter from the parsed options; false with *error on a bad value.
    [[nodiscard]] bool read(const QCommandLineParser &parser, store::ArticleFilter *filter, QString *error) const;
    [[nodiscard]] QString db(const QCommandLineParser &parser) const { return parser.value(m_db); }

    static const char *usage();

private:
    QCommandLineOption m_db{QStringLiteral("db"), QStringLiteral("archive"), QStringLiteral("ARCHIVE")};
    QCommandLineOption m_region{QStringLiteral("region"), QStringLiteral("region code"), QStringLiteral("CODE")};
    QCommandLineOption m_from{QStringLiteral("from"), QStringLiteral("first date"), QStringLiteral("DATE")};
    QCommandLineOption m_to{QStringLiteral("to"), QStringLiteral("last date"), QStringLiteral("DATE")};
    QCommandLineOption m_sameDay{QStringLiteral("same-day"), QStringLiteral("month and day"), QStringLiteral("MM-DD")};
    QCommandLineOption m_query{QStringLiteral("query"), QStringLiteral("search words"), QStringLiteral("TEXT")};
    QCommandLineOption m_association{QStringLiteral("association"), QStringLiteral("association"), QStringLiteral("NAME")};
    QCommandLineOption m_section{QStringLiteral("section"), QStringLiteral("section"), QStringLiteral("NAME")};
    QCommandLineOption m_newspaper{QStringLiteral("newspaper"), QStringLiteral("newspaper"), QStringLiteral("NAME")};
};

} // namespace fangzhi::cli
