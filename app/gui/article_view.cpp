#include "article_view.h"

#include "geo/gazetteer.h"
#include "store/page_date_text.h"
#include "store/search_query.h"
#include "text/article_span.h"

#include <QDesktopServices>
#include <QDir>
#include <QFileInfo>
#include <QScrollBar>
#include <QSettings>
#include <QTextCursor>
#include <QUrl>
#include <QWheelEvent>

using namespace Qt::Literals::StringLiterals;

namespace fangzhi::gui {
namespace {

constexpr int MinZoom = 50, MaxZoom = 300, ZoomStep = 10;
constexpr int LineLength = 40; // Han characters a line holds at most: a newspaper column's comfort

// insertText treats its argument as plain text: nothing from a page is ever parsed as HTML.
void line(QTextCursor &c, const QString &text, const QTextCharFormat &f, qreal spaceAfter = 2)
{
    if (text.isEmpty())
        return;
    QTextBlockFormat block;
    block.setBottomMargin(spaceAfter);
    block.setLineHeight(130, QTextBlockFormat::ProportionalHeight);
    c.setBlockFormat(block);
    c.insertText(text, f);
    c.insertBlock();
}

// Search hits readable in light and dark themes alike: a warm background fitted to the window's.
QTextCharFormat hitFormat(const QPalette &palette)
{
    QTextCharFormat hit;
    const bool dark = palette.color(QPalette::Base).lightness() < 128;
    hit.setBackground(dark ? QColor(0x8a, 0x60, 0x00) : QColor(0xFF, 0xE0, 0x80));
    hit.setForeground(dark ? QColor(Qt::white) : QColor(Qt::black));
    return hit;
}

} // namespace

ArticleView::ArticleView(QWidget *parent) : QTextBrowser(parent)
{
    setObjectName(u"articleViewer"_s);
    setReadOnly(true);
    setAcceptRichText(false);
    setUndoRedoEnabled(false);
    setOpenLinks(false); // links are places of the archive and the page file, not pages to open
    document()->setDocumentMargin(14);
    m_zoom = std::clamp(QSettings().value(u"viewer/zoom"_s, 100).toInt(), MinZoom, MaxZoom);
    connect(this, &QTextBrowser::anchorClicked, this, [this](const QUrl &url) {
        if (url.scheme() == u"region")
            Q_EMIT placeChosen(url.path().toInt());
        else if (url.scheme() == u"source")
            openSource(url.path() == u"folder");
        else if (url.scheme() == u"page")
            showInPage();
    });
    retranslate();
}

void ArticleView::retranslate()
{
    setAccessibleName(tr("Article"));
    render();
}

void ArticleView::clear()
{
    m_article.reset();
    m_guidance = false;
    m_spanFound = false;
    QTextBrowser::clear();
}

void ArticleView::showStored(const store::StoredArticle &a, const QString &pageText, const QString &query)
{
    m_article = a;
    m_pageText = pageText;
    m_query = query;
    m_guidance = false;
    render();
    moveCursor(QTextCursor::Start);
}

void ArticleView::showGuidance(bool canImport)
{
    clear();
    m_guidance = true;
    m_canImport = canImport;
    render();
}

void ArticleView::setZoom(int percent)
{
    percent = std::clamp(percent, MinZoom, MaxZoom);
    if (percent == m_zoom)
        return;
    const double at = verticalScrollBar()->maximum() > 0
                          ? double(verticalScrollBar()->value()) / verticalScrollBar()->maximum()
                          : 0.0;
    m_zoom = percent;
    QSettings().setValue(u"viewer/zoom"_s, m_zoom);
    const QTextCursor kept = textCursor();
    render();
    setTextCursor(kept);
    verticalScrollBar()->setValue(int(at * verticalScrollBar()->maximum())); // the same place read on
}

void ArticleView::zoomBy(int steps)
{
    setZoom(m_zoom + steps * ZoomStep);
}

void ArticleView::wheelEvent(QWheelEvent *event)
{
    if (event->modifiers() & Qt::ControlModifier) {
        if (const int delta = event->angleDelta().y(); delta != 0)
            zoomBy(delta > 0 ? 1 : -1);
        event->accept();
        return;
    }
    QTextBrowser::wheelEvent(event);
}

void ArticleView::resizeEvent(QResizeEvent *event)
{
    QTextBrowser::resizeEvent(event);
    fitLines();
}

// Lines no longer than LineLength characters of the text's size, however wide the window.
void ArticleView::fitLines()
{
    QFont body = font();
    body.setPointSizeF(QFont().pointSizeF() * 1.1 * m_zoom / 100.0);
    const int longest = QFontMetrics(body).horizontalAdvance(u'字') * LineLength + 2 * 14;
    if (viewport()->width() > longest) {
        setLineWrapMode(QTextEdit::FixedPixelWidth);
        setLineWrapColumnOrWidth(longest);
    } else {
        setLineWrapMode(QTextEdit::WidgetWidth);
    }
}

bool ArticleView::showInPage()
{
    if (!m_spanFound)
        return false;
    scrollToAnchor(u"articleInPage"_s);
    return true;
}

void ArticleView::openSource(bool folder)
{
    if (!m_article)
        return;
    const QFileInfo file(m_article->source);
    if (!file.exists()) {
        Q_EMIT said(tr("The page file %1 is no longer there (or is on another computer): it was imported from there.")
                        .arg(QDir::toNativeSeparators(m_article->source)));
        return;
    }
    if (!QDesktopServices::openUrl(QUrl::fromLocalFile(folder ? file.absolutePath() : file.absoluteFilePath())))
        Q_EMIT said(tr("No program on this computer opens %1.").arg(QDir::toNativeSeparators(file.absoluteFilePath())));
}

void ArticleView::render()
{
    QTextBrowser::clear();
    fitLines();
    m_spanFound = false;
    QTextCursor c(document());
    const qreal base = QFont().pointSizeF() * m_zoom / 100.0;
    const auto format = [base](qreal scale, bool bold, const QColor &color = {}) {
        QTextCharFormat f;
        f.setFontPointSize(base * scale);
        f.setFontWeight(bold ? QFont::Bold : QFont::Normal);
        if (color.isValid())
            f.setForeground(color);
        return f;
    };
    const QColor muted = palette().color(QPalette::PlaceholderText);
    const auto link = [&](const QString &text, const QString &href) {
        QTextCharFormat f = format(0.9, false, palette().color(QPalette::Link));
        f.setAnchor(true);
        f.setAnchorHref(href);
        f.setFontUnderline(true);
        c.insertText(text, f);
    };
    if (m_guidance) {
        line(c, tr("This archive holds no articles yet."), format(1.4, true), 10);
        line(c,
             m_canImport ? tr("Import page files with File › Import Pages… (Ctrl+I), a whole folder with File › Import a "
                              "Folder…, or drop files and folders on this window. Pages may be UTF-8, GB18030 or "
                              "UTF-16 text; each is split into its articles and placed in its region.")
                         : tr("This archive cannot be changed from here: ask whoever keeps it to import pages."),
             format(1.05, false), 8);
        line(c, tr("Help › Guide (F1) explains searching and the keyboard shortcuts."), format(0.95, false, muted));
        return;
    }
    if (!m_article)
        return;
    const store::StoredArticle &a = *m_article;
    line(c, a.kicker, format(1.0, false, muted));
    // A title the page did not print (the first clause of an untitled article) is set apart.
    line(c, a.title.isEmpty() ? tr("(untitled)") : a.title, format(1.6, !a.titleDerived, a.titleDerived ? muted : QColor()));
    line(c, a.subtitle.isEmpty() ? QString() : u"——"_s + a.subtitle, format(1.2, false));
    line(c, a.placeLine, format(1.2, true));
    line(c, a.byline, format(1.0, false, muted));
    // The date as precisely as it is known; an inferred one says, on hover, what it came from.
    const QTextCharFormat metaFormat = format(0.9, false, muted);
    if (!a.newspaper.isEmpty())
        c.insertText(a.newspaper + u"  ·  "_s, metaFormat);
    if (a.date.isValid()) {
        QTextCharFormat dated = metaFormat;
        dated.setToolTip(store::dateEvidence(a.date));
        if (a.date.inferred())
            dated.setUnderlineStyle(QTextCharFormat::DotLine);
        c.insertText(store::dateText(a.date), dated);
        c.insertText(u"  ·  "_s, metaFormat);
    }
    QStringList meta;
    if (!a.pageLabel.isEmpty())
        meta << tr("page %1").arg(a.pageLabel);
    if (!a.section.isEmpty())
        meta << a.section;
    if (a.region >= 0)
        meta << geo::Gazetteer::bundled().pathNames(a.region).join(u" › "_s);
    if (!a.association.isEmpty())
        meta << a.association;
    if (!a.credit.isEmpty())
        meta << tr("Credit: %1").arg(a.credit);
    line(c, meta.join(u"  ·  "_s), metaFormat);
    // The page file it came from, whole, with what can be done with it.
    c.insertText(tr("Page file: %1").arg(QDir::toNativeSeparators(a.source)) + u"  "_s, metaFormat);
    link(tr("Open"), u"source:file"_s);
    c.insertText(u"  ·  "_s, metaFormat);
    link(tr("Show in Folder"), u"source:folder"_s);
    const text::TextSpan span = text::spanOfArticle(m_pageText, a.title, !a.titleDerived, a.body, a.credit);
    if (span.found()) {
        c.insertText(u"  ·  "_s, metaFormat);
        link(tr("Show in the Original Page"), u"page:span"_s);
    }
    c.insertBlock();
    if (a.titleDerived || a.confidence < 0.75)
        line(c,
             (a.titleDerived ? tr("No headline was printed: listed by its first words.") + u' ' : QString()) +
                 (a.confidence < 0.75 ? tr("Where this article starts and ends was judged on thin evidence "
                                           "(confidence %1); the original page is below.")
                                            .arg(a.confidence, 0, 'f', 1)
                                      : QString()),
             format(0.85, false, muted));
    c.insertBlock();
    for (const QString &p : a.body.split(u'\n'))
        line(c, p, format(1.1, false), 10);
    for (const auto &cap : a.captions)
        line(c, tr("Photo: %1").arg(cap.text) + (cap.photoCredit.isEmpty() ? QString() : u"  ("_s + cap.photoCredit + u')'),
             format(0.95, false, muted));
    if (!a.mentions.isEmpty()) {
        c.insertText(tr("Places named: "), format(0.9, false, muted));
        for (qsizetype i = 0; i < a.mentions.size(); ++i) {
            const auto *d = geo::Gazetteer::bundled().find(a.mentions[i]);
            if (!d)
                continue;
            link(d->name, u"region:%1"_s.arg(d->code));
            if (i + 1 < a.mentions.size())
                c.insertText(u"、"_s, format(0.9, false, muted));
        }
        c.insertBlock();
    }
    c.insertBlock();
    line(c, tr("Original page"), format(1.0, true, muted));
    // The page's text, the article's own lines marked, so that what the parser took can be seen.
    const QTextCharFormat pageFormat = format(0.9, false, muted);
    if (span.found()) {
        QTextCharFormat own = format(0.9, false);
        QColor mark = palette().color(QPalette::Highlight);
        mark.setAlpha(40);
        own.setBackground(mark);
        own.setAnchor(true);
        own.setAnchorNames({u"articleInPage"_s});
        c.insertText(m_pageText.left(span.start), pageFormat);
        c.insertText(m_pageText.mid(span.start, span.end - span.start), own);
        c.insertText(m_pageText.mid(span.end), pageFormat);
        m_spanFound = true;
    } else {
        c.insertText(m_pageText, pageFormat);
    }

    // The words searched for, highlighted where they stand.
    const QTextCharFormat hit = hitFormat(palette());
    for (const QString &term : store::parseSearchQuery(m_query).included) {
        for (QTextCursor found = document()->find(term); !found.isNull(); found = document()->find(term, found))
            found.mergeCharFormat(hit);
    }
}

} // namespace fangzhi::gui
