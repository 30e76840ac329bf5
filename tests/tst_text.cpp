// Decoding page bytes and normalising the text.
#include "text/decoder.h"
#include "text/normalizer.h"

#include <QStringEncoder>
#include <QTest>

using namespace Qt::Literals::StringLiterals;
using namespace fangzhi::text;

class TestText : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void decodesEveryPageEncoding_data();
    void decodesEveryPageEncoding();
    void detectsBig5();
    void refusesWhatIsNotText_data();
    void refusesWhatIsNotText();
    void decodesWithReplacementAndSaysWhere();
    void normalizesFullWidthAndSpaces();
    void unifiesLineEndings();
    void keepsCjkPunctuationThatIsNotFullWidthAscii();
    void normalizesALongPageAsItsLines();
};

void TestText::decodesEveryPageEncoding_data()
{
    QTest::addColumn<QByteArray>("bytes");
    QTest::addColumn<QString>("encoding");
    const QString text = u"达州市科协 提高科普项目实施质量\n\n本报讯 10月20日,资阳市科协…"_s;
    QStringEncoder gb("GB18030");
    QTest::newRow("utf-8") << text.toUtf8() << u"UTF-8"_s;
    QTest::newRow("utf-8 bom") << QByteArray("\xEF\xBB\xBF") + text.toUtf8() << u"UTF-8"_s;
    QStringEncoder le(QStringEncoder::Utf16LE, QStringEncoder::Flag::WriteBom);
    QStringEncoder be(QStringEncoder::Utf16BE, QStringEncoder::Flag::WriteBom);
    QTest::newRow("utf-16le bom") << QByteArray(le.encode(text)) << u"UTF-16LE"_s;
    QTest::newRow("utf-16be bom") << QByteArray(be.encode(text)) << u"UTF-16BE"_s;
    QTest::newRow("gb18030") << QByteArray(gb.encode(text)) << u"GB18030"_s;
}

void TestText::decodesEveryPageEncoding()
{
    QFETCH(QByteArray, bytes);
    QFETCH(QString, encoding);
    const DecodedText d = decode(bytes);
    QVERIFY2(d.ok(), qPrintable(d.error));
    QCOMPARE(d.encoding, encoding);
    QCOMPARE(d.text, u"达州市科协 提高科普项目实施质量\n\n本报讯 10月20日,资阳市科协…"_s);
}

void TestText::detectsBig5()
{
    // Traditional characters from a Hong Kong or Taiwan source: ICU's detector tells Big5 apart.
    const QString text =
        u"本報訊 近日,達州市科學技術協會舉辦科普講座,邀請專家講解防災減災知識,市民三百餘人參加。"_s
            .repeated(4);
    const DecodedText d = decode(QStringEncoder("Big5").encode(text));
    QVERIFY2(d.ok(), qPrintable(d.error));
    QCOMPARE(d.encoding, u"Big5"_s);
    QCOMPARE(d.text, text);
}

void TestText::refusesWhatIsNotText_data()
{
    QTest::addColumn<QByteArray>("bytes");
    QTest::addColumn<QString>("reason");
    QTest::newRow("empty") << QByteArray() << u"empty"_s;
    QTest::newRow("nul bytes") << QByteArray("abc\0def\x01\x02", 9) << u"binary"_s;
    QTest::newRow("png") << QByteArray("\x89PNG\r\n\x1a\n\0\0\0\rIHDR", 16) << u"PNG image"_s;
    QTest::newRow("pdf") << QByteArray("%PDF-1.7\n%\xE2\xE3") << u"PDF document"_s;
    QTest::newRow("control bytes") << QByteArray(200, '\x07') << u"binary"_s;
    // 0x81 opens a two-byte GBK character and 0x20 cannot close one; nor is it UTF-8.
    QTest::newRow("undecodable") << QByteArray("\xE8\xBE\xBE\x81\x20\xFF\xFE\xFD")
                                 << u"neither UTF-8 nor GB18030"_s;
}

