#include "pdf_exporter.h"
#include "citation.h"

#include "geo/gazetteer.h"
#include "store/page_date_text.h"
#include "pdf_outline.h"

#include <QAbstractTextDocumentLayout>
#include <QDateTime>
#include <QBuffer>
#include <QCoreApplication>
#include <QFile>
#include <QPagedPaintDevice>

#include <optional>
#include <QFileInfo>
#include <QFontDatabase>
#include <QPainter>
#include <QRawFont>
#include <QPdfWriter>
#include <QSaveFile>
#include <QTextBlock>
#include <QTextCursor>
#include <QTextDocument>

using namespace Qt::Literals::StringLiterals;

namespace fangzhi::exporting {
namespace {

constexpr int Resolution = 300; // of the PDF; the layout itself is in points

QString serifFamily()
{
    for (const QString &family : {u"Noto Serif CJK SC"_s, u"Noto Sans CJK SC"_s, u"Source Han Serif SC"_s})
        if (QFontDatabase::families().contains(family))
            return family;
    return QFontDatabase::systemFont(QFontDatabase::GeneralFont).family();
}

QTextCharFormat charFormat(const QString &family, qreal points, bool bold = false, const QColor &color = Qt::black)
{
    QTextCharFormat f;
    // Latin letters and digits from a Latin serif: shaped inside Latin text, the CJK font's own
    // digits are glyphs that the PDF cannot map back to text. Chinese falls through to family.
    f.setFontFamilies({u"DejaVu Serif"_s, family});
    f.setFontPointSize(points * 0.75); // the layout's unit is the point; Qt sizes fonts for 96 units an inch
    f.setFontWeight(bold ? QFont::Bold : QFont::Normal);
    f.setForeground(color);
    return f;
}

QTextBlockFormat blockFormat(qreal before, qreal after, Qt::Alignment align = Qt::AlignLeft, bool pageBreak = false)
{
    QTextBlockFormat b;
    b.setTopMargin(before);
    b.setBottomMargin(after);
    b.setAlignment(align);
    b.setLineHeight(150, QTextBlockFormat::ProportionalHeight);
    if (pageBreak)
        b.setPageBreakPolicy(QTextFormat::PageBreak_AlwaysBefore);
    return b;
}

// Under the citation: where the article stands in the archive (region, association, credit, file).
QString placing(const store::StoredArticle &a)
{
    QStringList parts;
    if (a.region >= 0)
        parts << geo::Gazetteer::bundled().pathNames(a.region).join(u" › "_s);
    if (!a.association.isEmpty())
        parts << a.association;
    if (!a.credit.isEmpty())
        parts << a.credit;
    parts << QFileInfo(a.source).fileName();
    return parts.join(u"  ·  "_s);
}

QString displayTitle(const store::StoredArticle &a)
{
    QString t = a.title.isEmpty() ? QCoreApplication::translate("PdfExport", "(untitled)") : a.title;
    return a.placeLine.isEmpty() ? t : a.placeLine + u" · "_s + t;
}

void addArticle(QTextCursor &c, const store::StoredArticle &a, const QString &family, const QColor &muted)
{
    // The article's citation (GB/T 7714), as Copy Citation and the exports give it, then its place.
    c.setBlockFormat(blockFormat(0, 2));
    c.insertText(citation(a), charFormat(family, 9, false, muted));
    c.insertBlock(blockFormat(0, 6));
    c.insertText(placing(a), charFormat(family, 8, false, muted));
    if (!a.kicker.isEmpty()) {
        c.insertBlock(blockFormat(12, 2));
        c.insertText(a.kicker, charFormat(family, 12, false, muted));
    }
    c.insertBlock(blockFormat(a.kicker.isEmpty() ? 12 : 0, 4));
    c.insertText(displayTitle(a), charFormat(family, 18, true));
    if (!a.subtitle.isEmpty()) {
        c.insertBlock(blockFormat(0, 4));
        c.insertText(u"——"_s + a.subtitle, charFormat(family, 13));
    }
    for (const QString &paragraph : a.body.split(u'\n')) {
        c.insertBlock(blockFormat(8, 0));
        c.insertText(paragraph, charFormat(family, 11)); // text, never markup
    }
    for (const auto &caption : a.captions) {
        c.insertBlock(blockFormat(8, 0));
        c.insertText(caption.text + (caption.photoCredit.isEmpty() ? QString() : u"  "_s + caption.photoCredit),
                     charFormat(family, 9.5, false, muted));
    }
}

} // namespace

namespace {

// The title page, the contents and one document per article, laid out for a page of this size.
// Qt lays a long paginated document out only in part, so each part is laid out on its own.
struct Parts
{
    std::vector<std::unique_ptr<QTextDocument>> documents;
    QList<Bookmark> bookmarks;
    QString family;
};

std::optional<Parts> layOut(const QList<store::StoredArticle> &articles, const ExportOptions &options,
                            const QSizeF &page, const std::function<bool(int, int)> &progress)
{
    Parts parts;
    parts.family = serifFamily();
    const QString &family = parts.family;
    const QColor muted(0x55, 0x55, 0x55);
    const auto newDocument = [&] {
        auto doc = std::make_unique<QTextDocument>();
        doc->setDocumentMargin(0);
        doc->setPageSize(page);
        return doc;
    };
    auto &docs = parts.documents;

    docs.push_back(newDocument());
    QTextCursor c(docs.back().get());
    c.setBlockFormat(blockFormat(200, 24, Qt::AlignHCenter));
    c.insertText(options.title.isEmpty() ? u"方志 · Fangzhi"_s : options.title, charFormat(family, 26, true));
    const QStringList scope = options.scope.isEmpty()
                                  ? QStringList{QCoreApplication::translate("PdfExport", "%n article(s)", nullptr,
                                                                            int(articles.size()))}
                                  : options.scope;
    for (qsizetype i = 0; i < scope.size(); ++i) {
        c.insertBlock(blockFormat(i == 0 ? 12 : 0, 6, Qt::AlignHCenter));
        c.insertText(scope[i], charFormat(family, i == 0 ? 13 : 12, false, i == 0 ? QColor(Qt::black) : muted));
    }
    c.insertBlock(blockFormat(18, 0, Qt::AlignHCenter));
    c.insertText(QCoreApplication::translate("PdfExport", "Exported by Fangzhi on %1")
                     .arg(QDate::currentDate().toString(Qt::ISODate)),
                 charFormat(family, 10, false, muted));

    // Contents: one line per article, its page number at a right tab stop (filled in below).
    docs.push_back(newDocument());
    QTextDocument &contents = *docs.back();
    c = QTextCursor(&contents);
    c.setBlockFormat(blockFormat(0, 18));
    c.insertText(QCoreApplication::translate("PdfExport", "Contents"), charFormat(family, 18, true));
    for (const auto &a : articles) {
        QTextBlockFormat line = blockFormat(0, 3);
        line.setTabPositions({QTextOption::Tab(page.width(), QTextOption::RightTab)});
        c.insertBlock(line);
        c.insertText(displayTitle(a) + u"\t0000"_s, charFormat(family, 10.5));
    }

    for (int i = 0; i < articles.size(); ++i) {
        if (progress && !progress(i, int(articles.size())))
            return std::nullopt;
        docs.push_back(newDocument());
        QTextCursor cursor(docs.back().get());
        addArticle(cursor, articles[i], family, muted);
    }

    // Where each article starts, for the contents and the bookmarks.
    int next = docs[0]->pageCount() + contents.pageCount();
    for (int i = 0; i < articles.size(); ++i) {
        QTextCursor line(contents.findBlockByNumber(i + 1));
        line.movePosition(QTextCursor::EndOfBlock);
        line.movePosition(QTextCursor::PreviousCharacter, QTextCursor::KeepAnchor, 4);
        line.insertText(QString::number(next + 1), charFormat(family, 10.5));
        parts.bookmarks.append({displayTitle(articles[i]), next});
        next += docs[std::size_t(i) + 2]->pageCount();
    }
    return parts;
}

constexpr qreal Footer = 25; // points under the text, for the page number

QSizeF textArea(const QPageLayout &layout)
{
    const QRectF area = layout.paintRect(QPageLayout::Point);
    return {area.width(), area.height() - Footer};
}

// Draws the parts page after page on the device, the page number in the footer.
bool paint(QPagedPaintDevice &device, const Parts &parts, const QSizeF &page)
{
    QPainter painter(&device);
    if (!painter.isActive())
        return false;
    painter.scale(device.logicalDpiX() / 72.0, device.logicalDpiY() / 72.0);
    const QColor muted(0x55, 0x55, 0x55);
    int number = 0;
    for (const auto &doc : parts.documents) {
        for (int p = 0; p < doc->pageCount(); ++p, ++number) {
            if (number > 0)
                device.newPage();
            const QRectF view(0, p * page.height(), page.width(), page.height());
            painter.save();
            painter.translate(0, -view.top());
            painter.setClipRect(view); // lines beyond the page belong to the next one
            doc->drawContents(&painter, view);
            painter.restore();
            if (number > 0) { // the title page goes unnumbered
                QFont footer(parts.family);
                footer.setPixelSize(9); // the painter's unit is the point
                painter.setFont(footer);
                painter.setPen(muted);
                painter.drawText(QRectF(0, page.height(), page.width(), Footer), Qt::AlignCenter,
                                 QString::number(number + 1));
            }
        }
    }
    return true;
}

} // namespace

QString paintArticles(QPagedPaintDevice &device, const QList<store::StoredArticle> &articles,
                      const ExportOptions &options)
{
    if (articles.isEmpty())
        return u"there are no articles to print"_s;
    const QSizeF page = textArea(device.pageLayout());
    const auto parts = layOut(articles, options, page, {});
    return parts && paint(device, *parts, page) ? QString() : u"the printer could not be started"_s;
}

QString exportPdf(const QList<store::StoredArticle> &articles, const QString &path, const ExportOptions &options,
                  const std::function<bool(int, int)> &progress)
{
    if (articles.isEmpty())
        return u"there are no articles to export"_s;
    const QPageLayout layout(QPageSize(QPageSize::A4), QPageLayout::Portrait, QMarginsF(22, 20, 22, 16),
                             QPageLayout::Millimeter);
    const QSizeF page = textArea(layout);
    const auto parts = layOut(articles, options, page, progress);
    if (!parts)
        return u"cancelled"_s;
    QBuffer pdf;
    pdf.open(QIODevice::WriteOnly);
    {
        QPdfWriter writer(&pdf);
        writer.setTitle(options.title.isEmpty() ? u"Fangzhi export"_s : options.title);
        writer.setCreator(u"Fangzhi"_s);
        writer.setPageLayout(layout);
        writer.setResolution(Resolution);
        if (!paint(writer, *parts, page))
            return u"could not lay out the pages of %1"_s.arg(path);
    } // the document is complete once the writer is gone

    // Bookmarks, and text that copies out as Chinese: both added to the document Qt wrote.
    PdfUpdate update(pdf.data());
    const bool outlined = addOutline(update, parts->bookmarks);
    const bool mapped = fixTextMapping(update, QRawFont::fromFont(QFont(parts->family)));
    // Written beside the target and renamed over it when whole: a stopped or failed export leaves
    // the file that was there as it was.
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly) || file.write(outlined || mapped ? update.finish() : pdf.data()) < 0 ||
        !file.commit())
        return u"could not write %1: %2"_s.arg(path, file.errorString());
    if (progress)
        progress(int(articles.size()), int(articles.size()));
    return {};
}

} // namespace fangzhi::exporting
