#include "report_bar.h"

#include <QHBoxLayout>
#include <QLabel>
#include <QMessageBox>
#include <QPushButton>

using namespace Qt::Literals::StringLiterals;

namespace fangzhi::gui {

ReportBar::ReportBar(QWidget *parent)
    : QFrame(parent), m_text(new QLabel), m_detailsButton(new QPushButton), m_dismiss(new QPushButton)
{
    setObjectName(u"reportBar"_s);
    setFrameShape(QFrame::StyledPanel);
    setAutoFillBackground(true);
    m_text->setObjectName(u"reportText"_s);
    m_text->setTextFormat(Qt::PlainText); // file names and reasons, never markup
    m_text->setWordWrap(true);
    m_text->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_detailsButton->setObjectName(u"reportDetails"_s);
    m_dismiss->setObjectName(u"dismissReport"_s);
    auto *row = new QHBoxLayout(this);
    row->setContentsMargins(8, 4, 4, 4);
    row->addWidget(m_text, 1);
    row->addWidget(m_detailsButton);
    row->addWidget(m_dismiss);
    connect(m_detailsButton, &QPushButton::clicked, this, &ReportBar::showDetails);
    connect(m_dismiss, &QPushButton::clicked, this, [this] {
        hide();
        Q_EMIT dismissed();
    });
    retranslate();
    hide();
}

void ReportBar::report(const QString &summary, const QStringList &details, bool trouble)
{
    m_text->setText(summary);
    m_details = details;
    m_detailsButton->setVisible(!details.isEmpty());
    QPalette p = palette();
    p.setColor(QPalette::Window, trouble ? QColor(0xFF, 0xF0, 0xD0) : palette().color(QPalette::AlternateBase));
    p.setColor(QPalette::WindowText, trouble ? QColor(0x30, 0x20, 0x00) : palette().color(QPalette::WindowText));
    setPalette(p);
    show();
}

QString ReportBar::summary() const
{
    return isHidden() ? QString() : m_text->text();
}

void ReportBar::retranslate()
{
    m_detailsButton->setText(tr("&Details…"));
    m_dismiss->setText(tr("Dismiss"));
    m_dismiss->setAccessibleName(tr("Dismiss the report"));
    m_detailsButton->setAccessibleName(tr("Show the files the report names"));
}

void ReportBar::showDetails()
{
    QMessageBox box(QMessageBox::Information, tr("Report"), m_text->text(), QMessageBox::Close, this);
    box.setTextFormat(Qt::PlainText);
    box.setDetailedText(m_details.join(u'\n'));
    box.exec();
}

} // namespace fangzhi::gui
