#include "page_preparer.h"

#include "text/decoder.h"

#include "geo/page_placer.h"
#include "page_dating.h"
#include "parse/block_evidence.h"
#include "text/stop_request.h"

#include <QCryptographicHash>

using namespace Qt::Literals::StringLiterals;

namespace fangzhi::ingest {

PagePreparer::PagePreparer(const QString &homeProvince)
    : m_homeProvince(homeProvince), m_thread([this] { run(); })
{
}

PagePreparer::~PagePreparer()
{
    {
        std::lock_guard lock(m_mutex);
        m_stopping = true;
    }
    m_changed.notify_all();
    m_thread.join();
}

void PagePreparer::submit(PageJob job)
{
    {
        std::lock_guard lock(m_mutex);
        m_todo.push_back(std::move(job));
    }
    ++m_pending;
    m_changed.notify_all();
}

std::optional<PreparedPage> PagePreparer::take(std::chrono::milliseconds wait)
{
    std::unique_lock lock(m_mutex);
    if (!m_changed.wait_for(lock, wait, [this] { return !m_ready.empty(); }))
        return std::nullopt;
    PreparedPage page = std::move(m_ready.front());
    m_ready.pop_front();
    --m_pending;
    return page;
}

void PagePreparer::run()
{
    const text::StopWhen stopping([this] { return m_stop.load(); });
    while (true) {
        PreparedPage prepared;
        {
            std::unique_lock lock(m_mutex);
            m_changed.wait(lock, [this] { return m_stopping || !m_todo.empty(); });
            if (m_stopping || m_stop)
                return;
            prepared.job = std::move(m_todo.front());
            m_todo.pop_front();
        }
        if (prepared.job.stage == PageJob::Read)
            readAndHash(prepared.job);
        else
            parseAndPlace(prepared);
        {
            std::lock_guard lock(m_mutex);
            m_ready.push_back(std::move(prepared));
        }
        m_changed.notify_all();
    }
}

void PagePreparer::readAndHash(PageJob &job)
{
    std::optional<QByteArray> bytes = parse::readPageBytes(job.source, &job.unreadable);
    if (!bytes)
        return;
    // The same page in UTF-8, GB18030 or UTF-16 is the same page: its text is what is compared.
    // (A page in UTF-8 without a byte order mark hashes as its bytes did before.)
    job.decoded = text::decode(*bytes);
    if (text::stopRequested())
        return;
    job.contentHash = QString::fromLatin1(
        QCryptographicHash::hash(job.decoded.ok() ? job.decoded.text.toUtf8() : *bytes, QCryptographicHash::Sha256)
            .toHex());
}

void PagePreparer::parseAndPlace(PreparedPage &prepared) const
{
    prepared.parsed =
        parse::parseDecodedPage(prepared.job.decoded, prepared.job.source, m_homeProvince);
    if (prepared.parsed.ok()) {
        parse::Page &page = *prepared.parsed.page;
        // A digital edition numbers its page ("第01版 要闻") where no manifest did.
        if (prepared.job.record.pageLabel.isEmpty() && !page.pageLabels.isEmpty())
            prepared.job.record.pageLabel = parse::pageLabelNumber(page.pageLabels.first());
        store::PageDate &date = prepared.job.record.date; // the manifest's, then the file name's
        if (!date.isValid() && page.date.isValid())
            date = {page.date, u"day"_s, u"file name"_s, {}};
        if (!date.isValid()) // a digital edition prints the date: the first date line on the page
            for (const parse::Article &a : std::as_const(page.articles))
                if (plausiblePageDate(a.date)) {
                    date = {a.date, u"day"_s, u"inferred"_s,
                            u"the page's date line: "_s + a.dateLine};
                    break;
                }
        if (!date.isValid())
            date = inferPageDate(page.text);
        // Names are read as they were on the page's date, a year or a month being enough.
        geo::placePage(page, {date.date, prepared.job.record.newspaper});
    }
    prepared.job.decoded = {}; // stored as the page's text; the decoded copy is done with
}

} // namespace fangzhi::ingest
