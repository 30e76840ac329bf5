#include "resolve_command.h"

#include "cli_io.h"
#include "geo/place_names.h"
#include "geo/resolver.h"

#include <QCommandLineParser>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTextStream>

using namespace Qt::Literals::StringLiterals;

namespace fangzhi::cli {
namespace {

// The association as it was called at the date: 东郊区科协 in 1985.
QString associationThen(const geo::Gazetteer &g, int code, const QDate &date)
{
    const geo::Division *d = g.find(code);
    return date.isValid() && code != geo::NationCode ? geo::associationName(g.nameIn(code, date.year()), d->level)
                                                     : d->association;
}

// The name a code bore at the date, or without one its last name no longer borne.
const geo::NameEra *formerEra(const geo::Gazetteer &g, int code, const QDate &date)
{
    const geo::NameEra *found = nullptr;
    for (const geo::NameEra &e : g.eras())
        if (e.code == code && !e.inUse() &&
            (date.isValid() ? e.validIn(date.year()) : !found || e.until > found->until))
            found = &e;
    return found;
}

const QString Usage =
    u"Usage: fangzhi-cli resolve [--home CODE] [--date YYYY-MM-DD] [TEXT...]\n"_s
    u"Print, for each text (or each line of standard input when no TEXT is given), one JSON line\n"_s
    u"with the region it is about, its association and every place it names.\n"_s
    u"  --home CODE   the paper's home province, a GB/T 2260 code such as 510000\n"_s
    u"  --date DATE   the page's date (2019-06-30, 2019-06 or 2019): names are read as they\n"_s
    u"                were then (新津县 until 2020, 柳州地区 until 2002)\n"_s;

QJsonValue region(const geo::Gazetteer &g, int code)
{
    if (code < 0)
        return QJsonValue::Null;
    return QJsonObject{{u"code"_s, geo::codeText(code)}, {u"path"_s, QJsonArray::fromStringList(g.pathNames(code))}};
}

QByteArray resolveLine(const geo::Resolver &resolver, const QString &text, const geo::ResolveContext &context)
{
    const geo::Gazetteer &g = resolver.gazetteer();
    const QList<geo::Mention> mentions = resolver.mentions(text, context);
    const int subject = resolver.subject(mentions, text);
    QJsonArray found;
    for (const geo::Mention &m : mentions) {
        QJsonObject o{{u"text"_s, text.mid(m.start, m.length)}, {u"region"_s, region(g, m.code)}};
        if (m.association && m.code >= 0)
            o.insert(u"association"_s, associationThen(g, m.code, context.date));
        if (const geo::NameEra *e = m.resolved() && m.former ? formerEra(g, m.code, context.date) : nullptr) {
            QJsonArray successors; // a name no longer borne: its years and what it became
            for (const int s : e->successors)
                successors.append(geo::codeText(s));
            o.insert(u"former"_s, QJsonObject{{u"name"_s, e->name}, {u"from"_s, e->from}, {u"until"_s, e->until},
                                              {u"successors"_s, successors}});
        }
        if (!m.resolved()) {
            QJsonArray candidates;
            for (const int c : m.candidates)
                candidates.append(geo::codeText(c));
            o.insert(u"candidates"_s, candidates);
        }
        found.append(o);
    }
    const geo::Division *d = subject >= 0 ? g.find(subject) : nullptr;
    const QJsonObject line{{u"text"_s, text},
                           {u"region"_s, region(g, subject)},
                           {u"association"_s, d ? QJsonValue(associationThen(g, subject, context.date)) : QJsonValue()},
                           {u"mentions"_s, found}};
    return QJsonDocument(line).toJson(QJsonDocument::Compact) + '\n';
}

} // namespace

int runResolve(const QStringList &args)
{
    QCommandLineParser parser;
    const QCommandLineOption home(u"home"_s, u"home province code"_s, u"CODE"_s);
    const QCommandLineOption date(u"date"_s, u"page date"_s, u"DATE"_s);
    parser.addOptions({home, date});
    if (const int exit = parseCommandLine(parser, args, u"resolve"_s, Usage); exit >= 0)
        return exit;
    geo::ResolveContext context;
    if (parser.isSet(home)) {
        if (!isProvinceCode(parser.value(home))) {
            err(u"fangzhi-cli resolve: --home takes a six-digit province code such as 510000\n"_s);
            return ExitUsage;
        }
        context.homeProvince = parser.value(home).toInt();
    }
    if (parser.isSet(date)) {
        context.date = pageDate(parser.value(date));
        if (!context.date.isValid()) {
            err(u"fangzhi-cli resolve: --date takes a date such as 2019-06-30, 2019-06 or 2019\n"_s);
            return ExitUsage;
        }
    }
    const geo::Resolver &resolver = geo::Resolver::bundled();
    const QStringList texts = parser.positionalArguments();
    if (!texts.isEmpty()) {
        for (const QString &text : texts)
            out(QString::fromUtf8(resolveLine(resolver, text, context)));
        return ExitOk;
    }
    QTextStream in(stdin);
    in.setEncoding(QStringConverter::Utf8);
    QString line;
    while (in.readLineInto(&line))
        out(QString::fromUtf8(resolveLine(resolver, line, context)));
    return ExitOk;
}

} // namespace fangzhi::cli
