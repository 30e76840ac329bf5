#pragma once

#include "export/article_formats.h"
#include "export/pdf_exporter.h"
#include "ingest/importer.h"
#include "store/archive_store.h"

#include <QObject>
#include <QTimer>
#include <QStringList>

#include <atomic>
#include <memory>
#include <optional>

namespace fangzhi::gui {

// Owns the open archive on a thread of its own: the window asks through queued calls and hears
// back through signals, so the GUI thread never waits on SQL, an import or an export.
class ArchiveWorker : public QObject
{
    Q_OBJECT
public:
    using QObject::QObject;
    ~ArchiveWorker() override;

    // Asked from any thread; takes effect between two files of an import.
    void cancel() { m_cancel = true; }

public Q_SLOTS:
    // An archive file, or a team's archive on a server (postgresql://…) with its password.
    void open(const QString &path, const QString &password = {});
    void check(const QString &path); // the checks of an archive file, or of the archive on a server
    void query(const fangzhi::store::ArticleFilter &filter, int generation, int pageSize);
    void fetch(const fangzhi::store::ArticleFilter &filter, int generation, int offset, int pageSize);
    void loadArticle(qint64 id);
    // The archive was changed by this program's own import: what it holds is read again.
    void reload();
    void reparse(); // reads again the pages an older parser read
    // These articles, or (none given) every article the filters give, in the list's order.
    void exportPdf(const QList<qint64> &ids, const fangzhi::store::ArticleFilter &scope, const QString &path,
                   const fangzhi::exporting::ExportOptions &options);
    // The same for other programs: CSV, RIS, CSL-JSON or Markdown, in one file or one per article.
    void exportAs(const QList<qint64> &ids, const fangzhi::store::ArticleFilter &scope, fangzhi::exporting::Format format,
                  const QString &path, bool onePerArticle);
    void loadArticles(const QList<qint64> &ids, const fangzhi::store::ArticleFilter &scope); // for printing
    void cite(const QList<qint64> &ids); // their citations, for the clipboard

Q_SIGNALS:
    // readOnly: the archive's file, folder or disk cannot be written; it is read, never changed.
    void opened(const QString &path, const QStringList &sections, qint64 articles,
                bool readOnly);
    void failed(const QString &message);
    // The earliest and latest dates of the open archive's articles (invalid when none is dated).
    void datesKnown(const QDate &first, const QDate &last);
    // An archive file that is there could not be opened or read: checking it may say why.
    void openFailed(const QString &path, const QString &message);
    void checked(const QString &path, const QStringList &problems, const QStringList &notes, qint64 pages,
                 qint64 articles);
    // The tree's counts (every region, under the other filters), and the list: its size and first rows.
    // ownCounts: each division's own articles (its association's), subtrees left out.
    void counted(int generation, const QHash<int, qint64> &subtreeCounts, const QHash<int, qint64> &ownCounts,
                 qint64 treeTotal, qint64 listTotal,
                 bool listTotalIsLowerBound, const QList<fangzhi::store::ArticleSummary> &first);
    void fetched(int generation, int offset, const QList<fangzhi::store::ArticleSummary> &rows);
    void articleLoaded(const fangzhi::store::StoredArticle &article, const QString &pageText);
    void importProgress(int done, int total, const QString &file);
    // Pages of the open archive that an older parser read: reading them again would do better.
    void olderPagesFound(int pages);
    void reparseFinished(int reparsed, int pages, const fangzhi::store::ReparseCounts &articles,
                         const QStringList &failures, bool cancelled);
    void exportProgress(int done, int total);
    void exportFinished(const QString &path, const QString &error);
    void articlesLoaded(const QList<fangzhi::store::StoredArticle> &articles);
    void cited(const QStringList &citations);
    // Another desk changed the open archive (a team's archive tells its readers): what it holds now.
    void changedElsewhere(const QStringList &sections, qint64 articles);

private:
    void announceOpened();
    void watchChanges();
    [[nodiscard]] QList<qint64> idsOf(const fangzhi::store::ArticleFilter &scope);
    [[nodiscard]] std::optional<QList<fangzhi::store::StoredArticle>> articlesOf(QList<qint64> ids,
                                                                                const fangzhi::store::ArticleFilter &scope);

    std::unique_ptr<fangzhi::store::ArchiveStore> m_archive;
    QString m_path;
    QString m_password; // of the archive on a server, for checking it; never written anywhere
    // The tree's counts for the filters they were counted under: choosing another region or
    // order changes the list only, and the counts are not counted again.
    std::optional<fangzhi::store::ArticleFilter> m_countedFilter;
    QHash<int, qint64> m_counts;
    bool m_warm = false; // the archive has read ahead for searches
    bool m_saidTrouble = false; // reading the open archive failed, and the reader was told
    std::atomic<bool> m_cancel{false};
    QTimer *m_changed = nullptr; // waits for another desk's import to pause
};

} // namespace fangzhi::gui
