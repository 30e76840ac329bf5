#pragma once

#include <QDialog>

class QCheckBox;
class QComboBox;
class QLineEdit;
class QSpinBox;

namespace fangzhi::gui {

// File › Connect to Shared Archive…: where a team's archive is (host, port, database, user,
// how the connection is secured) and the password, which is kept in the desktop's keychain if
// asked, never in settings.
class SharedArchiveDialog : public QDialog
{
    Q_OBJECT
public:
    explicit SharedArchiveDialog(QWidget *parent = nullptr);

    // postgresql://user@host:port/database[?sslmode=…]: the location, without the password.
    [[nodiscard]] QString location() const;
    void setLocation(const QString &location);
    [[nodiscard]] QString password() const;
    [[nodiscard]] bool rememberPassword() const;

private:
    void updateButtons();

    QLineEdit *m_host, *m_database, *m_user, *m_password;
    QSpinBox *m_port;
    QComboBox *m_security;
    QCheckBox *m_remember;
};

} // namespace fangzhi::gui
