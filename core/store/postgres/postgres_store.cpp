#include "postgres_store.h"

#include "postgres_errors.h"
#include "postgres_schema.h"
#include "search_vector.h"

#include "geo/gazetteer.h"
#include "store/article_rows.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSqlDriver>
#include <QSqlError>
#include <QThread>

#include <atomic>

using namespace Qt::Literals::StringLiterals;

namespace fangzhi::store::postgres {
// The search vector of an article as it will be stored: the same four parts as the SQLite index.
QString searchVectorFor(const QVariantList &values)
{
    const QStringList &columns = articleColumns();
    const auto value = [&](const QString &column) { return values.at(columns.indexOf(column)).toString(); };
    SearchableArticle searchable;
    searchable.title = value(u"kicker"_s) + u' ' + value(u"title"_s) + u' ' + value(u"subtitle"_s);
    searchable.body = value(u"place_line"_s) + u'\n' + value(u"body"_s);
    searchable.places = value(u"search_places"_s);
    const QVariant region = values.at(columns.indexOf(u"region"_s));
    searchable.scope = scopeTerms(region.isNull() ? -1 : region.toInt(),
                                  QDate::fromString(value(u"date"_s), Qt::ISODate));
    return searchVector(searchable);
}

QString titleVectorFor(const QVariantList &values)
{
    const QStringList &columns = articleColumns();
    const auto value = [&](const QString &column) { return values.at(columns.indexOf(column)).toString(); };
    return titleVector(value(u"kicker"_s) + u' ' + value(u"title"_s) + u' ' + value(u"subtitle"_s));
}

namespace {

// What ends a connection rather than a statement: no SQLSTATE at all (the socket closed), the
// connection class, or the server shutting down or restarting.
bool connectionLost(const QSqlError &error)
{
    const QString state = error.nativeErrorCode();
    return error.type() != QSqlError::NoError &&
           (state.isEmpty() || state.startsWith(u"08"_s) || state.startsWith(u"57P"_s));
}

QString placeholders(qsizetype n)
{
    return QStringList(n, u"?"_s).join(u", "_s);
}

} // namespace

PostgresArchiveStore::PostgresArchiveStore(const QString &connection)
    : m_connection(connection), m_db(QSqlDatabase::addDatabase(u"QPSQL"_s, connection))
{
}

PostgresArchiveStore::~PostgresArchiveStore()
{
    m_insertArticle.reset();
    m_insertPlaces.reset();
    m_db.close();
    m_db = QSqlDatabase();
    QSqlDatabase::removeDatabase(m_connection);
}

std::unique_ptr<PostgresArchiveStore> PostgresArchiveStore::open(const ServerLocation &location,
                                                                 const QString &password, QString *error)
{
    static std::atomic<int> serial{0};
    std::unique_ptr<PostgresArchiveStore> store(
        new PostgresArchiveStore(u"fangzhi-server-%1"_s.arg(serial.fetch_add(1))));
    store->m_location = location;
    store->m_password = password;
    QString why;
    if (!store->connect(&why)) {
        if (error)
            *error = why;
        return nullptr;
    }
    return store;
}

// Opens the connection, brings the schema forward and finds out whether this user may write.
bool PostgresArchiveStore::connect(QString *error)
{
    m_insertArticle.reset();
    m_insertPlaces.reset();
    if (m_db.isOpen())
        m_db.close();
    QString why;
    if (!openServer(m_db, m_location, m_password, &why)) {
        *error = why;
        return false;
    }
    const auto fail = [&](const QString &reason) {
        *error = m_location.display() + u": "_s + reason;
        m_db.close();
        return false;
    };
    QSqlQuery q(m_db);
    // The planner does not count the cost of reading a search vector stored out of line: for a
    // common word it would test every row's vector (seconds) rather than read the index (tens of
    // milliseconds). Every query Fangzhi asks has an index to use. Compiling a query (JIT) costs
    // more than any of them takes. A search's matches are gathered in a bitmap of rows; with the
    // default 4 MB a common word's bitmap at a million articles no longer fits, turns to whole
    // pages, and every vector on them is read again (科技's region counts: 22 s, 0.3 s in 64 MB).
    for (const QString &setting : {u"SET client_min_messages = warning"_s, u"SET enable_seqscan = off"_s,
                                   u"SET jit = off"_s, u"SET work_mem = '64MB'"_s})
        if (!q.exec(setting))
            return fail(inWords(q.lastError()));
    if (!migrate(m_db, &why))
        return fail(why);
    if (!q.exec(u"SELECT has_table_privilege('pages', 'INSERT') AND NOT pg_is_in_recovery() "
                "AND current_setting('transaction_read_only') = 'off'"_s) ||
        !q.next())
        return fail(inWords(q.lastError()));
    m_readOnly = !q.value(0).toBool();
    q.finish();
    if (!fillDivisions())
        return fail(m_error);
    m_lost = false;
    m_inBatch = false;
    if (m_changed && !subscribe())
        return fail(u"the server does not tell of changes"_s);
    return true;
}

bool PostgresArchiveStore::watchChanges(std::function<void()> changed)
{
    m_changed = std::move(changed);
    return subscribe();
}

// Listens on the channel the archive's triggers notify (001_archive.sql), on this connection.
bool PostgresArchiveStore::subscribe()
{
    QSqlDriver *driver = m_db.driver();
    if (!driver->subscribedToNotifications().contains(u"fangzhi_archive"_s) &&
        !driver->subscribeToNotification(u"fangzhi_archive"_s))
        return false;
    QObject::disconnect(driver, &QSqlDriver::notification, nullptr, nullptr);
    QObject::connect(driver, &QSqlDriver::notification, driver,
                     [this](const QString &, QSqlDriver::NotificationSource source, const QVariant &) {
                         if (source == QSqlDriver::OtherSource && m_changed)
                             m_changed();
                     });
    return true;
}

// The divisions table mirrors the gazetteer, so that SQL tools reading the archive see names;
// written in one statement, by one program at a time.
bool PostgresArchiveStore::fillDivisions()
{
    const auto &g = geo::Gazetteer::bundled();
    QSqlQuery q(m_db);
    if (!q.exec(u"SELECT count(*) FROM divisions"_s) || !q.next()) {
        m_error = inWords(q.lastError());
        return false;
    }
    if (q.value(0).toLongLong() == g.divisions().size() || m_readOnly)
        return true;
    q.finish();
    QJsonArray rows;
    for (const geo::Division &d : g.divisions())
        rows.append(QJsonObject{{u"code"_s, d.code}, {u"parent"_s, d.parent}, {u"level"_s, int(d.level)},
                                {u"name"_s, d.name}, {u"pinyin"_s, d.pinyin}, {u"association"_s, d.association}});
    bool ok = begin() && exec(u"SELECT pg_advisory_xact_lock(7378272894363649)"_s) && exec(u"DELETE FROM divisions"_s);
    q.prepare(u"INSERT INTO divisions SELECT * FROM json_to_recordset(CAST(? AS json)) "
              "AS d (code INTEGER, parent INTEGER, level INTEGER, name TEXT, pinyin TEXT, association TEXT)"_s);
    q.addBindValue(QString::fromUtf8(QJsonDocument(rows).toJson(QJsonDocument::Compact)));
    return commitOrRollBack(ok && exec(q));
}

std::optional<PageLookup> PostgresArchiveStore::lookUp(const QString &source, const QString &contentHash,
                                                       qint64 *pageId)
{
    QSqlQuery q(m_db);
    q.prepare(u"SELECT source, content_hash, id FROM pages WHERE source = ? OR content_hash = ?"_s);
    q.addBindValue(source);
    q.addBindValue(contentHash);
    if (!exec(q))
        return std::nullopt;
    PageLookup lookup;
    while (q.next()) {
        if (q.value(0).toString() == source) { // the file itself: its bytes decide
            if (pageId)
                *pageId = q.value(2).toLongLong();
            return PageLookup{q.value(1).toString() == contentHash ? PageState::Unchanged : PageState::Changed, {}};
        }
        lookup = {PageState::Duplicate, q.value(0).toString()};
    }
    return lookup;
}

PageLookup PostgresArchiveStore::lookupPage(const QString &source, const QString &contentHash)
{
    return again([&] { return lookUp(source, contentHash); }).value_or(PageLookup{});
}

std::optional<PageLookup> PostgresArchiveStore::lockAndLookUp(const QString &source, const QString &contentHash,
                                                              qint64 *pageId)
{
    // Another desk may be storing the same file or the same bytes right now: one waits for the
    // other, then asks again what the archive holds.
    QSqlQuery q(m_db);
    q.prepare(u"SELECT pg_advisory_xact_lock(hashtextextended(?, 0)), pg_advisory_xact_lock(hashtextextended(?, 1))"_s);
    q.addBindValue(source);
    q.addBindValue(contentHash);
    if (!exec(q))
        return std::nullopt;
    return lookUp(source, contentHash, pageId);
}

// In the transaction begun: the page of that id (0: none) replaced by a page's row and its
// articles. Nothing is prepared after a failure: the transaction is then aborted, and PostgreSQL
// would refuse even to free a statement.
bool PostgresArchiveStore::storeRows(qint64 replaced, const QVariantList &page, const QList<QVariantList> &articles,
                                     const QList<QList<int>> &places)
{
    QSqlQuery q(m_db);
    bool ok = true;
    if (replaced) {
        q.prepare(u"DELETE FROM pages WHERE id = ?"_s);
        q.addBindValue(replaced);
        ok = exec(q);
    }
    if (ok) {
        q.prepare(u"INSERT INTO pages ("_s + pageColumns().join(u", "_s) + u") VALUES ("_s +
                  placeholders(pageColumns().size()) + u") RETURNING id"_s);
        for (const QVariant &v : page)
            q.addBindValue(v);
        ok = exec(q) && q.next();
    }
    const qint64 pageId = ok ? q.value(0).toLongLong() : 0;
    q.finish();
    for (qsizetype i = 0; ok && i < articles.size(); ++i)
        ok = insertArticle(pageId, articles[i], places.value(i));
    return ok;
}

bool PostgresArchiveStore::savePage(const PageRecord &r, PageLookup *found)
{
    if (!begin())
        return false;
    qint64 replaced = 0;
    const std::optional<PageLookup> now = lockAndLookUp(r.source, r.contentHash, &replaced);
    if (found)
        *found = now.value_or(PageLookup{});
    if (now && (now->state == PageState::Unchanged || now->state == PageState::Duplicate))
        return commitOrRollBack(true); // stored meanwhile by another program: nothing to do
    QList<QVariantList> articles;
    QList<QList<int>> places;
    for (qsizetype i = 0; i < r.page->articles.size(); ++i) {
        articles.append(articleValues(int(i), r.page->articles[i], r));
        places.append(placeCodes(r.page->articles[i]));
    }
    return commitOrRollBack(now && storeRows(replaced, pageValues(r), articles, places));
}

bool PostgresArchiveStore::storeCopy(const PageCopy &copy, bool *alreadyThere)
{
    const QString source = copy.page.at(pageColumns().indexOf(u"source"_s)).toString();
    const QString hash = copy.page.at(pageColumns().indexOf(u"content_hash"_s)).toString();
    if (!begin())
        return false;
    qint64 replaced = 0;
    const std::optional<PageLookup> now = lockAndLookUp(source, hash, &replaced);
    *alreadyThere = now && now->state == PageState::Unchanged;
    if (*alreadyThere)
        return commitOrRollBack(true);
    return commitOrRollBack(now && storeRows(replaced, copy.page, copy.articles, copy.places));
}

QList<qint64> PostgresArchiveStore::pageIds()
{
    return again([&] {
        QSqlError error;
        if (auto ids = readPageIds(m_db, &error))
            return *ids;
        failed(error);
        return QList<qint64>();
    });
}

std::optional<PageCopy> PostgresArchiveStore::copyOfPage(qint64 pageId)
{
    return again([&] {
        QSqlError error;
        auto copy = readPageCopy(m_db, pageId, &error);
        if (!copy && error.type() != QSqlError::NoError)
            failed(error);
        return copy;
    });
}

std::optional<QHash<QString, PageFingerprint>> PostgresArchiveStore::pageFingerprints()
{
    return again([&] {
        QSqlError error;
        auto prints = readFingerprints(m_db, &error);
        if (!prints)
            failed(error);
        return prints;
    });
}

// Prepared once per connection: thousands of articles go through these in an import. An article
// and the places it names are one statement, one trip to the server.
void PostgresArchiveStore::prepareInserts()
{
    if (m_insertArticle)
        return;
    m_insertArticle = std::make_unique<QSqlQuery>(m_db);
    m_insertArticle->prepare(u"WITH article AS (INSERT INTO articles (page_id, "_s + articleColumns().join(u", "_s) +
                             u") VALUES (?, "_s + placeholders(articleColumns().size()) +
                             u") RETURNING id, region, date), "
                             "searchable AS (INSERT INTO article_search (id, region, date, search, title_search) "
                             "SELECT id, region, date, CAST(? AS tsvector), CAST(? AS tsvector) FROM article) "
                             "INSERT INTO article_places (article_id, code, position) "
                             "SELECT article.id, m.code, m.position - 1 FROM article, "
                             "unnest(CAST(? AS integer[])) WITH ORDINALITY AS m (code, position) "
                             "ON CONFLICT DO NOTHING"_s);
    m_insertPlaces = std::make_unique<QSqlQuery>(m_db);
    m_insertPlaces->prepare(u"INSERT INTO article_places (article_id, code, position) "
                            "SELECT ?, code, position - 1 FROM unnest(CAST(? AS integer[])) WITH ORDINALITY "
                            "AS m (code, position) ON CONFLICT DO NOTHING"_s);
}

QString PostgresArchiveStore::codeArray(const QList<int> &places)
{
    QStringList codes;
    for (const int code : places)
        codes.append(QString::number(code));
    return u'{' + codes.join(u',') + u'}';
}

bool PostgresArchiveStore::insertArticle(qint64 pageId, const QVariantList &values, const QList<int> &places)
{
    prepareInserts();
    QSqlQuery &q = *m_insertArticle;
    q.addBindValue(pageId);
    for (const QVariant &v : values)
        q.addBindValue(v);
    q.addBindValue(searchVectorFor(values));
    q.addBindValue(titleVectorFor(values));
    q.addBindValue(codeArray(places));
    return exec(q);
}

bool PostgresArchiveStore::insertPlaces(qint64 articleId, const QList<int> &places)
{
    if (places.isEmpty())
        return true;
    prepareInserts();
    m_insertPlaces->addBindValue(articleId);
    m_insertPlaces->addBindValue(codeArray(places));
    return exec(*m_insertPlaces);
}

bool PostgresArchiveStore::beginBatch()
{
    m_inBatch = exec(u"BEGIN"_s);
    return m_inBatch;
}

bool PostgresArchiveStore::commitBatch()
{
    if (!m_inBatch)
        return true;
    m_inBatch = false;
    if (!exec(u"COMMIT"_s)) {
        const QString why = m_error;
        exec(u"ROLLBACK"_s);
        m_error = why;
        return false;
    }
    // The totals' rows of changes summed up, by one program at a time; failing, they stay rows.
    QSqlQuery q(m_db);
    q.exec(u"SELECT fangzhi_compact_totals()"_s);
    return true;
}

bool PostgresArchiveStore::begin()
{
    if (m_lost && !reconnectIfLost()) // the connection was lost since: opened again for this
        return false;
    return exec(m_inBatch ? u"SAVEPOINT step"_s : u"BEGIN"_s);
}

bool PostgresArchiveStore::commitOrRollBack(bool ok)
{
    if (ok && exec(m_inBatch ? u"RELEASE step"_s : u"COMMIT"_s))
        return true;
    const QString why = m_error;
    // A lost connection takes the whole batch with it.
    if (!m_inBatch || m_lost || !(exec(u"ROLLBACK TO step"_s) && exec(u"RELEASE step"_s))) {
        exec(u"ROLLBACK"_s);
        m_inBatch = false;
    }
    m_error = why;
    return false;
}

bool PostgresArchiveStore::exec(QSqlQuery &query)
{
    return query.exec() || failed(query.lastError());
}

bool PostgresArchiveStore::exec(const QString &sql)
{
    QSqlQuery q(m_db);
    return q.exec(sql) || failed(q.lastError());
}

bool PostgresArchiveStore::failed(const QSqlError &error)
{
    m_lost = m_lost || connectionLost(error);
    m_error = m_lost ? u"the connection to the archive's server was lost (the server stopped or restarted, or the "
                       "network failed)"_s
                     : inWords(error);
    return false;
}

bool PostgresArchiveStore::reconnectIfLost()
{
    if (!m_lost || m_inBatch)
        return false;
    QString why;
    for (int attempt = 0; attempt < 30; ++attempt) { // 15 seconds: long enough for a restart
        if (connect(&why))
            return true;
        QThread::msleep(500);
    }
    m_error = why;
    return false;
}

QStringList PostgresArchiveStore::fieldValues(const QString &field)
{
    return again([&] {
        QStringList out;
        QSqlQuery q(m_db);
        q.prepare(u"SELECT value FROM field_values WHERE field = ? GROUP BY value HAVING sum(articles) > 0 "
                  "ORDER BY value COLLATE \"C\""_s);
        q.addBindValue(field);
        if (exec(q))
            while (q.next())
                out.append(q.value(0).toString());
        return out;
    });
}

QStringList PostgresArchiveStore::associations()
{
    return fieldValues(u"association"_s);
}

QStringList PostgresArchiveStore::sections()
{
    return fieldValues(u"section"_s);
}

QStringList PostgresArchiveStore::newspapers()
{
    return fieldValues(u"newspaper"_s);
}

ArchiveCounts PostgresArchiveStore::counts()
{
    return again([&] {
        ArchiveCounts c;
        QSqlQuery q(m_db);
        q.prepare(u"SELECT (SELECT coalesce(sum(value), 0) FROM archive_totals WHERE name = 'pages'), "
                  "(SELECT coalesce(sum(articles), 0) FROM region_totals)"_s);
        if (exec(q) && q.next()) {
            c.pages = q.value(0).toLongLong();
            c.articles = q.value(1).toLongLong();
        } else {
            c.pages = c.articles = -1;
        }
        return c;
    });
}

} // namespace fangzhi::store::postgres
