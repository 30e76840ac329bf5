#include "importer.h"

#include <QCoreApplication>

#include "manifest.h"
#include "page_preparer.h"
#include "parse/page_file.h"
#include "text/stop_request.h"

#include <QElapsedTimer>
#include <QFileInfo>
#include <QSet>

using namespace Qt::Literals::StringLiterals;

namespace fangzhi::ingest {
namespace {

constexpr int SearchIndexBatch = 1000; // pages
constexpr int PagesAhead = 16;          // read and parsing while earlier pages are stored
constexpr int CommitEveryMs = 1000;     // the most an import killed outright has to redo
constexpr qsizetype LargePage = 1 << 20; // characters: stored alone, and stopped when cancelled

// Manifests are read once per folder.
class Manifests
{
public:
    const ManifestEntry *entryFor(const QString &file, QString *error)
    {
        const QString folder = QFileInfo(file).absolutePath();
        auto it = m_byFolder.find(folder);
        if (it == m_byFolder.end())
            it = m_byFolder.insert(folder, Manifest::forFolder(folder, error));
        return it->entryFor(file);
    }

private:
    QHash<QString, Manifest> m_byFolder;
};

} // namespace

ImportReport importPages(store::ArchiveStore &archive, const QStringList &paths, const ImportOptions &options,
                         ImportProgress *progress)
{
    ImportReport report;
    QList<parse::SkippedPath> skipped;
    const QStringList files = parse::expandPagePaths(paths, &skipped);
    report.files = int(files.size() + skipped.size()); // what cannot be taken is counted as failed

    const auto fail = [&](const QString &file, const QString &reason) {
        report.failed.append({file, reason});
        if (progress)
            progress->fileFailed(file, reason);
    };
    for (const parse::SkippedPath &s : skipped)
        fail(s.path, s.reason);
    if (progress)
        progress->started(int(files.size()));
    int finished = 0;
    const auto done = [&](const QString &file) {
        if (progress)
            progress->fileDone(++finished, int(files.size()), file);
    };

    // Each file goes to be read and hashed; the archive is asked about its bytes; what is new goes
    // back to be parsed, and is then stored.
    Manifests manifests;
    PagePreparer preparer(options.homeProvince);
    QSet<QString> hashesOnTheWay; // parsed or being parsed, not yet stored: later copies are duplicates
    const auto readNext = [&](const QString &file) {
        PageJob job;
        job.file = file;
        job.source = QFileInfo(file).absoluteFilePath();
        preparer.submit(std::move(job));
    };
    const auto parseIfNew = [&](PageJob job) {
        if (!job.unreadable.isEmpty()) {
            fail(job.file, job.unreadable);
            return done(job.file);
        }
        const store::PageLookup lookup = archive.lookupPage(job.source, job.contentHash);
        if (lookup.state == store::PageState::Unchanged) {
            ++report.unchanged;
            return done(job.file);
        }
        if (lookup.state == store::PageState::Duplicate || hashesOnTheWay.contains(job.contentHash)) {
            ++report.duplicates;
            return done(job.file);
        }
        hashesOnTheWay.insert(job.contentHash);
        job.stage = PageJob::Parse;
        job.replacing = lookup.state == store::PageState::Changed;
        job.record.source = job.source;
        job.record.contentHash = job.contentHash;
        job.record.newspaper = options.newspaper;
        QString manifestError;
        if (const ManifestEntry *entry = manifests.entryFor(job.source, &manifestError)) {
            if (!entry->newspaper.isEmpty())
                job.record.newspaper = entry->newspaper;
            job.record.date = entry->date;
            job.record.pageLabel = entry->page;
            job.record.edition = entry->edition;
        }
        if (!manifestError.isEmpty())
            fail(job.file, QCoreApplication::translate("PageFailure", "its manifest could not be read: ") + manifestError);
        preparer.submit(std::move(job));
    };

    // Stores a page parsed. Pages are committed in batches, each page still whole or absent, and
    // counted once their batch is: a batch the archive could not write (a full disk) was not
    // stored, and its pages are named as failed. The search index catches up every
    // SearchIndexBatch pages.
    struct Batch
    {
        int added = 0, replaced = 0, articles = 0;
        QStringList files;
        QList<FileFailure> warned;
    } batch;
    const auto counted = [&] {
        report.added += batch.added;
        report.replaced += batch.replaced;
        report.articles += batch.articles;
        report.warned += batch.warned;
        batch = {};
    };
    const auto lost = [&](const QString &why) {
        for (const QString &file : std::as_const(batch.files))
            fail(file, QCoreApplication::translate("PageFailure", "was not stored: ") + why);
        batch = {};
    };
    // After a write failed: if it took the batch with it, the batch's pages are lost, and the
    // rest are committed one by one, so that what still fits on a disk nearly full is stored.
    bool batching = true;
    const auto afterFailure = [&](const QString &why) {
        if (!archive.batchOpen()) {
            lost(why);
            batching = false;
        }
    };
    const auto commit = [&] {
        if (archive.commitBatch())
            counted();
        else
            afterFailure(archive.lastError());
    };
    const auto cancelled = [&] { return progress && progress->cancelRequested(); };
    int stored = 0;
    QElapsedTimer sinceCommit;
    const auto storePage = [&](PreparedPage prepared) {
        const PageJob &job = prepared.job;
        hashesOnTheWay.remove(job.contentHash);
        if (!prepared.parsed.ok()) {
            fail(job.file, prepared.parsed.error);
            return done(job.file);
        }
        store::PageRecord record = job.record;
        record.page = &*prepared.parsed.page;
        // A page of many megabytes takes seconds to store and index: it is stored after the
        // pages before it are committed, in a transaction of its own that a cancel interrupts
        // (losing nothing else), and indexed at once.
        // A page of many megabytes takes seconds to store and index: it is stored once the pages
        // before it are committed, in a transaction of its own that a cancel interrupts (a
        // statement interrupted takes its whole transaction with it), and indexed at once.
        bool saved = false;
        store::PageLookup found;
        if (record.page->originalText.size() > LargePage) {
            commit();
            const text::StopWhen stopping(cancelled);
            saved = archive.savePage(record, &found);
            if (saved)
                (void)archive.updateSearchIndex(); // else it catches up later
            else if (cancelled())
                return; // not stored, as asked
        } else {
            saved = archive.savePage(record, &found);
        }
        if (!saved) {
            const QString why = archive.lastError();
            fail(job.file, QCoreApplication::translate("PageFailure", "could not be stored: ") + why);
            afterFailure(why);
            return done(job.file);
        }
        // Another program stored the same bytes while this page was being read.
        if (found.state == store::PageState::Unchanged || found.state == store::PageState::Duplicate) {
            ++(found.state == store::PageState::Unchanged ? report.unchanged : report.duplicates);
            return done(job.file);
        }
        ++(job.replacing ? batch.replaced : batch.added);
        batch.articles += int(record.page->articles.size());
        batch.files.append(job.file);
        if (!prepared.parsed.warning.isEmpty())
            batch.warned.append({job.file, prepared.parsed.warning});
        if (!archive.batchOpen()) // no batch to wait for: the page is committed
            counted();
        if (++stored % SearchIndexBatch == 0 && !archive.updateSearchIndex())
            afterFailure(archive.lastError()); // else the index catches up later
        done(job.file);
        if (sinceCommit.elapsed() >= CommitEveryMs) {
            commit();
            if (batching)
                (void)archive.beginBatch();
            sinceCommit.restart();
        }
    };
    // Waits for the next page in short steps, so that a cancel is heard within a moment even
    // while a page of many megabytes is being read.
    const auto takeNext = [&] {
        std::optional<PreparedPage> prepared;
        while (!(prepared = preparer.take(std::chrono::milliseconds(50))))
            if (cancelled())
                return;
        if (prepared->job.stage == PageJob::Read)
            parseIfNew(std::move(prepared->job));
        else
            storePage(std::move(*prepared));
    };

    (void)archive.beginBatch(); // without a batch, each page is committed on its own
    sinceCommit.start();
    qsizetype next = 0;
    while (true) {
        if (cancelled()) {
            report.cancelled = true; // what is on its way is dropped; what is stored stays
            preparer.stop();
            break;
        }
        if (next < files.size() && preparer.pending() < PagesAhead)
            readNext(files[next++]);
        else if (preparer.pending() > 0)
            takeNext();
        else
            break;
    }
    // Pages stored but not yet indexed are indexed when the archive is next opened (at once when
    // cancelled: indexing a large page's articles would take seconds).
    if (!report.cancelled && !archive.updateSearchIndex())
        afterFailure(archive.lastError());
    commit();
    return report;
}

} // namespace fangzhi::ingest
