#include "article_rows.h"

#include "parse/page_parser.h"
#include "place_tokens.h"
#include "row_json.h"

#include <QDateTime>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QMultiHash>

using namespace Qt::Literals::StringLiterals;

namespace fangzhi::store {
namespace {

QVariant nullText()
{
    return QVariant(QMetaType::fromType<QString>());
}

QVariant isoDateOrNull(const QDate &date)
{
    return date.isValid() ? QVariant(date.toString(Qt::ISODate)) : nullText();
}

PageDate pageDate(const QVariant &date, const QVariant &precision, const QVariant &source)
{
    // SQLite gives the date as text, PostgreSQL as a date: both read as ISO text.
    return {QDate::fromString(date.toString().left(10), Qt::ISODate), precision.toString(), source.toString(), {}};
}

} // namespace

std::pair<int, int> subtreeRange(int code)
{
    if (code % 10000 == 0)
        return {code, code + 9999};
    if (code % 100 == 0)
        return {code, code + 99};
    return {code, code};
}

const QStringList &articleColumns()
{
    static const QStringList columns{u"position"_s,    u"kicker"_s,      u"title"_s,         u"subtitle"_s,
                                     u"place_line"_s,  u"lead"_s,        u"body"_s,          u"paragraphs"_s,
                                     u"credit"_s,      u"captions"_s,    u"section"_s,       u"region"_s,
                                     u"association"_s, u"search_places"_s, u"date"_s,        u"newspaper"_s,
                                     u"byline"_s,      u"title_derived"_s, u"confidence"_s,  u"date_source"_s};
    return columns;
}

QVariantList articleValues(int position, const parse::Article &a, const PageRecord &r)
{
    QList<int> codes;
    if (!a.regionCode.isEmpty())
        codes.append(a.regionCode.toInt());
    for (const QString &m : a.mentions)
        codes.append(m.toInt());
    // A digital edition dates each article with its own date line; else the page's date holds.
    const QDate date = a.date.isValid() ? a.date : r.date.date;
    // A headline with nothing under it, or text with no headline to be had, is still an article:
    // empty, never absent (a null QString would bind as NULL).
    const auto text = [](const QString &s) { return s.isNull() ? QString(u""_s) : s; };
    return {position, textOrNull(a.kicker), text(a.title), textOrNull(a.subtitle), textOrNull(a.placeLine),
            textOrNull(a.lead), text(a.body), jsonStrings(a.paragraphs), textOrNull(a.credit), captionsJson(a.captions),
            textOrNull(a.section),
            a.regionCode.isEmpty() ? QVariant(QMetaType::fromType<int>()) : QVariant(a.regionCode.toInt()),
            textOrNull(a.association), placeTokens(codes), isoDateOrNull(date), textOrNull(r.newspaper),
            textOrNull(a.byline), a.titleDerived, a.confidence,
            a.date.isValid() ? QVariant(u"date line"_s) : nullText()};
}

void addColumnFilters(const ArticleFilter &f, bool regionInScope, const Dialect &dialect, QStringList &where,
                      QVariantList &values)
{
    const QString &date = dialect.date;
    if (f.region > 0 && !regionInScope) {
        const auto [lo, hi] = subtreeRange(f.region);
        where << u"a.region BETWEEN ? AND ?"_s;
        values << lo << hi;
    }
    if (f.associationOf > 0) {
        where << u"a.region = ?"_s;
        values << f.associationOf;
    }
    if (f.mentions > 0) {
        const auto [lo, hi] = subtreeRange(f.mentions);
        where << u"a.id IN (SELECT article_id FROM article_places WHERE code BETWEEN ? AND ?)"_s;
        values << lo << hi;
    }
    if (f.from.isValid()) {
        where << u"a.date >= "_s + date;
        values << f.from.toString(Qt::ISODate);
    }
    if (f.to.isValid()) {
        where << u"a.date <= "_s + date;
        values << f.to.toString(Qt::ISODate);
    }
    // The same day of any year: only articles dated to the day (their own date line, or a page
    // dated to the day), never a month or a year taken for its first day.
    if (!f.sameDay.isEmpty()) {
        where << dialect.monthDay + u" = ? AND (a.date_source = 'date line' OR a.page_id IN "
                                    u"(SELECT id FROM pages WHERE date_precision = 'day'))"_s;
        values << f.sameDay;
    }
    for (const auto &[column, value] : {std::pair{u"a.association"_s, f.association},
                                        std::pair{u"a.section"_s, f.section},
                                        std::pair{u"a.newspaper"_s, f.newspaper}}) {
        if (!value.isEmpty()) {
            where << column + u" = ?"_s;
            values << value;
        }
    }
}

QList<int> placeCodes(const parse::Article &a)
{
    QList<int> codes;
    for (const QString &m : a.mentions)
        codes.append(m.toInt());
    return codes;
}

const QStringList &pageColumns()
{
    static const QStringList columns{
        u"source"_s,         u"file_name"_s,     u"content_hash"_s, u"encoding"_s,       u"newspaper"_s,
        u"page_label"_s,     u"edition"_s,       u"date"_s,         u"date_precision"_s, u"date_source"_s,
        u"date_evidence"_s,  u"section"_s,       u"home_province"_s, u"sponsors"_s,      u"original_text"_s,
        u"imported_at"_s,    u"parser_version"_s, u"page_lines"_s};
    return columns;
}

QVariantList pageValues(const PageRecord &r)
{
    const parse::Page &page = *r.page;
    return {r.source, QFileInfo(r.source).fileName(), r.contentHash, page.encoding, textOrNull(r.newspaper),
            textOrNull(r.pageLabel), textOrNull(r.edition), isoDateOrNull(r.date.date),
            textOrNull(r.date.precision), textOrNull(r.date.source), textOrNull(r.date.evidence),
            textOrNull(page.section()),
            page.homeProvince.isEmpty() ? QVariant(QMetaType::fromType<int>()) : QVariant(page.homeProvince.toInt()),
            jsonStrings(page.sponsors), page.originalText, QDateTime::currentDateTimeUtc().toString(Qt::ISODate),
            parse::ParserVersion, pageLinesJson(page)};
}

QVariantList reparsedPageValues(const parse::Page &page)
{
    return {parse::ParserVersion, textOrNull(page.section()), jsonStrings(page.sponsors), pageLinesJson(page)};
}

ReparsePlan planReparse(const QList<ArticleBefore> &before, const parse::Page &page)
{
    // What makes an article the same one after reading its page again: its headline and its text.
    const auto sameText = [](const QString &title, bool titleDerived, const QString &body) {
        return (titleDerived ? QString() : title) + u'\x1f' + body;
    };
    QMultiHash<QString, const ArticleBefore *> waiting;
    for (const ArticleBefore &b : before)
        waiting.insert(sameText(b.title, b.titleDerived, b.body), &b);
    ReparsePlan plan;
    for (qsizetype i = 0; i < page.articles.size(); ++i) {
        const parse::Article &a = page.articles[i];
        const auto kept = waiting.find(sameText(a.title, a.titleDerived, a.body));
        if (kept == waiting.end()) {
            plan.added.append(i);
            continue;
        }
        plan.kept.append({kept.value()->id, i});
        if (kept.value()->region != (a.regionCode.isEmpty() ? -1 : a.regionCode.toInt()))
            ++plan.counts.moved;
        waiting.erase(kept);
    }
    for (const ArticleBefore *b : std::as_const(waiting))
        plan.removed.append(b->id);
    std::sort(plan.removed.begin(), plan.removed.end());
    plan.counts.kept = plan.kept.size();
    plan.counts.removed = plan.removed.size();
    plan.counts.added = plan.added.size();
    return plan;
}

PageRecord recordOf(const StoredPage &stored)
{
    PageRecord record;
    record.source = stored.source;
    record.newspaper = stored.newspaper;
    record.date = stored.date;
    return record;
}

// An article its own date line dated is dated to the day by it; the others by their page.
const QString &summaryColumns()
{
    static const QString columns =
        u"a.id, a.kicker, a.title, a.place_line, a.date, "
        "CASE WHEN a.date_source IS NULL THEN p.date_precision ELSE 'day' END, coalesce(a.date_source, p.date_source), "
        "a.region, a.association, a.credit, a.section, a.newspaper, a.body, p.date_evidence"_s;
    return columns;
}

ArticleSummary readSummary(const QSqlQuery &q)
{
    ArticleSummary s;
    s.id = q.value(0).toLongLong();
    s.kicker = q.value(1).toString();
    s.title = q.value(2).toString();
    s.placeLine = q.value(3).toString();
    s.date = pageDate(q.value(4), q.value(5), q.value(6));
    s.region = q.value(7).isNull() ? -1 : q.value(7).toInt();
    s.association = q.value(8).toString();
    s.credit = q.value(9).toString();
    s.section = q.value(10).toString();
    s.newspaper = q.value(11).toString();
    if (s.date.inferred())
        s.date.evidence = q.value(13).toString();
    return s;
}

const QString &articleDetailColumns()
{
    static const QString columns =
        u"a.page_id, a.position, a.subtitle, a.lead, a.paragraphs, a.captions, p.source, p.page_label, "
        "p.edition, p.home_province, a.byline, a.title_derived, a.confidence, p.parser_version"_s;
    return columns;
}

StoredArticle readStoredArticle(const QSqlQuery &q)
{
    StoredArticle a;
    static_cast<ArticleSummary &>(a) = readSummary(q);
    a.body = q.value(12).toString();
    a.pageId = q.value(14).toLongLong();
    a.position = q.value(15).toInt();
    a.subtitle = q.value(16).toString();
    a.lead = q.value(17).toString();
    for (const auto &v : QJsonDocument::fromJson(q.value(18).toString().toUtf8()).array())
        a.paragraphs.append(v.toString());
    for (const auto &v : QJsonDocument::fromJson(q.value(19).toString().toUtf8()).array())
        a.captions.append({v[u"text"_s].toString(), v[u"photoCredit"_s].toString()});
    a.source = q.value(20).toString();
    a.pageLabel = q.value(21).toString();
    a.edition = q.value(22).toString();
    a.homeProvince = q.value(23).toInt();
    a.byline = q.value(24).toString();
    a.titleDerived = q.value(25).toBool();
    a.confidence = q.value(26).isNull() ? 1.0 : q.value(26).toDouble();
    a.parserVersion = q.value(27).toInt();
    return a;
}

const QString &storedPageColumns()
{
    static const QString columns = u"source, original_text, home_province, newspaper, date, date_precision, "
                                   "date_source, date_evidence, parser_version"_s;
    return columns;
}

StoredPage readStoredPage(qint64 id, const QSqlQuery &q)
{
    StoredPage p;
    p.id = id;
    p.source = q.value(0).toString();
    p.originalText = q.value(1).toString();
    p.homeProvince = q.value(2).isNull() ? QString() : q.value(2).toString();
    p.newspaper = q.value(3).toString();
    p.date = pageDate(q.value(4), q.value(5), q.value(6));
    p.date.evidence = q.value(7).toString();
    p.parserVersion = q.value(8).toInt();
    return p;
}

QString scopeTerms(int region, const QDate &date)
{
    QStringList terms;
    if (region > 0)
        terms << u"r%1"_s.arg(region / 10000 * 10000) << u"r%1"_s.arg(region / 100 * 100) << u"r%1"_s.arg(region);
    if (date.isValid())
        terms << u"y%1"_s.arg(date.year());
    return terms.join(u' ');
}

namespace {

// A value as both databases take it: dates and times as ISO text, the one flag as a bool.
QVariant portable(const QString &column, const QVariant &v)
{
    if (v.isNull())
        return v;
    if (column == u"date")
        return v.toString().left(10);
    if (column == u"imported_at")
        return v.typeId() == QMetaType::QDateTime ? QVariant(v.toDateTime().toUTC().toString(Qt::ISODate)) : v;
    if (column == u"title_derived")
        return v.toBool();
    return v;
}

} // namespace

std::optional<StoredArticle> readArticle(const QSqlDatabase &db, qint64 id, QSqlError *error)
{
    QSqlQuery q(db);
    q.prepare(u"SELECT "_s + summaryColumns() + u", "_s + articleDetailColumns() +
              u" FROM articles a JOIN pages p ON p.id = a.page_id WHERE a.id = ?"_s);
    q.addBindValue(id);
    if (!q.exec()) {
        *error = q.lastError();
        return std::nullopt;
    }
    if (!q.next())
        return std::nullopt;
    StoredArticle a = readStoredArticle(q);
    q.prepare(u"SELECT code FROM article_places WHERE article_id = ? ORDER BY position"_s);
    q.addBindValue(id);
    if (!q.exec())
        *error = q.lastError();
    while (q.next())
        a.mentions.append(q.value(0).toInt());
    return a;
}

std::optional<StoredPage> readPage(const QSqlDatabase &db, qint64 pageId, QSqlError *error)
{
    QSqlQuery q(db);
    q.prepare(u"SELECT "_s + storedPageColumns() + u" FROM pages WHERE id = ?"_s);
    q.addBindValue(pageId);
    if (!q.exec()) {
        *error = q.lastError();
        return std::nullopt;
    }
    if (!q.next())
        return std::nullopt;
    return readStoredPage(pageId, q);
}

std::optional<PageCopy> readPageCopy(const QSqlDatabase &db, qint64 pageId, QSqlError *error)
{
    QSqlQuery q(db);
    q.setForwardOnly(true);
    const auto failed = [&] {
        *error = q.lastError();
        return std::nullopt;
    };
    PageCopy copy;
    q.prepare(u"SELECT "_s + pageColumns().join(u", "_s) + u" FROM pages WHERE id = ?"_s);
    q.addBindValue(pageId);
    if (!q.exec())
        return failed();
    if (!q.next())
        return std::nullopt;
    for (qsizetype i = 0; i < pageColumns().size(); ++i)
        copy.page.append(portable(pageColumns()[i], q.value(int(i))));
    q.prepare(u"SELECT id, "_s + articleColumns().join(u", "_s) + u" FROM articles WHERE page_id = ? ORDER BY id"_s);
    q.addBindValue(pageId);
    if (!q.exec())
        return failed();
    QList<qint64> ids;
    while (q.next()) {
        ids.append(q.value(0).toLongLong());
        QVariantList values;
        for (qsizetype i = 0; i < articleColumns().size(); ++i)
            values.append(portable(articleColumns()[i], q.value(int(i + 1))));
        copy.articles.append(values);
    }
    for (const qint64 id : std::as_const(ids)) {
        q.prepare(u"SELECT code FROM article_places WHERE article_id = ? ORDER BY position"_s);
        q.addBindValue(id);
        if (!q.exec())
            return failed();
        QList<int> codes;
        while (q.next())
            codes.append(q.value(0).toInt());
        copy.places.append(codes);
    }
    return copy;
}

std::optional<QHash<QString, PageFingerprint>> readFingerprints(const QSqlDatabase &db, QSqlError *error)
{
    QSqlQuery q(db);
    q.setForwardOnly(true);
    if (!q.exec(u"SELECT p.source, p.content_hash, (SELECT count(*) FROM articles a WHERE a.page_id = p.id) "
                "FROM pages p"_s)) {
        *error = q.lastError();
        return std::nullopt;
    }
    QHash<QString, PageFingerprint> prints;
    while (q.next())
        prints.insert(q.value(0).toString(), {q.value(1).toString(), q.value(2).toLongLong()});
    return prints;
}

std::optional<QList<qint64>> readPageIds(const QSqlDatabase &db, QSqlError *error)
{
    QSqlQuery q(db);
    q.setForwardOnly(true);
    if (!q.exec(u"SELECT id FROM pages ORDER BY id"_s)) {
        *error = q.lastError();
        return std::nullopt;
    }
    QList<qint64> ids;
    while (q.next())
        ids.append(q.value(0).toLongLong());
    return ids;
}

} // namespace fangzhi::store
