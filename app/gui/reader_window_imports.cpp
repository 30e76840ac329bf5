// Importing pages while the reader stays usable: on a thread and a connection of their own, with
// progress, rate and time left in the status bar, and the archive's newspaper and home province
// as the CLI's --newspaper and --home give them.
#include "reader_window.h"

#include "archive_worker.h"
#include "geo/gazetteer.h"
#include "import_status.h"
#include "import_summary.h"
#include "page_import.h"
#include "report_bar.h"

#include <QComboBox>
#include <QDialog>
#include <QDialogButtonBox>
#include <QFileDialog>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QSettings>
#include <QStandardPaths>
#include <QStatusBar>

using namespace Qt::Literals::StringLiterals;

namespace fangzhi::gui {

void ReaderWindow::connectImports()
{
    m_importStatus = new ImportStatus;
    statusBar()->addPermanentWidget(m_importStatus);
    connect(m_importStatus, &ImportStatus::cancelRequested, this, &ReaderWindow::stopImport);
}

bool ReaderWindow::importing() const
{
    return m_import != nullptr;
}

void ReaderWindow::importPaths(const QStringList &paths)
{
    if (m_archivePath.isEmpty() || paths.isEmpty())
        return;
    if (importing()) {
        m_report->report(tr("An import is under way: these pages can be imported once it has finished."));
        return;
    }
    m_import = new PageImport(m_archivePath, m_password, paths, importOptions(), this);
    m_importStatus->begin();
    connect(m_import, &PageImport::progressed, this, [this](int done, int total) { m_importStatus->show(done, total); });
    connect(m_import, &PageImport::finished, this, [this](const ingest::ImportReport &r) {
        m_import->deleteLater();
        m_import = nullptr;
        m_importStatus->end();
        buildMenus();
        m_report->report(ImportSummary::of(r), ImportSummary::details(r), !r.failed.isEmpty() || !r.warned.isEmpty());
        QMetaObject::invokeMethod(m_worker, [w = m_worker] { w->reload(); });
        Q_EMIT importFinished();
    });
    m_import->start();
    buildMenus(); // Stop Import
}

void ReaderWindow::stopImport()
{
    if (!m_import || m_import->cancelling())
        return;
    m_import->cancel();
    m_importStatus->stopping();
}

void ReaderWindow::chooseImport(bool folder)
{
    // Where the last import came from, else Documents.
    QSettings settings;
    const QString last = settings.value(u"importFolder"_s).toString();
    const QString start =
        QFileInfo(last).isDir() ? last : QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation);
    const QStringList paths =
        folder ? QStringList{QFileDialog::getExistingDirectory(this, tr("Import a folder of pages"), start)}
               : QFileDialog::getOpenFileNames(this, tr("Import pages"), start,
                                               tr("Page files (*.txt *.md);;All files (*)"));
    if (paths.isEmpty() || paths.first().isEmpty())
        return;
    settings.setValue(u"importFolder"_s, folder ? paths.first() : QFileInfo(paths.first()).absolutePath());
    importPaths(paths);
}

ingest::ImportOptions ReaderWindow::importOptions() const
{
    QSettings settings;
    settings.beginGroup(stateOf(m_archivePath));
    return {settings.value(u"homeProvince"_s).toString(), settings.value(u"newspaper"_s).toString()};
}

void ReaderWindow::setImportOptions(const ingest::ImportOptions &options)
{
    QSettings settings;
    settings.beginGroup(stateOf(m_archivePath));
    settings.setValue(u"homeProvince"_s, options.homeProvince);
    settings.setValue(u"newspaper"_s, options.newspaper);
}

// File › Import Settings…: what the CLI's --newspaper and --home say, kept for this archive.
void ReaderWindow::editImportOptions()
{
    const ingest::ImportOptions now = importOptions();
    QDialog dialog(this);
    dialog.setWindowTitle(tr("Import Settings"));
    auto *form = new QFormLayout(&dialog);
    auto *intro = new QLabel(tr("Used for the pages imported into this archive from now on."));
    intro->setWordWrap(true);
    form->addRow(intro);
    auto *newspaper = new QLineEdit(now.newspaper);
    newspaper->setObjectName(u"importNewspaper"_s);
    newspaper->setPlaceholderText(tr("As the pages or their manifest name it"));
    newspaper->setAccessibleName(tr("Newspaper"));
    form->addRow(tr("&Newspaper:"), newspaper);
    auto *home = new QComboBox;
    home->setObjectName(u"importHome"_s);
    home->setAccessibleName(tr("Home province"));
    home->addItem(tr("Found from the pages"), QString());
    const geo::Gazetteer &g = geo::Gazetteer::bundled();
    for (int code : g.childrenOf(geo::NationCode))
        if (const geo::Division *d = g.find(code))
            home->addItem(d->name, QString::number(code));
    home->setCurrentIndex(std::max(0, home->findData(now.homeProvince)));
    form->addRow(tr("&Home province:"), home);
    auto *hint = new QLabel(tr("The home province places a name such as 鼓楼区, found in several provinces, in the "
                               "paper's own province when the page says nothing more."));
    hint->setWordWrap(true);
    form->addRow(hint);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel);
    connect(buttons, &QDialogButtonBox::accepted, &dialog, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, &dialog, &QDialog::reject);
    form->addRow(buttons);
    if (dialog.exec() == QDialog::Accepted)
        setImportOptions({home->currentData().toString(), newspaper->text().trimmed()});
}

} // namespace fangzhi::gui
