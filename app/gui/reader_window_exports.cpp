// Exporting and printing: exactly the articles the archivist chose — those selected in the list,
// or every article in scope — counted before anything starts, with a title page that says what
// was taken.
#include "reader_window.h"

#include "archive_worker.h"
#include "article_list_model.h"
#include "export/scope_words.h"
#include "report_bar.h"

#include <QFileDialog>
#include <QFileInfo>
#include <QMenu>
#include <QMessageBox>
#include <QPrintDialog>
#include <QPrintPreviewDialog>
#include <QPrinter>
#include <QProgressDialog>
#include <QPushButton>
#include <QSettings>
#include <QStandardPaths>
#include <QTableView>

using namespace Qt::Literals::StringLiterals;

namespace fangzhi::gui {
namespace {

// From this many articles an export of the whole scope says that it will take a while.
constexpr qint64 LargeScope = 500;

} // namespace

void ReaderWindow::addExportMenus(QMenu *file)
{
    QAction *pdf = file->addAction(tr("&Export to PDF…"), this, &ReaderWindow::chooseExport);
    pdf->setObjectName(u"exportPdf"_s);
    file->addAction(tr("Print Pre&view…"), this, [this] {
        if (const auto take = askWhichArticles(tr("Print Preview")))
            printArticles(true, *take);
    });
    file->addAction(tr("P&rint…"), QKeySequence::Print, this, [this] {
        if (const auto take = askWhichArticles(tr("Print")))
            printArticles(false, *take);
    });
    QMenu *as = file->addMenu(tr("Export &As"));
    as->setObjectName(u"exportAs"_s);
    for (const auto &[format, name] :
         {std::pair{exporting::Format::Csv, tr("&CSV for a Spreadsheet…")},
          std::pair{exporting::Format::Ris, tr("&RIS for a Reference Manager…")},
          std::pair{exporting::Format::CslJson, tr("CSL-&JSON for a Reference Manager…")},
          std::pair{exporting::Format::Markdown, tr("&Markdown for Notes…")}})
        as->addAction(name, this, [this, format = format] { chooseExportAs(format); });
    as->addSeparator();
    QAction *each = as->addAction(tr("One File per &Article"));
    each->setObjectName(u"onePerArticle"_s);
    each->setCheckable(true);
    each->setChecked(QSettings().value(u"exportOnePerArticle"_s).toBool());
    connect(each, &QAction::toggled, this, [](bool on) { QSettings().setValue(u"exportOnePerArticle"_s, on); });
    for (QAction *a : file->actions().mid(file->actions().size() - 4))
        a->setEnabled(!m_archivePath.isEmpty());
}

void ReaderWindow::connectExports()
{
    connect(m_worker, &ArchiveWorker::exportProgress, this, [this](int done, int total) {
        if (!m_progress)
            return;
        m_progress->setMaximum(total);
        m_progress->setValue(done);
    });
    connect(m_worker, &ArchiveWorker::articlesLoaded, this, [this](const QList<store::StoredArticle> &articles) {
        if (m_progress)
            m_progress->deleteLater();
        m_progress = nullptr;
        const exporting::ExportOptions options = exportOptions(m_printTake, articles.size());
        QPrinter printer(QPrinter::HighResolution);
        printer.setPageLayout(QPageLayout(QPageSize(QPageSize::A4), QPageLayout::Portrait, QMarginsF(22, 20, 22, 16),
                                          QPageLayout::Millimeter));
        if (m_printPreview) {
            QPrintPreviewDialog dialog(&printer, this);
            connect(&dialog, &QPrintPreviewDialog::paintRequested, this,
                    [&](QPrinter *p) { (void)exporting::paintArticles(*p, articles, options); });
            dialog.exec();
        } else if (QPrintDialog(&printer, this).exec() == QDialog::Accepted) {
            const QString error = exporting::paintArticles(printer, articles, options);
            m_report->report(error.isEmpty() ? tr("Sent %n article(s) to the printer", nullptr, int(articles.size()))
                                             : tr("Printing failed: %1").arg(error),
                             {}, !error.isEmpty());
        }
    });
}

QList<qint64> ReaderWindow::selectedIds() const
{
    QList<qint64> ids;
    QModelIndexList rows = m_table->selectionModel()->selectedRows();
    std::sort(rows.begin(), rows.end(), [](const QModelIndex &a, const QModelIndex &b) { return a.row() < b.row(); });
    for (const QModelIndex &r : std::as_const(rows))
        ids.append(r.data(ArticleListModel::IdRole).toLongLong());
    return ids;
}

// Asks plainly which articles: the selected ones or the whole scope, each with its count. Nothing
// is asked when there is no choice to make.
std::optional<ReaderWindow::Take> ReaderWindow::askWhichArticles(const QString &title)
{
    const qint64 selected = selectedIds().size();
    const qint64 inScope = m_articles->total();
    if (inScope == 0) {
        m_report->report(tr("There are no articles in scope to take."), {}, true);
        return std::nullopt;
    }
    if (selected == 0 || selected == inScope)
        return selected == 0 ? Take::Scope : Take::Selection;
    QMessageBox box(QMessageBox::Question, title, tr("Which articles?"), QMessageBox::Cancel, this);
    QPushButton *chosen = box.addButton(tr("The %n &Selected", nullptr, int(selected)), QMessageBox::AcceptRole);
    QPushButton *all = box.addButton(tr("&All %n in Scope", nullptr, int(inScope)), QMessageBox::AcceptRole);
    box.setDefaultButton(selected > 1 ? chosen : all);
    if (inScope >= LargeScope)
        box.setInformativeText(tr("All %n articles in scope make a long document: it takes a while, and can be "
                                  "cancelled.",
                                  nullptr, int(inScope)));
    box.exec();
    if (box.clickedButton() == chosen)
        return Take::Selection;
    if (box.clickedButton() == all)
        return Take::Scope;
    return std::nullopt;
}

QString ReaderWindow::exportFolder()
{
    const QString last = QSettings().value(u"exportFolder"_s).toString();
    return !last.isEmpty() && QFileInfo(last).isDir() ? last
                                                      : QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation);
}

