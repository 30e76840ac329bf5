#include "shared_archive_dialog.h"

#include "store/postgres/server_location.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLineEdit>
#include <QPushButton>
#include <QSpinBox>
#include <QUrl>

using namespace Qt::Literals::StringLiterals;

namespace fangzhi::gui {

SharedArchiveDialog::SharedArchiveDialog(QWidget *parent)
    : QDialog(parent), m_host(new QLineEdit(this)), m_database(new QLineEdit(this)), m_user(new QLineEdit(this)),
      m_password(new QLineEdit(this)), m_port(new QSpinBox(this)), m_security(new QComboBox(this)),
      m_remember(new QCheckBox(tr("&Remember the password in the desktop's keychain"), this))
{
    setWindowTitle(tr("Connect to a Shared Archive"));
    m_host->setObjectName(u"host"_s);
    m_host->setPlaceholderText(tr("archive.example.org"));
    m_port->setRange(1, 65535);
    m_port->setValue(5432);
    m_database->setObjectName(u"database"_s);
    m_database->setPlaceholderText(tr("fangzhi"));
    m_user->setObjectName(u"user"_s);
    m_password->setObjectName(u"password"_s);
    m_password->setEchoMode(QLineEdit::Password);
    m_password->setPlaceholderText(tr("as set by whoever keeps the server"));
    m_security->setObjectName(u"security"_s);
    for (const auto &[label, mode] : {std::pair{tr("Encrypted if the server offers it"), u"prefer"_s},
                                      std::pair{tr("Always encrypted (TLS)"), u"require"_s},
                                      std::pair{tr("Encrypted, and the server's certificate checked"), u"verify-full"_s},
                                      std::pair{tr("Never encrypted"), u"disable"_s}})
        m_security->addItem(label, mode);
    m_remember->setObjectName(u"remember"_s);
    m_remember->setChecked(true);

    auto *form = new QFormLayout;
    form->addRow(tr("&Server:"), m_host);
    form->addRow(tr("P&ort:"), m_port);
    form->addRow(tr("&Database:"), m_database);
    form->addRow(tr("&User:"), m_user);
    form->addRow(tr("Pass&word:"), m_password);
    form->addRow(tr("Se&curity:"), m_security);
    form->addRow(QString(), m_remember);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    buttons->button(QDialogButtonBox::Ok)->setText(tr("&Connect"));
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(buttons);
    for (QLineEdit *edit : {m_host, m_database, m_user})
        connect(edit, &QLineEdit::textChanged, this, &SharedArchiveDialog::updateButtons);
    updateButtons();
}

void SharedArchiveDialog::updateButtons()
{
    auto *buttons = findChild<QDialogButtonBox *>();
    buttons->button(QDialogButtonBox::Ok)->setEnabled(!m_database->text().trimmed().isEmpty());
}

QString SharedArchiveDialog::location() const
{
    const auto encoded = [](const QString &s) { return QString::fromUtf8(QUrl::toPercentEncoding(s.trimmed())); };
    QString url = u"postgresql://"_s;
    if (!m_user->text().trimmed().isEmpty())
        url += encoded(m_user->text()) + u'@';
    url += encoded(m_host->text()) + u':' + QString::number(m_port->value()) + u'/' + encoded(m_database->text());
    const QString mode = m_security->currentData().toString();
    if (mode != u"prefer")
        url += u"?sslmode="_s + mode;
    return url;
}

void SharedArchiveDialog::setLocation(const QString &location)
{
    QString error;
    const auto server = store::postgres::parseServerUrl(location, &error);
    if (!server)
        return;
    m_host->setText(server->host);
    m_port->setValue(server->port);
    m_database->setText(server->database);
    m_user->setText(server->user);
    m_security->setCurrentIndex(std::max(0, m_security->findData(server->sslMode.isEmpty() ? u"prefer"_s
                                                                                            : server->sslMode)));
}

QString SharedArchiveDialog::password() const
{
    return m_password->text();
}

bool SharedArchiveDialog::rememberPassword() const
{
    return m_remember->isChecked();
}

} // namespace fangzhi::gui
