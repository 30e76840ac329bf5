#pragma once

#include "store/archive_store.h"
#include "article_regions.h"

#include <thread>

#include <QSqlDatabase>
#include <QSqlQuery>
#include <QTimer>

namespace fangzhi::store {

// The archive in one SQLite file through Qt Sql (QSQLITE): WAL, foreign keys on, schema from
// resources/schema/sqlite migrated forward on open.
class SqliteArchiveStore final : public ArchiveStore
{
public:
    ~SqliteArchiveStore() override;

    // Null with *error set when the file cannot be opened or is from a newer Fangzhi.
    static std::unique_ptr<SqliteArchiveStore> open(const QString &path, QString *error,
                                                    Opening opening = Opening::ForWriting);

    QString lastError() const override { return m_error; }
    QString location() const override { return m_path; }
    bool readOnly() const override { return m_readOnly; }
    PageLookup lookupPage(const QString &source, const QString &contentHash) override;
    bool savePage(const PageRecord &record, PageLookup *found = nullptr) override;
    bool updateSearchIndex() override;
    bool beginBatch() override;
    bool commitBatch() override;
    bool batchOpen() const override { return m_inBatch; }
    void setCountLimit(qint64 limit) override { m_countLimit = limit; }
    ResultPage search(const ArticleFilter &filter, int offset, int limit) override;
    QHash<int, qint64> regionCounts(const ArticleFilter &filter) override;
    void warmUp() override;
    std::optional<StoredArticle> article(qint64 id) override;
    QString pageText(qint64 pageId) override;
    QList<qint64> pagesParsedBefore(int parserVersion) override;
    std::optional<StoredPage> storedPage(qint64 pageId) override;
    bool replaceArticles(const StoredPage &stored, const parse::Page &page, ReparseCounts *counts) override;
    QList<qint64> pageIds() override;
    std::optional<PageCopy> copyOfPage(qint64 pageId) override;
    bool storeCopy(const PageCopy &copy, bool *alreadyThere) override;
    std::optional<QHash<QString, PageFingerprint>> pageFingerprints() override;
    QStringList associations() override;
    QStringList sections() override;
    QStringList newspapers() override;
    ArchiveCounts counts() override;
    bool watchChanges(std::function<void()> changed) override;

private:
    explicit SqliteArchiveStore(const QString &connection);

    bool migrate(QString *error);
    bool indexAllArticles();
    bool fillDivisions();
    bool insertArticle(qint64 pageId, const QVariantList &values, const QList<int> &places);
    bool renewArticle(qint64 id, int position, const parse::Article &article, const PageRecord &record);
    bool insertPlaces(qint64 articleId, const QList<int> &places);
    void prepareInserts();
    bool removePage(qint64 pageId);
    bool begin();
    bool commitOrRollBack(bool ok);
    bool exec(QSqlQuery &query);
    bool exec(const QString &sql);
    [[nodiscard]] QStringList fieldValues(const QString &field);
    // The regions of the articles ids, from m_articleRegions: read ahead by warmUp() on a
    // thread of its own, or read now. Articles are added, never changed, and their ids never
    // reused: what was read stays true, and an id it does not know means articles were added
    // since, so it is read again.
    [[nodiscard]] std::optional<QHash<int, qint64>> placeArticles(const std::vector<qint64> &ids);

    // FROM and WHERE for a filter, with its bound values; the search part stays optional.
    struct FilterSql
    {
        QString from;
        QString where;
        QVariantList values;
        QString id;           // the article id's column: a.id, or s.rowid when the index alone answers
        bool searchOnly = false; // a search and nothing else of the rows: the index could answer alone
        bool ranked = false;
        QStringList terms;
        QString refused; // the search cannot be run as typed: why
    };
    // What of the articles' rows a caller reads besides the filters: nothing (a search can then
    // be answered by the index alone), the filter columns (articles_facets holds them), or more.
    enum class Reads { Nothing, Facets, Rows };
    [[nodiscard]] FilterSql filterSql(const ArticleFilter &filter, Reads reads) const;
    // The ids of one page of results, with the total set in result: a search by rank (nothing if
    // the page lies beyond the matches walked), or anything in the order chosen.
    std::optional<QStringList> rankedPage(const FilterSql &sql, int offset, int limit, ResultPage &result);
    std::optional<QStringList> pageInOrder(const ArticleFilter &filter, const FilterSql &sql, int offset, int limit,
                                           ResultPage &result);
    static void bindAll(QSqlQuery &query, const QVariantList &values);

    QString m_connection;
    QString m_path;
    QSqlDatabase m_db;
    std::unique_ptr<QTimer> m_watch; // asks SQLite, each second, whether another connection committed
    qint64 m_dataVersion = -1;
    std::unique_ptr<QSqlQuery> m_insertArticle, m_insertPlace;
    QString m_error;
    bool m_inBatch = false;
    bool m_readOnly = false;
    qint64 m_countLimit = DefaultCountLimit;
    ArticleRegions m_articleRegions;
    std::thread m_readingAhead;
    std::optional<ArticleRegions> m_readAhead; // written by m_readingAhead, read after joining it
};

} // namespace fangzhi::store
