// fangzhi-cli as scripts use it: JSON on stdout, reasons on stderr, exit 0/1/2.
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::Literals::StringLiterals;

namespace {

struct Run
{
    int exitCode = -1;
    QByteArray out;
    QString err;
};

Run cli(const QStringList &args)
{
    QProcess p;
    p.start(QStringLiteral(FANGZHI_CLI), args);
    if (!p.waitForFinished(60000))
        qFatal("fangzhi-cli did not finish");
    return {p.exitCode(), p.readAllStandardOutput(), QString::fromUtf8(p.readAllStandardError())};
}

QString seed(const char *name)
{
    return QStringLiteral(FANGZHI_SEEDS_DIR) + u'/' + QString::fromLatin1(name);
}

} // namespace

class TestCli : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void parsePrintsTheContractJson();
    void parseTakesFoldersAndHome();
    void badFileIsNamedAndTheRestStillParse();
    void parseReadsPlacesAtTheDateAndByThePaper();
    void resolvePrintsOneLinePerText();
    void resolveReadsStandardInput();
    void exportsSelectedArticlesToPdf();
    void aKilledExportLeavesTheFileThatWasThere();
    void exportsForOtherPrograms();
    void readingNeverCreatesAnArchive();
    void helpAndVersion();
    void badUsageExitsTwo_data();
    void badUsageExitsTwo();
};

void TestCli::parsePrintsTheContractJson()
{
    const Run r = cli({u"parse"_s, seed("000_e94dbefa3c4468c5.txt"), u"--json"_s});
    QCOMPARE(r.exitCode, 0);
    QJsonParseError error;
    const QJsonObject doc = QJsonDocument::fromJson(r.out, &error).object();
    QCOMPARE(error.error, QJsonParseError::NoError);
    const QJsonArray pages = doc[u"pages"_s].toArray();
    QCOMPARE(pages.size(), 1);
    const QJsonObject page = pages[0].toObject();
    QVERIFY(page[u"file"_s].toString().endsWith(u"000_e94dbefa3c4468c5.txt"_s));
    QCOMPARE(page[u"section"_s].toString(), u"科协动态"_s);
    QCOMPARE(page[u"sponsors"_s].toArray().size(), 21);
    QVERIFY(page[u"date"_s].isNull());
    const QJsonArray articles = page[u"articles"_s].toArray();
    QCOMPARE(articles.size(), 8);
    const QJsonObject liangshan = articles[2].toObject();
    QCOMPARE(liangshan[u"title"_s].toString(), u"全省科协系统 扎实推进党史学习教育"_s);
    QCOMPARE(liangshan[u"placeLine"_s].toString(), u"凉山州"_s);
    QVERIFY(liangshan[u"body"_s].toString().contains(u"习近平总书记“七一”"_s));
    QCOMPARE(liangshan[u"credit"_s].toString(), u"本栏目组稿:齐雯 余敏 本报记者 杨永忠"_s);
    const QJsonObject region = liangshan[u"region"_s].toObject();
    QCOMPARE(region[u"code"_s].toString(), u"513400"_s);
    QCOMPARE(region[u"path"_s].toArray(), (QJsonArray{u"四川省"_s, u"凉山彝族自治州"_s}));
    QCOMPARE(liangshan[u"association"_s].toString(), u"凉山州科协"_s);
    QVERIFY(liangshan[u"mentions"_s].toArray().contains(u"513400"_s));
    QCOMPARE(page[u"homeProvince"_s].toString(), u"510000"_s); // inferred: a Sichuan paper
    QVERIFY(page[u"homeProvinceInferred"_s].toBool());
    for (const auto &key :
         {u"title"_s, u"body"_s, u"credit"_s, u"region"_s, u"association"_s, u"mentions"_s})
        QVERIFY2(liangshan.contains(key), qPrintable(key));
    QCOMPARE(articles[3].toObject()[u"credit"_s].toString(), u"资阳市科协"_s);
}

