#include "page_date_text.h"

#include <QCoreApplication>
#include <QRegularExpression>

using namespace Qt::Literals::StringLiterals;

namespace fangzhi::store {

QString dateText(const PageDate &date, DateWords words)
{
    if (!date.isValid())
        return {};
    const QString d = date.precision == u"year"    ? date.date.toString(u"yyyy"_s)
                      : date.precision == u"month" ? date.date.toString(u"yyyy-MM"_s)
                                                   : date.date.toString(Qt::ISODate);
    return date.inferred() && words == DateWords::Marked ? QCoreApplication::translate("DateText", "%1 (inferred)").arg(d) : d;
}

namespace {

// What a date was inferred from, as stored ("2024年 in the text; 8月16日 reported"), in the
// interface's language.
QString evidenceWords(const QString &stored)
{
    static const QList<std::pair<QRegularExpression, const char *>> forms = {
        {QRegularExpression(u"^(.+) in the text$"_s), QT_TRANSLATE_NOOP("DateText", "%1 in the text")},
        {QRegularExpression(u"^(.+) reported$"_s), QT_TRANSLATE_NOOP("DateText", "%1 reported")},
        {QRegularExpression(u"^the page's date line: (.*)$"_s), QT_TRANSLATE_NOOP("DateText", "the page's date line: %1")}};
    QStringList parts;
    for (const QString &part : stored.split(u"; "_s)) {
        QString said = part;
        for (const auto &[form, words] : forms)
            if (const auto m = form.match(part); m.hasMatch()) {
                said = QCoreApplication::translate("DateText", words).arg(m.captured(1));
                break;
            }
        parts << said;
    }
    return parts.join(u"; "_s);
}

} // namespace

QString dateEvidence(const PageDate &date)
{
    if (!date.inferred())
        return {};
    return date.evidence.isEmpty()
               ? QCoreApplication::translate("DateText", "No date was given with the page: inferred from its text.")
               : QCoreApplication::translate("DateText", "No date was given with the page: inferred from its text (%1).")
                     .arg(evidenceWords(date.evidence));
}

} // namespace fangzhi::store
