#include "find_bar.h"

#include <QHBoxLayout>
#include <QKeyEvent>
#include <QLabel>
#include <QLineEdit>
#include <QTextDocument>
#include <QTextEdit>
#include <QToolButton>

using namespace Qt::Literals::StringLiterals;

namespace fangzhi::gui {

FindBar::FindBar(QTextEdit *text, QWidget *parent)
    : QWidget(parent), m_text(text), m_field(new QLineEdit), m_count(new QLabel), m_previous(new QToolButton),
      m_next(new QToolButton), m_close(new QToolButton)
{
    setObjectName(u"findBar"_s);
    m_field->setObjectName(u"findInArticle"_s);
    m_field->setClearButtonEnabled(true);
    m_field->installEventFilter(this);
    auto *row = new QHBoxLayout(this);
    row->setContentsMargins(4, 2, 4, 2);
    row->addWidget(m_field, 1);
    row->addWidget(m_count);
    row->addWidget(m_previous);
    row->addWidget(m_next);
    row->addWidget(m_close);
    m_previous->setArrowType(Qt::UpArrow);
    m_next->setArrowType(Qt::DownArrow);
    m_close->setText(u"✕"_s);
    connect(m_field, &QLineEdit::textChanged, this, [this] {
        m_text->moveCursor(QTextCursor::Start);
        next();
    });
    connect(m_previous, &QToolButton::clicked, this, [this] { next(true); });
    connect(m_next, &QToolButton::clicked, this, [this] { next(); });
    connect(m_close, &QToolButton::clicked, this, &FindBar::close);
    retranslate();
    hide();
}

void FindBar::retranslate()
{
    m_field->setPlaceholderText(tr("Find in this article"));
    m_field->setAccessibleName(tr("Find in this article"));
    m_previous->setToolTip(tr("Previous match (Shift+F3)"));
    m_previous->setAccessibleName(tr("Previous match"));
    m_next->setToolTip(tr("Next match (F3)"));
    m_next->setAccessibleName(tr("Next match"));
    m_close->setToolTip(tr("Close (Esc)"));
    m_close->setAccessibleName(tr("Close the find bar"));
    mark();
}

void FindBar::open()
{
    show();
    m_field->setFocus(Qt::ShortcutFocusReason);
    m_field->selectAll();
    mark();
}

void FindBar::close()
{
    hide();
    m_text->setExtraSelections({});
    m_text->setFocus(Qt::OtherFocusReason);
}

void FindBar::refresh()
{
    if (isVisible())
        mark();
}

// Every match marked; the count says which one is selected.
void FindBar::mark()
{
    QList<QTextEdit::ExtraSelection> marks;
    m_matches = m_current = 0;
    const QString wanted = m_field->text();
    const QTextCursor selected = m_text->textCursor();
    if (!wanted.isEmpty() && isVisible()) {
        QTextEdit::ExtraSelection mark;
        mark.format.setBackground(palette().color(QPalette::Highlight).lighter(palette().color(QPalette::Base).lightness() < 128 ? 70 : 160));
        for (QTextCursor found = m_text->document()->find(wanted); !found.isNull();
             found = m_text->document()->find(wanted, found)) {
            ++m_matches;
            if (found.selectionStart() == selected.selectionStart() && found.selectionEnd() == selected.selectionEnd())
                m_current = m_matches;
            mark.cursor = found;
            marks.append(mark);
        }
    }
    m_text->setExtraSelections(marks);
    m_count->setText(wanted.isEmpty() ? QString()
                     : m_matches == 0 ? tr("Not found")
                                      : tr("%1 of %2").arg(m_current).arg(m_matches));
    QPalette p = m_field->palette();
    p.setColor(QPalette::Text, m_matches == 0 && !wanted.isEmpty() ? QColor(0xC0, 0x30, 0x30)
                                                                    : palette().color(QPalette::Text));
    m_field->setPalette(p);
}

void FindBar::next(bool backward)
{
    const QString wanted = m_field->text();
    if (wanted.isEmpty()) {
        mark();
        return;
    }
    QTextDocument::FindFlags flags;
    if (backward)
        flags |= QTextDocument::FindBackward;
    QTextCursor found = m_text->document()->find(wanted, m_text->textCursor(), flags);
    if (found.isNull()) { // round again from the other end
        QTextCursor end(m_text->document());
        end.movePosition(backward ? QTextCursor::End : QTextCursor::Start);
        found = m_text->document()->find(wanted, end, flags);
    }
    if (!found.isNull()) {
        m_text->setTextCursor(found);
        m_text->ensureCursorVisible();
    }
    mark();
}

bool FindBar::eventFilter(QObject *watched, QEvent *event)
{
    if (watched == m_field && event->type() == QEvent::KeyPress) {
        const auto *key = static_cast<QKeyEvent *>(event);
        if (key->key() == Qt::Key_Escape) {
            close();
            return true;
        }
        if (key->key() == Qt::Key_Return || key->key() == Qt::Key_Enter) {
            next(key->modifiers() & Qt::ShiftModifier);
            return true;
        }
    }
    return QWidget::eventFilter(watched, event);
}

} // namespace fangzhi::gui
