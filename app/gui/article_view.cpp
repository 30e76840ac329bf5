#include "article_view.h"
#include "store/page_date_text.h"

#include "geo/gazetteer.h"
#include "store/archive_types.h"
#include "store/search_query.h"

#include <QFileInfo>
#include <QTextCursor>

using namespace Qt::Literals::StringLiterals;

namespace fangzhi::gui {
namespace {

QTextCharFormat format(qreal scale, bool bold, const QColor &color = {})
{
    QTextCharFormat f;
    f.setFontPointSize(QFont().pointSizeF() * scale);
    f.setFontWeight(bold ? QFont::Bold : QFont::Normal);
    if (color.isValid())
        f.setForeground(color);
    return f;
}

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

} // namespace

ArticleView::ArticleView(QWidget *parent) : QTextBrowser(parent)
{
    setReadOnly(true);
    setAcceptRichText(false);
    setUndoRedoEnabled(false);
    setOpenLinks(false); // links are places of the archive, not pages to open
    connect(this, &QTextBrowser::anchorClicked, this, [this](const QUrl &url) {
        if (url.scheme() == u"region")
            Q_EMIT placeChosen(url.path().toInt());
    });
}

void ArticleView::showStored(const store::StoredArticle &a, const QString &pageText, const QString &query)
{
    clear();
    QTextCursor c(document());
    const QColor muted = palette().color(QPalette::PlaceholderText);
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
    meta << QFileInfo(a.source).fileName();
    line(c, meta.join(u"  ·  "_s), metaFormat);
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
            QTextCharFormat link = format(0.9, false, palette().color(QPalette::Link));
            link.setAnchor(true);
            link.setAnchorHref(u"region:%1"_s.arg(d->code));
            link.setFontUnderline(true);
            c.insertText(d->name, link);
            if (i + 1 < a.mentions.size())
                c.insertText(u"、"_s, format(0.9, false, muted));
        }
        c.insertBlock();
    }
    c.insertBlock();
    line(c, tr("Original page"), format(1.0, true, muted));
    c.insertText(pageText, format(0.9, false, muted));

    // The words searched for, highlighted where they stand.
    QTextCharFormat hit;
    hit.setBackground(QColor(0xFF, 0xE0, 0x80));
    for (const QString &term : store::parseSearchQuery(query).included) {
        for (QTextCursor found = document()->find(term); !found.isNull(); found = document()->find(term, found))
            found.mergeCharFormat(hit);
    }
    moveCursor(QTextCursor::Start);
}

} // namespace fangzhi::gui
