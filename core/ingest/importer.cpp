#include "importer.h"

#include "manifest.h"
#include "page_preparer.h"
#include "parse/page_file.h"

#include <QElapsedTimer>
#include <QFileInfo>
#include <QSet>

using namespace Qt::Literals::StringLiterals;

namespace fangzhi::ingest {
namespace {

constexpr int SearchIndexBatch = 1000; // pages
constexpr int PagesAhead = 16;          // read and parsing while earlier pages are stored
constexpr int CommitEveryMs = 1000;     // the most an import killed outright has to redo

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
    report.files = int(files.size());
    const auto fail = [&](const QString &file, const QString &reason) {
        report.failed.append({file, reason});
        if (progress)
            progress->fileFailed(file, reason);
    };
    for (const parse::SkippedPath &s : skipped)
        fail(s.path, s.reason);
    if (progress)
        progress->started(report.files);
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
            fail(job.file, u"its manifest could not be read: "_s + manifestError);
        preparer.submit(std::move(job));
    };

    // Stores a page parsed. Pages are committed in batches, each page still whole or absent; the
    // search index catches up every SearchIndexBatch pages.
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
        if (!archive.savePage(record)) {
            fail(job.file, u"could not be stored: "_s + archive.lastError());
            return done(job.file);
        }
        ++(job.replacing ? report.replaced : report.added);
        report.articles += int(record.page->articles.size());
        if (!prepared.parsed.warning.isEmpty())
            report.warned.append({job.file, prepared.parsed.warning});
        if ((report.added + report.replaced) % SearchIndexBatch == 0 && !archive.updateSearchIndex())
            fail(job.file, u"the search index could not be updated: "_s + archive.lastError());
        done(job.file);
        if (sinceCommit.elapsed() >= CommitEveryMs) {
            if (!archive.commitBatch() || !archive.beginBatch())
                fail(job.file, u"the archive could not be written: "_s + archive.lastError());
            sinceCommit.restart();
        }
    };
    const auto takeNext = [&] {
        PreparedPage prepared = preparer.take();
        if (prepared.job.stage == PageJob::Read)
            parseIfNew(std::move(prepared.job));
        else
            storePage(std::move(prepared));
    };

    if (!archive.beginBatch())
        fail({}, u"the archive could not be written: "_s + archive.lastError());
    sinceCommit.start();
    qsizetype next = 0;
    while (true) {
        if (progress && progress->cancelRequested()) {
            report.cancelled = true; // what is on its way is dropped; what is stored stays
            break;
        }
        if (next < files.size() && preparer.pending() < PagesAhead)
            readNext(files[next++]);
        else if (preparer.pending() > 0)
            takeNext();
        else
            break;
    }
    if (!archive.updateSearchIndex())
        report.failed.append({QString(), u"the search index could not be updated: "_s + archive.lastError()});
    if (!archive.commitBatch())
        report.failed.append({QString(), u"the archive could not be written: "_s + archive.lastError()});
    return report;
}

} // namespace fangzhi::ingest
