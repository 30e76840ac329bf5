#pragma once

#include "ingest/importer.h"

#include <QObject>
#include <QStringList>
#include <QThread>

#include <atomic>

namespace fangzhi::gui {

// An import on a thread and a connection of its own, so that the reader goes on reading the
// archive while pages are stored: an SQLite archive (in WAL mode) and a team's archive on a
// server both let one program write while others read.
class PageImport : public QObject
{
    Q_OBJECT
public:
    PageImport(const QString &archive, const QString &password, const QStringList &paths,
               const ingest::ImportOptions &options, QObject *parent = nullptr);
    ~PageImport() override; // cancels, and waits for the page being stored

    void start();
    // Takes effect between two pages: the pages stored stay, the others are not reached.
    void cancel() { m_cancel = true; }
    [[nodiscard]] bool cancelling() const { return m_cancel; }

Q_SIGNALS:
    void started(int files);
    void progressed(int done, int total, const QString &file);
    void finished(const fangzhi::ingest::ImportReport &report);

private:
    void run();

    const QString m_archive;
    const QString m_password;
    const QStringList m_paths;
    const ingest::ImportOptions m_options;
    std::atomic<bool> m_cancel{false};
    QThread *m_thread = nullptr;
};

} // namespace fangzhi::gui
