// Reading stored pages again with a newer parser, in place (see ArchiveStore::replaceArticles).
#include "store/article_rows.h"
#include "sqlite_errors.h"
#include "sqlite_store.h"

#include "parse/page_parser.h"

#include <QSqlError>

using namespace Qt::Literals::StringLiterals;

namespace fangzhi::store {
QList<qint64> SqliteArchiveStore::pagesParsedBefore(int parserVersion)
{
    QList<qint64> ids;
    QSqlQuery q(m_db);
    q.setForwardOnly(true);
    q.prepare(u"SELECT id FROM pages WHERE parser_version < ? ORDER BY id"_s);
    q.addBindValue(parserVersion);
    if (!exec(q))
        return ids;
    while (q.next())
        ids.append(q.value(0).toLongLong());
    return ids;
}

std::optional<StoredPage> SqliteArchiveStore::storedPage(qint64 pageId)
{
    QSqlError error;
    auto page = readPage(m_db, pageId, &error);
    if (error.type() != QSqlError::NoError)
        m_error = inWords(error);
    return page;
}

bool SqliteArchiveStore::replaceArticles(const StoredPage &stored, const parse::Page &page,
                                         ReparseCounts *counts)
{
    if (!begin())
        return false;
    QSqlQuery q(m_db);
    // Each article with what the search index holds of it (the index keeps no copy: taking an
    // entry out needs the values it was made from).
    q.prepare(u"SELECT a.id, a.title, a.title_derived, a.body, s.title, s.body, s.places, s.scope, "
              "a.id <= (SELECT value FROM search_progress WHERE name = 'indexed up to'), a.region "
              "FROM articles a JOIN article_search_source s ON s.id = a.id WHERE a.page_id = ?"_s);
    q.addBindValue(stored.id);
    bool ok = exec(q);
    QList<ArticleBefore> before;
    QHash<qint64, QStringList> indexed; // id -> title, body, places, scope as indexed
    while (ok && q.next()) {
        const qint64 id = q.value(0).toLongLong();
        before.append({id, q.value(1).toString(), q.value(2).toBool(), q.value(3).toString(),
                       q.value(9).isNull() ? -1 : q.value(9).toInt()});
        if (q.value(8).toBool())
            indexed.insert(id, {q.value(4).toString(), q.value(5).toString(), q.value(6).toString(),
                                q.value(7).toString()});
    }
    q.finish();

    // An article that goes, or whose indexed values change, leaves the index with the values
    // it was indexed with; one that changes comes back with its new ones.
    const auto unindex = [&](qint64 id) {
        const auto old = indexed.constFind(id);
        if (old == indexed.cend())
            return true;
        q.prepare(u"INSERT INTO article_search (article_search, rowid, title, body, places, scope) "
                  "VALUES ('delete', ?, ?, ?, ?, ?)"_s);
        q.addBindValue(id);
        for (const QString &v : *old)
            q.addBindValue(v);
        return exec(q);
    };
    const auto reindexIfChanged = [&](qint64 id) {
        const auto old = indexed.constFind(id);
        if (old == indexed.cend())
            return true;
        q.prepare(u"SELECT title, body, places, scope FROM article_search_source WHERE id = ?"_s);
        q.addBindValue(id);
        if (!exec(q) || !q.next())
            return false;
        const QStringList now{q.value(0).toString(), q.value(1).toString(), q.value(2).toString(),
                              q.value(3).toString()};
        q.finish();
        if (now == *old)
            return true;
        if (!unindex(id))
            return false;
        q.prepare(
            u"INSERT INTO article_search (rowid, title, body, places, scope) VALUES (?, ?, ?, ?, ?)"_s);
        q.addBindValue(id);
        for (const QString &v : now)
            q.addBindValue(v);
        return exec(q);
    };

    const PageRecord record = recordOf(stored);
    const ReparsePlan plan = planReparse(before, page);
    for (const auto &[id, i] : plan.kept)
        ok = ok && renewArticle(id, int(i), page.articles[i], record) && reindexIfChanged(id);
    QSqlQuery remove(m_db);
    remove.prepare(u"DELETE FROM articles WHERE id = ?"_s);
    for (const qint64 id : plan.removed) {
        ok = ok && unindex(id);
        remove.addBindValue(id);
        ok = ok && exec(remove);
    }
    for (const qsizetype i : plan.added)
        ok = ok && insertArticle(stored.id, articleValues(int(i), page.articles[i], record),
                                 placeCodes(page.articles[i]));
    q.prepare(
        u"UPDATE pages SET parser_version = ?, section = ?, sponsors = ?, page_lines = ? WHERE id = ?"_s);
    for (const QVariant &v : reparsedPageValues(page))
        q.addBindValue(v);
    q.addBindValue(stored.id);
    ok = ok && exec(q);
    if (!commitOrRollBack(ok))
        return false;
    // Kept articles may have moved to another region: what was read of their regions, also by
    // a read-ahead still under way, is read again when next needed.
    if (m_readingAhead.joinable())
        m_readingAhead.join();
    m_readAhead.reset();
    m_articleRegions = {};
    if (counts)
        *counts += plan.counts;
    return true;
}

bool SqliteArchiveStore::renewArticle(qint64 id, int position, const parse::Article &a,
                                      const PageRecord &r)
{
    QSqlQuery q(m_db);
    q.prepare(u"UPDATE articles SET "_s + articleColumns().join(u" = ?, "_s) + u" = ? WHERE id = ?"_s);
    for (const QVariant &v : articleValues(position, a, r))
        q.addBindValue(v);
    q.addBindValue(id);
    if (!exec(q))
        return false;
    q.prepare(u"DELETE FROM article_places WHERE article_id = ?"_s);
    q.addBindValue(id);
    if (!exec(q))
        return false;
    return insertPlaces(id, placeCodes(a));
}

} // namespace fangzhi::store
