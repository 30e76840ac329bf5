#pragma once

#include <QWidget>

class QLabel;
class QLineEdit;
class QTextEdit;
class QToolButton;

namespace fangzhi::gui {

// Find in the article being read (Ctrl+F): every match marked, the current one selected and
// scrolled to; Enter or F3 for the next, Shift+Enter or Shift+F3 for the one before, Esc closes.
class FindBar : public QWidget
{
    Q_OBJECT
public:
    explicit FindBar(QTextEdit *text, QWidget *parent = nullptr);

    void open();            // shown, its field focused with what it held selected
    void next(bool backward = false);
    void refresh();         // the text shown changed: its matches are marked again
    void retranslate();
    [[nodiscard]] int matches() const { return m_matches; }
    [[nodiscard]] int current() const { return m_current; } // 1-based; 0 with none

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    void close();
    void mark();

    QTextEdit *m_text;
    QLineEdit *m_field;
    QLabel *m_count;
    QToolButton *m_previous, *m_next, *m_close;
    int m_matches = 0, m_current = 0;
};

} // namespace fangzhi::gui
