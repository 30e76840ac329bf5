// Page files as they arrive: every encoding, bad input with a clear reason, odd page forms.
#include "page_invariants.h"
#include "parse/page_file.h"

#include <QFile>
#include <QStringEncoder>
#include <QTemporaryDir>
#include <QTest>

#include <fcntl.h>
#include <unistd.h>

using namespace Qt::Literals::StringLiterals;
using namespace fangzhi;

namespace {

QByteArray readAll(const QString &path)
{
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly))
        qFatal("cannot read %s", qPrintable(path));
    return f.readAll();
}

QString seedPath(const QString &name)
{
    return QStringLiteral(FANGZHI_SEEDS_DIR) + u'/' + name;
}

QString fixturePath(const QString &name)
{
    return QStringLiteral(FANGZHI_FIXTURES_DIR) + u'/' + name;
}

parse::Page parseFixture(const QString &name)
{
    const auto result = parse::readPageFile(fixturePath(name));
    if (!result.ok())
        qFatal("%s: %s", qPrintable(name), qPrintable(result.error));
    return *result.page;
}

QStringList described(const parse::Page &page)
{
    QStringList out;
    for (const auto &a : page.articles)
        out << test::describe(a) + u" | "_s + a.credit + u" | "_s + a.body;
    return out;
}

} // namespace

class TestPageFiles : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase() { QVERIFY(m_dir.isValid()); }
    void sameArticlesInEveryEncoding_data();
    void sameArticlesInEveryEncoding();
    void badFilesGetAReason_data();
    void badFilesGetAReason();
    void refusesAFileTooLargeToBeAPage();
    void parsesAFiftyMegabytePage();
    void pageWithoutBlankLines();
    void seedWithoutBlankLinesGivesTheSameArticles();
    void kickerSubtitleCaptionAndLeadForms();
    void markdownRoundup();
    void textBeforeTheFirstHeadlineIsKept();
    void datesFromFileNames();
    void expandsFolders();
    void namesWhatAFolderHoldsThatCannotBeRead();

private:
    QString write(const QString &name, const QByteArray &bytes);
    QTemporaryDir m_dir;
};

QString TestPageFiles::write(const QString &name, const QByteArray &bytes)
{
    const QString path = m_dir.filePath(name);
    QFile f(path);
    if (!f.open(QIODevice::WriteOnly | QIODevice::Truncate) || f.write(bytes) != bytes.size())
        qFatal("cannot write %s", qPrintable(path));
    return path;
}

void TestPageFiles::sameArticlesInEveryEncoding_data()
{
    QTest::addColumn<QString>("seed");
    QTest::addColumn<QString>("encoding");
    for (const char *seed : {"000_e94dbefa3c4468c5.txt", "003_314bd5882f0bd127.txt"})
        for (const char *enc : {"GB18030", "UTF-16LE", "UTF-16BE", "UTF-8 BOM", "CRLF"})
            QTest::addRow("%s %s", seed, enc)
                << QString::fromLatin1(seed) << QString::fromLatin1(enc);
}

void TestPageFiles::sameArticlesInEveryEncoding()
{
    QFETCH(QString, seed);
    QFETCH(QString, encoding);
    const QByteArray utf8 = readAll(seedPath(seed));
    const QString text = QString::fromUtf8(utf8);
    QByteArray bytes;
    QString expectedEncoding = encoding;
    if (encoding == u"GB18030") {
        bytes = QStringEncoder("GB18030").encode(text);
    } else if (encoding.startsWith(u"UTF-16")) {
        QStringEncoder enc(encoding == u"UTF-16LE" ? QStringEncoder::Utf16LE
                                                   : QStringEncoder::Utf16BE,
                           QStringEncoder::Flag::WriteBom);
        bytes = enc.encode(text);
    } else if (encoding == u"UTF-8 BOM") {
        bytes = "\xEF\xBB\xBF" + utf8;
        expectedEncoding = u"UTF-8"_s;
    } else {
        bytes = QString(text).replace(u'\n', u"\r\n"_s).toUtf8();
        expectedEncoding = u"UTF-8"_s;
    }
    QVERIFY(bytes != utf8);
    const auto copy = parse::readPageFile(write(u"copy.txt"_s, bytes));
    QVERIFY2(copy.ok(), qPrintable(copy.error));
    QCOMPARE(copy.page->encoding, expectedEncoding);
    const auto original = parse::readPageFile(seedPath(seed));
    QCOMPARE(described(*copy.page), described(*original.page));
    QCOMPARE(copy.page->sponsors, original.page->sponsors);
}

