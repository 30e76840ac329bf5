#pragma once

#include <QElapsedTimer>
#include <QWidget>

class QLabel;
class QProgressBar;
class QToolButton;

namespace fangzhi::gui {

// An import under way, in the status bar: how far it is, its rate and the time left, and a
// button that stops it. The window stays usable meanwhile.
class ImportStatus : public QWidget
{
    Q_OBJECT
public:
    explicit ImportStatus(QWidget *parent = nullptr);

    void begin();
    void show(int done, int total);
    void stopping(); // cancel was asked: the page being stored is finished first
    void end();
    void retranslate();

    // "about 20 s left", "about 3 min left", from what the first files took.
    [[nodiscard]] static QString timeLeft(qint64 elapsedMs, int done, int total);

Q_SIGNALS:
    void cancelRequested();

private:
    QProgressBar *m_bar;
    QLabel *m_words;
    QToolButton *m_cancel;
    QElapsedTimer m_clock;
};

} // namespace fangzhi::gui
