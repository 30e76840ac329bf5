#include "page_date_text.h"

#include <QCoreApplication>

using namespace Qt::Literals::StringLiterals;

namespace fangzhi::store {

QString dateText(const PageDate &date)
{
    if (!date.isValid())
        return {};
    const QString d = date.precision == u"year"    ? date.date.toString(u"yyyy"_s)
                      : date.precision == u"month" ? date.date.toString(u"yyyy-MM"_s)
                                                   : date.date.toString(Qt::ISODate);
    return date.inferred() ? QCoreApplication::translate("DateText", "%1 (inferred)").arg(d) : d;
}

QString dateEvidence(const PageDate &date)
{
    if (!date.inferred())
        return {};
    return date.evidence.isEmpty()
               ? QCoreApplication::translate("DateText", "No date was given with the page: inferred from its text.")
               : QCoreApplication::translate("DateText", "No date was given with the page: inferred from its text (%1).")
                     .arg(date.evidence);
}

} // namespace fangzhi::store