void TestPageFiles::badFilesGetAReason_data()
{
    QTest::addColumn<QByteArray>("bytes");
    QTest::addColumn<QString>("reason");
    QTest::newRow("empty") << QByteArray() << u"the file is empty"_s;
    QTest::newRow("blank") << QByteArray(" \n\r\n\t \n") << u"only blank lines"_s;
    QByteArray binary(4096, '\0');
    for (int i = 0; i < binary.size(); ++i)
        binary[i] = char((i * 7919) % 251);
    QTest::newRow("binary") << binary << u"binary data"_s;
    QTest::newRow("zip") << QByteArray("PK\x03\x04\x14\0\0\0", 8) << u"ZIP archive"_s;
    QTest::newRow("sponsor box only")
        << readAll(fixturePath(u"sponsor_only.txt"_s))
        << u"no recognisable article (the page holds only a sponsor box)"_s;
    QTest::newRow("banner only") << readAll(fixturePath(u"banner_only.txt"_s))
                                 << u"no recognisable article (the page holds only banners"_s;
    QTest::newRow("punctuation only") << QByteArray("。。。\n——\n") << u"(the page holds no words, only punctuation)"_s;
    QTest::newRow("a byline only") << QByteArray("（记者 张三）\n") << u"only lines that go with one"_s;
    QTest::newRow("a date only") << QByteArray("2024年3月5日\n") << u"only lines that go with one"_s;
}

void TestPageFiles::badFilesGetAReason()
{
    QFETCH(QByteArray, bytes);
    QFETCH(QString, reason);
    const auto result = parse::readPageFile(write(u"bad.txt"_s, bytes));
    QVERIFY(!result.ok());
    QVERIFY2(result.error.contains(reason), qPrintable(result.error));
    QVERIFY(!parse::readPageFile(m_dir.filePath(u"missing.txt"_s)).ok());
    QCOMPARE(parse::readPageFile(m_dir.filePath(u"missing.txt"_s)).error, u"no such file"_s);
}

void TestPageFiles::refusesAFileTooLargeToBeAPage()
{
    // A sparse file: the size check must refuse it before reading a byte.
    QFile f(m_dir.filePath(u"huge.txt"_s));
    QVERIFY(f.open(QIODevice::WriteOnly));
    QVERIFY(f.resize(parse::MaxPageFileBytes + 1));
    f.close();
    const auto result = parse::readPageFile(f.fileName());
    QVERIFY(!result.ok());
    QVERIFY2(result.error.contains(u"a page file may be at most 256 MB"_s),
             qPrintable(result.error));
}

void TestPageFiles::parsesAFiftyMegabytePage()
{
    const QByteArray seed = readAll(seedPath(u"001_f633f705ac59ae29.txt"_s));
    const int copies = int((50 << 20) / seed.size()) + 1;
    const QString path = write(u"fifty.txt"_s, seed.repeated(copies));
    QVERIFY(QFileInfo(path).size() >= 50 << 20);
    const auto result = parse::readPageFile(path);
    QVERIFY2(result.ok(), qPrintable(result.error));
    QCOMPARE(result.page->articles.size(), qsizetype(copies) * 11);
    QCOMPARE(result.page->articles.last().credit, u"青白江区科协供稿"_s);
    QFile::remove(path);
}

