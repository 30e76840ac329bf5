#pragma once

#include "parse/page_file.h"
#include "store/archive_types.h"

#include <QByteArray>
#include <QString>

#include <atomic>
#include <chrono>
#include <condition_variable>
#include <optional>
#include <deque>
#include <mutex>
#include <thread>

namespace fangzhi::ingest {

// A page file on its way to the archive. It goes to the preparer twice: to be read and hashed,
// then, if the archive does not hold those bytes already, to be parsed.
struct PageJob
{
    enum Stage { Read, Parse };
    Stage stage = Read;
    QString file;   // as the user named it, for messages
    QString source; // absolute path
    text::DecodedText decoded; // the file's text, read and decoded once
    QString unreadable; // why the file could not be read; empty when it was
    QString contentHash;
    bool replacing = false;   // the file was stored before with other bytes
    store::PageRecord record; // what is known before parsing: newspaper, manifest date, page label
};

struct PreparedPage
{
    PageJob job;
    parse::PageFileResult parsed; // after the Parse stage: placed, when it parsed
};

// Reads and hashes page files, then parses, places and dates those the archive lacks, on a thread
// of its own while the importing thread stores the pages before them: the two halves of an import
// run side by side. Jobs come back in the order they went in. The parser and the gazetteer are
// read-only after start-up, so one thread of preparing needs no locks but the queue's.
class PagePreparer
{
public:
    explicit PagePreparer(const QString &homeProvince);
    ~PagePreparer();
    PagePreparer(const PagePreparer &) = delete;
    PagePreparer &operator=(const PagePreparer &) = delete;

    void submit(PageJob job);
    // The oldest job submitted, once done; nothing if it is not done within the time given.
    [[nodiscard]] std::optional<PreparedPage> take(std::chrono::milliseconds wait);
    [[nodiscard]] int pending() const { return m_pending; }
    // Stops the page being read now, within a moment, and everything after it: what comes back
    // from here on is to be dropped.
    void stop() { m_stop = true; }

private:
    void run();
    static void readAndHash(PageJob &job);
    void parseAndPlace(PreparedPage &prepared) const;

    const QString m_homeProvince;
    std::mutex m_mutex;
    std::condition_variable m_changed;
    std::deque<PageJob> m_todo;
    std::deque<PreparedPage> m_ready;
    int m_pending = 0; // submitted and not yet taken; only the submitting thread reads it
    bool m_stopping = false;
    std::atomic<bool> m_stop{false};
    std::thread m_thread;
};

} // namespace fangzhi::ingest