void TestCli::parseTakesFoldersAndHome()
{
    const Run r =
        cli({u"parse"_s, u"--home"_s, u"510000"_s, QStringLiteral(FANGZHI_SEEDS_DIR), u"--json"_s});
    QCOMPARE(r.exitCode, 0);
    const QJsonArray pages = QJsonDocument::fromJson(r.out).object()[u"pages"_s].toArray();
    QCOMPARE(pages.size(), 5);
    int articles = 0;
    for (const auto &p : pages) {
        articles += int(p.toObject()[u"articles"_s].toArray().size());
        QCOMPARE(p.toObject()[u"homeProvince"_s].toString(), u"510000"_s);
    }
    QCOMPARE(articles, 8 + 11 + 3 + 8 + 7);

    const Run summary = cli({u"parse"_s, seed("002_8555cece826b833e.txt")});
    QCOMPARE(summary.exitCode, 0);
    QVERIFY(QString::fromUtf8(summary.out).contains(u"3 articles"_s));
}

// A page of our own naming a city that changed: the date picks the division of the time, and
// the paper's name says whose 市科协 it is.
void TestCli::parseReadsPlacesAtTheDateAndByThePaper()
{
    QTemporaryDir dir;
    const QString page = dir.filePath(u"page.txt"_s);
    QFile f(page);
    QVERIFY(f.open(QIODevice::WriteOnly));
    f.write(u"临安市科协举办青少年科技节\n\n本报讯 临安市科协日前举办青少年科技节，三千余名学生参加。\n\n\n\n"
            "市科协召开全委会议\n\n本报讯 市科协日前召开全委会议，部署全年工作。\n"_s.toUtf8());
    f.close();
    const auto regions = [&](const QStringList &options) {
        const Run r = cli(QStringList{u"parse"_s, u"--json"_s, page} + options);
        QStringList codes;
        for (const auto &a : QJsonDocument::fromJson(r.out).object()[u"pages"_s][0][u"articles"_s].toArray())
            codes << a[u"region"_s][u"code"_s].toString();
        return codes;
    };
    // 临安市 was a county-level city of 杭州 from 1996 until 2017 (now 临安区).
    QCOMPARE(regions({u"--date"_s, u"2012"_s}), (QStringList{u"330185"_s, QString()}));
    QCOMPARE(regions({u"--date"_s, u"2012-05"_s, u"--newspaper"_s, u"杭州日报"_s}),
             (QStringList{u"330185"_s, u"330100"_s}));
    QCOMPARE(regions({u"--date"_s, u"2020"_s}).first(), u"330185"_s); // no 临安市 then: the nearest
    // A district renamed under the same code: its association as it was called then.
    QVERIFY(f.open(QIODevice::WriteOnly | QIODevice::Truncate));
    f.write(u"东郊区科协召开全委会议\n\n本报讯 东郊区科协日前召开全委会议。\n"_s.toUtf8());
    f.close();
    const Run renamed = cli({u"parse"_s, u"--json"_s, u"--date"_s, u"1985"_s, page});
    const QJsonValue article = QJsonDocument::fromJson(renamed.out).object()[u"pages"_s][0][u"articles"_s][0];
    QCOMPARE(article[u"region"_s][u"code"_s].toString(), u"120110"_s);
    QCOMPARE(article[u"association"_s].toString(), u"东郊区科协"_s);
    const Run bad = cli({u"parse"_s, u"--date"_s, u"spring"_s, page});
    QCOMPARE(bad.exitCode, 2);
    QVERIFY2(bad.err.contains(u"--date"_s), qPrintable(bad.err));
}

void TestCli::badFileIsNamedAndTheRestStillParse()
{
    QTemporaryDir dir;
    QFile empty(dir.filePath(u"empty.txt"_s));
    QVERIFY(empty.open(QIODevice::WriteOnly));
    empty.close();
    const Run r =
        cli({u"parse"_s, empty.fileName(), seed("002_8555cece826b833e.txt"), u"--json"_s});
    QCOMPARE(r.exitCode, 1);
    QVERIFY2(r.err.contains(empty.fileName() + u": the file is empty"_s), qPrintable(r.err));
    const QJsonObject doc = QJsonDocument::fromJson(r.out).object();
    QCOMPARE(doc[u"pages"_s].toArray().size(), 1);
    QCOMPARE(doc[u"errors"_s].toArray().first().toObject()[u"file"_s].toString(), empty.fileName());

    const Run missing = cli({u"parse"_s, dir.filePath(u"nope.txt"_s)});
    QCOMPARE(missing.exitCode, 1);
    QVERIFY(missing.err.contains(u"nope.txt: no such file or folder"_s));
}