void TestPageFiles::pageWithoutBlankLines()
{
    const parse::Page page = parseFixture(u"no_blank_lines.txt"_s);
    QCOMPARE(page.articles.size(), 3);
    QCOMPARE(page.articles[0].placeLine, u"达州市"_s);
    QVERIFY(page.articles[0].body.contains(u"现场讲解科学知识"_s)); // cut line rejoined
    QCOMPARE(page.articles[1].credit, u"本栏目组稿:张三"_s);
    QVERIFY(page.articles[1].creditShared == false && page.articles[0].creditShared);
    QCOMPARE(page.articles[2].credit, u"宜宾市科协"_s);
    QVERIFY(test::checkNoTextLost(page).isEmpty());
}

void TestPageFiles::seedWithoutBlankLinesGivesTheSameArticles()
{
    QString text = QString::fromUtf8(readAll(seedPath(u"004_f9b52960ae08a71d.txt"_s)));
    while (text.contains(u"\n\n"_s))
        text.replace(u"\n\n"_s, u"\n"_s);
    const auto squeezed = parse::readPageFile(write(u"squeezed.txt"_s, text.toUtf8()));
    const auto original = parse::readPageFile(seedPath(u"004_f9b52960ae08a71d.txt"_s));
    QCOMPARE(described(*squeezed.page), described(*original.page));
    QCOMPARE(squeezed.page->sponsors.size(), 21);
}

void TestPageFiles::kickerSubtitleCaptionAndLeadForms()
{
    const parse::Page page = parseFixture(u"kicker_subtitle_caption.txt"_s);
    QCOMPARE(page.section(), u"科普惠农"_s);
    QCOMPARE(page.sections.first().pinyin, u"KE PU HUI NONG"_s);
    QCOMPARE(page.articles.size(), 2);
    const parse::Article &a = page.articles[0];
    QCOMPARE(test::describe(a),
             u"攀枝花市科协 / 芒果种植技术培训走进田间地头 ——米易县200余名果农受益"_s);
    QCOMPARE(a.lead, u"本报讯(记者 王五 通讯员 赵六)"_s);
    QCOMPARE(a.captions.size(), 1);
    QCOMPARE(a.captions[0].text, u"培训现场。"_s);
    QCOMPARE(a.captions[0].photoCredit, u"通讯员 赵六 摄"_s);
    QCOMPARE(a.credit, u"本报记者 王五"_s);
    QVERIFY(!a.body.contains(u"培训现场"_s));
    const parse::Article &b = page.articles[1];
    QCOMPARE(b.lead, u"本报6月3日讯"_s);
    QCOMPARE(b.credit, u"会理市科协供稿"_s);
    QVERIFY(b.body.endsWith(u"一等奖20项。"_s));                  // the credit is cut from the body
    QVERIFY(b.paragraphs.last().endsWith(u"(会理市科协供稿)"_s)); // but kept in the paragraph
    QVERIFY(test::checkNoTextLost(page).isEmpty());
}

void TestPageFiles::markdownRoundup()
{
    const parse::Page page = parseFixture(u"markdown_roundup.md"_s);
    QStringList d;
    for (const auto &a : page.articles)
        d << test::describe(a);
    QCOMPARE(d, (QStringList{u"全省科协系统开展全国科普日活动 · 广元市科协"_s,
                             u"全省科协系统开展全国科普日活动 · 遂宁市科协"_s,
                             u"南充市科协召开年度工作会议"_s}));
    QCOMPARE(page.articles[0].credit, page.articles[1].credit);
    QVERIFY(page.articles[2].credit.isEmpty());
    QVERIFY(test::checkNoTextLost(page).isEmpty());
}

