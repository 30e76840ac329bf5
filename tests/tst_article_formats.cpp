// Articles written as CSV, RIS, CSL-JSON and Markdown, each read back by a parser of its format
// and checked field by field: Chinese intact, nothing invented, page text never markup.
#include "archive_fixture.h"
#include "export/article_formats.h"
#include "export/citation.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::Literals::StringLiterals;
using namespace fangzhi;

namespace {

// RFC 4180: fields separated by commas, quoted when they hold commas, quotes or line breaks,
// quotes doubled inside; records end with CRLF.
QList<QStringList> readCsv(const QString &text)
{
    QList<QStringList> rows;
    QStringList row;
    QString field;
    bool quoted = false;
    for (qsizetype i = 0; i < text.size(); ++i) {
        const QChar c = text[i];
        if (quoted) {
            if (c == u'"' && i + 1 < text.size() && text[i + 1] == u'"')
                field += u'"', ++i;
            else if (c == u'"')
                quoted = false;
            else
                field += c;
        } else if (c == u'"') {
            quoted = true;
        } else if (c == u',') {
            row << std::exchange(field, QString());
        } else if (c == u'\r' && i + 1 < text.size() && text[i + 1] == u'\n') {
            row << std::exchange(field, QString());
            rows << std::exchange(row, QStringList());
            ++i;
        } else {
            field += c;
        }
    }
    return rows;
}

// RIS: "XX  - value" lines, records from TY to ER.
QList<QMultiHash<QString, QString>> readRis(const QString &text, QString *problem)
{
    QList<QMultiHash<QString, QString>> records;
    QMultiHash<QString, QString> record;
    bool open = false;
    static const QRegularExpression line(u"^([A-Z][A-Z0-9])  - ?(.*)$"_s);
    for (const QString &l : text.split(u"\r\n"_s)) {
        if (l.isEmpty())
            continue;
        const auto m = line.match(l);
        if (!m.hasMatch()) {
            *problem = u"not a RIS line: "_s + l;
            return {};
        }
        const QString tag = m.captured(1), value = m.captured(2);
        if (tag == u"TY") {
            if (open)
                *problem = u"TY inside a record"_s;
            open = true;
        } else if (!open) {
            *problem = u"a tag outside a record: "_s + tag;
        }
        if (tag == u"ER") {
            records << std::exchange(record, {});
            open = false;
        } else {
            record.insert(tag, value);
        }
    }
    if (open)
        *problem = u"a record without ER"_s;
    return records;
}

} // namespace

class TestArticleFormats : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void csvReadsBackWithChineseIntact();
    void risReadsBackFieldByField();
    void cslJsonReadsBackFieldByField();
    void markdownKeepsPageTextPlain();
    void onePerArticleWithSensibleNames();
    void citationsNameWritersOnly();

private:
    test::SeededArchive m_seeded;
    QList<store::StoredArticle> m_articles;
};

void TestArticleFormats::initTestCase()
{
    for (const auto &summary : m_seeded.archive->search({}, 0, 100).articles)
        m_articles << *m_seeded.archive->article(summary.id);
    QCOMPARE(m_articles.size(), 37);
    // An article with everything a format must take care of.
    store::StoredArticle hard = m_articles.first();
    hard.id = 9999;
    hard.title = u"标题, \"引号\"\n与换行 # *星* [链接](x)"_s;
    hard.body = u"第一段，含逗号, 和 \"引号\"。\n- 像列表的一行\n1. 像编号\n<b>标签</b> `代码` _下划线_"_s;
    hard.byline = u"■本报记者 王小明 通讯员 李华"_s;
    hard.newspaper = u"达州日报"_s;
    hard.pageLabel = u"A3"_s;
    hard.date = {QDate(2024, 8, 16), u"day"_s, u"manifest"_s, {}};
    m_articles << hard;
}

void TestArticleFormats::csvReadsBackWithChineseIntact()
{
    const QByteArray bytes = exporting::csv(m_articles);
    QVERIFY(bytes.startsWith("\xEF\xBB\xBF")); // spreadsheet programs read it as UTF-8
    const QList<QStringList> rows = readCsv(QString::fromUtf8(bytes.mid(3)));
    QCOMPARE(rows.size(), m_articles.size() + 1);
    const QStringList header = rows.first();
    for (qsizetype r = 1; r < rows.size(); ++r) {
        QCOMPARE(rows[r].size(), header.size());
        const store::StoredArticle &a = m_articles[r - 1];
        const auto field = [&](const QString &name) { return rows[r][header.indexOf(name)]; };
        QCOMPARE(field(u"id"_s), QString::number(a.id));
        QCOMPARE(field(u"title"_s), a.title);
        QCOMPARE(field(u"text"_s), a.body);
        QCOMPARE(field(u"citation"_s), exporting::citation(a));
        QCOMPARE(field(u"association"_s), a.association);
        QCOMPARE(field(u"region_code"_s), a.region >= 0 ? QString::number(a.region) : QString());
        QCOMPARE(field(u"date_inferred"_s), a.date.inferred() ? u"yes"_s : u"no"_s);
    }
    QCOMPARE(rows.last()[header.indexOf(u"authors"_s)], u"王小明; 李华"_s);
    QCOMPARE(rows.last()[header.indexOf(u"date"_s)], u"2024-08-16"_s);
}

