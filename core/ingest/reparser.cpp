#include "reparser.h"

#include "geo/page_placer.h"
#include "parse/date_clues.h"
#include "parse/page_parser.h"
#include "text/stop_request.h"
#include "text/normalizer.h"

#include <QElapsedTimer>

using namespace Qt::Literals::StringLiterals;

namespace fangzhi::ingest {
namespace {

constexpr qint64 CommitEveryMs = 1000;

} // namespace

ReparseReport reparsePages(store::ArchiveStore &archive, ImportProgress *progress)
{
    ReparseReport report;
    const QList<qint64> ids = archive.pagesParsedBefore(parse::ParserVersion);
    report.pages = int(ids.size());
    if (progress)
        progress->started(report.pages);
    const auto fail = [&](const QString &source, const QString &reason) {
        report.failed.append({source, reason});
        if (progress)
            progress->fileFailed(source, reason);
    };
    if (ids.isEmpty())
        return report;
    (void)archive.beginBatch();

    // What the current batch did counts once it is committed: a batch the archive refuses is
    // rolled back whole, and its pages are as they were.
    int batchPages = 0;
    store::ReparseCounts batch;
    const auto lost = [&](const QString &why) {
        if (batchPages > 0)
            fail(archive.location(), u"%1 pages read again could not be stored (%2); they are as they were"_s
                                         .arg(batchPages)
                                         .arg(why));
        batchPages = 0;
        batch = {};
    };
    const auto commit = [&] {
        if (!(archive.updateSearchIndex() && archive.commitBatch()))
            return lost(archive.lastError());
        report.reparsed += batchPages;
        report.articles.kept += batch.kept;
        report.articles.moved += batch.moved;
        report.articles.removed += batch.removed;
        report.articles.added += batch.added;
        batchPages = 0;
        batch = {};
    };
    QElapsedTimer sinceCommit;
    sinceCommit.start();
    // Asked to stop in the middle of a large page, the page is left as it was.
    for (qsizetype i = 0; i < ids.size(); ++i) {
        if (progress && progress->cancelRequested()) {
            report.cancelled = true;
            break;
        }
        const std::optional<store::StoredPage> stored = archive.storedPage(ids[i]);
        if (!stored) {
            fail(u"page %1"_s.arg(ids[i]), u"could not be read from the archive"_s);
            continue;
        }
        parse::Page page;
        {
            // Asked to stop in the middle of a large page, the page is left as it was.
            const text::StopWhen stopping([progress] { return progress && progress->cancelRequested(); });
            page = parse::parsePage(text::normalize(stored->originalText));
            page.file = stored->source;
            page.originalText = stored->originalText;
            page.homeProvince = stored->homeProvince;
            page.date = parse::dateFromFileName(stored->source);
            geo::placePage(page, {stored->date.date, stored->newspaper});
            if (text::stopRequested()) {
                report.cancelled = true;
                break;
            }
        }
        if (archive.replaceArticles(*stored, page, &batch)) {
            ++batchPages;
            if (!archive.batchOpen()) // committed on its own
                commit();
        } else {
            const QString why = archive.lastError();
            fail(stored->source, why + u"; the page is as it was"_s);
            if (!archive.batchOpen()) { // the failure took the batch with it
                lost(why);
                (void)archive.beginBatch();
            }
        }
        if (progress)
            progress->fileDone(int(i + 1), report.pages, stored->source);
        if (sinceCommit.elapsed() >= CommitEveryMs) {
            commit();
            (void)archive.beginBatch(); // without a batch, each page is committed on its own
            sinceCommit.restart();
        }
    }
    commit();
    return report;
}

} // namespace fangzhi::ingest