void TestPageFiles::textBeforeTheFirstHeadlineIsKept()
{
    const parse::Page page = parseFixture(u"fragment_first.txt"_s);
    QCOMPARE(page.articles.size(), 2);
    QVERIFY(page.articles[0].titleDerived); // no headline: listed by its first sentence
    QVERIFY(page.articles[0].body.startsWith(u"续前版"_s));
    QVERIFY(page.articles[0].confidence < 1.0);
    QVERIFY(page.articles[1].body.contains(u"<b>不是标记</b>"_s)); // markup stays text
    QVERIFY(test::checkNoTextLost(page).isEmpty());
}

void TestPageFiles::datesFromFileNames()
{
    const QByteArray seed = readAll(seedPath(u"002_8555cece826b833e.txt"_s));
    QCOMPARE(parse::readPageFile(write(u"2021-06-22_p3.txt"_s, seed)).page->date,
             QDate(2021, 6, 22));
    QCOMPARE(parse::readPageFile(write(u"scjb20230110.txt"_s, seed)).page->date,
             QDate(2023, 1, 10));
    QVERIFY(!parse::readPageFile(write(u"page-20231340.txt"_s, seed)).page->date.isValid());
}

void TestPageFiles::expandsFolders()
{
    QList<parse::SkippedPath> skipped;
    const QStringList files =
        parse::expandPagePaths({QStringLiteral(FANGZHI_FIXTURES_DIR),
                                seedPath(u"000_e94dbefa3c4468c5.txt"_s), u"/no/such/dir"_s},
                               &skipped);
    QCOMPARE(skipped.size(), 1);
    QCOMPARE(skipped.first().path, u"/no/such/dir"_s);
    QCOMPARE(skipped.first().reason, u"no such file or folder"_s);
    QCOMPARE(files.size(), 17); // six fixtures, ten in forms/ (folders are searched), one seed
    QVERIFY(files.first().endsWith(u"banner_only.txt"_s));
    QVERIFY(files.contains(fixturePath(u"forms/briefs.txt"_s)));
    QVERIFY(files.contains(fixturePath(u"markdown_roundup.md"_s)));
}

// What a folder holds that cannot be read is named with its reason, never passed over: a link
// to nothing, a name that is not UTF-8, a link back up the tree followed once.
void TestPageFiles::namesWhatAFolderHoldsThatCannotBeRead()
{
    QTemporaryDir dir;
    const QString folder = dir.filePath(u"pages"_s);
    QVERIFY(QDir().mkpath(folder + u"/sub"_s));
    const QByteArray seed = readAll(seedPath(u"002_8555cece826b833e.txt"_s));
    QFile good(folder + u"/sub/good.txt"_s);
    QVERIFY(good.open(QIODevice::WriteOnly) && good.write(seed) == seed.size());
    good.close();
    QVERIFY(QFile::link(folder + u"/gone.txt"_s, folder + u"/dangling.txt"_s));
    QVERIFY(QFile::link(folder, folder + u"/sub/loop"_s)); // a link back up
    const QByteArray badName = QFile::encodeName(folder) + "/bad\xff\xfe.txt";
    const int fd = ::open(badName.constData(), O_CREAT | O_WRONLY, 0644);
    QVERIFY(fd >= 0);
    ::close(fd);
    QList<parse::SkippedPath> skipped;
    const QStringList files = parse::expandPagePaths({folder}, &skipped);
    QCOMPARE(files, QStringList{folder + u"/sub/good.txt"_s});
    QStringList reasons;
    for (const auto &s : skipped)
        reasons << QFileInfo(s.path).fileName().left(3) + u": "_s + s.reason;
    reasons.sort();
    QCOMPARE(reasons.size(), 2);
    QVERIFY2(reasons[0].startsWith(u"bad: its name is not valid UTF-8"_s), qPrintable(reasons.join(u'\n')));
    QVERIFY2(reasons[1].startsWith(u"dan: a link to nothing"_s), qPrintable(reasons.join(u'\n')));
    QCOMPARE(::unlink(badName.constData()), 0); // Qt could not remove it either
}

QTEST_GUILESS_MAIN(TestPageFiles)
#include "tst_page_files.moc"
