#pragma once

#include "archive_types.h"

#include <QHash>

#include <functional>
#include <memory>
#include <optional>

namespace fangzhi::store {

// The archive: pages, articles and their places, searchable. One interface, one implementation
// per database (store/sqlite, store/postgres). An instance is
// used from one thread at a time; open one per thread.
inline constexpr qint64 DefaultCountLimit = 1000;

class ArchiveStore
{
public:
    virtual ~ArchiveStore() = default;

    [[nodiscard]] virtual QString lastError() const = 0;
    // Where the archive is, for messages: its file, or its server and database.
    [[nodiscard]] virtual QString location() const = 0;
    // An archive on a read-only file, folder or disk can be searched, browsed and exported;
    // writing to it fails, and callers say so before they try.
    [[nodiscard]] virtual bool readOnly() const = 0;

    // Whether a file's bytes are new, already stored, changed since, or stored under another name.
    [[nodiscard]] virtual PageLookup lookupPage(const QString &source, const QString &contentHash) = 0;
    // Stores a page and its articles in one transaction, replacing what the same source held:
    // all of it or none. They are searchable once updateSearchIndex() has run (the importer
    // runs it as it goes). The archive is asked again under its write lock: when another program
    // stored the same bytes since lookupPage() (under this file's name or another), nothing is
    // stored, true is returned, and *found says Unchanged or Duplicate; else it says New or Changed.
    [[nodiscard]] virtual bool savePage(const PageRecord &record, PageLookup *found = nullptr) = 0;
    // Brings the search index up to date with the stored articles, in one transaction.
    [[nodiscard]] virtual bool updateSearchIndex() = 0;
    // Between these, the transactions of savePage() and updateSearchIndex() nest (savepoints)
    // in one that commitBatch() commits: each page is still stored whole or not at all, and
    // the archive writes once for many pages. Stopped before commitBatch(), the batch is gone
    // and the archive as it was before beginBatch().
    [[nodiscard]] virtual bool beginBatch() = 0;
    [[nodiscard]] virtual bool commitBatch() = 0;
    // Whether the batch begun is still open. A failure the database cannot keep to one page (a
    // full disk, an I/O error) rolls back the whole batch: what it held was not stored, and
    // until the next beginBatch() every page is a transaction of its own.
    [[nodiscard]] virtual bool batchOpen() const = 0;

    // Counting every match of a common word costs more than it tells: search counts up to
    // this many (DefaultCountLimit unless set), says when the total is only a lower bound, and
    // then lists the newest matches first instead of ranking them all. Every match can still
    // be listed, page by page.
    virtual void setCountLimit(qint64 limit) = 0;
    [[nodiscard]] virtual ResultPage search(const ArticleFilter &filter, int offset, int limit) = 0;
    // Articles per subject region (the region itself, not its subtree) under the filter; on
    // failure, what was counted so far with lastError() set.
    [[nodiscard]] virtual QHash<int, qint64> regionCounts(const ArticleFilter &filter) = 0;
    // Reads ahead what counting a search's regions needs, when there is time for it.
    virtual void warmUp() = 0;
    [[nodiscard]] virtual std::optional<StoredArticle> article(qint64 id) = 0;
    [[nodiscard]] virtual QString pageText(qint64 pageId) = 0;

    // Reading pages again: the pages an older parser read, a stored page, and its articles
    // replaced by those of the page read again, in one transaction. An article whose title and
    // text are unchanged keeps its id and gets its other fields renewed; the rest are removed
    // and added. The page's own text and file are never touched.
    [[nodiscard]] virtual QList<qint64> pagesParsedBefore(int parserVersion) = 0;
    [[nodiscard]] virtual std::optional<StoredPage> storedPage(qint64 pageId) = 0;
    [[nodiscard]] virtual bool replaceArticles(const StoredPage &stored, const parse::Page &page,
                                               ReparseCounts *counts) = 0;

    // Copying an archive (fangzhi-cli copy): every page's id, a page as it is stored, storing
    // such a copy (whole or not at all; a page already there with the same bytes is left alone and
    // *alreadyThere set), and each page's fingerprint by source, to verify the copy.
    [[nodiscard]] virtual QList<qint64> pageIds() = 0;
    [[nodiscard]] virtual std::optional<PageCopy> copyOfPage(qint64 pageId) = 0;
    [[nodiscard]] virtual bool storeCopy(const PageCopy &copy, bool *alreadyThere) = 0;
    [[nodiscard]] virtual std::optional<QHash<QString, PageFingerprint>> pageFingerprints() = 0;

    [[nodiscard]] virtual QStringList associations() = 0;
    [[nodiscard]] virtual QStringList sections() = 0;
    [[nodiscard]] virtual QStringList newspapers() = 0;
    [[nodiscard]] virtual ArchiveCounts counts() = 0;

    // Calls changed, from this thread's event loop, once another program has committed a change
    // to the archive's pages (a team's archive on a server tells its readers so). False when the
    // archive cannot tell.
    virtual bool watchChanges(std::function<void()> changed)
    {
        Q_UNUSED(changed)
        return false;
    }
};

enum class Opening { ForWriting, ForReading };

// Opens the archive a location names: a team's archive on a server (postgresql://user@host:port/
// database, see store/postgres/server_location.h) or an SQLite archive file. A server's password
// is the one given or, when empty, libpq's own (PGPASSWORD, ~/.pgpass). Null with *error set.
[[nodiscard]] std::unique_ptr<ArchiveStore> openArchive(const QString &location, QString *error,
                                                        Opening opening = Opening::ForWriting,
                                                        const QString &password = {});
[[nodiscard]] bool isServerLocation(const QString &location);
// How a location is named to people: an archive file's name, a server's user@host:port/database
// (never a password: locations hold none).
[[nodiscard]] QString archiveName(const QString &location);

// Opens (creating and migrating as needed) an SQLite archive file. On failure returns null
// and says why in *error; an archive from a newer Fangzhi is refused and left untouched.
// A program that only reads (search, tree, export) opens it ForReading: it then never takes the
// write lock to catch the search index up, so it never waits for a writer. Articles an import
// stored but had not indexed yet are found once a writer opens the archive; until then
// counts().awaitingIndex says how many.
[[nodiscard]] std::unique_ptr<ArchiveStore> openSqliteArchive(const QString &path, QString *error,
                                                              Opening opening = Opening::ForWriting);

// What checking an archive file found: SQLite's integrity check, then Fangzhi's own (the
// running totals against the rows, the search index against the articles). Reads only.
struct ArchiveCheck
{
    QStringList problems; // in words; none when the archive is sound
    QStringList notes;    // worth knowing, not wrong: articles waiting for the search index
    qint64 pages = -1, articles = -1, awaitingIndex = 0; // -1: could not be counted
};
[[nodiscard]] ArchiveCheck checkSqliteArchive(const QString &path);
// The check of an archive file, or of a team's archive on a server (a postgresql:// location).
[[nodiscard]] ArchiveCheck checkArchive(const QString &location, const QString &password = {});

// The schema version this program writes.
[[nodiscard]] int currentSchemaVersion();

} // namespace fangzhi::store
