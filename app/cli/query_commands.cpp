#include "archive_commands.h"
#include "cli_io.h"
#include "filter_options.h"
#include "geo/gazetteer.h"
#include "geo/region_counts.h"
#include "store/archive_store.h"

#include <QJsonArray>

#include <functional>
#include <QJsonDocument>
#include <QJsonObject>

using namespace Qt::Literals::StringLiterals;

namespace fangzhi::cli {
namespace {

QJsonValue regionJson(int code)
{
    const auto &g = geo::Gazetteer::bundled();
    if (code < 0 || !g.find(code))
        return QJsonValue::Null;
    return QJsonObject{{u"code"_s, geo::codeText(code)}, {u"path"_s, QJsonArray::fromStringList(g.pathNames(code))}};
}

QJsonValue orNull(const QString &s)
{
    return s.isEmpty() ? QJsonValue() : QJsonValue(s);
}

// The most articles search prints at once.
constexpr int MaxLimit = 100000;

// Parses the common options and checks the command's own (check says what is wrong, or nothing);
// returns the archive, or null after printing why (exit code in *exit).
std::unique_ptr<store::ArchiveStore> prepare(const QString &command, const QString &usage, const QStringList &args,
                                             QCommandLineParser &parser, FilterOptions &filters,
                                             store::ArticleFilter *filter, int *exit,
                                             const std::function<QString()> &check = {})
{
    parser.setSingleDashWordOptionMode(QCommandLineParser::ParseAsLongOptions);
    const QCommandLineOption help({u"h"_s, u"help"_s}, u"help"_s);
    parser.addOption(help);
    filters.addTo(parser);
    QString error;
    if (!parser.parse(args) ||
        (!parser.isSet(help) && (!filters.read(parser, filter, &error) || !(error = check ? check() : QString()).isEmpty()))) {
        err(u"fangzhi-cli %1: %2\n%3"_s.arg(command, error.isEmpty() ? parser.errorText() : error, usage));
        *exit = ExitUsage;
        return nullptr;
    }
    if (parser.isSet(help)) {
        out(usage);
        *exit = ExitOk;
        return nullptr;
    }
    auto archive = openArchive(filters.db(parser));
    if (!archive)
        *exit = ExitBadInput;
    return archive;
}

QJsonObject treeNode(const geo::Gazetteer &g, int code, const QHash<int, qint64> &totals)
{
    const geo::Division *d = g.find(code);
    QJsonArray children;
    QList<int> kids = g.childrenOf(code == geo::NationCode ? 0 : code);
    for (const int child : std::as_const(kids))
        if (totals.value(child) > 0)
            children.append(treeNode(g, child, totals));
    return QJsonObject{{u"code"_s, geo::codeText(code)}, {u"name"_s, d->name}, {u"association"_s, d->association},
                       {u"count"_s, totals.value(code)}, {u"children"_s, children}};
}

} // namespace

int runSearch(const QStringList &args)
{
    const QString usage = u"Usage: fangzhi-cli search --db ARCHIVE [filters] [--limit N] [--offset N] [--json]\n"_s
                          u"List the articles that match, best first when searching for words.\n"_s +
                          QString::fromUtf8(FilterOptions::usage()) +
                          u"  --limit N            at most N articles (default 20)\n"_s
                          u"  --offset N           skip the first N\n  --json               print JSON\n"_s;
    QCommandLineParser parser;
    FilterOptions filters;
    const QCommandLineOption limit(u"limit"_s, u"limit"_s, u"N"_s, u"20"_s);
    const QCommandLineOption offset(u"offset"_s, u"offset"_s, u"N"_s, u"0"_s);
    const QCommandLineOption json(u"json"_s, u"json"_s);
    parser.addOptions({limit, offset, json});
    store::ArticleFilter filter;
    int exit = ExitOk;
    int n = 0, skip = 0;
    const auto archive = prepare(u"search"_s, usage, args, parser, filters, &filter, &exit, [&] {
        bool limitOk = false, offsetOk = false;
        n = parser.value(limit).toInt(&limitOk);
        skip = parser.value(offset).toInt(&offsetOk);
        return limitOk && offsetOk && n >= 0 && n <= MaxLimit && skip >= 0
                   ? QString()
                   : u"--limit takes a whole number from 0 to %1, --offset one from 0, not \"%2\" and \"%3\""_s.arg(MaxLimit)
                         .arg(parser.value(limit), parser.value(offset));
    });
    if (!archive)
        return exit;
    const store::ResultPage result = archive->search(filter, skip, n);
    if (!archive->lastError().isEmpty()) {
        err(u"fangzhi-cli search: "_s + archive->lastError() + u'\n');
        return ExitBadInput;
    }
    if (const qint64 waiting = archive->counts().awaitingIndex; waiting > 0 && !filter.query.trimmed().isEmpty())
        err(u"fangzhi-cli search: note: %1 articles stored last are not searchable yet (the search index could not "
            "be written); they will be once the archive is opened where it can be written\n"_s.arg(waiting));
    if (!parser.isSet(json)) {
        out(u"%1%2 articles\n"_s.arg(result.total).arg(result.totalIsLowerBound ? u"+"_s : QString()));
        for (const auto &a : result.articles)
            out(u"%1  %2  [%3]  %4\n    %5\n"_s.arg(a.id)
                    .arg(a.date.isValid() ? a.date.date.toString(Qt::ISODate) + (a.date.inferred() ? u"?"_s : QString())
                                          : u"----------"_s,
                         a.association, a.title, a.snippet));
        return ExitOk;
    }
    QJsonArray articles;
    for (const auto &a : result.articles)
        articles.append(QJsonObject{{u"id"_s, a.id},
                                    {u"title"_s, a.title},
                                    {u"placeLine"_s, orNull(a.placeLine)},
                                    {u"date"_s, a.date.isValid() ? QJsonValue(a.date.date.toString(Qt::ISODate)) : QJsonValue()},
                                    {u"dateInferred"_s, a.date.inferred()},
                                    {u"datePrecision"_s, orNull(a.date.precision)},
                                    {u"region"_s, regionJson(a.region)},
                                    {u"association"_s, orNull(a.association)},
                                    {u"credit"_s, orNull(a.credit)},
                                    {u"section"_s, orNull(a.section)},
                                    {u"snippet"_s, a.snippet}});
    out(QString::fromUtf8(QJsonDocument(QJsonObject{{u"total"_s, result.total},
                                                     {u"totalIsLowerBound"_s, result.totalIsLowerBound},
                                                     {u"articles"_s, articles}})
                              .toJson(QJsonDocument::Compact)) +
        u'\n');
    return ExitOk;
}

int runTree(const QStringList &args)
{
    const QString usage = u"Usage: fangzhi-cli tree --db ARCHIVE [filters] [--json]\n"_s
                          u"Count the articles under every region, for the filters given.\n"_s +
                          QString::fromUtf8(FilterOptions::usage()) + u"  --json               print JSON\n"_s;
    QCommandLineParser parser;
    FilterOptions filters;
    const QCommandLineOption json(u"json"_s, u"json"_s);
    parser.addOption(json);
    store::ArticleFilter filter;
    int exit = ExitOk;
    const auto archive = prepare(u"tree"_s, usage, args, parser, filters, &filter, &exit);
    if (!archive)
        return exit;
    const auto &g = geo::Gazetteer::bundled();
    const QHash<int, qint64> own = archive->regionCounts(filter);
    if (!archive->lastError().isEmpty()) { // never an empty tree for an archive that could not be read
        err(u"fangzhi-cli tree: "_s + archive->lastError() + u'\n');
        return ExitBadInput;
    }
    QHash<int, qint64> totals = geo::rollUp(g, own);
    qint64 all = 0;
    for (const qint64 n : own)
        all += n;
    totals[geo::NationCode] = all;
    QJsonObject root = treeNode(g, geo::NationCode, totals);
    root.insert(u"unplaced"_s, own.value(-1));
    if (parser.isSet(json)) {
        out(QString::fromUtf8(QJsonDocument(root).toJson(QJsonDocument::Compact)) + u'\n');
        return ExitOk;
    }
    std::function<void(const QJsonObject &, int)> print = [&](const QJsonObject &node, int depth) {
        out(QString(depth * 2, u' ') + u"%1 · %2  %3\n"_s.arg(node[u"name"_s].toString(),
                                                             node[u"association"_s].toString())
                                           .arg(node[u"count"_s].toInteger()));
        for (const auto &c : node[u"children"_s].toArray())
            print(c.toObject(), depth + 1);
    };
    print(root, 0);
    return ExitOk;
}

} // namespace fangzhi::cli
