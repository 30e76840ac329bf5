#include "pdf_outline.h"

#include <QHash>
#include <QRegularExpression>

namespace fangzhi::exporting {
namespace {

// A PDF text string: UTF-16BE with a byte order mark, written in hex.
QByteArray pdfText(const QString &s)
{
    QByteArray utf16("\xFE\xFF", 2);
    for (const QChar c : s) {
        utf16.append(char(c.unicode() >> 8));
        utf16.append(char(c.unicode() & 0xFF));
    }
    return '<' + utf16.toHex().toUpper() + '>';
}

bool isRadical(char32_t c)
{
    return (c >= 0x2E80 && c <= 0x2EFF) || (c >= 0x2F00 && c <= 0x2FDF);
}

// The ideograph a radical stands for: by Unicode (NFKC) where it says, else the ideograph that
// the font draws with the same glyph.
class Ideographs
{
public:
    explicit Ideographs(const QRawFont &font) : m_font(font) {}

    char16_t of(char16_t radical)
    {
        const QString nfkc = QString(QChar(radical)).normalized(QString::NormalizationForm_KC);
        if (nfkc.size() == 1 && nfkc[0].unicode() != radical)
            return nfkc[0].unicode();
        if (m_byGlyph.isEmpty() && m_font.isValid()) {
            QString all;
            for (char16_t c = 0x4E00; c <= 0x9FFF; ++c)
                all.append(QChar(c));
            const QList<quint32> glyphs = m_font.glyphIndexesForString(all);
            for (qsizetype i = glyphs.size() - 1; i >= 0; --i)
                m_byGlyph.insert(glyphs[i], char16_t(0x4E00 + i));
        }
        const QList<quint32> g = m_font.isValid() ? m_font.glyphIndexesForString(QString(QChar(radical))) : QList<quint32>();
        return g.isEmpty() ? radical : m_byGlyph.value(g.first(), radical);
    }

private:
    QRawFont m_font;
    QHash<quint32, char16_t> m_byGlyph;
};

} // namespace

bool addOutline(PdfUpdate &pdf, const QList<Bookmark> &bookmarks)
{
    if (!pdf.isValid() || bookmarks.isEmpty())
        return false;
    QByteArray catalog = pdf.object(pdf.rootObject());
    const auto pagesRef = QRegularExpression(QStringLiteral("/Pages\\s+(\\d+)\\s+0\\s+R")).match(QString::fromLatin1(catalog));
    if (!catalog.startsWith("<<") || !catalog.endsWith(">>") || !pagesRef.hasMatch())
        return false;
    const QByteArray pages = pdf.object(pagesRef.captured(1).toInt());
    const qsizetype open = pages.indexOf('[', pages.indexOf("/Kids")), close = pages.indexOf(']', open);
    if (open < 0 || close < 0)
        return false;
    QList<int> pageObjects;
    for (auto it = QRegularExpression(QStringLiteral("(\\d+)\\s+0\\s+R")).globalMatch(QString::fromLatin1(pages.mid(open, close - open)));
         it.hasNext();)
        pageObjects.append(it.next().captured(1).toInt());
    if (pageObjects.isEmpty())
        return false;

    const int outline = pdf.reserve();
    QList<int> items;
    for (qsizetype i = 0; i < bookmarks.size(); ++i)
        items.append(pdf.reserve());
    for (qsizetype i = 0; i < bookmarks.size(); ++i) {
        const int page = pageObjects.value(std::clamp(bookmarks[i].page, 0, int(pageObjects.size()) - 1));
        QByteArray item = "<< /Title " + pdfText(bookmarks[i].title) + " /Parent " + QByteArray::number(outline) +
                          " 0 R /Dest [" + QByteArray::number(page) + " 0 R /Fit]";
        if (i > 0)
            item += " /Prev " + QByteArray::number(items[i - 1]) + " 0 R";
        if (i + 1 < items.size())
            item += " /Next " + QByteArray::number(items[i + 1]) + " 0 R";
        pdf.set(items[i], item + " >>");
    }
    pdf.set(outline, "<< /Type /Outlines /First " + QByteArray::number(items.first()) + " 0 R /Last " +
                         QByteArray::number(items.last()) + " 0 R /Count " + QByteArray::number(items.size()) + " >>");
    catalog.chop(2);
    pdf.set(pdf.rootObject(), catalog + " /Outlines " + QByteArray::number(outline) + " 0 R /PageMode /UseOutlines >>");
    return true;
}

bool fixTextMapping(PdfUpdate &pdf, const QRawFont &font)
{
    if (!pdf.isValid())
        return false;
    Ideographs ideographs(font);
    static const QRegularExpression hex(QStringLiteral("<([0-9A-Fa-f]{4})>"));
    for (const int n : pdf.references("/ToUnicode")) {
        const QByteArray body = pdf.object(n);
        const qsizetype start = body.indexOf("stream"), end = body.lastIndexOf("endstream");
        if (start < 0 || end < 0 || body.contains("/Filter"))
            continue; // a compressed map: leave it as it is
        const QByteArray cmap = body.mid(start + 6, end - start - 6).trimmed();
        const auto target = [&](const QString &token) {
            const auto code = char16_t(token.mid(1, 4).toUInt(nullptr, 16));
            const char16_t to = isRadical(code) ? ideographs.of(code) : code == 0x0009 ? u' ' : code;
            return to == code ? token : QStringLiteral("<%1>").arg(uint(to), 4, 16, QChar(u'0')).toUpper();
        };
        // Only the targets of mappings change; the glyph codes before them stay as they are.
        QStringList lines;
        bool chars = false;
        for (QString line : QString::fromLatin1(cmap).split(u'\n')) {
            chars = line.contains(u"beginbfchar") || (chars && !line.contains(u"endbfchar"));
            const qsizetype bracket = line.indexOf(u'[');
            QStringList tokens = line.split(u' ', Qt::SkipEmptyParts);
            if (bracket >= 0) { // <first> <last> [<target> ...]
                QString head = line.left(bracket + 1);
                QString list = line.mid(bracket + 1);
                QString out;
                qsizetype last = 0;
                for (auto it = hex.globalMatch(list); it.hasNext();) {
                    const auto m = it.next();
                    out += list.mid(last, m.capturedStart() - last) + target(m.captured(0));
                    last = m.capturedEnd();
                }
                line = head + out + list.mid(last);
            } else if (tokens.size() == 3 && tokens[0] == tokens[1] && hex.match(tokens[2]).hasMatch()) {
                tokens[2] = target(tokens[2]); // <code> <code> <target>
                line = tokens.join(u' ');
            } else if (chars && tokens.size() == 2 && hex.match(tokens[1]).hasMatch()) {
                tokens[1] = target(tokens[1]); // <code> <target>
                line = tokens.join(u' ');
            }
            lines.append(line);
        }
        const QByteArray fixed = lines.join(u'\n').toLatin1();
        pdf.set(n, "<< /Length " + QByteArray::number(fixed.size()) + " >>\nstream\n" + fixed + "\nendstream");
    }
    return true;
}

} // namespace fangzhi::exporting
