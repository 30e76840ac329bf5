#pragma once

#include "parse/page.h"

#include <QDate>
#include <QList>
#include <QString>
#include <QStringList>
#include <QVariantList>

namespace fangzhi::store {

// When a page appeared, and how sure that is.
struct PageDate
{
    QDate date;          // best estimate
    QString precision;   // "day", "month", "year"
    QString source;      // "manifest", "file name", "inferred"; an article's own: "date line"
    QString evidence;    // for inferred dates: what the text said

    [[nodiscard]] bool isValid() const { return date.isValid(); }
    [[nodiscard]] bool inferred() const { return source == u"inferred"; }
};

// Everything the importer hands over for one page file.
struct PageRecord
{
    QString source;       // absolute path of the file
    QString contentHash;  // SHA-256 of its bytes, hex
    QString newspaper;
    QString pageLabel;
    QString edition;
    PageDate date;
    const fangzhi::parse::Page *page = nullptr; // parsed and placed
};

// What narrows the article list and the region tree. Empty fields do not filter.
struct ArticleFilter
{
    int region = -1;       // a division: its whole subtree; -1 everywhere
    int mentions = -1;     // a division: the articles naming it or a place within it; -1 any
    QDate from, to;        // inclusive
    QString sameDay;       // "MM-DD": articles of that day in any year (dated to the day); empty: any day
    QString association;   // by name (the CLI's --association)
    int associationOf = -1; // a division: its own association's articles, filed under it and not its subdivisions
    QString section;
    QString newspaper;
    QString query;         // words as typed: terms ANDed, "quoted phrases", -excluded

    // The list's order: best match first when searching, else newest first, unless one is chosen.
    enum class Order { Default, Title, Date, Region, Association, Credit };
    Order order = Order::Default;
    bool descending = false;

    [[nodiscard]] bool operator==(const ArticleFilter &) const = default;
};

struct ArticleSummary
{
    qint64 id = 0;
    QString kicker, title, placeLine;
    PageDate date;
    int region = -1;
    QString association;
    QString credit;
    QString section;
    QString newspaper;
    QString snippet;       // around the first hit, hits in 【】; the lead when nothing matched
};

struct ResultPage
{
    qint64 total = 0;
    bool totalIsLowerBound = false; // counting stopped at the store's count limit
    QList<ArticleSummary> articles;
};

struct StoredArticle : ArticleSummary
{
    qint64 pageId = 0;
    int position = 0;
    QString subtitle, lead, body;
    QStringList paragraphs;
    QList<fangzhi::parse::Caption> captions;
    QList<int> mentions;
    QString source;        // the page file
    QString pageLabel, edition;
    int homeProvince = 0;
    QString byline;
    bool titleDerived = false;
    double confidence = 1.0; // of the segmentation
    int parserVersion = 0;   // of the parser that read its page
};

// A stored page as reading it again needs it.
struct StoredPage
{
    qint64 id = 0;
    QString source;
    QString originalText;
    QString homeProvince; // "510000", empty when unknown
    QString newspaper;
    PageDate date;
    int parserVersion = 0;
};

// What reading pages again did to their articles.
struct ReparseCounts
{
    qint64 kept = 0;    // same title and text: the article keeps its id, its other fields renewed
    qint64 moved = 0;   // of those kept, filed under another region than before
    qint64 removed = 0; // no longer found as they were
    qint64 added = 0;

    ReparseCounts &operator+=(const ReparseCounts &other)
    {
        kept += other.kept;
        moved += other.moved;
        removed += other.removed;
        added += other.added;
        return *this;
    }
};

enum class PageState { New, Unchanged, Changed, Duplicate };

struct PageLookup
{
    PageState state = PageState::New;
    QString duplicateOf;   // for Duplicate: the source already holding these bytes
};

// A stored page as it is, with its articles and their places, for copying an archive from one
// database to the other: nothing is parsed again. Values in the order of pageColumns() and
// articleColumns() (store/article_rows.h), dates as ISO text.
struct PageCopy
{
    QVariantList page;
    QList<QVariantList> articles;
    QList<QList<int>> places; // each article's, in order of mention
};

// What identifies a stored page and what it holds, to verify a copy.
struct PageFingerprint
{
    QString contentHash;
    qint64 articles = 0;

    [[nodiscard]] bool operator==(const PageFingerprint &) const = default;
};

struct ArchiveCounts
{
    qint64 pages = 0;    // -1 when the archive could not be counted (lastError() says why)
    qint64 articles = 0; // -1 likewise
    // Stored but not yet searchable: the search index could not be written (a full or
    // read-only disk). It catches up when the archive is next opened where it can be written.
    qint64 awaitingIndex = 0;
};

} // namespace fangzhi::store
