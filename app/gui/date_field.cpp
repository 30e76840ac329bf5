#include "date_field.h"

#include <QCalendarWidget>
#include <QHBoxLayout>
#include <QKeyEvent>
#include <QLineEdit>
#include <QMenu>
#include <QRegularExpression>
#include <QToolButton>
#include <QWidgetAction>

using namespace Qt::Literals::StringLiterals;

namespace fangzhi::gui {

DateField::DateField(End end, QWidget *parent)
    : QWidget(parent), m_end(end), m_edit(new QLineEdit), m_calendar(new QToolButton)
{
    auto *row = new QHBoxLayout(this);
    row->setContentsMargins(0, 0, 0, 0);
    row->setSpacing(0);
    row->addWidget(m_edit);
    row->addWidget(m_calendar);
    m_edit->setObjectName(end == End::From ? u"fromDate"_s : u"toDate"_s);
    m_edit->setClearButtonEnabled(true);
    m_edit->setMaxLength(16);
    m_edit->setMinimumWidth(m_edit->fontMetrics().horizontalAdvance(u"2021-10-20__"_s) + 24);
    m_calendar->setText(u"▾"_s);
    m_calendar->setFocusPolicy(Qt::NoFocus); // Tab goes from field to field; Alt+Down opens it
    connect(m_edit, &QLineEdit::editingFinished, this, &DateField::take);
    connect(m_edit, &QLineEdit::textChanged, this, [this](const QString &t) {
        if (t.isEmpty())
            take(); // the clear button: any date
    });
    connect(m_calendar, &QToolButton::clicked, this, &DateField::openCalendar);
    m_edit->installEventFilter(this);
    retranslate();
}

std::optional<QDate> DateField::read(const QString &typed, End end)
{
    const QString t = typed.trimmed();
    if (t.isEmpty())
        return QDate();
    static const QRegularExpression form(
        u"^(\\d{4})(?:[-./年]?(\\d{1,2})(?:[-./月]?(\\d{1,2})日?)?月?)?年?$"_s);
    const auto m = form.match(t);
    if (!m.hasMatch())
        return std::nullopt;
    const int y = m.captured(1).toInt();
    const int mo = m.captured(2).isEmpty() ? 0 : m.captured(2).toInt();
    const int d = m.captured(3).isEmpty() ? 0 : m.captured(3).toInt();
    if (y < 1900 || y > 2200 || mo > 12)
        return std::nullopt;
    if (!mo)
        return end == End::From ? QDate(y, 1, 1) : QDate(y, 12, 31);
    if (!d) {
        const QDate first(y, mo, 1);
        return end == End::From ? first : QDate(y, mo, first.daysInMonth());
    }
    const QDate day(y, mo, d);
    return day.isValid() ? std::optional(day) : std::nullopt;
}

void DateField::take()
{
    const auto read = DateField::read(m_edit->text(), m_end);
    m_edit->setStyleSheet(read ? QString() : u"QLineEdit { border: 1px solid #c0392b; }"_s);
    if (!read) {
        m_edit->setToolTip(tr("Not a date: type a year (2021), a month (2021-10) or a day (2021-10-20)."));
        return;
    }
    retranslate(); // what was typed stays as typed ("2021"): the filter takes the whole year
    if (*read != m_date) {
        m_date = *read;
        Q_EMIT dateChanged(m_date);
    }
}

void DateField::setDate(const QDate &date)
{
    m_date = date.isValid() ? date : QDate();
    const QSignalBlocker quiet(m_edit);
    m_edit->setText(m_date.isValid() ? m_date.toString(Qt::ISODate) : QString());
    m_edit->setStyleSheet({});
}

void DateField::setArchiveDates(const QDate &first, const QDate &last)
{
    m_first = first;
    m_last = last;
}

void DateField::openCalendar()
{
    QMenu menu(this);
    auto *calendar = new QCalendarWidget(&menu);
    calendar->setGridVisible(false);
    if (m_first.isValid() && m_last.isValid())
        calendar->setDateRange(std::min(m_first, QDate(m_first.year(), 1, 1)), std::max(m_last, QDate::currentDate()));
    // Opens on the date chosen, else on the archive's own end of its dates.
    const QDate shown = m_date.isValid() ? m_date : m_end == End::From ? m_first : m_last;
    calendar->setSelectedDate(shown.isValid() ? shown : QDate::currentDate());
    auto *holder = new QWidgetAction(&menu);
    holder->setDefaultWidget(calendar);
    menu.addAction(holder);
    connect(calendar, &QCalendarWidget::activated, &menu, [&](const QDate &d) {
        setDate(d);
        Q_EMIT dateChanged(m_date);
        menu.close();
    });
    connect(calendar, &QCalendarWidget::clicked, &menu, [&](const QDate &d) {
        setDate(d);
        Q_EMIT dateChanged(m_date);
        menu.close();
    });
    menu.exec(mapToGlobal(QPoint(0, height())));
}

void DateField::retranslate()
{
    m_edit->setPlaceholderText(m_end == End::From ? tr("From: 2021") : tr("To: 2021-10"));
    m_edit->setToolTip(tr("Type a year (2021), a month (2021-10) or a day (2021-10-20); Alt+Down opens a calendar."));
    m_edit->setAccessibleName(m_end == End::From ? tr("From date") : tr("To date"));
    m_calendar->setToolTip(tr("Pick from a calendar"));
    m_calendar->setAccessibleName(m_end == End::From ? tr("Calendar for the From date") : tr("Calendar for the To date"));
}

bool DateField::eventFilter(QObject *watched, QEvent *event)
{
    if (watched == m_edit && event->type() == QEvent::KeyPress) {
        const auto *key = static_cast<QKeyEvent *>(event);
        if (key->key() == Qt::Key_Down && key->modifiers() & Qt::AltModifier) {
            openCalendar();
            return true;
        }
    }
    return QWidget::eventFilter(watched, event);
}

} // namespace fangzhi::gui