void TestArticleFormats::risReadsBackFieldByField()
{
    QString problem;
    const auto records = readRis(QString::fromUtf8(exporting::ris(m_articles)), &problem);
    QVERIFY2(problem.isEmpty(), qPrintable(problem));
    QCOMPARE(records.size(), m_articles.size());
    static const QRegularExpression risDate(u"^\\d{4}/(\\d{2})?/(\\d{2})?/$"_s);
    for (qsizetype i = 0; i < records.size(); ++i) {
        const auto &r = records[i];
        const store::StoredArticle &a = m_articles[i];
        QCOMPARE(r.value(u"TY"_s), u"NEWS"_s);
        QCOMPARE(r.value(u"TI"_s), QString(a.title).replace(u'\n', u' '));
        QCOMPARE(r.value(u"ID"_s), u"fangzhi-%1"_s.arg(a.id));
        QStringList authors = r.values(u"AU"_s);
        std::reverse(authors.begin(), authors.end()); // QMultiHash gives the last inserted first
        QCOMPARE(authors, exporting::articleAuthors(a));
        QVERIFY(risDate.match(r.value(u"DA"_s)).hasMatch());
        QCOMPARE(r.value(u"PY"_s), QString::number(a.date.date.year()));
        if (a.date.precision == u"month")
            QVERIFY(r.value(u"DA"_s).endsWith(u"//"_s));
        QCOMPARE(r.value(u"SP"_s), a.pageLabel);
        QCOMPARE(r.value(u"KW"_s), a.association);
    }
    QCOMPARE(records.last().value(u"T2"_s), u"达州日报"_s);
    QCOMPARE(records.last().value(u"DA"_s), u"2024/08/16/"_s);
}

void TestArticleFormats::cslJsonReadsBackFieldByField()
{
    QJsonParseError error;
    const QJsonDocument doc = QJsonDocument::fromJson(exporting::cslJson(m_articles), &error);
    QCOMPARE(error.error, QJsonParseError::NoError);
    QVERIFY(doc.isArray());
    const QJsonArray items = doc.array();
    QCOMPARE(items.size(), m_articles.size());
    QSet<QString> ids;
    for (qsizetype i = 0; i < items.size(); ++i) {
        const QJsonObject item = items[i].toObject();
        const store::StoredArticle &a = m_articles[i];
        ids.insert(item[u"id"_s].toString());
        QCOMPARE(item[u"type"_s].toString(), u"article-newspaper"_s); // a CSL 1.0 item type
        QCOMPARE(item[u"title"_s].toString(), a.title);
        // Dates only as precise as known: [[year]], [[year, month]] or [[year, month, day]].
        const QJsonArray parts = item[u"issued"_s][u"date-parts"_s].toArray().first().toArray();
        QCOMPARE(parts.size(), a.date.precision == u"year" ? 1 : a.date.precision == u"month" ? 2 : 3);
        QCOMPARE(parts[0].toInt(), a.date.date.year());
        QCOMPARE(item[u"issued"_s][u"circa"_s].toBool(), a.date.inferred());
        QStringList authors;
        for (const auto author : item[u"author"_s].toArray())
            authors << author[u"literal"_s].toString();
        QCOMPARE(authors, exporting::articleAuthors(a));
        if (!a.pageLabel.isEmpty())
            QCOMPARE(item[u"page"_s].toString(), a.pageLabel);
    }
    QCOMPARE(ids.size(), items.size());
    QCOMPARE(items.last()[u"container-title"_s].toString(), u"达州日报"_s);
}

void TestArticleFormats::markdownKeepsPageTextPlain()
{
    const QString md = QString::fromUtf8(exporting::markdown({m_articles.last()}));
    QVERIFY(md.startsWith(u"## "_s));
    QVERIFY2(md.contains(u"> 王小明, 李华. "_s), qPrintable(md));
    // Nothing of the page's text turns into a heading, a list, a link, emphasis, code or HTML.
    QVERIFY2(md.contains(u"\\# \\*星\\* \\[链接\\](x)"_s), qPrintable(md));
    QVERIFY2(md.contains(u"\n\\- 像列表的一行"_s) && md.contains(u"\n1\\. 像编号"_s), qPrintable(md));
    QVERIFY(md.contains(u"\\<b\\>标签\\</b\\> \\`代码\\` \\_下划线\\_"_s));
}

void TestArticleFormats::onePerArticleWithSensibleNames()
{
    QTemporaryDir dir;
    int files = 0;
    const QString folder = dir.filePath(u"articles"_s);
    QCOMPARE(exporting::writeArticles(exporting::Format::Markdown, m_articles, folder, true, &files), QString());
    QCOMPARE(files, m_articles.size());
    const QStringList names = QDir(folder).entryList(QDir::Files);
    QCOMPARE(names.size(), m_articles.size()); // no two articles share a name
    QVERIFY(names.contains(u"2024-08-16 标题, _引号_ 与换行 # _星_ [链接](x) (9999).md"_s));
    // A file that cannot be written is said, not skipped.
    QFile blocker(dir.filePath(u"blocked"_s));
    QVERIFY(blocker.open(QIODevice::WriteOnly));
    blocker.close();
    const QString error = exporting::writeArticles(exporting::Format::Csv, m_articles, dir.filePath(u"blocked/x.csv"_s), false);
    QVERIFY2(error.contains(u"blocked/x.csv"_s) && error.contains(u"cannot be written"_s), qPrintable(error));
}

void TestArticleFormats::citationsNameWritersOnly()
{
    store::StoredArticle a;
    a.title = u"科普进校园"_s;
    a.credit = u"本栏目组稿:齐雯 余敏 本报记者 杨永忠"_s; // the column's editors are not its writers
    QCOMPARE(exporting::articleAuthors(a), QStringList{u"杨永忠"_s});
    a.credit = u"青白江区科协供稿"_s; // supplied by: no author
    QCOMPARE(exporting::articleAuthors(a), QStringList());
    QCOMPARE(exporting::citation(a), u"科普进校园[N]."_s);
}

QTEST_GUILESS_MAIN(TestArticleFormats)
#include "tst_article_formats.moc"
