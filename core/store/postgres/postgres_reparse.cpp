// Reading stored pages again with a newer parser, in place (see ArchiveStore::replaceArticles).
#include "postgres_store.h"
#include "search_vector.h"

#include "store/article_rows.h"

using namespace Qt::Literals::StringLiterals;

namespace fangzhi::store::postgres {

QList<qint64> PostgresArchiveStore::pagesParsedBefore(int parserVersion)
{
    return again([&] {
        QList<qint64> ids;
        QSqlQuery q(m_db);
        q.setForwardOnly(true);
        q.prepare(u"SELECT id FROM pages WHERE parser_version < ? ORDER BY id"_s);
        q.addBindValue(parserVersion);
        if (exec(q))
            while (q.next())
                ids.append(q.value(0).toLongLong());
        return ids;
    });
}

std::optional<StoredPage> PostgresArchiveStore::storedPage(qint64 pageId)
{
    return again([&] {
        QSqlError error;
        auto page = readPage(m_db, pageId, &error);
        if (error.type() != QSqlError::NoError)
            failed(error);
        return page;
    });
}

bool PostgresArchiveStore::replaceArticles(const StoredPage &stored, const parse::Page &page, ReparseCounts *counts)
{
    if (!begin())
        return false;
    QSqlQuery q(m_db);
    // The page is locked as an import replacing it would lock it.
    q.prepare(u"SELECT pg_advisory_xact_lock(hashtextextended(?, 0))"_s);
    q.addBindValue(stored.source);
    bool ok = exec(q);
    if (ok) {
        q.prepare(u"SELECT id, title, title_derived, body, region FROM articles WHERE page_id = ?"_s);
        q.addBindValue(stored.id);
        ok = exec(q);
    }
    QList<ArticleBefore> before;
    while (ok && q.next())
        before.append({q.value(0).toLongLong(), q.value(1).toString(), q.value(2).toBool(), q.value(3).toString(),
                       q.value(4).isNull() ? -1 : q.value(4).toInt()});
    q.finish();
    const PageRecord record = recordOf(stored);
    const ReparsePlan plan = planReparse(before, page);
    // Nothing is prepared after a failure (see savePage).
    for (const auto &[id, i] : plan.kept) {
        if (!ok)
            break;
        const QVariantList values = articleValues(int(i), page.articles[i], record);
        q.prepare(u"UPDATE articles SET "_s + articleColumns().join(u" = ?, "_s) + u" = ? WHERE id = ?"_s);
        for (const QVariant &v : values)
            q.addBindValue(v);
        q.addBindValue(id);
        ok = exec(q);
        if (ok) {
            q.prepare(u"UPDATE article_search SET region = ?, date = CAST(? AS date), search = CAST(? AS tsvector), "
                      "title_search = CAST(? AS tsvector) WHERE id = ?"_s);
            q.addBindValue(values.at(articleColumns().indexOf(u"region"_s)));
            q.addBindValue(values.at(articleColumns().indexOf(u"date"_s)));
            q.addBindValue(searchVectorFor(values));
            q.addBindValue(titleVectorFor(values));
            q.addBindValue(id);
            ok = exec(q);
        }
        if (ok) {
            q.prepare(u"DELETE FROM article_places WHERE article_id = ?"_s);
            q.addBindValue(id);
            ok = exec(q) && insertPlaces(id, placeCodes(page.articles[i]));
        }
    }
    if (ok && !plan.removed.isEmpty()) {
        q.prepare(u"DELETE FROM articles WHERE id = ANY(CAST(? AS bigint[]))"_s);
        QStringList ids;
        for (const qint64 id : plan.removed)
            ids.append(QString::number(id));
        q.addBindValue(u'{' + ids.join(u',') + u'}');
        ok = exec(q);
    }
    for (const qsizetype i : plan.added)
        ok = ok && insertArticle(stored.id, articleValues(int(i), page.articles[i], record),
                                 placeCodes(page.articles[i]));
    if (ok) {
        q.prepare(u"UPDATE pages SET parser_version = ?, section = ?, sponsors = ?, page_lines = ? WHERE id = ?"_s);
        for (const QVariant &v : reparsedPageValues(page))
            q.addBindValue(v);
        q.addBindValue(stored.id);
        ok = exec(q);
    }
    if (!commitOrRollBack(ok))
        return false;
    if (counts)
        *counts += plan.counts;
    return true;
}

} // namespace fangzhi::store::postgres
