#include "article_formats.h"

#include "citation.h"
#include "geo/gazetteer.h"
#include "store/page_date_text.h"

#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>
#include <QSaveFile>

using namespace Qt::Literals::StringLiterals;

namespace fangzhi::exporting {
namespace {

QString regionPath(const store::StoredArticle &a)
{
    return a.region >= 0 ? geo::Gazetteer::bundled().pathNames(a.region).join(u" › "_s) : QString();
}

QString flat(QString text) // one line: RIS and CSV readers differ on line breaks inside values
{
    return text.replace(u"\r\n"_s, u" "_s).replace(u'\n', u' ').replace(u'\r', u' ').trimmed();
}

QString csvField(const QString &value)
{
    if (!value.contains(u',') && !value.contains(u'"') && !value.contains(u'\n') && !value.contains(u'\r'))
        return value;
    QString quoted = value;
    return u'"' + quoted.replace(u"\""_s, u"\"\""_s) + u'"';
}

QString markdownText(const QString &text) // page text never becomes markup
{
    static const QString special = u"\\`*_[]<>#|~"_s;
    QString out;
    out.reserve(text.size() + 8);
    bool lineStart = true;
    for (qsizetype i = 0; i < text.size(); ++i) {
        const QChar c = text[i];
        if (special.contains(c))
            out += u'\\';
        // A line that would open a list: "- x", "+ x", "1. x", "1) x".
        if (lineStart && (c == u'-' || c == u'+') && i + 1 < text.size() && text[i + 1].isSpace())
            out += u'\\';
        if (lineStart && c.isDigit()) {
            qsizetype j = i;
            while (j < text.size() && text[j].isDigit())
                ++j;
            if (j + 1 < text.size() && (text[j] == u'.' || text[j] == u')') && text[j + 1].isSpace()) {
                out += text.mid(i, j - i) + u'\\';
                i = j - 1;
                lineStart = false;
                continue;
            }
        }
        out += c;
        lineStart = c == u'\n' || (lineStart && c.isSpace());
    }
    return out;
}

} // namespace

std::optional<Format> formatNamed(const QString &name)
{
    const QString n = name.toLower();
    if (n == u"csv")
        return Format::Csv;
    if (n == u"ris")
        return Format::Ris;
    if (n == u"csl-json" || n == u"csljson" || n == u"json")
        return Format::CslJson;
    if (n == u"md" || n == u"markdown")
        return Format::Markdown;
    return std::nullopt;
}

QString extensionOf(Format format)
{
    switch (format) {
    case Format::Csv: return u"csv"_s;
    case Format::Ris: return u"ris"_s;
    case Format::CslJson: return u"json"_s;
    case Format::Markdown: return u"md"_s;
    }
    return {};
}

QByteArray csv(const QList<store::StoredArticle> &articles)
{
    const QStringList header = {u"id"_s,        u"title"_s,     u"kicker"_s,     u"subtitle"_s,   u"authors"_s,
                                u"byline"_s,    u"newspaper"_s, u"date"_s,       u"date_precision"_s,
                                u"date_inferred"_s, u"page"_s,  u"edition"_s,    u"section"_s,    u"region_code"_s,
                                u"region"_s,    u"association"_s, u"credit"_s,   u"places_named"_s, u"source"_s,
                                u"text"_s,      u"citation"_s};
    QString out = header.join(u',') + u"\r\n"_s;
    for (const auto &a : articles) {
        QStringList places;
        for (int code : a.mentions)
            if (const auto *d = geo::Gazetteer::bundled().find(code))
                places << d->name;
        const QStringList row = {QString::number(a.id),
                                 a.title,
                                 a.kicker,
                                 a.subtitle,
                                 articleAuthors(a).join(u"; "_s),
                                 a.byline,
                                 a.newspaper,
                                 store::dateText(a.date, store::DateWords::Bare),
                                 a.date.isValid() ? a.date.precision : QString(),
                                 a.date.isValid() ? (a.date.inferred() ? u"yes"_s : u"no"_s) : QString(),
                                 a.pageLabel,
                                 a.edition,
                                 a.section,
                                 a.region >= 0 ? QString::number(a.region) : QString(),
                                 regionPath(a),
                                 a.association,
                                 a.credit,
                                 places.join(u"、"_s),
                                 a.source,
                                 a.body,
                                 citation(a)};
        QStringList fields;
        for (const QString &f : row)
            fields << csvField(f);
        out += fields.join(u',') + u"\r\n"_s;
    }
    return "\xEF\xBB\xBF" + out.toUtf8();
}

QByteArray ris(const QList<store::StoredArticle> &articles)
{
    QString out;
    const auto tag = [&out](const char *name, const QString &value) {
        if (!value.trimmed().isEmpty())
            out += QLatin1StringView(name) + u"  - "_s + flat(value) + u"\r\n"_s;
    };
    for (const auto &a : articles) {
        tag("TY", u"NEWS"_s);
        tag("TI", a.title);
        for (const QString &author : articleAuthors(a))
            tag("AU", author);
        tag("T2", a.newspaper);
        if (a.date.isValid()) {
            tag("PY", QString::number(a.date.date.year()));
            // RIS dates are YYYY/MM/DD/ with the unknown parts left empty.
            const QDate d = a.date.date;
            tag("DA", a.date.precision == u"year"    ? u"%1///"_s.arg(d.year())
                      : a.date.precision == u"month" ? u"%1/%2//"_s.arg(d.year()).arg(d.month(), 2, 10, QChar(u'0'))
                                                     : d.toString(u"yyyy/MM/dd/"_s));
        }
        tag("SP", a.pageLabel);
        tag("SE", a.section);
        tag("CY", regionPath(a));
        tag("KW", a.association);
        tag("AB", a.body);
        QStringList notes;
        if (a.date.inferred())
            notes << u"Date inferred from the page's text: "_s + a.date.evidence;
        if (!a.credit.isEmpty())
            notes << u"Credit: "_s + a.credit;
        notes << u"Source: "_s + a.source;
        tag("N1", notes.join(u" | "_s));
        tag("LA", u"zh-CN"_s);
        tag("ID", u"fangzhi-%1"_s.arg(a.id));
        out += u"ER  - \r\n\r\n"_s;
    }
    return out.toUtf8();
}

QByteArray cslJson(const QList<store::StoredArticle> &articles)
{
    QJsonArray items;
    for (const auto &a : articles) {
        QJsonObject item{{u"id"_s, u"fangzhi-%1"_s.arg(a.id)}, {u"type"_s, u"article-newspaper"_s},
                         {u"title"_s, a.title}, {u"language"_s, u"zh-CN"_s}};
        QJsonArray authors;
        for (const QString &author : articleAuthors(a))
            authors.append(QJsonObject{{u"literal"_s, author}});
        if (!authors.isEmpty())
            item[u"author"_s] = authors;
        if (!a.newspaper.isEmpty())
            item[u"container-title"_s] = a.newspaper;
        if (a.date.isValid()) {
            QJsonArray parts{a.date.date.year()};
            if (a.date.precision != u"year")
                parts.append(a.date.date.month());
            if (a.date.precision == u"day")
                parts.append(a.date.date.day());
            QJsonArray dates; // [[2024, 8]]: appended, as a braced QJsonArray{parts} may copy parts instead
            dates.append(parts);
            QJsonObject issued{{u"date-parts"_s, dates}};
            if (a.date.inferred())
                issued[u"circa"_s] = true;
            item[u"issued"_s] = issued;
        }
        if (!a.pageLabel.isEmpty())
            item[u"page"_s] = a.pageLabel;
        if (!a.section.isEmpty())
            item[u"section"_s] = a.section;
        if (a.region >= 0)
            item[u"event-place"_s] = regionPath(a);
        if (!a.body.isEmpty())
            item[u"abstract"_s] = a.body;
        QStringList notes;
        if (!a.association.isEmpty())
            notes << a.association;
        if (!a.credit.isEmpty())
            notes << u"Credit: "_s + a.credit;
        if (a.date.inferred())
            notes << u"Date inferred from the page's text: "_s + a.date.evidence;
        notes << u"Source: "_s + a.source;
        item[u"note"_s] = notes.join(u"\n"_s);
        items.append(item);
    }
    return QJsonDocument(items).toJson(QJsonDocument::Indented);
}

QByteArray markdown(const QList<store::StoredArticle> &articles)
{
    QString out;
    for (const auto &a : articles) {
        if (!out.isEmpty())
            out += u"\n---\n\n"_s;
        out += u"## "_s + markdownText(flat(a.title.isEmpty() ? u"[无题]"_s : a.title)) + u"\n\n"_s;
        out += u"> "_s + markdownText(flat(citation(a))) + u"\n\n"_s;
        QStringList where;
        if (const QString region = regionPath(a); !region.isEmpty())
            where << region;
        if (!a.association.isEmpty())
            where << a.association;
        if (!where.isEmpty())
            out += u"*"_s + markdownText(where.join(u" · "_s)) + u"*\n\n"_s;
        for (const QString &p : a.body.split(u'\n', Qt::SkipEmptyParts))
            out += markdownText(p.trimmed()) + u"\n\n"_s;
    }
    return out.toUtf8();
}

QByteArray write(Format format, const QList<store::StoredArticle> &articles)
{
    switch (format) {
    case Format::Csv: return csv(articles);
    case Format::Ris: return ris(articles);
    case Format::CslJson: return cslJson(articles);
    case Format::Markdown: return markdown(articles);
    }
    return {};
}

QString fileNameFor(const store::StoredArticle &a, Format format)
{
    QString title = flat(a.title.isEmpty() ? u"无题"_s : a.title);
    static const QRegularExpression refused(u"[/\\\\:*?\"<>|\\x00-\\x1f]"_s);
    title.replace(refused, u"_"_s);
    if (title.size() > 40)
        title = title.left(40).trimmed() + u'…';
    const QString date = store::dateText(a.date, store::DateWords::Bare);
    return (date.isEmpty() ? QString() : date + u' ') + title + u" (%1)."_s.arg(a.id) + extensionOf(format);
}

QString writeArticles(Format format, const QList<store::StoredArticle> &articles, const QString &path,
                      bool onePerArticle, int *filesWritten)
{
    const auto save = [](const QString &file, const QByteArray &bytes) -> QString {
        QSaveFile out(file);
        if (!out.open(QIODevice::WriteOnly))
            return QCoreApplication::translate("ArticleExport", "%1 cannot be written: %2").arg(file, out.errorString());
        if (out.write(bytes) != bytes.size() || !out.commit())
            return QCoreApplication::translate("ArticleExport", "%1 could not be written whole (is the disk full?)")
                .arg(file);
        return {};
    };
    int written = 0;
    QString error;
    if (!onePerArticle) {
        error = save(path, write(format, articles));
        written = error.isEmpty() ? 1 : 0;
    } else if (!QDir().mkpath(path)) {
        error = QCoreApplication::translate("ArticleExport", "the folder %1 cannot be made").arg(path);
    } else {
        for (const auto &a : articles) {
            error = save(QDir(path).filePath(fileNameFor(a, format)), write(format, {a}));
            if (!error.isEmpty())
                break;
            ++written;
        }
    }
    if (filesWritten)
        *filesWritten = written;
    return error;
}

} // namespace fangzhi::exporting
