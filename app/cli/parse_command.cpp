#include "parse_command.h"

#include "cli_io.h"
#include "geo/page_placer.h"
#include "parse/page_file.h"
#include "parse/page_json.h"

#include <QCommandLineParser>
#include <QJsonArray>
#include <QJsonDocument>

using namespace Qt::Literals::StringLiterals;

namespace fangzhi::cli {
namespace {

const QString Usage =
    u"Usage: fangzhi-cli parse [--home CODE] [--date DATE] [--newspaper NAME] FILE|FOLDER...\n"_s
    u"                         [--json | --explain]\n"_s
    u"Split newspaper pages into articles. Folders are searched for .txt and .md pages.\n"_s
    u"  --home CODE  the paper's home province, a GB/T 2260 code such as 510000\n"_s
    u"  --date DATE  the pages' date (2011-09-22, 2011-09 or 2011), when their file names do\n"_s
    u"               not say it: places are read as they were then (临安市 until 2017)\n"_s
    u"  --newspaper NAME  the paper (大同日报): its place stands for 本报's 市科协 and 我市\n"_s
    u"  --json       print JSON (see ARCHITECTURE.md) instead of a summary\n"_s
    u"  --explain    print every line of the page with the kind it was given and the\n"_s
    u"               evidence that decided it, then the articles with their confidence\n"_s;

void printSummary(const parse::Page &page)
{
    out(u"%1  [%2, %3 articles, %4 sponsors%5]\n"_s.arg(page.file, page.encoding)
            .arg(page.articles.size())
            .arg(page.sponsors.size())
            .arg(page.section().isEmpty() ? QString() : u", section "_s + page.section()));
    for (const parse::Article &a : page.articles) {
        QString title = a.title.isEmpty() ? u"(untitled)"_s : a.title;
        if (!a.placeLine.isEmpty())
            title = a.placeLine + u" · "_s + title;
        out(u"  - [%1] %2%3\n"_s.arg(a.association.isEmpty() ? u"?"_s : a.association, title,
                                     a.credit.isEmpty() ? QString() : u"  ("_s + a.credit + u')'));
    }
}

// Each line as the parser saw it, then what it made of the page.
void printExplanation(const parse::Page &page)
{
    out(u"%1  [%2]\n"_s.arg(page.file, page.encoding));
    for (qsizetype i = 0; i < page.blocks.size(); ++i) {
        const parse::Block &b = page.blocks[i];
        const parse::BlockNote &n = page.notes.value(i);
        const QString text = b.text.size() > 40 ? b.text.left(40) + u'…' : b.text;
        out(u"%1  %2  %3\n"_s.arg(b.line, 4).arg(n.kind, -16).arg(text));
        for (const parse::Reason &r : n.evidence)
            out(u"                        %1%2\n"_s.arg(
                r.weight == 0 ? QString()
                              : u"%1%2 "_s.arg(r.weight > 0 ? u"+"_s : QString()).arg(r.weight),
                r.why));
    }
    out(u"articles:\n"_s);
    for (const parse::Article &a : page.articles)
        out(u"  %1  %2%3\n"_s.arg(a.confidence, 0, 'f', 2)
                .arg(a.titleDerived ? u"(untitled) "_s : QString(), a.title));
}

} // namespace

int runParse(const QStringList &args)
{
    QCommandLineParser parser;
    const QCommandLineOption home(u"home"_s, u"home province code"_s, u"CODE"_s);
    const QCommandLineOption json(u"json"_s, u"print JSON"_s);
    const QCommandLineOption explain(u"explain"_s, u"print the evidence for every line"_s);
    const QCommandLineOption date(u"date"_s, u"page date"_s, u"DATE"_s);
    const QCommandLineOption newspaper(u"newspaper"_s, u"newspaper"_s, u"NAME"_s);
    parser.addOptions({home, json, explain, date, newspaper});
    if (const int exit = parseCommandLine(parser, args, u"parse"_s, Usage); exit >= 0)
        return exit;
    const QString homeCode = parser.value(home);
    if (parser.isSet(home) && !isProvinceCode(homeCode)) {
        err(u"fangzhi-cli parse: --home takes a six-digit province code such as 510000, not \"%1\"\n"_s
                .arg(homeCode));
        return ExitUsage;
    }
    const QDate pagesDate = pageDate(parser.value(date));
    if (parser.isSet(date) && !pagesDate.isValid()) {
        err(u"fangzhi-cli parse: --date takes a date such as 2011-09-22, 2011-09 or 2011, not \"%1\"\n"_s
                .arg(parser.value(date)));
        return ExitUsage;
    }
    if (parser.positionalArguments().isEmpty()) {
        err(u"fangzhi-cli parse: no page files given\n"_s + Usage);
        return ExitUsage;
    }

    QList<parse::SkippedPath> skipped;
    const QStringList files = parse::expandPagePaths(parser.positionalArguments(), &skipped);
    QJsonArray pages;
    QJsonArray errors;
    QJsonArray warnings;
    const auto fail = [&](const QString &file, const QString &reason) {
        err(u"fangzhi-cli: %1: %2\n"_s.arg(file, reason));
        errors.append(QJsonObject{{u"file"_s, file}, {u"reason"_s, reason}});
    };
    for (const parse::SkippedPath &s : skipped)
        fail(s.path, s.reason);
    for (const QString &path : files) {
        parse::PageFileResult result = parse::readPageFile(path, homeCode);
        if (!result.ok()) {
            fail(path, result.error);
            continue;
        }
        geo::placePage(*result.page, {pagesDate, parser.value(newspaper)});
        if (!result.warning.isEmpty()) {
            err(u"fangzhi-cli: %1: %2\n"_s.arg(path, result.warning));
            warnings.append(QJsonObject{{u"file"_s, path}, {u"warning"_s, result.warning}});
        }
        if (parser.isSet(json))
            pages.append(parse::pageToJson(*result.page));
        else if (parser.isSet(explain))
            printExplanation(*result.page);
        else
            printSummary(*result.page);
    }
    if (parser.isSet(json)) {
        QJsonObject doc{{u"pages"_s, pages}};
        if (!errors.isEmpty())
            doc.insert(u"errors"_s, errors);
        if (!warnings.isEmpty())
            doc.insert(u"warnings"_s, warnings);
        out(QString::fromUtf8(QJsonDocument(doc).toJson(QJsonDocument::Indented)));
    }
    return errors.isEmpty() ? ExitOk : ExitBadInput;
}

} // namespace fangzhi::cli
