// What imports, readings again and exports did: said in the report bar above the list, where it
// stays until dismissed.
#include "reader_window.h"

#include "archive_worker.h"
#include "report_bar.h"

#include <QLabel>
#include <QMenuBar>
#include <QProgressDialog>

using namespace Qt::Literals::StringLiterals;

namespace fangzhi::gui {

void ReaderWindow::connectReports()
{
    connect(m_worker, &ArchiveWorker::olderPagesFound, this, [this](int pages) {
        m_olderPages = pages;
        buildMenus();
        m_olderHint->setText(tr("%n page(s) were read by an older Fangzhi: File › Read Pages Again", nullptr, pages));
        m_olderHint->setVisible(pages > 0);
    });
    connect(m_worker, &ArchiveWorker::reparseFinished, this,
            [this](int reparsed, int pages, const store::ReparseCounts &articles, const QStringList &failures,
                   bool cancelled) {
                if (m_progress)
                    m_progress->deleteLater();
                m_progress = nullptr;
                QString report =
                    tr("Read %1 of %2 pages again: %3 articles kept (%4 of them now under another region), "
                       "%5 removed, %6 added.")
                        .arg(reparsed)
                        .arg(pages)
                        .arg(articles.kept)
                        .arg(articles.moved)
                        .arg(articles.removed)
                        .arg(articles.added);
                if (cancelled)
                    report = tr("Stopped. ") + report;
                if (!failures.isEmpty())
                    report += u' ' + tr("%n page(s) could not be read again; they are as they were.", nullptr,
                                        pages - reparsed);
                m_report->report(report, failures, !failures.isEmpty());
                Q_EMIT reparseFinished();
            });
    connect(m_worker, &ArchiveWorker::exportFinished, this, [this](const QString &path, const QString &error) {
        if (m_progress)
            m_progress->deleteLater();
        m_progress = nullptr;
        if (path.isEmpty()) // a print cancelled while its articles were read
            m_report->report(tr("Printing cancelled: nothing was printed."));
        else
            m_report->report(error.isEmpty() ? tr("Exported to %1").arg(path) : tr("Export failed: %1").arg(error), {},
                             !error.isEmpty());
        Q_EMIT exportFinished(error);
    });
}

} // namespace fangzhi::gui
