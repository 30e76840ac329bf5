#include "archive_commands.h"
#include "cli_io.h"
#include "export/article_formats.h"
#include "export/pdf_exporter.h"
#include "export/scope_words.h"
#include "filter_options.h"
#include "store/archive_store.h"

#include <QCommandLineParser>

using namespace Qt::Literals::StringLiterals;

namespace fangzhi::cli {
namespace {

// The articles named by --ids, or those the filters give (at most limit, 0: all), in the list's order.
bool collect(store::ArchiveStore &archive, const QList<qint64> &ids, const store::ArticleFilter &filter, int limit,
             const QString &command, QList<store::StoredArticle> *articles)
{
    QList<qint64> wanted = ids;
    if (wanted.isEmpty()) {
        constexpr int Step = 1000;
        for (int offset = 0; limit == 0 || offset < limit; offset += Step) {
            const int step = limit == 0 ? Step : std::min(Step, limit - offset);
            const auto page = archive.search(filter, offset, step).articles;
            for (const auto &a : page)
                wanted.append(a.id);
            if (page.size() < step)
                break;
        }
    }
    for (const qint64 id : wanted) {
        auto a = archive.article(id);
        if (!a) {
            err(u"fangzhi-cli %1: the archive has no article %2\n"_s.arg(command).arg(id));
            return false;
        }
        articles->append(std::move(*a));
    }
    return true;
}

} // namespace

// fangzhi-cli export --format csv|ris|csl-json|md|pdf, and export-pdf (the format fixed).
int runExport(const QStringList &args, bool pdfOnly)
{
    const QString command = pdfOnly ? u"export-pdf"_s : u"export"_s;
    const QString usage =
        (pdfOnly ? u"Usage: fangzhi-cli export-pdf --db ARCHIVE --out FILE.pdf (--ids N,N,… | filters)\n"_s
                   u"Write articles to a PDF with a title page, contents, bookmarks and page numbers.\n"_s
                 : u"Usage: fangzhi-cli export --db ARCHIVE --format csv|ris|csl-json|md|pdf --out PATH\n"_s
                   u"                          [--one-per-article] (--ids N,N,… | filters)\n"_s
                   u"Write articles for a spreadsheet (CSV: every field and the citation, UTF-8 with BOM), a\n"_s
                   u"reference manager (RIS, CSL-JSON: both import into Zotero), notes (Markdown) or print (PDF).\n"_s
                   u"  --format F           csv, ris, csl-json, md or pdf\n"_s
                   u"  --one-per-article    a file for each article in the folder PATH (not for pdf)\n"_s) +
        u"  --out PATH           the file to write\n"_s
        u"  --ids N,N,…          these articles, in this order (ids from search --json)\n"_s
        u"  --limit N            at most N articles from the filters (export: all by default;\n"_s
        u"                       export-pdf: 1000)\n"_s +
        QString::fromUtf8(FilterOptions::usage());
    QCommandLineParser parser;
    parser.setSingleDashWordOptionMode(QCommandLineParser::ParseAsLongOptions);
    FilterOptions filters;
    filters.addTo(parser);
    const QCommandLineOption outOption(u"out"_s, u"out"_s, u"PATH"_s);
    const QCommandLineOption formatOption(u"format"_s, u"format"_s, u"F"_s);
    const QCommandLineOption perArticle(u"one-per-article"_s, u"one per article"_s);
    const QCommandLineOption ids(u"ids"_s, u"ids"_s, u"N,N"_s);
    const QCommandLineOption limit(u"limit"_s, u"limit"_s, u"N"_s, pdfOnly ? u"1000"_s : u"0"_s);
    const QCommandLineOption help({u"h"_s, u"help"_s}, u"help"_s);
    parser.addOptions({outOption, ids, limit, help});
    if (!pdfOnly)
        parser.addOptions({formatOption, perArticle});
    store::ArticleFilter filter;
    QString error;
    if (!parser.parse(args) || (!parser.isSet(help) && !filters.read(parser, &filter, &error))) {
        err(u"fangzhi-cli %1: %2\n%3"_s.arg(command, error.isEmpty() ? parser.errorText() : error, usage));
        return ExitUsage;
    }
    if (parser.isSet(help)) {
        out(usage);
        return ExitOk;
    }
    const QString formatName = pdfOnly ? u"pdf"_s : parser.value(formatOption);
    const auto format = exporting::formatNamed(formatName);
    if (formatName != u"pdf" && !format) {
        err(u"fangzhi-cli export: --format is csv, ris, csl-json, md or pdf, not \"%1\"\n"_s.arg(formatName) + usage);
        return ExitUsage;
    }
    if (!format && parser.isSet(perArticle)) {
        err(u"fangzhi-cli export: --one-per-article is for csv, ris, csl-json and md; a PDF holds them all\n"_s);
        return ExitUsage;
    }
    QList<qint64> wanted;
    for (const QString &id : parser.value(ids).split(u',', Qt::SkipEmptyParts)) {
        bool ok = false;
        wanted.append(id.trimmed().toLongLong(&ok));
        if (!ok) {
            err(u"fangzhi-cli %1: --ids takes article numbers such as 12,40,41, not \"%2\"\n"_s.arg(command, id));
            return ExitUsage;
        }
    }
    bool limitOk = false;
    const int most = parser.value(limit).toInt(&limitOk);
    if (!limitOk || most < 0) {
        err(u"fangzhi-cli %1: --limit takes a number of articles, not \"%2\"\n"_s.arg(command, parser.value(limit)));
        return ExitUsage;
    }
    const QString path = parser.value(outOption);
    if (path.isEmpty()) {
        err(u"fangzhi-cli %1: --out PATH is required\n"_s.arg(command) + usage);
        return ExitUsage;
    }
    auto archive = openArchive(filters.db(parser));
    if (!archive)
        return ExitBadInput;
    QList<store::StoredArticle> articles;
    if (!collect(*archive, wanted, filter, most, command, &articles))
        return ExitBadInput;
    if (!format) {
        exporting::ExportOptions options;
        options.title = u"方志 · Fangzhi"_s;
        options.scope = exporting::ScopeWords::of(store::archiveName(filters.db(parser)), filter, articles.size(),
                                                  parser.isSet(ids));
        error = exporting::exportPdf(articles, path, options);
        if (!error.isEmpty()) {
            err(u"fangzhi-cli %1: %2: %3\n"_s.arg(command, path, error));
            return ExitBadInput;
        }
        out(u"Wrote %1 articles to %2\n"_s.arg(articles.size()).arg(path));
        return ExitOk;
    }
    int files = 0;
    error = exporting::writeArticles(*format, articles, path, parser.isSet(perArticle), &files);
    if (!error.isEmpty()) {
        err(u"fangzhi-cli export: %1 (%2 files written)\n"_s.arg(error).arg(files));
        return ExitBadInput;
    }
    out(parser.isSet(perArticle) ? u"Wrote %1 articles to %2 files in %3\n"_s.arg(articles.size()).arg(files).arg(path)
                                 : u"Wrote %1 articles to %2\n"_s.arg(articles.size()).arg(path));
    return ExitOk;
}

} // namespace fangzhi::cli
