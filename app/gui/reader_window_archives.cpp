// The reader's archives: opening files, connecting to a team's archive on a server (its password
// in the desktop's keychain), the recent list, and following what other desks change.
#include "reader_window.h"

#include "archive_worker.h"
#include "association_choices.h"
#include "server_passwords.h"
#include "shared_archive_dialog.h"
#include "store/archive_store.h"

#include <QComboBox>
#include <QFileInfo>
#include <QLabel>
#include <QMenu>
#include <QMessageBox>
#include <QSettings>

using namespace Qt::Literals::StringLiterals;

namespace fangzhi::gui {

void ReaderWindow::addArchiveMenus(QMenu *file)
{
    file->addAction(tr("&Open Archive…"), QKeySequence::Open, this, [this] { chooseArchive(false); });
    file->addAction(tr("&New Archive…"), QKeySequence::New, this, [this] { chooseArchive(true); });
    QAction *shared = file->addAction(tr("Connect to &Shared Archive…"), this, [this] { connectToSharedArchive(); });
    shared->setObjectName(u"connectShared"_s);
    shared->setStatusTip(tr("Open a team's archive on a PostgreSQL server"));
    QMenu *recent = file->addMenu(tr("&Recent Archives"));
    recent->setObjectName(u"recentArchives"_s);
    const QStringList locations = QSettings().value(u"recentArchives"_s).toStringList();
    for (const QString &location : locations) {
        const QString label = store::isServerLocation(location)
                                  ? tr("%1  —  shared archive").arg(store::archiveName(location))
                                  : QFileInfo(location).fileName() + u"  —  "_s + QFileInfo(location).absolutePath();
        recent->addAction(label, this, [this, location] { openRecent(location); });
    }
    recent->setEnabled(!locations.isEmpty());
}

void ReaderWindow::openArchive(const QString &path, const QString &password)
{
    m_openingPassword = password;
    QMetaObject::invokeMethod(m_worker, [path, password, w = m_worker] { w->open(path, password); });
}

void ReaderWindow::openRecent(const QString &location)
{
    if (!store::isServerLocation(location)) {
        openArchive(location);
        return;
    }
    // The password from the keychain; without one there (or without a keychain), it is asked for.
    recallPassword(location, [this, location](const std::optional<QString> &password, const QString &error) {
        if (password) {
            openArchive(location, *password);
            return;
        }
        if (!error.isEmpty())
            m_status->setText(error);
        connectToSharedArchive(location);
    });
}

void ReaderWindow::connectToSharedArchive(const QString &location)
{
    SharedArchiveDialog dialog(this);
    QString last = location;
    if (last.isEmpty())
        for (const QString &recent : QSettings().value(u"recentArchives"_s).toStringList())
            if (store::isServerLocation(recent)) {
                last = recent;
                break;
            }
    dialog.setLocation(last);
    if (dialog.exec() != QDialog::Accepted)
        return;
    const QString chosen = dialog.location(), password = dialog.password();
    if (dialog.rememberPassword() && !password.isEmpty())
        rememberPassword(chosen, password, [this](const QString &error) {
            if (!error.isEmpty())
                m_status->setText(error);
        });
    openArchive(chosen, password);
}

void ReaderWindow::fillFilterChoices(const QStringList &sections)
{
    QString current = m_section->currentIndex() > 0 ? m_section->currentText() : QString();
    if (current.isEmpty())
        current = std::exchange(m_pendingSection, QString()); // remembered from last time
    m_section->blockSignals(true);
    while (m_section->count() > 1)
        m_section->removeItem(1);
    m_section->addItems(sections);
    m_section->setCurrentIndex(std::max(0, m_section->findText(current)));
    m_section->blockSignals(false);
}

// The associations with articles under the other filters. While one is chosen its list stays
// as it was (the counts would hold that one alone), unless it is not on it (remembered from last
// time, or gone back to).
void ReaderWindow::listAssociations(const QHash<int, qint64> &ownCounts)
{
    const int chosen = m_filter.associationOf;
    if (chosen > 0 && m_associations->rowOf(chosen) > 0)
        return;
    m_association->blockSignals(true);
    m_associations->setCounts(ownCounts);
    m_association->setCurrentIndex(m_associations->rowOf(chosen));
    m_association->blockSignals(false);
}

void ReaderWindow::showArchiveCount(qint64 articles)
{
    m_archiveArticles = articles;
    m_status->setText(articles >= 0 ? tr("%n article(s) in the archive", nullptr, int(articles))
                                    : tr("The archive could not be counted: File › Check Archive says "
                                         "whether it is damaged."));
}

// Another desk imported or read pages again: the tree's counts, the filters' choices and the
// list follow, under the same filters; the article being read stays as it is.
void ReaderWindow::followChangesElsewhere()
{
    connect(m_worker, &ArchiveWorker::changedElsewhere, this,
            [this](const QStringList &sections, qint64 articles) {
                fillFilterChoices(sections);
                showArchiveCount(articles);
                requery();
                Q_EMIT refreshedFromElsewhere();
            });
}

} // namespace fangzhi::gui
