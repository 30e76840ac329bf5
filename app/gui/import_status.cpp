#include "import_status.h"

#include <QHBoxLayout>
#include <QLabel>
#include <QLocale>
#include <QProgressBar>
#include <QToolButton>

using namespace Qt::Literals::StringLiterals;

namespace fangzhi::gui {

ImportStatus::ImportStatus(QWidget *parent)
    : QWidget(parent), m_bar(new QProgressBar), m_words(new QLabel), m_cancel(new QToolButton)
{
    setObjectName(u"importStatus"_s);
    auto *row = new QHBoxLayout(this);
    row->setContentsMargins(0, 0, 0, 0);
    m_bar->setMaximumWidth(160);
    m_bar->setTextVisible(false);
    m_words->setTextFormat(Qt::PlainText);
    m_cancel->setObjectName(u"cancelImport"_s);
    row->addWidget(m_words);
    row->addWidget(m_bar);
    row->addWidget(m_cancel);
    connect(m_cancel, &QToolButton::clicked, this, &ImportStatus::cancelRequested);
    retranslate();
    hide();
}

void ImportStatus::retranslate()
{
    m_cancel->setText(tr("Stop Import"));
    m_cancel->setAccessibleName(tr("Stop the import"));
    m_bar->setAccessibleName(tr("Import progress"));
}

void ImportStatus::begin()
{
    m_clock.start();
    m_bar->setRange(0, 0); // the files are being found
    m_words->setText(tr("Importing: finding the page files…"));
    m_cancel->setEnabled(true);
    QWidget::show();
}

void ImportStatus::show(int done, int total)
{
    m_bar->setRange(0, std::max(total, 1));
    m_bar->setValue(done);
    const qint64 ms = m_clock.elapsed();
    QString words = tr("Importing: %1 of %Ln file(s)", nullptr, total).arg(QLocale().toString(done));
    if (done > 0 && ms > 1000)
        words += u"  ·  "_s + tr("%1 a second").arg(QLocale().toString(done * 1000.0 / ms, 'f', done * 1000 >= 10 * ms ? 0 : 1)) +
                 u"  ·  "_s + timeLeft(ms, done, total);
    m_words->setText(words);
}

void ImportStatus::stopping()
{
    m_cancel->setEnabled(false);
    m_words->setText(tr("Stopping the import after the page being stored…"));
}

void ImportStatus::end()
{
    hide();
}

QString ImportStatus::timeLeft(qint64 elapsedMs, int done, int total)
{
    if (done <= 0 || total <= done)
        return tr("almost done");
    const qint64 seconds = (elapsedMs * (total - done) / done + 999) / 1000;
    if (seconds < 60)
        return tr("about %n second(s) left", nullptr, int(std::max<qint64>(seconds, 1)));
    if (seconds < 3600)
        return tr("about %n minute(s) left", nullptr, int((seconds + 30) / 60));
    return tr("about %1 h %2 min left").arg(seconds / 3600).arg(seconds / 60 % 60);
}

} // namespace fangzhi::gui
