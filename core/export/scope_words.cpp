#include "scope_words.h"

#include "geo/gazetteer.h"

using namespace Qt::Literals::StringLiterals;

namespace fangzhi::exporting {

QStringList ScopeWords::of(const QString &archive, const store::ArticleFilter &f, qint64 articles, bool chosen)
{
    QStringList lines;
    if (!archive.isEmpty())
        lines << tr("Archive: %1").arg(archive);
    lines << (chosen ? tr("%n article(s) chosen by hand from the list of", nullptr, int(articles))
                     : tr("All %n article(s) of", nullptr, int(articles)));
    QString region = tr("all regions");
    if (f.region > 0)
        if (const auto *d = geo::Gazetteer::bundled().find(f.region))
            region = geo::Gazetteer::bundled().pathNames(d->code).join(u" › "_s);
    lines << tr("Region: %1").arg(region);
    if (f.mentions > 0)
        if (const auto *d = geo::Gazetteer::bundled().find(f.mentions))
            lines << tr("Mentioning: %1").arg(geo::Gazetteer::bundled().pathNames(d->code).join(u" › "_s));
    if (f.from.isValid() || f.to.isValid())
        lines << tr("Dates: %1 to %2")
                     .arg(f.from.isValid() ? f.from.toString(Qt::ISODate) : tr("the earliest"),
                          f.to.isValid() ? f.to.toString(Qt::ISODate) : tr("the latest"));
    if (!f.sameDay.isEmpty())
        lines << tr("The same day of any year: %1").arg(f.sameDay);
    if (!f.association.isEmpty())
        lines << tr("Association: %1").arg(f.association);
    if (f.associationOf > 0)
        lines << tr("Association: %1").arg(geo::Gazetteer::bundled().associationLabel(f.associationOf));
    if (!f.section.isEmpty())
        lines << tr("Section: %1").arg(f.section);
    if (!f.newspaper.isEmpty())
        lines << tr("Newspaper: %1").arg(f.newspaper);
    if (!f.query.trimmed().isEmpty())
        lines << tr("Search: %1").arg(f.query.trimmed());
    return lines;
}

} // namespace fangzhi::exporting
