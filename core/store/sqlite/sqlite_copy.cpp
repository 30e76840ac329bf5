// Copying an archive page by page, as stored (see ArchiveStore::copyOfPage).
#include "sqlite_errors.h"
#include "sqlite_store.h"

#include "store/article_rows.h"

using namespace Qt::Literals::StringLiterals;

namespace fangzhi::store {

QList<qint64> SqliteArchiveStore::pageIds()
{
    QSqlError error;
    if (auto ids = readPageIds(m_db, &error))
        return *ids;
    m_error = inWords(error);
    return {};
}

std::optional<PageCopy> SqliteArchiveStore::copyOfPage(qint64 pageId)
{
    QSqlError error;
    auto copy = readPageCopy(m_db, pageId, &error);
    if (!copy && error.type() != QSqlError::NoError)
        m_error = inWords(error);
    return copy;
}

std::optional<QHash<QString, PageFingerprint>> SqliteArchiveStore::pageFingerprints()
{
    QSqlError error;
    auto prints = readFingerprints(m_db, &error);
    if (!prints)
        m_error = inWords(error);
    return prints;
}

bool SqliteArchiveStore::storeCopy(const PageCopy &copy, bool *alreadyThere)
{
    const QString source = copy.page.at(pageColumns().indexOf(u"source"_s)).toString();
    const QString hash = copy.page.at(pageColumns().indexOf(u"content_hash"_s)).toString();
    if (!begin())
        return false;
    *alreadyThere = lookupPage(source, hash).state == PageState::Unchanged;
    if (*alreadyThere)
        return commitOrRollBack(true);
    QSqlQuery q(m_db);
    q.prepare(u"SELECT id FROM pages WHERE source = ?"_s);
    q.addBindValue(source);
    bool ok = exec(q);
    if (ok && q.next())
        ok = removePage(q.value(0).toLongLong());
    q.prepare(u"INSERT INTO pages ("_s + pageColumns().join(u", "_s) + u") VALUES ("_s +
              QStringList(pageColumns().size(), u"?"_s).join(u", "_s) + u')');
    for (const QVariant &v : copy.page)
        q.addBindValue(v);
    ok = ok && exec(q);
    const qint64 pageId = q.lastInsertId().toLongLong();
    for (qsizetype i = 0; ok && i < copy.articles.size(); ++i)
        ok = insertArticle(pageId, copy.articles[i], copy.places.value(i));
    return commitOrRollBack(ok);
}

} // namespace fangzhi::store
