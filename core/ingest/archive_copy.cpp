#include "archive_copy.h"

#include "store/article_rows.h"

#include <QElapsedTimer>

using namespace Qt::Literals::StringLiterals;

namespace fangzhi::ingest {
namespace {

constexpr qint64 CommitEveryMs = 1000;

QString sourceOf(const store::PageCopy &copy)
{
    return copy.page.at(store::pageColumns().indexOf(u"source"_s)).toString();
}

} // namespace

CopyReport copyArchive(store::ArchiveStore &from, store::ArchiveStore &to, ImportProgress *progress)
{
    CopyReport report;
    const QList<qint64> ids = from.pageIds();
    if (ids.isEmpty() && !from.lastError().isEmpty()) {
        report.failed.append({from.location(), u"its pages could not be read: "_s + from.lastError()});
        return report;
    }
    report.pages = int(ids.size());
    if (progress)
        progress->started(report.pages);
    const auto fail = [&](const QString &file, const QString &why) {
        report.failed.append({file, why});
        if (progress)
            progress->fileFailed(file, why);
    };
    // Counted once their batch is committed; named as not copied when it is lost.
    struct Pending
    {
        QString file;
        qint64 articles;
    };
    QList<Pending> batch;
    const auto committed = [&] {
        for (const Pending &p : std::as_const(batch)) {
            ++report.copied;
            report.articles += p.articles;
        }
        batch.clear();
    };
    const auto lost = [&](const QString &why) {
        for (const Pending &p : std::as_const(batch))
            fail(p.file, u"was not copied: "_s + why);
        batch.clear();
    };
    const auto commit = [&] {
        if (to.commitBatch())
            committed();
        else
            lost(to.lastError());
    };
    QElapsedTimer sinceCommit;
    sinceCommit.start();
    (void)to.beginBatch();
    for (qsizetype i = 0; i < ids.size(); ++i) {
        if (progress && progress->cancelRequested()) {
            report.cancelled = true;
            break;
        }
        const std::optional<store::PageCopy> copy = from.copyOfPage(ids[i]);
        if (!copy) {
            fail(u"page %1 of %2"_s.arg(ids[i]).arg(from.location()), u"could not be read: "_s + from.lastError());
            continue;
        }
        const QString file = sourceOf(*copy);
        bool alreadyThere = false;
        if (!to.storeCopy(*copy, &alreadyThere)) {
            fail(file, u"could not be copied: "_s + to.lastError());
            if (!to.batchOpen()) // the failure took the batch with it
                lost(to.lastError());
        } else if (alreadyThere) {
            ++report.alreadyThere;
        } else {
            batch.append({file, qint64(copy->articles.size())});
            if (!to.batchOpen())
                committed();
        }
        if (progress)
            progress->fileDone(int(i + 1), report.pages, file);
        if (sinceCommit.elapsed() >= CommitEveryMs) {
            commit();
            (void)to.beginBatch();
            sinceCommit.restart();
        }
    }
    commit();
    (void)to.updateSearchIndex();

    // Verified from what each archive says it holds, read afresh.
    const auto original = from.pageFingerprints();
    const auto copied = to.pageFingerprints();
    if (!original || !copied) {
        report.differences << u"the copy could not be verified: "_s + (original ? to.lastError() : from.lastError());
        return report;
    }
    qint64 missing = 0, different = 0;
    for (auto it = original->cbegin(); it != original->cend(); ++it) {
        const auto there = copied->constFind(it.key());
        if (there == copied->cend()) {
            if (++missing <= 5)
                report.differences << u"%1 is not in the copy"_s.arg(it.key());
        } else if (!(*there == it.value())) {
            if (++different <= 5)
                report.differences << u"%1 differs in the copy (%2 articles there, %3 here)"_s.arg(it.key())
                                          .arg(there->articles)
                                          .arg(it.value().articles);
        }
    }
    if (missing > 5 || different > 5)
        report.differences << u"%1 pages missing from the copy and %2 different in all"_s.arg(missing).arg(different);
    report.verified = missing == 0 && different == 0;
    return report;
}

} // namespace fangzhi::ingest
