#pragma once

#include <QDate>
#include <QWidget>

#include <optional>

class QLineEdit;
class QToolButton;

namespace fangzhi::gui {

// One end of the date filter, typed as a year ("2021"), a month ("2021-10") or a day
// ("2021-10-20", "2021年10月20日"), or picked from a calendar that opens within the archive's
// dates. A year or month typed as "From" starts on its first day, as "To" ends on its last.
class DateField : public QWidget
{
    Q_OBJECT
public:
    enum class End { From, To };
    explicit DateField(End end, QWidget *parent = nullptr);

    [[nodiscard]] QDate date() const { return m_date; } // invalid: any date
    void setDate(const QDate &date);                    // shown as typed would be; no signal
    void setArchiveDates(const QDate &first, const QDate &last);
    [[nodiscard]] QLineEdit *field() const { return m_edit; }
    void retranslate();

    // "2021" → the year's first or last day, as this end takes it; nullopt when it is not a date.
    [[nodiscard]] static std::optional<QDate> read(const QString &typed, End end);

Q_SIGNALS:
    void dateChanged(const QDate &date);

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    void take();
    void openCalendar();

    End m_end;
    QDate m_date;
    QDate m_first, m_last; // the archive's dates, where the calendar opens
    QLineEdit *m_edit;
    QToolButton *m_calendar;
};

} // namespace fangzhi::gui