void TestCli::resolvePrintsOneLinePerText()
{
    const Run r = cli({u"resolve"_s, u"--home"_s, u"510000"_s, u"成都市新都区桂湖街道"_s, u"省科协召开会议"_s,
                       u"朝阳区"_s});
    QCOMPARE(r.exitCode, 0);
    const QList<QByteArray> lines = r.out.trimmed().split('\n');
    QCOMPARE(lines.size(), 3);
    const QJsonObject xindu = QJsonDocument::fromJson(lines[0]).object();
    QCOMPARE(xindu[u"text"_s].toString(), u"成都市新都区桂湖街道"_s);
    QCOMPARE(xindu[u"region"_s].toObject()[u"code"_s].toString(), u"510114"_s);
    QCOMPARE(xindu[u"region"_s].toObject()[u"path"_s].toArray(),
             (QJsonArray{u"四川省"_s, u"成都市"_s, u"新都区"_s}));
    const QJsonObject province = QJsonDocument::fromJson(lines[1]).object();
    QCOMPARE(province[u"region"_s].toObject()[u"code"_s].toString(), u"510000"_s);
    QCOMPARE(province[u"association"_s].toString(), u"四川省科协"_s);
    const QJsonObject chaoyang = QJsonDocument::fromJson(lines[2]).object();
    QVERIFY(chaoyang[u"region"_s].isNull()); // ambiguous without context
    QVERIFY(chaoyang[u"mentions"_s].toArray()[0].toObject()[u"candidates"_s].toArray().size() >= 2);
}

void TestCli::resolveReadsStandardInput()
{
    QProcess p;
    p.start(QStringLiteral(FANGZHI_CLI), {u"resolve"_s, u"--date"_s, u"2009-05-01"_s});
    p.write(u"贵州省铜仁市\n吉林省朝阳区\n"_s.toUtf8());
    p.closeWriteChannel();
    QVERIFY(p.waitForFinished(60000));
    QCOMPARE(p.exitCode(), 0);
    const QList<QByteArray> lines = p.readAllStandardOutput().trimmed().split('\n');
    QCOMPARE(lines.size(), 2);
    // In 2009 铜仁市 was the county-level city of 铜仁地区 (522201) that is now 碧江区.
    QCOMPARE(QJsonDocument::fromJson(lines[0]).object()[u"region"_s].toObject()[u"code"_s].toString(), u"522201"_s);
    QCOMPARE(QJsonDocument::fromJson(lines[1]).object()[u"region"_s].toObject()[u"code"_s].toString(), u"220104"_s);
}

void TestCli::exportsSelectedArticlesToPdf()
{
    QTemporaryDir dir;
    const QString db = dir.filePath(u"a.fangzhi"_s);
    QCOMPARE(cli({u"import"_s, u"--db"_s, db, QStringLiteral(FANGZHI_SEEDS_DIR)}).exitCode, 0);
    const QJsonArray found =
        QJsonDocument::fromJson(cli({u"search"_s, u"--db"_s, db, u"--query"_s, u"青少年"_s, u"--json"_s}).out)
            .object()[u"articles"_s]
            .toArray();
    QVERIFY(found.size() >= 2);
    const QString first = found[0].toObject()[u"title"_s].toString(), second = found[1].toObject()[u"title"_s].toString();
    const QString pdf = dir.filePath(u"two.pdf"_s);
    const Run r = cli({u"export-pdf"_s, u"--db"_s, db, u"--out"_s, pdf, u"--ids"_s,
                       u"%1,%2"_s.arg(found[0].toObject()[u"id"_s].toInteger()).arg(found[1].toObject()[u"id"_s].toInteger())});
    QCOMPARE(r.exitCode, 0);
    QProcess text;
    text.start(u"pdftotext"_s, {pdf, u"-"_s});
    QVERIFY2(text.waitForFinished(30000), "pdftotext (poppler-utils) is needed");
    const QString extracted = QString::fromUtf8(text.readAllStandardOutput());
    QVERIFY2(extracted.count(first) >= 2, qPrintable(extracted.left(400))); // contents and article
    QVERIFY(extracted.count(second) >= 2);
    QVERIFY(extracted.contains(u"2 articles"_s));
    QVERIFY2(extracted.count(u"[N]"_s) >= 2, qPrintable(extracted.left(800))); // each article's citation
    QProcess outline;
    outline.start(u"pdftohtml"_s, {u"-xml"_s, u"-i"_s, u"-stdout"_s, pdf});
    QVERIFY(outline.waitForFinished(30000));
    const QString xml = QString::fromUtf8(outline.readAllStandardOutput());
    QVERIFY2(xml.contains(u"<outline>"_s) && xml.contains(first), "no bookmarks");
    // The whole scope, by filter, and bad requests.
    QCOMPARE(cli({u"export-pdf"_s, u"--db"_s, db, u"--out"_s, dir.filePath(u"all.pdf"_s), u"--region"_s, u"511900"_s}).exitCode, 0);
    QCOMPARE(cli({u"export-pdf"_s, u"--db"_s, db, u"--out"_s, pdf, u"--ids"_s, u"99999"_s}).exitCode, 1);
    QCOMPARE(cli({u"export-pdf"_s, u"--db"_s, db, u"--ids"_s, u"1"_s}).exitCode, 2);
}

