// Reading the archive: search, region counts, articles.
#include "store/article_rows.h"
#include "store/search_query.h"
#include "sqlite_errors.h"
#include "sqlite_rows.h"
#include "sqlite_store.h"

#include <QSqlError>

using namespace Qt::Literals::StringLiterals;

namespace fangzhi::store {
namespace {

// The index's scope terms for the filter's region and years (see 003_search_scope.sql), so that
// FTS5 intersects them with the words instead of SQLite filtering every hit. The region's term
// is exact (the code ranges of subtreeRange); the years only narrow, the dates decide in SQL.
QString scopeMatch(const ArticleFilter &f)
{
    QStringList terms;
    if (f.region > 0)
        terms << u"scope : \"r%1\""_s.arg(f.region);
    if (f.from.isValid() && f.to.isValid() && f.from.year() <= f.to.year() && f.to.year() - f.from.year() < 50) {
        QStringList years;
        for (int y = f.from.year(); y <= f.to.year(); ++y)
            years << u"scope : \"y%1\""_s.arg(y);
        terms << u"("_s + years.join(u" OR "_s) + u')';
    }
    return terms.join(u" AND "_s);
}

} // namespace

SqliteArchiveStore::FilterSql SqliteArchiveStore::filterSql(const ArticleFilter &f, Reads reads) const
{
    FilterSql sql;
    QStringList where;
    bool searching = false;
    if (!f.query.trimmed().isEmpty()) {
        const SearchQuery q = parseSearchQuery(f.query);
        sql.terms = q.included;
        sql.refused = q.refused;
        if (!q.refused.isEmpty()) {
            where << u"0"_s;
        } else if (!q.match.isEmpty()) {
            searching = true;
            where << u"article_search MATCH ?"_s;
            const QString scope = scopeMatch(f);
            sql.values << (scope.isEmpty() ? q.match : u"("_s + q.match + u") AND "_s + scope);
            sql.ranked = true;
        } else if (!q.excludeMatch.isEmpty()) {
            where << u"a.id NOT IN (SELECT rowid FROM article_search WHERE article_search MATCH ?)"_s;
            sql.values << q.excludeMatch;
        } else {
            where << u"0"_s; // typed, but nothing in it can be searched for
        }
    }
    static const Dialect sqlite{u"?"_s, u"strftime('%m-%d', a.date)"_s};
    addColumnFilters(f, searching, sqlite, where, sql.values); // a search's scope holds the region exactly
    // The search's matches: by the index alone, or joined to the filter columns by id (in id
    // order, as the matches come), or to the whole rows.
    sql.searchOnly = searching && where.size() == 1;
    const bool indexAlone = sql.searchOnly && reads == Reads::Nothing;
    if (!searching)
        sql.from = u"articles a"_s;
    else if (indexAlone)
        sql.from = u"article_search s"_s;
    else if (reads == Reads::Rows)
        sql.from = u"article_search s JOIN articles a ON a.id = s.rowid"_s;
    else
        sql.from = u"article_search s CROSS JOIN articles a INDEXED BY articles_facets ON a.id = s.rowid"_s;
    sql.id = indexAlone ? u"s.rowid"_s : u"a.id"_s;
    if (!where.isEmpty())
        sql.where = u" WHERE "_s + where.join(u" AND "_s);
    return sql;
}

void SqliteArchiveStore::bindAll(QSqlQuery &query, const QVariantList &values)
{
    for (const QVariant &v : values)
        query.addBindValue(v);
}

// The page's ids in the order chosen, after counting the matches up to the count limit. Ordering
// needs only what the indexes hold, so no article is read but the ones shown (sorting whole rows
// of a large region read gigabytes).
std::optional<QStringList> SqliteArchiveStore::pageInOrder(const ArticleFilter &filter, const FilterSql &sql,
                                                           int offset, int limit, ResultPage &result)
{
    QSqlQuery q(m_db);
    q.setForwardOnly(true);
    q.prepare(u"SELECT count(*) FROM (SELECT 1 FROM "_s + sql.from + sql.where + u" LIMIT ?)"_s);
    bindAll(q, sql.values);
    q.addBindValue(m_countLimit + 1);
    if (!exec(q) || !q.next())
        return std::nullopt;
    result.total = std::min(q.value(0).toLongLong(), m_countLimit);
    result.totalIsLowerBound = q.value(0).toLongLong() > m_countLimit;

    // Searches too many to rank (only deep pages of them come here): the newest first, which the
    // index gives without sorting.
    QString order = sql.ranked ? u" ORDER BY s.rowid DESC"_s : u" ORDER BY a.date DESC, a.id DESC"_s;
    if (filter.order != ArticleFilter::Order::Default) {
        static const QHash<ArticleFilter::Order, QString> columns = {
            {ArticleFilter::Order::Title, u"a.title"_s},   {ArticleFilter::Order::Date, u"a.date"_s},
            {ArticleFilter::Order::Region, u"a.region"_s}, {ArticleFilter::Order::Association, u"a.association"_s},
            {ArticleFilter::Order::Credit, u"a.credit"_s}};
        const QString direction = filter.descending ? u" DESC"_s : u" ASC"_s;
        // Undated articles last whichever way dates run (SQLite puts NULL first going up).
        const QString undatedLast =
            filter.order == ArticleFilter::Order::Date && !filter.descending ? u"a.date IS NULL, "_s : QString();
        order = u" ORDER BY "_s + undatedLast + columns.value(filter.order) + direction + u", a.id"_s + direction;
    }
    // A scope of more than the count limit is dense enough to walk the dates back from the newest
    // and keep what fits, rather than to sort all of it (四川省 in a million articles: 4 ms, not 80).
    QString from = sql.from;
    if (!sql.ranked && filter.order == ArticleFilter::Order::Default && result.totalIsLowerBound)
        from = u"articles a INDEXED BY articles_date"_s;
    q.prepare(u"SELECT "_s + sql.id + u" FROM "_s + from + sql.where + order + u" LIMIT ? OFFSET ?"_s);
    bindAll(q, sql.values);
    q.addBindValue(limit);
    q.addBindValue(offset);
    if (!exec(q))
        return std::nullopt;
    QStringList ids;
    while (q.next())
        ids.append(q.value(0).toString());
    return ids;
}

// A search in the order of its ranks, in one walk through the matches, newest first, each ranked
// as it is met: counting them and then ranking them walked a rare phrase of common pairs twice
// (协工作全 in 浙江: 24 ms each). Up to the count limit they are sorted by rank, title hits first
// (fangzhi_rank), the newer first among equals; beyond it the newest come first. Returns the page's
// ids, or nothing when the page lies beyond the matches walked.
std::optional<QStringList> SqliteArchiveStore::rankedPage(const FilterSql &sql, int offset, int limit,
                                                          ResultPage &result)
{
    QSqlQuery q(m_db);
    q.setForwardOnly(true);
    q.prepare(u"SELECT s.rowid, fangzhi_rank(article_search) FROM "_s + sql.from + sql.where +
              u" ORDER BY s.rowid DESC LIMIT ?"_s);
    bindAll(q, sql.values);
    q.addBindValue(m_countLimit + 1);
    if (!exec(q))
        return QStringList();
    std::vector<std::pair<double, qint64>> matches; // rank, id
    while (q.next())
        matches.emplace_back(q.value(1).toDouble(), q.value(0).toLongLong());
    result.totalIsLowerBound = qint64(matches.size()) > m_countLimit;
    result.total = std::min<qint64>(qint64(matches.size()), m_countLimit);
    if (!result.totalIsLowerBound)
        std::stable_sort(matches.begin(), matches.end(), [](const auto &x, const auto &y) {
            return x.first < y.first;
        });
    else if (offset + limit > result.total)
        return std::nullopt;
    QStringList ids;
    for (qsizetype i = offset; i < std::min<qsizetype>(offset + limit, result.total); ++i)
        ids.append(QString::number(matches[i].second));
    return ids;
}

ResultPage SqliteArchiveStore::search(const ArticleFilter &filter, int offset, int limit)
{
    ResultPage result;
    Reads reads = Reads::Facets; // the order chosen: date, region and association are facets
    if (filter.order == ArticleFilter::Order::Default)
        reads = Reads::Nothing;
    else if (filter.order == ArticleFilter::Order::Title || filter.order == ArticleFilter::Order::Credit)
        reads = Reads::Rows;
    m_error.clear(); // what this search says, not what an earlier one did
    const FilterSql sql = filterSql(filter, reads);
    if (!sql.refused.isEmpty()) {
        m_error = sql.refused;
        return result;
    }
    std::optional<QStringList> ids;
    if (sql.ranked && filter.order == ArticleFilter::Order::Default)
        ids = rankedPage(sql, offset, limit, result);
    if (!ids)
        ids = pageInOrder(filter, sql, offset, limit, result);
    if (!ids || ids->isEmpty())
        return result;
    QSqlQuery q(m_db);
    q.setForwardOnly(true);
    q.prepare(u"SELECT "_s + summaryColumns() + u" FROM articles a JOIN pages p ON p.id = a.page_id WHERE a.id IN ("_s +
              ids->join(u',') + u") ORDER BY instr(',"_s + ids->join(u',') + u",', ',' || a.id || ',')"_s);
    if (!exec(q))
        return result;
    while (q.next()) {
        ArticleSummary s = readSummary(q);
        s.snippet = snippetAround(q.value(12).toString(), sql.terms);
        result.articles.append(std::move(s));
    }
    return result;
}

QHash<int, qint64> SqliteArchiveStore::regionCounts(const ArticleFilter &filter)
{
    m_error.clear(); // what this count says, not what an earlier call did
    QHash<int, qint64> counts;
    QSqlQuery q(m_db);
    q.setForwardOnly(true);
    ArticleFilter regionOnly;
    regionOnly.region = filter.region;
    regionOnly.order = filter.order;
    regionOnly.descending = filter.descending;
    if (filter == regionOnly) { // nothing but a region: the running totals have it (004_totals.sql)
        const auto [lo, hi] = filter.region > 0 ? subtreeRange(filter.region) : std::pair{-1, 999999};
        q.prepare(u"SELECT region, articles FROM region_totals WHERE region BETWEEN ? AND ? AND articles > 0"_s);
        q.addBindValue(lo);
        q.addBindValue(hi);
        if (exec(q))
            while (q.next())
                counts.insert(q.value(0).toInt(), q.value(1).toLongLong());
        return counts;
    }
    // A search alone: its matches from the index, placed by the regions held in memory.
    const FilterSql sql = filterSql(filter, Reads::Facets);
    if (sql.searchOnly) {
        const QString matches = u"SELECT s.rowid FROM article_search s"_s + sql.where + u" ORDER BY s.rowid"_s;
        const auto ids = readIntegers(m_db, matches, sql.values, &m_error);
        if (!ids)
            return counts;
        if (auto placed = placeArticles(*ids))
            return *placed;
    }
    // Counted here, not by GROUP BY: sorting a million regions in a temporary b-tree cost more.
    q.prepare(u"SELECT coalesce(a.region, -1) FROM "_s + sql.from + sql.where);
    bindAll(q, sql.values);
    if (exec(q))
        while (q.next())
            ++counts[q.value(0).toInt()];
    return counts;
}

std::optional<QHash<int, qint64>> SqliteArchiveStore::placeArticles(const std::vector<qint64> &ids)
{
    if (auto placed = m_articleRegions.count(ids))
        return placed;
    if (m_readingAhead.joinable()) {
        m_readingAhead.join();
        if (m_readAhead)
            m_articleRegions = *std::exchange(m_readAhead, std::nullopt);
        if (auto placed = m_articleRegions.count(ids))
            return placed;
    }
    if (auto read = ArticleRegions::read(m_db))
        m_articleRegions = std::move(*read);
    return m_articleRegions.count(ids);
}

// Reads the articles' regions on a connection of its own while this one goes on answering.
void SqliteArchiveStore::warmUp()
{
    if (m_readingAhead.joinable())
        return;
    m_readingAhead = std::thread([this, path = m_db.databaseName(), name = m_connection + u"-ahead"_s] {
        {
            QSqlDatabase db = QSqlDatabase::addDatabase(u"QSQLITE"_s, name);
            db.setDatabaseName(path);
            db.setConnectOptions(u"QSQLITE_OPEN_READONLY;QSQLITE_BUSY_TIMEOUT=10000"_s);
            if (db.open())
                m_readAhead = ArticleRegions::read(db);
        }
        QSqlDatabase::removeDatabase(name);
    });
}

std::optional<StoredArticle> SqliteArchiveStore::article(qint64 id)
{
    QSqlError error;
    auto a = readArticle(m_db, id, &error);
    if (error.type() != QSqlError::NoError)
        m_error = inWords(error);
    return a;
}

QString SqliteArchiveStore::pageText(qint64 pageId)
{
    QSqlQuery q(m_db);
    q.prepare(u"SELECT original_text FROM pages WHERE id = ?"_s);
    q.addBindValue(pageId);
    return exec(q) && q.next() ? q.value(0).toString() : QString();
}

QStringList SqliteArchiveStore::fieldValues(const QString &field)
{
    QStringList out;
    QSqlQuery q(m_db);
    q.prepare(u"SELECT value FROM field_values WHERE field = ? AND articles > 0 ORDER BY value"_s);
    q.addBindValue(field);
    if (!exec(q))
        return out;
    while (q.next())
        out.append(q.value(0).toString());
    return out;
}

QStringList SqliteArchiveStore::associations()
{
    return fieldValues(u"association"_s);
}

QStringList SqliteArchiveStore::sections()
{
    return fieldValues(u"section"_s);
}

QStringList SqliteArchiveStore::newspapers()
{
    return fieldValues(u"newspaper"_s);
}

ArchiveCounts SqliteArchiveStore::counts()
{
    ArchiveCounts c;
    QSqlQuery q(m_db);
    if (q.exec(u"SELECT (SELECT value FROM archive_totals WHERE name = 'pages'), "
               "(SELECT coalesce(sum(articles), 0) FROM region_totals), "
               "(SELECT count(*) FROM articles WHERE id > "
               "(SELECT value FROM search_progress WHERE name = 'indexed up to'))"_s) &&
        q.next()) {
        c.pages = q.value(0).toLongLong();
        c.articles = q.value(1).toLongLong();
        c.awaitingIndex = q.value(2).toLongLong();
    } else {
        m_error = inWords(q.lastError());
        c.pages = c.articles = -1;
    }
    return c;
}

} // namespace fangzhi::store
