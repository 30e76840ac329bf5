#include "sqlite_store.h"
#include "sqlite_errors.h"

#include "geo/gazetteer.h"
#include "parse/page_parser.h"
#include "store/article_rows.h"
#include "store/place_tokens.h"
#include "store/row_json.h"
#include "store/schema_files.h"
#include "sqlite_connection.h"
#include "sqlite_tokenizer.h"
#include "text/stop_request.h"

#include <sqlite3.h>

#include <QElapsedTimer>
#include <QThread>
#include <QDateTime>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QSqlError>

#include <atomic>

using namespace Qt::Literals::StringLiterals;

namespace fangzhi::store {
namespace {

const QString SchemaDir = u":/schema/sqlite"_s;

} // namespace

int currentSchemaVersion()
{
    return newestSchemaVersion(SchemaDir);
}

std::unique_ptr<ArchiveStore> openSqliteArchive(const QString &path, QString *error, Opening opening)
{
    return SqliteArchiveStore::open(path, error, opening);
}

SqliteArchiveStore::SqliteArchiveStore(const QString &connection)
    : m_connection(connection), m_db(QSqlDatabase::addDatabase(u"QSQLITE"_s, connection))
{
}

SqliteArchiveStore::~SqliteArchiveStore()
{
    m_watch.reset();
    if (m_readingAhead.joinable())
        m_readingAhead.join();
    m_insertArticle.reset();
    m_insertPlace.reset();
    m_db.close();
    m_db = QSqlDatabase();
    QSqlDatabase::removeDatabase(m_connection);
}

std::unique_ptr<SqliteArchiveStore> SqliteArchiveStore::open(const QString &path, QString *error, Opening opening)
{
    static std::atomic<int> serial{0};
    std::unique_ptr<SqliteArchiveStore> store(
        new SqliteArchiveStore(u"fangzhi-archive-%1"_s.arg(serial.fetch_add(1))));
    const auto fail = [&](const QString &why) {
        if (error)
            *error = u"%1: %2"_s.arg(path, why);
        return nullptr;
    };
    if (QFileInfo(path).isDir())
        return fail(u"is a folder, not an archive file"_s);
    store->m_path = path;
    QSqlDatabase &db = store->m_db;
    QString why;
    const std::optional<Access> access = openArchiveFile(db, path, &why);
    if (!access)
        return fail(why);
    store->m_readOnly = *access == Access::Read;

    // Read before writing anything: a newer archive must be left exactly as it is. The version
    // and whether the file holds tables are read in one statement, so that an archive another
    // program is creating right now is seen either empty or made, never half-way.
    QSqlQuery q(db);
    if (!q.exec(u"SELECT user_version, (SELECT count(*) FROM sqlite_master) FROM pragma_user_version"_s) ||
        !q.next())
        return fail(inWords(q.lastError()));
    const int version = q.value(0).toInt();
    const bool holdsTables = q.value(1).toInt() > 0;
    q.finish();
    if (version > currentSchemaVersion())
        return fail(u"the archive was written by a newer Fangzhi (schema version %1; this version "
                    "knows up to %2). It has not been changed; open it with a newer Fangzhi."_s
                        .arg(version)
                        .arg(currentSchemaVersion()));
    if (version == 0 && holdsTables)
        return fail(u"an SQLite database, but not a Fangzhi archive; it has not been changed"_s);
    if (store->m_readOnly && version < currentSchemaVersion())
        return fail(version == 0 ? u"no archive there, and none can be made: the file, its folder or its disk is "
                                   "read-only"_s
                                 : u"the archive was written by an older Fangzhi and must be brought up to date, "
                                   "which needs writing to it; its file, folder or disk is read-only"_s);

    if (!registerTokenizer(db))
        return fail(u"this SQLite has no full-text search (FTS5)"_s);
    // A statement run while the work on this thread is asked to stop (storing a page of many
    // megabytes, see text/stop_request.h) is interrupted, and its transaction rolled back.
    sqlite3_progress_handler(sqliteHandle(db), 4096, [](void *) { return text::stopRequested() ? 1 : 0; }, nullptr);
    // Turning a new file to WAL wants it alone, and does not wait for the busy timeout: another
    // program creating the same archive at this moment is waited for here.
    QElapsedTimer waiting;
    waiting.start();
    while (!store->m_readOnly && !(q.exec(u"PRAGMA journal_mode"_s) && q.next() && q.value(0).toString() == u"wal"_s)) {
        q.finish();
        if (q.exec(u"PRAGMA journal_mode = WAL"_s) && q.next() && q.value(0).toString() == u"wal"_s)
            break;
        if (waiting.elapsed() > 10000)
            return fail(inWords(q.lastError()));
        QThread::msleep(20);
    }
    q.finish();
    for (const QString &pragma : {u"PRAGMA foreign_keys = ON"_s,
                                  u"PRAGMA synchronous = NORMAL"_s, u"PRAGMA cache_size = -262144"_s,
                                  u"PRAGMA temp_store = MEMORY"_s, u"PRAGMA mmap_size = 268435456"_s,
                                  u"PRAGMA wal_autocheckpoint = 16384"_s, u"PRAGMA secure_delete = OFF"_s})
        if (!q.exec(pragma))
            return fail(inWords(q.lastError()));
    if (!store->migrate(&why))
        return fail(why);
    // Pages stored by an import that stopped before its index caught up are indexed now by a
    // writer, where the archive can be written; else they wait (counts() says how many), and
    // reading goes on.
    if (!store->m_readOnly && opening == Opening::ForWriting && !store->updateSearchIndex())
        store->m_error.clear();
    return store;
}

// Brings the schema forward one file at a time, each in its own transaction with the version.
bool SqliteArchiveStore::migrate(QString *error)
{
    QSqlQuery q(m_db);
    // An archive already at the current version is not locked for writing to find that out.
    const bool current = q.exec(u"PRAGMA user_version"_s) && q.next() && q.value(0).toInt() >= currentSchemaVersion();
    q.finish();
    for (const auto &[version, file] : current ? QList<SchemaFile>{} : schemaFiles(SchemaDir)) {
        // The version is read under the write lock: another process may have just migrated.
        if (!exec(u"BEGIN IMMEDIATE"_s)) {
            *error = m_error;
            return false;
        }
        q.exec(u"PRAGMA user_version"_s);
        q.next();
        const int from = q.value(0).toInt();
        q.finish();
        if (version <= from) {
            exec(u"COMMIT"_s);
            continue;
        }
        bool ok = true;
        for (const QString &sql : schemaStatements(file))
            ok = ok && exec(sql);
        if (ok && version == 2 && from >= 1)
            ok = indexAllArticles(); // articles stored before search existed
        ok = ok && exec(u"PRAGMA user_version = %1"_s.arg(version)) && exec(u"COMMIT"_s);
        if (!ok) {
            *error = u"cannot bring the archive to schema version %1: %2"_s.arg(version).arg(m_error);
            exec(u"ROLLBACK"_s);
            return false;
        }
    }
    if (!fillDivisions()) {
        *error = m_error;
        return false;
    }
    return true;
}

// The divisions table mirrors the gazetteer, so that SQL tools reading the archive see names.
bool SqliteArchiveStore::fillDivisions()
{
    QSqlQuery q(m_db);
    if (!q.exec(u"SELECT count(*) FROM divisions"_s) || !q.next()) {
        m_error = inWords(q.lastError());
        return false;
    }
    const auto &g = geo::Gazetteer::bundled();
    const bool filled = q.value(0).toLongLong() == g.divisions().size();
    q.finish(); // a read left open would keep its snapshot, and a write lock could not be waited for
    if (filled || m_readOnly)
        return true;
    bool ok = begin() && exec(u"DELETE FROM divisions"_s);
    q.prepare(u"INSERT INTO divisions (code, parent, level, name, pinyin, association) VALUES (?, ?, ?, ?, ?, ?)"_s);
    for (const geo::Division &d : g.divisions()) {
        if (!ok)
            break;
        q.addBindValue(d.code);
        q.addBindValue(d.parent);
        q.addBindValue(int(d.level));
        q.addBindValue(d.name);
        q.addBindValue(d.pinyin);
        q.addBindValue(d.association);
        ok = exec(q);
    }
    return commitOrRollBack(ok);
}

// Articles stored before search existed get the pinyin of their places, then the index.
bool SqliteArchiveStore::indexAllArticles()
{
    QSqlQuery read(m_db);
    read.setForwardOnly(true);
    if (!read.exec(u"SELECT a.id, a.region, group_concat(p.code) FROM articles a "
                   "LEFT JOIN article_places p ON p.article_id = a.id GROUP BY a.id"_s)) {
        m_error = inWords(read.lastError());
        return false;
    }
    QList<std::pair<qint64, QString>> places;
    while (read.next()) {
        QList<int> codes{read.value(1).toInt()};
        for (const QString &c : read.value(2).toString().split(u',', Qt::SkipEmptyParts))
            codes.append(c.toInt());
        places.append({read.value(0).toLongLong(), placeTokens(codes)});
    }
    read.finish();
    QSqlQuery write(m_db);
    write.prepare(u"UPDATE articles SET search_places = ? WHERE id = ?"_s);
    for (const auto &[id, tokens] : std::as_const(places)) {
        write.addBindValue(tokens);
        write.addBindValue(id);
        if (!exec(write))
            return false;
    }
    return exec(u"INSERT INTO article_search (article_search) VALUES ('rebuild')"_s) &&
           exec(u"UPDATE search_progress SET value = (SELECT coalesce(max(id), 0) FROM articles)"_s);
}

PageLookup SqliteArchiveStore::lookupPage(const QString &source, const QString &contentHash)
{
    QSqlQuery q(m_db);
    q.prepare(u"SELECT source, content_hash FROM pages WHERE source = ? OR content_hash = ?"_s);
    q.addBindValue(source);
    q.addBindValue(contentHash);
    PageLookup lookup;
    if (!exec(q))
        return lookup;
    while (q.next()) {
        if (q.value(0).toString() == source) // the file itself: its bytes decide
            return {q.value(1).toString() == contentHash ? PageState::Unchanged : PageState::Changed, {}};
        lookup = {PageState::Duplicate, q.value(0).toString()};
    }
    return lookup;
}

bool SqliteArchiveStore::removePage(qint64 pageId)
{
    QSqlQuery q(m_db);
    // The index reads its text from the articles: it must forget them while they still exist.
    q.prepare(u"INSERT INTO article_search (article_search, rowid, title, body, places, scope) "
              "SELECT 'delete', id, title, body, places, scope FROM article_search_source "
              "WHERE id IN (SELECT id FROM articles WHERE page_id = ?) "
              "AND id <= (SELECT value FROM search_progress WHERE name = 'indexed up to')"_s);
    q.addBindValue(pageId);
    if (!exec(q))
        return false;
    q.prepare(u"DELETE FROM pages WHERE id = ?"_s);
    q.addBindValue(pageId);
    return exec(q);
}

bool SqliteArchiveStore::savePage(const PageRecord &r, PageLookup *found)
{
    if (!begin())
        return false;
    // Under the write lock, asked again: another program may have stored these bytes since.
    const PageLookup now = lookupPage(r.source, r.contentHash);
    if (found)
        *found = now;
    if (now.state == PageState::Unchanged || now.state == PageState::Duplicate)
        return commitOrRollBack(true);
    QSqlQuery q(m_db);
    q.prepare(u"SELECT id FROM pages WHERE source = ?"_s);
    q.addBindValue(r.source);
    bool ok = exec(q);
    if (ok && q.next())
        ok = removePage(q.value(0).toLongLong());

    q.prepare(u"INSERT INTO pages ("_s + pageColumns().join(u", "_s) + u") VALUES ("_s +
              QStringList(pageColumns().size(), u"?"_s).join(u", "_s) + u')');
    for (const QVariant &v : pageValues(r))
        q.addBindValue(v);
    ok = ok && exec(q);
    const qint64 pageId = q.lastInsertId().toLongLong();
    for (qsizetype i = 0; ok && i < r.page->articles.size(); ++i)
        ok = insertArticle(pageId, articleValues(int(i), r.page->articles[i], r), placeCodes(r.page->articles[i]));
    return commitOrRollBack(ok);
}

bool SqliteArchiveStore::insertArticle(qint64 pageId, const QVariantList &values, const QList<int> &places)
{
    prepareInserts();
    QSqlQuery &q = *m_insertArticle;
    q.addBindValue(pageId);
    for (const QVariant &v : values)
        q.addBindValue(v);
    if (!exec(q))
        return false;
    return insertPlaces(q.lastInsertId().toLongLong(), places);
}

// Prepared once: thousands of articles go through these two statements in an import.
void SqliteArchiveStore::prepareInserts()
{
    if (m_insertArticle)
        return;
    m_insertArticle = std::make_unique<QSqlQuery>(m_db);
    m_insertArticle->prepare(u"INSERT INTO articles (page_id, "_s + articleColumns().join(u", "_s) +
                             u") VALUES (?, "_s + QStringList(articleColumns().size(), u"?"_s).join(u", "_s) +
                             u')');
    m_insertPlace = std::make_unique<QSqlQuery>(m_db);
    m_insertPlace->prepare(u"INSERT OR IGNORE INTO article_places (article_id, code, position) VALUES (?, ?, ?)"_s);
}

bool SqliteArchiveStore::insertPlaces(qint64 articleId, const QList<int> &places)
{
    prepareInserts();
    for (qsizetype i = 0; i < places.size(); ++i) {
        m_insertPlace->addBindValue(articleId);
        m_insertPlace->addBindValue(places[i]);
        m_insertPlace->addBindValue(int(i));
        if (!exec(*m_insertPlace))
            return false;
    }
    return true;
}

// In steps of so many articles, each a transaction of its own: catching up on a whole archive
// (after an upgrade rebuilt the index) neither holds everything in one transaction nor loses
// what was done if it is stopped.
bool SqliteArchiveStore::updateSearchIndex()
{
    constexpr qint64 Step = 50000;
    QSqlQuery q(m_db);
    // Read first, without the write lock: an index that is up to date (as it is but after a
    // crash) keeps a reader opening the archive from waiting for a writer.
    const QString progress = u"SELECT (SELECT value FROM search_progress WHERE name = 'indexed up to'), "
                             "(SELECT coalesce(max(id), 0) FROM articles)"_s;
    if (!m_inBatch && q.exec(progress) && q.next() && q.value(0).toLongLong() >= q.value(1).toLongLong()) {
        q.finish();
        return true;
    }
    q.finish();
    while (true) {
        if (!begin())
            return false;
        bool ok = q.exec(progress) && q.next();
        if (!ok)
            m_error = inWords(q.lastError());
        const qint64 from = ok ? q.value(0).toLongLong() : 0, last = ok ? q.value(1).toLongLong() : 0;
        q.finish();
        if (!ok || from >= last)
            return commitOrRollBack(ok);
        const qint64 to = std::min(last, from + Step);
        q.prepare(u"INSERT INTO article_search (rowid, title, body, places, scope) "
                  "SELECT id, title, body, places, scope FROM article_search_source WHERE id > ? AND id <= ?"_s);
        q.addBindValue(from);
        q.addBindValue(to);
        ok = exec(q);
        q.prepare(u"UPDATE search_progress SET value = ? WHERE name = 'indexed up to'"_s);
        q.addBindValue(to);
        if (!commitOrRollBack(ok && exec(q)))
            return false;
    }
}

bool SqliteArchiveStore::beginBatch()
{
    m_inBatch = exec(u"BEGIN IMMEDIATE"_s);
    return m_inBatch;
}

bool SqliteArchiveStore::commitBatch()
{
    if (!m_inBatch)
        return true;
    m_inBatch = false;
    if (exec(u"COMMIT"_s))
        return true;
    const QString why = m_error;
    exec(u"ROLLBACK"_s);
    m_error = why;
    return false;
}

// A transaction of its own, or a savepoint within the batch: the write lock is taken at once,
// so that nothing read in it can be changed by another writer before it writes.
bool SqliteArchiveStore::begin()
{
    return exec(m_inBatch ? u"SAVEPOINT step"_s : u"BEGIN IMMEDIATE"_s);
}

// Ends what begin() began: committed (or released into the batch) when all went well, else
// rolled back with the first error kept for lastError().
bool SqliteArchiveStore::commitOrRollBack(bool ok)
{
    if (ok && exec(m_inBatch ? u"RELEASE step"_s : u"COMMIT"_s))
        return true;
    const QString why = m_error;
    // A full disk or an I/O error may have rolled back the whole batch already; then its
    // savepoint is gone, and so is the batch.
    if (!m_inBatch || !(exec(u"ROLLBACK TO step"_s) && exec(u"RELEASE step"_s))) {
        exec(u"ROLLBACK"_s);
        m_inBatch = false;
    }
    m_error = why;
    return false;
}

bool SqliteArchiveStore::exec(QSqlQuery &query)
{
    if (query.exec())
        return true;
    m_error = inWords(query.lastError());
    return false;
}

bool SqliteArchiveStore::exec(const QString &sql)
{
    QSqlQuery q(m_db);
    if (q.exec(sql))
        return true;
    m_error = inWords(q.lastError());
    return false;
}

} // namespace fangzhi::store

namespace fangzhi::store {

// Another connection's commit changes the file's data_version as this connection sees it: another
// Fangzhi, the CLI, or this reader's own import on its thread. Asked once a second, outside batches.
bool SqliteArchiveStore::watchChanges(std::function<void()> changed)
{
    const auto version = [this]() -> qint64 {
        QSqlQuery q(m_db);
        return q.exec(u"PRAGMA data_version"_s) && q.next() ? q.value(0).toLongLong() : -1;
    };
    m_dataVersion = version();
    m_watch = std::make_unique<QTimer>();
    m_watch->setInterval(1000);
    QObject::connect(m_watch.get(), &QTimer::timeout, [this, version, changed = std::move(changed)] {
        if (m_inBatch)
            return;
        const qint64 now = version();
        if (now >= 0 && std::exchange(m_dataVersion, now) != now)
            changed();
    });
    m_watch->start();
    return m_dataVersion >= 0;
}

} // namespace fangzhi::store