// A few bytes that do not decode cost those bytes, not the page: replaced, and said where.
void TestText::decodesWithReplacementAndSaysWhere()
{
    const QString text = u"达州市科协 提高科普项目实施质量\n\n本报讯 10月20日,资阳市科协召开会议。"_s;
    const QByteArray utf8 = text.toUtf8();
    DecodedText cut = decode(utf8.left(utf8.size() - 2)); // cut inside the last character
    QCOMPARE(cut.encoding, u"UTF-8"_s);
    QVERIFY(cut.text.startsWith(text.chopped(1)) && cut.text.endsWith(QChar::ReplacementCharacter));
    QVERIFY2(cut.warning.contains(u"at byte %1"_s.arg(utf8.size() - 3)), qPrintable(cut.warning));
    QByteArray damaged = utf8;
    damaged[7] = '\xFF'; // one bad byte inside 市
    const DecodedText one = decode(damaged);
    QVERIFY(one.ok() && one.encoding == u"UTF-8"_s);
    QVERIFY2(one.warning.contains(u"at byte 6"_s), qPrintable(one.warning)); // 市 starts there
    QVERIFY(one.text.contains(u"提高科普项目实施质量"_s));
    QStringEncoder gbEncoder("GB18030");
    const QByteArray gb = gbEncoder.encode(text);
    const DecodedText gbCut = decode(gb.left(gb.size() - 1));
    QCOMPARE(gbCut.encoding, u"GB18030"_s);
    QVERIFY2(gbCut.warning.contains(u"at byte %1"_s.arg(gb.size() - 2)), qPrintable(gbCut.warning));
    const DecodedText odd = decode(QByteArray("\xFF\xFE\x41\x00\x42", 5));
    QVERIFY(odd.ok() && odd.text.startsWith(u'A') && !odd.warning.isEmpty());
    // UTF-16 without a byte order mark is text, not binary.
    QStringEncoder le(QStringEncoder::Utf16LE), be(QStringEncoder::Utf16BE);
    const DecodedText fromLe = decode(le.encode(text)), fromBe = decode(be.encode(text));
    QCOMPARE(fromLe.encoding, u"UTF-16LE"_s);
    QCOMPARE(fromLe.text, text);
    QCOMPARE(fromBe.encoding, u"UTF-16BE"_s);
    QCOMPARE(fromBe.text, text);
    QVERIFY(fromLe.warning.isEmpty());
}

void TestText::refusesWhatIsNotText()
{
    QFETCH(QByteArray, bytes);
    QFETCH(QString, reason);
    const DecodedText d = decode(bytes);
    QVERIFY(!d.ok());
    QVERIFY2(d.error.contains(reason), qPrintable(d.error));
}

void TestText::normalizesFullWidthAndSpaces()
{
    QCOMPARE(normalize(u"（本报记者　张三）２０２１年，ＡＢＣ"_s), u"(本报记者 张三)2021年,ABC"_s);
    QCOMPARE(normalize(u"  学党史   悟思想\t办实事  "_s), u"学党史 悟思想 办实事"_s);
    QCOMPARE(normalize(u"科\u200B协\uFEFF"_s), u"科协"_s);
}

void TestText::unifiesLineEndings()
{
    QCOMPARE(normalize(u"甲\r\n乙\r丙\n丁\u2029戊"_s), u"甲\n乙\n丙\n丁\n戊"_s);
}

void TestText::keepsCjkPunctuationThatIsNotFullWidthAscii()
{
    const QString s = u"“天府科技云”——纪实。巴州区、通江县·《章程》"_s;
    QCOMPARE(normalize(s), s);
}

// A page of megabytes is normalized in pieces (so that it can be stopped): the pieces join
// exactly as the whole would, whatever stands where they are cut (CR LF, spaces, combining
// marks, characters outside the BMP).
void TestText::normalizesALongPageAsItsLines()
{
    const QString line = u"　（本报记者　张三）２０２１年　ＡＢＣ  e\u0301 𠀀\t\r\n"_s;
    const QString expected = normalize(line);
    const QString page = line.repeated(3 * 1048576 / int(line.size()) + 7);
    QCOMPARE(normalize(page), expected.repeated(3 * 1048576 / int(line.size()) + 7));
}

QTEST_GUILESS_MAIN(TestText)
#include "tst_text.moc"
