#include "archive_worker.h"

#include "export/citation.h"
#include "geo/gazetteer.h"
#include "geo/region_counts.h"
#include "ingest/reparser.h"
#include "parse/page_parser.h"

#include <QFileInfo>
#include <QTimer>

using namespace Qt::Literals::StringLiterals;

namespace fangzhi::gui {
namespace {

class Progress final : public ingest::ImportProgress
{
public:
    Progress(ArchiveWorker *worker, const std::atomic<bool> &cancel) : m_worker(worker), m_cancel(cancel) {}
    void fileDone(int done, int total, const QString &file) override
    {
        Q_EMIT m_worker->importProgress(done, total, file);
    }
    bool cancelRequested() const override { return m_cancel; }

private:
    ArchiveWorker *m_worker;
    const std::atomic<bool> &m_cancel;
};

} // namespace

ArchiveWorker::~ArchiveWorker() = default;

void ArchiveWorker::open(const QString &path, const QString &password)
{
    QString error;
    auto archive = store::openArchive(path, &error, store::Opening::ForWriting, password);
    if (!archive) {
        if (!store::isServerLocation(path) && QFileInfo::exists(path))
            Q_EMIT openFailed(path, error);
        else
            Q_EMIT failed(error);
        return;
    }
    m_archive = std::move(archive);
    m_path = path;
    m_password = password;
    m_countedFilter.reset();
    m_warm = false;
    m_saidTrouble = false;
    watchChanges();
    announceOpened();
    Q_EMIT olderPagesFound(int(m_archive->pagesParsedBefore(parse::ParserVersion).size()));
}

void ArchiveWorker::announceOpened()
{
    Q_EMIT opened(m_path, m_archive->sections(), m_archive->counts().articles,
                  m_archive->readOnly());
    store::ArticleFilter dated; // by the date index: the first and the last dated article
    dated.from = QDate(1900, 1, 1);
    dated.order = store::ArticleFilter::Order::Date;
    const auto first = m_archive->search(dated, 0, 1).articles;
    dated.descending = true;
    const auto last = m_archive->search(dated, 0, 1).articles;
    Q_EMIT datesKnown(first.isEmpty() ? QDate() : first.first().date.date, last.isEmpty() ? QDate() : last.first().date.date);
}

void ArchiveWorker::check(const QString &path)
{
    const store::ArchiveCheck c = store::checkArchive(path, path == m_path ? m_password : QString());
    Q_EMIT checked(path, c.problems, c.notes, c.pages, c.articles);
}

void ArchiveWorker::query(const store::ArticleFilter &filter, int generation, int pageSize)
{
    if (!m_archive)
        return;
    const store::ResultPage first = m_archive->search(filter, 0, pageSize);
    QString trouble = m_archive->lastError();
    // The tree counts every region except the one chosen: it narrows the list, not the tree.
    store::ArticleFilter everywhere = filter;
    everywhere.region = -1;
    everywhere.order = store::ArticleFilter::Order::Default;
    everywhere.descending = false;
    if (m_countedFilter != everywhere) {
        m_counts = m_archive->regionCounts(everywhere);
        m_countedFilter = everywhere;
        if (!m_archive->lastError().isEmpty()) {
            trouble = m_archive->lastError();
            m_countedFilter.reset();
        }
    }
    // An archive that cannot be read is not shown as empty: the first time, the reader says so
    // and offers to check it.
    if (!trouble.isEmpty() && !std::exchange(m_saidTrouble, true))
        Q_EMIT openFailed(m_path, trouble);
    qint64 total = 0;
    for (const qint64 n : std::as_const(m_counts))
        total += n;
    const QHash<int, qint64> subtrees = geo::rollUp(geo::Gazetteer::bundled(), m_counts);
    // The search stops counting early; the tree has counted the scope under the same filters.
    qint64 listTotal = first.total;
    bool lowerBound = first.totalIsLowerBound;
    if (lowerBound && (filter.region <= 0 || subtrees.contains(filter.region))) {
        listTotal = filter.region > 0 ? subtrees.value(filter.region) : total;
        lowerBound = false;
    }
    Q_EMIT counted(generation, subtrees, m_counts, total, listTotal, lowerBound, first.articles);
    if (!std::exchange(m_warm, true)) // once the first scope is shown: the first search is quicker
        QMetaObject::invokeMethod(this, [this] { if (m_archive) m_archive->warmUp(); }, Qt::QueuedConnection);
}

void ArchiveWorker::fetch(const store::ArticleFilter &filter, int generation, int offset, int pageSize)
{
    if (m_archive)
        Q_EMIT fetched(generation, offset, m_archive->search(filter, offset, pageSize).articles);
}

void ArchiveWorker::loadArticle(qint64 id)
{
    if (!m_archive)
        return;
    if (auto a = m_archive->article(id))
        Q_EMIT articleLoaded(*a, m_archive->pageText(a->pageId));
}

// Told of every batch another program commits (another desk, the CLI, this reader's own import on
// its thread): what the archive holds is read once it is quiet for a moment, not after every batch.
void ArchiveWorker::watchChanges()
{
    (void)m_archive->watchChanges([this] {
        if (!m_changed) {
            m_changed = new QTimer(this);
            m_changed->setSingleShot(true);
            m_changed->setInterval(1000);
            connect(m_changed, &QTimer::timeout, this, [this] {
                if (!m_archive)
                    return;
                m_countedFilter.reset(); // the tree is counted again
                Q_EMIT changedElsewhere(m_archive->sections(), m_archive->counts().articles);
            });
        }
        if (!m_changed->isActive())
            m_changed->start();
    });
}

void ArchiveWorker::reload()
{
    if (!m_archive)
        return;
    // What the import committed is read now, once: not again when the watch notices it.
    if (m_changed)
        m_changed->stop();
    watchChanges();
    m_countedFilter.reset();
    announceOpened();
    Q_EMIT olderPagesFound(int(m_archive->pagesParsedBefore(parse::ParserVersion).size()));
}

void ArchiveWorker::reparse()
{
    if (!m_archive)
        return;
    m_cancel = false;
    Progress progress(this, m_cancel);
    const ingest::ReparseReport r = ingest::reparsePages(*m_archive, &progress);
    QStringList failures;
    for (const auto &f : r.failed)
        failures << (f.file.isEmpty() ? f.reason : u"%1: %2"_s.arg(f.file, f.reason));
    m_countedFilter.reset();
    Q_EMIT reparseFinished(r.reparsed, r.pages, r.articles, failures, r.cancelled);
    announceOpened();
    Q_EMIT olderPagesFound(int(m_archive->pagesParsedBefore(parse::ParserVersion).size()));
}

// Every article in scope, in the list's order, page by page of the archive's answers.
QList<qint64> ArchiveWorker::idsOf(const store::ArticleFilter &scope)
{
    constexpr int Step = 1000;
    QList<qint64> ids;
    for (int offset = 0;; offset += Step) {
        const store::ResultPage page = m_archive->search(scope, offset, Step);
        for (const auto &a : page.articles)
            ids.append(a.id);
        if (page.articles.size() < Step || m_cancel)
            return ids;
    }
}

// The articles themselves, reported as they are read; nothing when cancelled.
std::optional<QList<store::StoredArticle>> ArchiveWorker::articlesOf(QList<qint64> ids,
                                                                   const store::ArticleFilter &scope)
{
    if (!m_archive)
        return std::nullopt;
    m_cancel = false;
    if (ids.isEmpty())
        ids = idsOf(scope);
    QList<store::StoredArticle> articles;
    for (const qint64 id : std::as_const(ids)) {
        if (m_cancel)
            return std::nullopt;
        if (auto a = m_archive->article(id))
            articles.append(std::move(*a));
        if (articles.size() % 50 == 0)
            Q_EMIT exportProgress(int(articles.size()), int(ids.size()) * 2);
    }
    return articles;
}

void ArchiveWorker::loadArticles(const QList<qint64> &ids, const store::ArticleFilter &scope)
{
    if (auto articles = articlesOf(ids, scope))
        Q_EMIT articlesLoaded(*articles);
    else
        Q_EMIT exportFinished({}, {}); // cancelled: nothing printed
}

void ArchiveWorker::exportPdf(const QList<qint64> &ids, const store::ArticleFilter &scope, const QString &path,
                              const exporting::ExportOptions &options)
{
    const auto articles = articlesOf(ids, scope);
    if (!articles) {
        Q_EMIT exportFinished(path, tr("cancelled; no file was written"));
        return;
    }
    const int total = int(articles->size());
    const QString error = exporting::exportPdf(*articles, path, options, [this, total](int done, int) {
        Q_EMIT exportProgress(total + done, total * 2);
        return !m_cancel.load();
    });
    Q_EMIT exportFinished(path, m_cancel ? tr("cancelled; no file was written") : error);
}

void ArchiveWorker::exportAs(const QList<qint64> &ids, const store::ArticleFilter &scope, exporting::Format format,
                            const QString &path, bool onePerArticle)
{
    const auto articles = articlesOf(ids, scope);
    if (!articles) {
        Q_EMIT exportFinished(path, tr("cancelled; no file was written"));
        return;
    }
    int files = 0;
    const QString error = exporting::writeArticles(format, *articles, path, onePerArticle, &files);
    Q_EMIT exportFinished(path, error.isEmpty() || files == 0 ? error : tr("%1 (%n file(s) were written)", nullptr, files).arg(error));
}

void ArchiveWorker::cite(const QList<qint64> &ids)
{
    QStringList citations;
    for (const qint64 id : ids)
        if (const auto a = m_archive ? m_archive->article(id) : std::nullopt)
            citations << exporting::citation(*a);
    Q_EMIT cited(citations);
}

} // namespace fangzhi::gui