// kill -9 at points through an export: the file under the target name is always a whole PDF,
// the one that was there or the new one, never a broken one.
// export --format: the filters' articles as CSV (with BOM), RIS, CSL-JSON and Markdown, or a file
// for each article; the formats themselves are read back in tst_article_formats.
void TestCli::exportsForOtherPrograms()
{
    QTemporaryDir dir;
    const QString db = dir.filePath(u"a.fangzhi"_s);
    QCOMPARE(cli({u"import"_s, u"--db"_s, db, QStringLiteral(FANGZHI_SEEDS_DIR)}).exitCode, 0);
    const QString csv = dir.filePath(u"all.csv"_s);
    Run r = cli({u"export"_s, u"--db"_s, db, u"--format"_s, u"csv"_s, u"--out"_s, csv});
    QCOMPARE(r.exitCode, 0);
    QCOMPARE(r.out, QByteArray("Wrote 37 articles to ") + csv.toUtf8() + '\n');
    QFile file(csv);
    QVERIFY(file.open(QIODevice::ReadOnly));
    const QByteArray bytes = file.readAll();
    QVERIFY(bytes.startsWith("\xEF\xBB\xBF"));
    QVERIFY(QString::fromUtf8(bytes).contains(u"青白江区 推动区域科创服务能力提档升级"_s));

    const QString ris = dir.filePath(u"dazhou.ris"_s);
    r = cli({u"export"_s, u"--db"_s, db, u"--format"_s, u"ris"_s, u"--out"_s, ris, u"--region"_s, u"511700"_s});
    QCOMPARE(r.exitCode, 0);
    QFile risFile(ris);
    QVERIFY(risFile.open(QIODevice::ReadOnly));
    QCOMPARE(risFile.readAll().count("TY  - NEWS"), 1);

    const QString folder = dir.filePath(u"notes"_s);
    r = cli({u"export"_s, u"--db"_s, db, u"--format"_s, u"md"_s, u"--one-per-article"_s, u"--out"_s, folder,
             u"--query"_s, u"青少年"_s});
    QCOMPARE(r.exitCode, 0);
    QVERIFY(QDir(folder).entryList({u"*.md"_s}, QDir::Files).size() >= 2);

    r = cli({u"export"_s, u"--db"_s, db, u"--format"_s, u"docx"_s, u"--out"_s, csv});
    QCOMPARE(r.exitCode, 2);
    QVERIFY2(r.err.contains(u"--format is csv, ris, csl-json, md or pdf, not \"docx\""_s), qPrintable(r.err));
}

void TestCli::aKilledExportLeavesTheFileThatWasThere()
{
    QTemporaryDir dir;
    const QString db = dir.filePath(u"a.fangzhi"_s);
    QCOMPARE(cli({u"import"_s, u"--db"_s, db, QStringLiteral(FANGZHI_SEEDS_DIR)}).exitCode, 0);
    const QString pdf = dir.filePath(u"export.pdf"_s);
    QCOMPARE(cli({u"export-pdf"_s, u"--db"_s, db, u"--out"_s, pdf, u"--region"_s, u"511900"_s}).exitCode, 0);
    const auto whole = [&] {
        QFile f(pdf);
        return f.open(QIODevice::ReadOnly) && f.size() > 1000 && f.readAll().trimmed().endsWith("%%EOF");
    };
    QVERIFY(whole());
    int killed = 0;
    for (const int ms : {10, 40, 80, 150, 250, 400, 700}) {
        QProcess p;
        p.start(QStringLiteral(FANGZHI_CLI), {u"export-pdf"_s, u"--db"_s, db, u"--out"_s, pdf});
        QVERIFY(p.waitForStarted());
        if (!p.waitForFinished(ms)) {
            p.kill(); // SIGKILL: nothing is cleaned up
            p.waitForFinished();
            ++killed;
        }
        QVERIFY2(whole(), qPrintable(u"after a kill at %1 ms the target is not a whole PDF"_s.arg(ms)));
    }
    QVERIFY(killed > 0);
}

