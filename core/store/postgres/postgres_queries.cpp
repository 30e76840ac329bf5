// Reading a PostgreSQL archive: search, region counts, articles. The same rules as the SQLite
// archive's (store/sqlite/sqlite_queries.cpp), in PostgreSQL's dialect.
#include "postgres_store.h"
#include "search_vector.h"

#include "store/article_rows.h"
#include "store/search_query.h"

using namespace Qt::Literals::StringLiterals;

namespace fangzhi::store::postgres {
namespace {

void bindAll(QSqlQuery &query, const QVariantList &values)
{
    for (const QVariant &v : values)
        query.addBindValue(v);
}

// The search vector's scope terms for the filter's region and years (see searchTsQuery), so that
// the index intersects them with the words. The years only narrow; the dates decide in SQL.
std::pair<QStringList, QStringList> scopeOf(const ArticleFilter &f)
{
    QStringList scope, years;
    if (f.region > 0)
        scope << u"r%1"_s.arg(f.region);
    if (f.from.isValid() && f.to.isValid() && f.from.year() <= f.to.year() && f.to.year() - f.from.year() < 50)
        for (int y = f.from.year(); y <= f.to.year(); ++y)
            years << u"y%1"_s.arg(y);
    return {scope, years};
}

QString idList(const QList<qint64> &ids)
{
    QStringList out;
    for (const qint64 id : ids)
        out.append(QString::number(id));
    return out.join(u',');
}

} // namespace

PostgresArchiveStore::FilterSql PostgresArchiveStore::filterSql(const ArticleFilter &f) const
{
    FilterSql sql;
    QStringList where;
    // A search reads the narrow rows of article_search (as "a": they hold id, region and date too),
    // and the articles only when a filter or the order chosen needs their other columns.
    const bool wide = !f.association.isEmpty() || !f.section.isEmpty() || !f.newspaper.isEmpty() || !f.sameDay.isEmpty() ||
                      f.order == ArticleFilter::Order::Title || f.order == ArticleFilter::Order::Association ||
                      f.order == ArticleFilter::Order::Credit;
    sql.from = u"articles a"_s;
    if (!f.query.trimmed().isEmpty()) {
        const SearchQuery q = parseSearchQuery(f.query);
        sql.terms = q.included;
        sql.refused = q.refused;
        const auto [scope, years] = scopeOf(f);
        const QString included = searchTsQuery(q, scope, years);
        if (!q.refused.isEmpty()) {
            where << u"FALSE"_s;
        } else if (!included.isEmpty()) {
            sql.ranked = true;
            sql.scoped = !scope.isEmpty() || !years.isEmpty();
            sql.tsQuery = included;
            sql.titleQuery = titleTsQuery(q);
            sql.from = wide ? u"article_search s JOIN articles a ON a.id = s.id"_s : u"article_search a"_s;
            sql.vectors = wide ? u"s"_s : u"a"_s;
            where << sql.vectors + u".search @@ CAST(? AS tsquery)"_s;
            sql.values << included;
        } else if (const QString excluded = exclusionTsQuery(q); !excluded.isEmpty()) {
            where << u"a.id NOT IN (SELECT id FROM article_search WHERE search @@ CAST(? AS tsquery))"_s;
            sql.values << excluded;
        } else {
            where << u"FALSE"_s; // typed, but nothing in it can be searched for
        }
    }
    static const Dialect postgres{u"CAST(? AS date)"_s, u"to_char(a.date, 'MM-DD')"_s};
    addColumnFilters(f, sql.ranked, postgres, where, sql.values); // a search's scope holds the region
    if (!where.isEmpty())
        sql.where = u" WHERE "_s + where.join(u" AND "_s);
    return sql;
}

// A search in the order of its ranks, in one walk through the matches, newest first: up to the
// count limit the articles with the words in their title come first, best first (ts_rank of the
// title's own vector), then the others, the newer first among equals; beyond it the newest come
// first. Only the small title vectors are read, never the articles' whole vectors. Nothing when the page lies beyond
// the matches walked.
std::optional<QList<qint64>> PostgresArchiveStore::rankedPage(const FilterSql &sql, int offset, int limit,
                                                              ResultPage &result)
{
    QSqlQuery q(m_db);
    q.setForwardOnly(true);
    // Within a region or years the index intersects the words with the scope, and reads only
    // those rows; walking the newest rows back would test every row's vector until enough are
    // found (活动 in 四川省 at 100k articles: 86 ms walking, 15 ms intersecting). "+ 0" keeps the
    // planner from walking.
    q.prepare(u"SELECT a.id, %1.title_search @@ CAST(? AS tsquery), ts_rank(%1.title_search, CAST(? AS tsquery)) "
              "FROM "_s.arg(sql.vectors) +
              sql.from + sql.where + (sql.scoped ? u" ORDER BY a.id + 0 DESC LIMIT ?"_s : u" ORDER BY a.id DESC LIMIT ?"_s));
    q.addBindValue(sql.titleQuery);
    q.addBindValue(sql.titleQuery);
    bindAll(q, sql.values);
    q.addBindValue(m_countLimit + 1);
    if (!exec(q))
        return QList<qint64>();
    struct Match
    {
        bool inTitle;
        double rank;
        qint64 id;
    };
    std::vector<Match> matches;
    while (q.next())
        matches.push_back({q.value(1).toBool(), q.value(2).toDouble(), q.value(0).toLongLong()});
    result.totalIsLowerBound = qint64(matches.size()) > m_countLimit;
    result.total = std::min<qint64>(qint64(matches.size()), m_countLimit);
    if (!result.totalIsLowerBound)
        std::stable_sort(matches.begin(), matches.end(), [](const Match &x, const Match &y) {
            return x.inTitle != y.inTitle ? x.inTitle : x.rank > y.rank;
        });
    else if (offset + limit > result.total)
        return std::nullopt;
    QList<qint64> ids;
    for (qsizetype i = offset; i < std::min<qsizetype>(offset + limit, result.total); ++i)
        ids.append(matches[i].id);
    return ids;
}

// The page's ids in the order chosen, after counting the matches up to the count limit. NULL
// sorts as the smallest value and text by code point, as in the SQLite archive.
std::optional<QList<qint64>> PostgresArchiveStore::pageInOrder(const ArticleFilter &filter, const FilterSql &sql,
                                                               int offset, int limit, ResultPage &result)
{
    QSqlQuery q(m_db);
    q.setForwardOnly(true);
    q.prepare(u"SELECT count(*) FROM (SELECT 1 FROM "_s + sql.from + sql.where + u" LIMIT ?) AS matches"_s);
    bindAll(q, sql.values);
    q.addBindValue(m_countLimit + 1);
    if (!exec(q) || !q.next())
        return std::nullopt;
    result.total = std::min(q.value(0).toLongLong(), m_countLimit);
    result.totalIsLowerBound = q.value(0).toLongLong() > m_countLimit;
    q.finish();

    QString order = sql.ranked ? u" ORDER BY a.id DESC"_s : u" ORDER BY a.date DESC NULLS LAST, a.id DESC"_s;
    if (filter.order != ArticleFilter::Order::Default) {
        static const QHash<ArticleFilter::Order, QString> columns = {
            {ArticleFilter::Order::Title, u"a.title COLLATE \"C\""_s},
            {ArticleFilter::Order::Date, u"a.date"_s},
            {ArticleFilter::Order::Region, u"a.region"_s},
            {ArticleFilter::Order::Association, u"a.association COLLATE \"C\""_s},
            {ArticleFilter::Order::Credit, u"a.credit COLLATE \"C\""_s}};
        // Undated articles last whichever way dates run; other empty columns first going up.
        const QString direction = filter.descending                              ? u" DESC NULLS LAST"_s
                                  : filter.order == ArticleFilter::Order::Date ? u" ASC NULLS LAST"_s
                                                                               : u" ASC NULLS FIRST"_s;
        order = u" ORDER BY "_s + columns.value(filter.order) + direction + u", a.id"_s +
                (filter.descending ? u" DESC"_s : u" ASC"_s);
    }
    q.prepare(u"SELECT a.id FROM "_s + sql.from + sql.where + order + u" LIMIT ? OFFSET ?"_s);
    bindAll(q, sql.values);
    q.addBindValue(limit);
    q.addBindValue(offset);
    if (!exec(q))
        return std::nullopt;
    QList<qint64> ids;
    while (q.next())
        ids.append(q.value(0).toLongLong());
    return ids;
}

ResultPage PostgresArchiveStore::search(const ArticleFilter &filter, int offset, int limit)
{
    return again([&] {
        ResultPage result;
        m_error.clear(); // what this search says, not what an earlier one did
        const FilterSql sql = filterSql(filter);
        if (!sql.refused.isEmpty()) {
            m_error = sql.refused;
            return result;
        }
        std::optional<QList<qint64>> ids;
        if (sql.ranked && filter.order == ArticleFilter::Order::Default)
            ids = rankedPage(sql, offset, limit, result);
        if (!ids)
            ids = pageInOrder(filter, sql, offset, limit, result);
        if (!ids || ids->isEmpty())
            return result;
        QSqlQuery q(m_db);
        q.setForwardOnly(true);
        if (!q.exec(u"SELECT "_s + summaryColumns() + u" FROM articles a JOIN pages p ON p.id = a.page_id "
                                                       "WHERE a.id IN ("_s + idList(*ids) + u')')) {
            failed(q.lastError());
            return result;
        }
        QHash<qint64, ArticleSummary> found;
        while (q.next()) {
            ArticleSummary s = readSummary(q);
            s.snippet = snippetAround(q.value(12).toString(), sql.terms);
            found.insert(s.id, std::move(s));
        }
        for (const qint64 id : std::as_const(*ids))
            if (found.contains(id))
                result.articles.append(found.take(id));
        return result;
    });
}

QHash<int, qint64> PostgresArchiveStore::regionCounts(const ArticleFilter &filter)
{
    return again([&] {
        m_error.clear();
        QHash<int, qint64> counts;
        QSqlQuery q(m_db);
        q.setForwardOnly(true);
        ArticleFilter regionOnly;
        regionOnly.region = filter.region;
        regionOnly.order = filter.order;
        regionOnly.descending = filter.descending;
        if (filter == regionOnly) { // nothing but a region: the running totals have it
            const auto [lo, hi] = filter.region > 0 ? subtreeRange(filter.region) : std::pair{-1, 999999};
            q.prepare(u"SELECT region, sum(articles) FROM region_totals WHERE region BETWEEN ? AND ? "
                      "GROUP BY region HAVING sum(articles) > 0"_s);
            q.addBindValue(lo);
            q.addBindValue(hi);
        } else {
            const FilterSql sql = filterSql(filter);
            if (!sql.refused.isEmpty())
                return counts;
            q.prepare(u"SELECT coalesce(a.region, -1), count(*) FROM "_s + sql.from + sql.where + u" GROUP BY 1"_s);
            bindAll(q, sql.values);
        }
        if (exec(q))
            while (q.next())
                counts.insert(q.value(0).toInt(), q.value(1).toLongLong());
        return counts;
    });
}

std::optional<StoredArticle> PostgresArchiveStore::article(qint64 id)
{
    return again([&] {
        QSqlError error;
        auto a = readArticle(m_db, id, &error);
        if (error.type() != QSqlError::NoError)
            failed(error);
        return a;
    });
}

QString PostgresArchiveStore::pageText(qint64 pageId)
{
    return again([&] {
        QSqlQuery q(m_db);
        q.prepare(u"SELECT original_text FROM pages WHERE id = ?"_s);
        q.addBindValue(pageId);
        return exec(q) && q.next() ? q.value(0).toString() : QString();
    });
}

} // namespace fangzhi::store::postgres
