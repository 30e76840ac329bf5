#pragma once

#include "parse/page_file.h"
#include "store/archive_types.h"

#include <QByteArray>
#include <QString>

#include <condition_variable>
#include <deque>
#include <mutex>
#include <thread>

namespace fangzhi::ingest {

// A page file read and found new or changed, on its way to the archive.
struct PageJob
{
    QString file;   // as the user named it, for messages
    QString source; // absolute path
    QByteArray bytes;
    QString contentHash;
    bool replacing = false;   // the file was stored before with other bytes
    store::PageRecord record; // what is known before parsing: newspaper, manifest date, page label
};

struct PreparedPage
{
    PageJob job;
    parse::PageFileResult parsed; // placed, when it parsed
};

// Parses, places and dates pages on a thread of its own while the importing thread stores the
// ones before them: the two halves of an import run side by side. Pages come back in the order
// they went in. The parser and the gazetteer are read-only after start-up, so one thread of
// parsing needs no locks but the queue's.
class PagePreparer
{
public:
    explicit PagePreparer(const QString &homeProvince);
    ~PagePreparer();
    PagePreparer(const PagePreparer &) = delete;
    PagePreparer &operator=(const PagePreparer &) = delete;

    void submit(PageJob job);
    [[nodiscard]] PreparedPage take(); // the oldest page submitted, waiting for it if need be
    [[nodiscard]] int pending() const { return m_pending; }

private:
    void run();

    const QString m_homeProvince;
    std::mutex m_mutex;
    std::condition_variable m_changed;
    std::deque<PageJob> m_todo;
    std::deque<PreparedPage> m_ready;
    int m_pending = 0; // submitted and not yet taken; only the submitting thread reads it
    bool m_stopping = false;
    std::thread m_thread;
};

} // namespace fangzhi::ingest
