#include "archive_commands.h"
#include "cli_io.h"
#include "export/pdf_exporter.h"
#include "export/scope_words.h"
#include "filter_options.h"
#include "store/archive_store.h"

#include <QCommandLineParser>

using namespace Qt::Literals::StringLiterals;

namespace fangzhi::cli {

int runExportPdf(const QStringList &args)
{
    const QString usage = u"Usage: fangzhi-cli export-pdf --db ARCHIVE --out FILE.pdf (--ids N,N,… | filters)\n"_s
                          u"Write articles to a PDF with a title page, contents, bookmarks and page numbers.\n"_s
                          u"  --out FILE.pdf       the PDF to write\n"_s
                          u"  --ids N,N,…          these articles, in this order (ids from search --json)\n"_s
                          u"  --limit N            at most N articles from the filters (default 1000)\n"_s +
                          QString::fromUtf8(FilterOptions::usage());
    QCommandLineParser parser;
    parser.setSingleDashWordOptionMode(QCommandLineParser::ParseAsLongOptions);
    FilterOptions filters;
    filters.addTo(parser);
    const QCommandLineOption outOption(u"out"_s, u"pdf"_s, u"FILE"_s);
    const QCommandLineOption ids(u"ids"_s, u"ids"_s, u"N,N"_s);
    const QCommandLineOption limit(u"limit"_s, u"limit"_s, u"N"_s, u"1000"_s);
    const QCommandLineOption help({u"h"_s, u"help"_s}, u"help"_s);
    parser.addOptions({outOption, ids, limit, help});
    store::ArticleFilter filter;
    QString error;
    if (!parser.parse(args) || (!parser.isSet(help) && !filters.read(parser, &filter, &error))) {
        err(u"fangzhi-cli export-pdf: %1\n%2"_s.arg(error.isEmpty() ? parser.errorText() : error, usage));
        return ExitUsage;
    }
    if (parser.isSet(help)) {
        out(usage);
        return ExitOk;
    }
    QList<qint64> wanted;
    for (const QString &id : parser.value(ids).split(u',', Qt::SkipEmptyParts)) {
        bool ok = false;
        wanted.append(id.trimmed().toLongLong(&ok));
        if (!ok) {
            err(u"fangzhi-cli export-pdf: --ids takes article numbers such as 12,40,41, not \"%1\"\n"_s.arg(id));
            return ExitUsage;
        }
    }
    if (parser.value(outOption).isEmpty()) {
        err(u"fangzhi-cli export-pdf: --out FILE.pdf is required\n"_s + usage);
        return ExitUsage;
    }
    auto archive = openArchive(filters.db(parser));
    if (!archive)
        return ExitBadInput;
    if (wanted.isEmpty())
        for (const auto &a : archive->search(filter, 0, parser.value(limit).toInt()).articles)
            wanted.append(a.id);
    QList<store::StoredArticle> articles;
    for (const qint64 id : wanted) {
        auto a = archive->article(id);
        if (!a) {
            err(u"fangzhi-cli export-pdf: the archive has no article %1\n"_s.arg(id));
            return ExitBadInput;
        }
        articles.append(std::move(*a));
    }
    exporting::ExportOptions options;
    options.title = u"方志 · Fangzhi"_s;
    options.scope = exporting::ScopeWords::of(store::archiveName(filters.db(parser)), filter, articles.size(),
                                              parser.isSet(ids));
    const QString failure = exporting::exportPdf(articles, parser.value(outOption), options);
    if (!failure.isEmpty()) {
        err(u"fangzhi-cli export-pdf: %1: %2\n"_s.arg(parser.value(outOption), failure));
        return ExitBadInput;
    }
    out(u"Wrote %1 articles to %2\n"_s.arg(articles.size()).arg(parser.value(outOption)));
    return ExitOk;
}

} // namespace fangzhi::cli