void TestCli::readingNeverCreatesAnArchive()
{
    QTemporaryDir dir;
    const QString missing = dir.filePath(u"mistyped.fangzhi"_s);
    for (const QStringList &args : {QStringList{u"search"_s, u"--db"_s, missing}, QStringList{u"tree"_s, u"--db"_s, missing},
                                    QStringList{u"export-pdf"_s, u"--db"_s, missing, u"--out"_s, dir.filePath(u"x.pdf"_s)},
                                    QStringList{u"reparse"_s, u"--db"_s, missing}}) {
        const Run r = cli(args);
        QCOMPARE(r.exitCode, 1);
        QVERIFY2(r.err.contains(u"no archive there"_s) && r.err.contains(missing), qPrintable(r.err));
        QVERIFY(!QFileInfo::exists(missing));
    }
}

void TestCli::helpAndVersion()
{
    const Run help = cli({u"--help"_s});
    QCOMPARE(help.exitCode, 0);
    QVERIFY(help.out.contains("parse"));
    const Run parseHelp = cli({u"parse"_s, u"--help"_s});
    QCOMPARE(parseHelp.exitCode, 0);
    QVERIFY(parseHelp.out.contains("--home CODE"));
    const Run version = cli({u"--version"_s});
    QCOMPARE(version.exitCode, 0);
    QVERIFY(version.out.startsWith("fangzhi-cli 0."));
}

void TestCli::badUsageExitsTwo_data()
{
    QTest::addColumn<QStringList>("args");
    QTest::newRow("no command") << QStringList{};
    QTest::newRow("unknown command") << QStringList{u"frobnicate"_s};
    QTest::newRow("no files") << QStringList{u"parse"_s, u"--json"_s};
    QTest::newRow("unknown option")
        << QStringList{u"parse"_s, u"--colour"_s, seed("000_e94dbefa3c4468c5.txt")};
    QTest::newRow("bad home") << QStringList{u"parse"_s, u"--home"_s, u"sichuan"_s,
                                             seed("000_e94dbefa3c4468c5.txt")};
    QTest::newRow("home without value") << QStringList{u"parse"_s, u"--home"_s};
    QTest::newRow("resolve bad date") << QStringList{u"resolve"_s, u"--date"_s, u"yesterday"_s, u"达州"_s};
    const QString db = QStringLiteral(FANGZHI_SEEDS_DIR) + u"/../no.fangzhi"_s; // refused before opening
    QTest::newRow("region that is no division") << QStringList{u"search"_s, u"--db"_s, db, u"--region"_s, u"999999"_s};
    QTest::newRow("month 13") << QStringList{u"search"_s, u"--db"_s, db, u"--from"_s, u"2024-13-45"_s};
    QTest::newRow("a date with a time") << QStringList{u"tree"_s, u"--db"_s, db, u"--to"_s, u"2021-06-22T00:00"_s};
    QTest::newRow("same day not a day") << QStringList{u"search"_s, u"--db"_s, db, u"--same-day"_s, u"02-30"_s};
    QTest::newRow("limit not a number") << QStringList{u"search"_s, u"--db"_s, db, u"--limit"_s, u"abc"_s};
    QTest::newRow("limit below zero") << QStringList{u"search"_s, u"--db"_s, db, u"--limit"_s, u"-1"_s};
    QTest::newRow("limit too large") << QStringList{u"search"_s, u"--db"_s, db, u"--limit"_s, u"99999999999"_s};
}

void TestCli::badUsageExitsTwo()
{
    QFETCH(QStringList, args);
    const Run r = cli(args);
    QCOMPARE(r.exitCode, 2);
    QVERIFY2(r.err.contains(u"Usage"_s) || r.err.contains(u"--home"_s) || r.err.contains(u"--date"_s) ||
                 r.err.contains(u"--region"_s) || r.err.contains(u"--from"_s) || r.err.contains(u"--to"_s) ||
                 r.err.contains(u"--limit"_s) || r.err.contains(u"--same-day"_s),
             qPrintable(r.err));
    QVERIFY(r.out.isEmpty());
}

QTEST_GUILESS_MAIN(TestCli)
#include "tst_cli.moc"
