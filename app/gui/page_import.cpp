#include "page_import.h"

#include "store/archive_store.h"

using namespace Qt::Literals::StringLiterals;

namespace fangzhi::gui {
namespace {

// Heard on the importing thread, said to the window through queued signals.
class Progress final : public ingest::ImportProgress
{
public:
    Progress(PageImport *import, const std::atomic<bool> &cancel) : m_import(import), m_cancel(cancel) {}
    void started(int files) override { Q_EMIT m_import->started(files); }
    void fileDone(int done, int total, const QString &file) override { Q_EMIT m_import->progressed(done, total, file); }
    bool cancelRequested() const override { return m_cancel; }

private:
    PageImport *m_import;
    const std::atomic<bool> &m_cancel;
};

} // namespace

PageImport::PageImport(const QString &archive, const QString &password, const QStringList &paths,
                       const ingest::ImportOptions &options, QObject *parent)
    : QObject(parent), m_archive(archive), m_password(password), m_paths(paths), m_options(options)
{
}

PageImport::~PageImport()
{
    m_cancel = true;
    if (m_thread)
        m_thread->wait();
}

void PageImport::start()
{
    m_thread = QThread::create([this] { run(); });
    connect(m_thread, &QThread::finished, m_thread, &QObject::deleteLater);
    connect(m_thread, &QObject::destroyed, this, [this] { m_thread = nullptr; });
    m_thread->start(QThread::LowPriority);
}

void PageImport::run()
{
    QString error;
    const auto archive = store::openArchive(m_archive, &error, store::Opening::ForWriting, m_password);
    if (!archive) {
        ingest::ImportReport report;
        report.files = int(m_paths.size());
        report.failed.append({store::archiveName(m_archive), error});
        Q_EMIT finished(report);
        return;
    }
    Progress progress(this, m_cancel);
    Q_EMIT finished(ingest::importPages(*archive, m_paths, m_options, &progress));
}

} // namespace fangzhi::gui
