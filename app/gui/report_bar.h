#pragma once

#include <QFrame>
#include <QStringList>

class QLabel;
class QPushButton;

namespace fangzhi::gui {

// What an import, a reading again or an export did, above the list until the archivist dismisses
// it (or the next report takes its place): a summary that adds up, and the files it names.
class ReportBar : public QFrame
{
    Q_OBJECT
public:
    explicit ReportBar(QWidget *parent = nullptr);

    void report(const QString &summary, const QStringList &details = {}, bool trouble = false);
    [[nodiscard]] QString summary() const;
    [[nodiscard]] QStringList details() const { return m_details; }
    void retranslate();

Q_SIGNALS:
    void dismissed();

private:
    void showDetails();

    QLabel *m_text;
    QPushButton *m_detailsButton;
    QPushButton *m_dismiss;
    QStringList m_details;
};

} // namespace fangzhi::gui