exporting::ExportOptions ReaderWindow::exportOptions(Take take, qint64 articles) const
{
    return {tr("Fangzhi"), exporting::ScopeWords::of(store::archiveName(m_archivePath), m_filter, articles,
                                                     take == Take::Selection)};
}

void ReaderWindow::chooseExport()
{
    const auto take = askWhichArticles(tr("Export to PDF"));
    if (!take)
        return;
    const QString pdf = QFileDialog::getSaveFileName(this, tr("Export to PDF"), exportFolder() + u"/articles.pdf"_s,
                                                     tr("PDF (*.pdf)"));
    if (!pdf.isEmpty())
        exportArticles(pdf.endsWith(u".pdf"_s, Qt::CaseInsensitive) ? pdf : pdf + u".pdf"_s, *take);
}

void ReaderWindow::chooseExportAs(exporting::Format format)
{
    const auto take = askWhichArticles(tr("Export"));
    if (!take)
        return;
    const bool each = QSettings().value(u"exportOnePerArticle"_s).toBool();
    const QString extension = exporting::extensionOf(format);
    const QString path =
        each ? QFileDialog::getExistingDirectory(this, tr("Export: a folder for the articles' files"), exportFolder())
             : QFileDialog::getSaveFileName(this, tr("Export"), exportFolder() + u"/articles."_s + extension,
                                            tr("%1 files (*.%2)").arg(extension.toUpper(), extension));
    if (path.isEmpty())
        return;
    exportArticlesAs(format, each || path.endsWith(u'.' + extension, Qt::CaseInsensitive) ? path : path + u'.' + extension,
                     *take, each);
}

// What an export takes (the rows selected, or none for the whole scope) and how many, said in the
// progress dialog; false, said in the report bar, when there is nothing to take.
bool ReaderWindow::startExport(Take take, const QString &target, const QString &folder, QList<qint64> *ids,
                               qint64 *count)
{
    *ids = take == Take::Selection ? selectedIds() : QList<qint64>();
    *count = take == Take::Selection ? ids->size() : m_articles->total();
    if (*count == 0) {
        m_report->report(tr("There are no articles in scope to take."), {}, true);
        Q_EMIT exportFinished(tr("there are no articles to export"));
        return false;
    }
    QSettings().setValue(u"exportFolder"_s, folder);
    startProgress(tr("Exporting…"),
                  tr("Exporting %n article(s) to %1", nullptr, int(*count)).arg(QFileInfo(target).fileName()));
    m_progress->setLabelText(m_progressLabel);
    return true;
}

void ReaderWindow::exportArticlesAs(exporting::Format format, const QString &path, Take take, bool onePerArticle)
{
    QList<qint64> ids;
    qint64 count = 0;
    if (!startExport(take, path, onePerArticle ? path : QFileInfo(path).absolutePath(), &ids, &count))
        return;
    QMetaObject::invokeMethod(m_worker, [=, filter = m_filter, w = m_worker] { w->exportAs(ids, filter, format, path, onePerArticle); });
}

void ReaderWindow::exportArticles(const QString &pdf, Take take)
{
    QList<qint64> ids;
    qint64 count = 0;
    if (!startExport(take, pdf, QFileInfo(pdf).absolutePath(), &ids, &count))
        return;
    const auto filter = m_filter;
    const auto options = exportOptions(take, count);
    QMetaObject::invokeMethod(m_worker, [=, w = m_worker] { w->exportPdf(ids, filter, pdf, options); });
}

void ReaderWindow::printArticles(bool preview, Take take)
{
    m_printPreview = preview;
    m_printTake = take;
    const QList<qint64> ids = take == Take::Selection ? selectedIds() : QList<qint64>();
    const qint64 count = take == Take::Selection ? ids.size() : m_articles->total();
    startProgress(tr("Preparing to print…"), tr("Reading %n article(s) to print", nullptr, int(count)));
    m_progress->setLabelText(m_progressLabel);
    QMetaObject::invokeMethod(m_worker, [=, filter = m_filter, w = m_worker] { w->loadArticles(ids, filter); });
}

} // namespace fangzhi::gui
