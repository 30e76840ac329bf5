#include "article_view.h"

#include "parse/page.h"

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

ArticleView::ArticleView(QWidget *parent) : QTextEdit(parent)
{
    setReadOnly(true);
    setAcceptRichText(false);
    setUndoRedoEnabled(false);
}

void ArticleView::showArticle(const parse::Page &page, const parse::Article &a)
{
    clear();
    QTextCursor c(document());
    const QColor muted = palette().color(QPalette::PlaceholderText);
    line(c, a.kicker, format(1.0, false, muted));
    line(c, a.title.isEmpty() ? tr("(untitled)") : a.title, format(1.6, true));
    line(c, a.subtitle.isEmpty() ? QString() : u"——"_s + a.subtitle, format(1.2, false));
    line(c, a.placeLine, format(1.2, true));

    QStringList meta;
    if (!a.section.isEmpty())
        meta << a.section;
    if (page.date.isValid())
        meta << page.date.toString(Qt::ISODate);
    if (!a.regionPath.isEmpty())
        meta << a.regionPath.join(u" › "_s);
    if (!a.association.isEmpty())
        meta << a.association;
    if (!a.credit.isEmpty())
        meta << tr("Credit: %1").arg(a.credit);
    meta << QFileInfo(page.file).fileName();
    line(c, meta.join(u"  ·  "_s), format(0.9, false, muted));
    c.insertBlock();

    const QTextCharFormat body = format(1.1, false);
    const QStringList paragraphs = a.body.split(u'\n');
    for (const QString &p : paragraphs)
        line(c, p, a.subheadings.contains(p) ? format(1.1, true) : body, 10);
    for (const parse::Caption &cap : a.captions) {
        QString text = tr("Photo: %1").arg(cap.text);
        if (!cap.photoCredit.isEmpty())
            text += u"  ("_s + cap.photoCredit + u')';
        line(c, text, format(0.95, false, muted));
    }
    moveCursor(QTextCursor::Start);
}

void ArticleView::showPage(const parse::Page &page)
{
    clear();
    QTextCursor c(document());
    line(c, QFileInfo(page.file).fileName(), format(1.3, true));
    line(c,
         tr("%1 · %n article(s) · %2 sponsor(s)", nullptr, int(page.articles.size()))
             .arg(page.encoding)
             .arg(page.sponsors.size()),
         format(0.9, false, palette().color(QPalette::PlaceholderText)));
    c.insertBlock();
    c.insertText(page.originalText, format(1.0, false));
    moveCursor(QTextCursor::Start);
}

} // namespace fangzhi::gui
