#include "importer.h"

#include "geo/page_placer.h"
#include "manifest.h"
#include "page_dating.h"
#include "parse/page_file.h"

#include <QCryptographicHash>
#include <QFileInfo>

using namespace Qt::Literals::StringLiterals;

namespace fangzhi::ingest {
namespace {

constexpr int SearchIndexBatch = 1000; // pages

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
    QStringList missing;
    const QStringList files = parse::expandPagePaths(paths, &missing);
    report.files = int(files.size());
    const auto fail = [&](const QString &file, const QString &reason) {
        report.failed.append({file, reason});
        if (progress)
            progress->fileFailed(file, reason);
    };
    for (const QString &m : missing)
        fail(m, u"no such file or folder"_s);
    if (progress)
        progress->started(report.files);

    Manifests manifests;
    for (qsizetype i = 0; i < files.size(); ++i) {
        if (progress && progress->cancelRequested()) {
            report.cancelled = true;
            break;
        }
        const QString source = QFileInfo(files[i]).absoluteFilePath();
        const auto done = [&] {
            if (progress)
                progress->fileDone(int(i + 1), int(files.size()), files[i]);
        };
        QString unreadable;
        const std::optional<QByteArray> read = parse::readPageBytes(source, &unreadable);
        if (!read) {
            fail(files[i], unreadable);
            done();
            continue;
        }
        const QByteArray &bytes = *read;
        const QString hash = QString::fromLatin1(QCryptographicHash::hash(bytes, QCryptographicHash::Sha256).toHex());
        const store::PageLookup lookup = archive.lookupPage(source, hash);
        if (lookup.state == store::PageState::Unchanged) {
            ++report.unchanged;
            done();
            continue;
        }
        if (lookup.state == store::PageState::Duplicate) {
            ++report.duplicates;
            done();
            continue;
        }

        parse::PageFileResult parsed = parse::parsePageBytes(bytes, source, options.homeProvince);
        if (!parsed.ok()) {
            fail(files[i], parsed.error);
            done();
            continue;
        }
        parse::Page &page = *parsed.page;
        geo::placePage(page);

        store::PageRecord record;
        record.source = source;
        record.contentHash = hash;
        record.page = &page;
        record.newspaper = options.newspaper;
        QString manifestError;
        if (const ManifestEntry *entry = manifests.entryFor(source, &manifestError)) {
            if (!entry->newspaper.isEmpty())
                record.newspaper = entry->newspaper;
            record.date = entry->date;
            record.pageLabel = entry->page;
            record.edition = entry->edition;
        }
        if (!manifestError.isEmpty())
            fail(files[i], u"its manifest could not be read: "_s + manifestError);
        if (!record.date.isValid() && page.date.isValid())
            record.date = {page.date, u"day"_s, u"file name"_s, {}};
        if (!record.date.isValid())
            record.date = inferPageDate(page.text);

        if (!archive.savePage(record)) {
            fail(files[i], u"could not be stored: "_s + archive.lastError());
            done();
            continue;
        }
        ++(lookup.state == store::PageState::Changed ? report.replaced : report.added);
        report.articles += int(page.articles.size());
        // The index grows in batches: building it in one transaction per file is slow.
        if ((report.added + report.replaced) % SearchIndexBatch == 0 && !archive.updateSearchIndex())
            fail(files[i], u"the search index could not be updated: "_s + archive.lastError());
        done();
    }
    if (!archive.updateSearchIndex())
        report.failed.append({QString(), u"the search index could not be updated: "_s + archive.lastError()});
    return report;
}

} // namespace fangzhi::ingest
