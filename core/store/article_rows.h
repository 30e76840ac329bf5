#pragma once

#include "archive_types.h"

#include <QHash>
#include <QSqlError>
#include <QSqlQuery>

#include <optional>
#include <QVariantList>

// What both databases read and write of the archive's rows the same way: the columns of an
// article, how a row becomes an ArticleSummary or a StoredArticle, the ranges of GB/T 2260 codes.
// Only the dialects differ (store/sqlite, store/postgres).
namespace fangzhi::store {

// GB/T 2260 codes nest by digits: a province holds xx0000-xx9999, a prefecture xxxx00-xxxx99.
[[nodiscard]] std::pair<int, int> subtreeRange(int code);

// The article columns an import writes after page_id, and their values in that order.
[[nodiscard]] const QStringList &articleColumns();
[[nodiscard]] QVariantList articleValues(int position, const parse::Article &a, const PageRecord &r);
// How a database compares dates: a bound date ("?" or "CAST(? AS date)"), and an article's month
// and day as "MM-DD" (strftime('%m-%d', a.date), to_char(a.date, 'MM-DD')).
struct Dialect
{
    QString date;
    QString monthDay;
};
// The filter's clauses on the articles' own columns, a.*, and their values: its region's subtree
// (unless a search's scope holds it), its dates, the same day of any year, association, section
// and newspaper.
void addColumnFilters(const ArticleFilter &f, bool regionInScope, const Dialect &dialect, QStringList &where,
                      QVariantList &values);

// The codes of the places an article names, in order of mention.
[[nodiscard]] QList<int> placeCodes(const parse::Article &a);
// The columns of a page's row an import writes, and their values in that order.
[[nodiscard]] const QStringList &pageColumns();
[[nodiscard]] QVariantList pageValues(const PageRecord &r);
// The values of a page's row reading it again renews: parser_version, section, sponsors, page_lines.
[[nodiscard]] QVariantList reparsedPageValues(const parse::Page &page);

// Reading a page again (ArchiveStore::replaceArticles): which stored articles are kept (the same
// headline and text: they keep their ids), which go, which of the page's are added.
struct ArticleBefore
{
    qint64 id = 0;
    QString title;
    bool titleDerived = false;
    QString body;
    int region = -1;
};
struct ReparsePlan
{
    QList<std::pair<qint64, qsizetype>> kept; // id, position on the page read again
    QList<qint64> removed;
    QList<qsizetype> added;                   // positions on the page
    ReparseCounts counts;
};
[[nodiscard]] ReparsePlan planReparse(const QList<ArticleBefore> &before, const parse::Page &page);
// What the articles of a stored page are written with, as an import wrote them.
[[nodiscard]] PageRecord recordOf(const StoredPage &stored);

// The columns of an ArticleSummary, from articles a JOIN pages p; the body comes last, for the
// snippet.
[[nodiscard]] const QString &summaryColumns();
[[nodiscard]] ArticleSummary readSummary(const QSqlQuery &q);
// The columns of a StoredArticle besides the summary's, and the article read from both.
[[nodiscard]] const QString &articleDetailColumns();
[[nodiscard]] StoredArticle readStoredArticle(const QSqlQuery &q);
// The columns of a StoredPage, from pages, and the page read from them.
[[nodiscard]] const QString &storedPageColumns();
[[nodiscard]] StoredPage readStoredPage(qint64 id, const QSqlQuery &q);

// The search's scope terms of an article: "r" and its province, prefecture and own codes, "y" and
// its year (see resources/schema/sqlite/003_search_scope.sql).
[[nodiscard]] QString scopeTerms(int region, const QDate &date);

// An article with the places it names, and a stored page, read by the same SQL on both databases:
// nothing when there is none; *error set when the reading failed (an article whose places could
// not be read is given without them).
[[nodiscard]] std::optional<StoredArticle> readArticle(const QSqlDatabase &db, qint64 id, QSqlError *error);
[[nodiscard]] std::optional<StoredPage> readPage(const QSqlDatabase &db, qint64 pageId, QSqlError *error);

// Reading for copies, the same SQL on both databases: a page as stored (nothing, with *error
// set, if it cannot be read), and every page's fingerprint.
[[nodiscard]] std::optional<PageCopy> readPageCopy(const QSqlDatabase &db, qint64 pageId, QSqlError *error);
[[nodiscard]] std::optional<QHash<QString, PageFingerprint>> readFingerprints(const QSqlDatabase &db, QSqlError *error);
[[nodiscard]] std::optional<QList<qint64>> readPageIds(const QSqlDatabase &db, QSqlError *error);

} // namespace fangzhi::store
