#pragma once

#include "server_location.h"
#include "store/archive_store.h"

#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>

namespace fangzhi::store::postgres {

// A team's archive on a PostgreSQL server through Qt Sql (QPSQL): the schema of
// resources/schema/postgres migrated forward on open; every article's search tokens computed
// here (index_tokens.h) and stored as a tsvector with a GIN index, so that the search behaves as
// the SQLite archive's. Several programs on several desks import into it and read it at once:
// a page is written under advisory locks on its file and its bytes, so that the same bytes
// imported twice at once are stored once; totals are rows of changes, never a row two importers
// wait on. A connection lost is said in words and opened again for the next call.
class PostgresArchiveStore final : public ArchiveStore
{
public:
    ~PostgresArchiveStore() override;

    // Null with *error set (in words) when the server cannot be reached, the database is not an
    // archive, or the archive is from a newer Fangzhi.
    static std::unique_ptr<PostgresArchiveStore> open(const ServerLocation &location, const QString &password,
                                                      QString *error);

    QString lastError() const override { return m_error; }
    QString location() const override { return m_location.display(); }
    bool readOnly() const override { return m_readOnly; }
    PageLookup lookupPage(const QString &source, const QString &contentHash) override;
    bool savePage(const PageRecord &record, PageLookup *found = nullptr) override;
    bool updateSearchIndex() override { return true; } // each article is searchable as it is stored
    bool beginBatch() override;
    bool commitBatch() override;
    bool batchOpen() const override { return m_inBatch; }
    void setCountLimit(qint64 limit) override { m_countLimit = limit; }
    ResultPage search(const ArticleFilter &filter, int offset, int limit) override;
    QHash<int, qint64> regionCounts(const ArticleFilter &filter) override;
    void warmUp() override {}
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
    explicit PostgresArchiveStore(const QString &connection);

    bool connect(QString *error);
    bool subscribe();
    bool fillDivisions();
    bool storeRows(qint64 replaced, const QVariantList &page, const QList<QVariantList> &articles,
                   const QList<QList<int>> &places);
    bool insertArticle(qint64 pageId, const QVariantList &values, const QList<int> &places);
    bool insertPlaces(qint64 articleId, const QList<int> &places);
    void prepareInserts();
    [[nodiscard]] static QString codeArray(const QList<int> &places); // as integer[]
    // Under the advisory locks of a page's file and bytes, what the archive holds of them now.
    [[nodiscard]] std::optional<PageLookup> lockAndLookUp(const QString &source, const QString &contentHash,
                                                          qint64 *pageId);
    [[nodiscard]] std::optional<PageLookup> lookUp(const QString &source, const QString &contentHash,
                                                   qint64 *pageId = nullptr);
    bool begin();
    bool commitOrRollBack(bool ok);
    bool exec(QSqlQuery &query);
    bool exec(const QString &sql);
    // Says what went wrong in words; notes a connection lost. Always false.
    bool failed(const QSqlError &error);
    // Opens the connection again if it was lost, outside a transaction, trying for a while (a
    // server restarting); whether it did.
    bool reconnectIfLost();
    // Runs a read; if the connection was lost, outside a transaction, opens it again and reads
    // once more: a server restarted between two searches is not even noticed.
    template <typename Read> auto again(Read read) -> decltype(read())
    {
        auto result = read();
        return reconnectIfLost() ? read() : result;
    }
    [[nodiscard]] QStringList fieldValues(const QString &field);

    // FROM and WHERE for a filter, with its bound values.
    struct FilterSql
    {
        QString from;
        QString vectors; // the alias of the row holding the search vectors
        QString where;
        QVariantList values;
        bool ranked = false;
        bool scoped = false; // a search within a region or years
        QString tsQuery, titleQuery; // a search's
        QStringList terms;
        QString refused; // the search cannot be run as typed: why
    };
    [[nodiscard]] FilterSql filterSql(const ArticleFilter &filter) const;
    std::optional<QList<qint64>> rankedPage(const FilterSql &sql, int offset, int limit, ResultPage &result);
    std::optional<QList<qint64>> pageInOrder(const ArticleFilter &filter, const FilterSql &sql, int offset,
                                             int limit, ResultPage &result);

    QString m_connection;
    ServerLocation m_location;
    QString m_password;
    QSqlDatabase m_db;
    std::unique_ptr<QSqlQuery> m_insertArticle, m_insertPlaces;
    QString m_error;
    bool m_inBatch = false;
    bool m_readOnly = false;
    bool m_lost = false; // the last statement failed because the connection was lost
    qint64 m_countLimit = DefaultCountLimit;
    std::function<void()> m_changed;
};

} // namespace fangzhi::store::postgres
