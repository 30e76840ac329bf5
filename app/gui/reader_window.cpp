#include "reader_window.h"

#include "store/archive_store.h"
#include "store/search_query.h"

#include "archive_worker.h"
#include "date_field.h"
#include "association_choices.h"
#include "article_list_model.h"
#include "article_view.h"
#include "geo/gazetteer.h"
#include "export/pdf_exporter.h"
#include "language.h"
#include "region_tree_model.h"
#include "report_bar.h"
#include "find_bar.h"
#include "import_status.h"

#include <QApplication>
#include <QGuiApplication>
#include <QScreen>
#include <QStandardPaths>
#include <QCheckBox>
#include <QCloseEvent>
#include <QAbstractItemView>
#include <QComboBox>
#include <QCompleter>
#include <QDragEnterEvent>
#include <QFileDialog>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QMenuBar>
#include <QMessageBox>
#include <QMimeData>
#include <QPrintDialog>
#include <QPrintPreviewDialog>
#include <QPrinter>
#include <QProgressDialog>
#include <QPushButton>
#include <QSettings>
#include <QSplitter>
#include <QStatusBar>
#include <QTableView>
#include <QTimer>
#include <QToolButton>
#include <QTreeView>
#include <QVBoxLayout>

using namespace Qt::Literals::StringLiterals;

namespace fangzhi::gui {
namespace {

constexpr int PageSize = 200;

} // namespace

ReaderWindow::ReaderWindow(QWidget *parent)
    : QMainWindow(parent), m_worker(new ArchiveWorker),
      m_regions(new RegionTreeModel(geo::Gazetteer::bundled(), this)), m_regionFilter(new RegionFilterModel(this)),
      m_articles(new ArticleListModel(geo::Gazetteer::bundled(), this)), m_tree(new QTreeView),
      m_table(new QTableView), m_viewer(new ArticleView), m_regionQuick(new QLineEdit),
      m_hideEmpty(new QCheckBox), m_search(new QLineEdit), m_from(new DateField(DateField::End::From)),
      m_to(new DateField(DateField::End::To)), m_dateRanges(new QToolButton),
      m_association(new QComboBox), m_associations(new AssociationChoices(geo::Gazetteer::bundled(), this)),
      m_section(new QComboBox), m_status(new QLabel), m_report(new ReportBar)
{
    setAcceptDrops(true);
    // Most of the screen it opens on, whatever its size and scale (a saved geometry wins).
    if (const QScreen *screen = QGuiApplication::primaryScreen()) {
        const QRect room = screen->availableGeometry();
        resize(std::min(1360, room.width() * 9 / 10), std::min(860, room.height() * 9 / 10));
    }
    m_worker->moveToThread(&m_thread);
    connect(&m_thread, &QThread::finished, m_worker, &QObject::deleteLater);
    m_thread.start();

    m_regionFilter->setSourceModel(m_regions);
    m_tree->setModel(m_regionFilter);
    m_tree->header()->setSectionResizeMode(RegionTreeModel::NameColumn, QHeaderView::Stretch);
    m_tree->header()->setStretchLastSection(false);
    m_tree->setUniformRowHeights(true);
    m_table->setModel(m_articles);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::ExtendedSelection);
    m_table->setTabKeyNavigation(false); // Tab leaves the list for the article; arrows move in it
    m_table->verticalHeader()->hide();
    m_table->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_table->horizontalHeader()->setSectionResizeMode(ArticleListModel::TitleColumn, QHeaderView::Stretch);
    m_table->verticalHeader()->setDefaultSectionSize(m_table->fontMetrics().height() + 8);
    m_table->setWordWrap(false);
    // Sorting is the archive's: a click on a column asks for the whole scope in that order.
    m_table->horizontalHeader()->setSortIndicatorShown(true);
    m_table->horizontalHeader()->setSortIndicator(-1, Qt::AscendingOrder);
    m_table->horizontalHeader()->setSectionsClickable(true);
    m_table->horizontalHeader()->setSectionsMovable(true);
    connect(m_table->horizontalHeader(), &QHeaderView::sortIndicatorChanged, this, [this](int column, Qt::SortOrder o) {
        applyOrder(column, o);
        requery();
    });

    auto *left = new QWidget;
    auto *leftLayout = new QVBoxLayout(left);
    leftLayout->setContentsMargins(0, 0, 0, 0);
    leftLayout->addWidget(m_regionQuick);
    leftLayout->addWidget(m_hideEmpty);
    leftLayout->addWidget(m_tree);
    auto *centre = new QWidget;
    auto *centreLayout = new QVBoxLayout(centre);
    centreLayout->setContentsMargins(0, 0, 0, 0);
    centreLayout->addWidget(buildFilterBar());
    centreLayout->addWidget(m_report);
    m_reading = new QSplitter(Qt::Vertical);
    m_reading->addWidget(m_table);
    m_reading->addWidget(buildReadingPane());
    m_reading->setSizes({300, 500});
    centreLayout->addWidget(m_reading);
    m_split = new QSplitter;
    m_split->addWidget(left);
    m_split->addWidget(centre);
    m_split->setSizes({300, 1060});
    setCentralWidget(m_split);
    m_status->setTextFormat(Qt::PlainText); // file names and reports, never markup
    statusBar()->addWidget(m_status, 1);
    m_olderHint = new QLabel;
    m_olderHint->setObjectName(u"olderPagesHint"_s);
    m_olderHint->hide();
    statusBar()->addPermanentWidget(m_olderHint);

    m_hideEmpty->setChecked(true);
    m_regionQuick->setObjectName(u"regionFinder"_s);
    m_search->setObjectName(u"search"_s);
    connect(m_regionQuick, &QLineEdit::textChanged, this, [this](const QString &text) {
        m_regionFilter->setText(text);
        unfoldFound(m_regionFilter->index(0, 0));
    });
    connect(m_hideEmpty, &QCheckBox::toggled, m_regionFilter, &RegionFilterModel::setHideEmpty);
    connect(m_tree->selectionModel(), &QItemSelectionModel::currentChanged, this, [this](const QModelIndex &i) {
        if (m_navigating)
            return; // the place gone to sets the filters itself
        m_history.leave(here());
        updateNavigation();
        const int code = i.data(RegionTreeModel::CodeRole).toInt();
        m_filter.region = code == geo::NationCode ? -1 : code;
        requery();
    });
    connect(m_table->selectionModel(), &QItemSelectionModel::currentRowChanged, this, &ReaderWindow::showArticleAt);
    connect(m_viewer, &ArticleView::placeChosen, this, &ReaderWindow::followPlace);
    qApp->installEventFilter(this); // the mouse's back and forward buttons
    connect(m_articles, &ArticleListModel::moreWanted, this, [this](int offset) {
        const auto filter = m_filter;
        const int generation = m_generation;
        QMetaObject::invokeMethod(m_worker, [=, w = m_worker] { w->fetch(filter, generation, offset, PageSize); });
    });

    connect(m_worker, &ArchiveWorker::opened, this,
            [this](const QString &path, const QStringList &sections, qint64 articles,
                   bool readOnly) {
                const bool another = std::exchange(m_archivePath, path) != path;
                if (another)
                    startFrom(path);
                if (another || !m_openingPassword.isEmpty()) // not when read again after an import
                    m_password = std::exchange(m_openingPassword, QString());
                m_readOnly = readOnly;
                retranslate(); // the title names the archive
                fillFilterChoices(sections);
                QSettings settings;
                settings.setValue(u"archive"_s, path);
                QStringList recent = settings.value(u"recentArchives"_s).toStringList();
                recent.removeAll(path);
                recent.prepend(path);
                settings.setValue(u"recentArchives"_s, recent.mid(0, 8));
                buildMenus();
                showArchiveCount(articles);
                requery();
                Q_EMIT archiveOpened(path);
            });
    connect(m_worker, &ArchiveWorker::failed, this, [this](const QString &message) {
        QMessageBox::warning(this, tr("Fangzhi"), message);
    });
    connect(m_worker, &ArchiveWorker::openFailed, this, &ReaderWindow::offerCheck);
    followChangesElsewhere();
    connect(m_worker, &ArchiveWorker::checked, this, &ReaderWindow::showCheck);
    connect(m_worker, &ArchiveWorker::counted, this,
            [this](int generation, const QHash<int, qint64> &counts, const QHash<int, qint64> &own, qint64 treeTotal,
                   qint64 listTotal, bool lowerBound, const QList<store::ArticleSummary> &first) {
                if (generation != m_generation)
                    return; // the filters changed since: a newer answer is on its way
                m_regions->setCounts(counts, treeTotal);
                listAssociations(own);
                const int region = std::exchange(m_pendingRegion, 0);
                if (region > 0 && m_regions->indexOfCode(region).isValid()) {
                    showRegion(region); // last time's region: its list is on its way
                    return;
                }
                m_articles->setResult(listTotal, lowerBound, first);
                if (!m_tree->currentIndex().isValid())
                    m_tree->expand(m_regionFilter->index(0, 0)); // the provinces at a glance
                // The article read at a place gone back to, else the first: never one the list
                // no longer holds.
                const qint64 wanted = std::exchange(m_pendingArticle, 0);
                int row = wanted ? -1 : 0;
                for (int r = 0; wanted && r < m_articles->rowCount() && row < 0; ++r)
                    if (m_articles->articleAt(r)->id == wanted)
                        row = r;
                if (row >= 0 && row < m_articles->rowCount())
                    m_table->selectRow(row); // open on something to read
                else if (wanted)
                    QMetaObject::invokeMethod(m_worker, [wanted, w = m_worker] { w->loadArticle(wanted); });
                else {
                    if (m_archiveArticles == 0)
                        m_viewer->showGuidance(!m_readOnly); // an empty archive: what to do next
                    else
                        m_viewer->clear();
                    m_shownArticle = 0;
                }
                m_status->setText(tr("%n article(s) in scope", nullptr, int(listTotal)) +
                                  (lowerBound ? u" +"_s : QString()));
                // A search that cannot be run, or that holds nothing to search for, says so.
                const store::SearchQuery typed = store::parseSearchQuery(m_search->text());
                if (!typed.refused.isEmpty())
                    m_status->setText(tr("The search is too long: it may have at most %1 different words and %2 "
                                         "characters.")
                                          .arg(store::MaxSearchTerms)
                                          .arg(store::MaxSearchLength));
                else if (!m_search->text().trimmed().isEmpty() && typed.isEmpty())
                    m_status->setText(tr("Nothing in the search can be searched for: only spaces, punctuation or "
                                         "symbols."));
                Q_EMIT scopeShown();
            });
    connect(m_worker, &ArchiveWorker::fetched, this,
            [this](int generation, int offset, const QList<store::ArticleSummary> &rows) {
                if (generation == m_generation)
                    m_articles->appendRows(offset, rows);
            });
    connect(m_worker, &ArchiveWorker::articleLoaded, this,
            [this](const store::StoredArticle &a, const QString &pageText) {
                m_shownArticle = a.id;
                m_viewer->showStored(a, pageText, m_filter.query);
                Q_EMIT articleShown();
            });
    connect(m_worker, &ArchiveWorker::importProgress, this, [this](int done, int total, const QString &file) {
        if (!m_progress)
            return;
        m_progress->setMaximum(total);
        m_progress->setLabelText(m_progressLabel.arg(QFileInfo(file).fileName()));
        m_progress->setValue(done); // last: a modal dialog handles events here, the import may end
    });
    connectReports();
    connectImports();

    connectExports();

    buildMenus();
    retranslate();
    setKeyboardOrder();
    restoreSettings();
}

// The regions found by the region finder shown, unfolded down to them; their own divisions stay
// folded under them.
bool ReaderWindow::unfoldFound(const QModelIndex &parent)
{
    bool below = false;
    for (int row = 0; row < m_regionFilter->rowCount(parent); ++row) {
        const QModelIndex child = m_regionFilter->index(row, 0, parent);
        below |= m_regionFilter->found(m_regionFilter->mapToSource(child)) || unfoldFound(child);
    }
    if (below)
        m_tree->expand(parent);
    return below;
}

void ReaderWindow::applyOrder(int column, Qt::SortOrder order)
{
    static const QList<store::ArticleFilter::Order> orders = {
        store::ArticleFilter::Order::Title, store::ArticleFilter::Order::Date, store::ArticleFilter::Order::Region,
        store::ArticleFilter::Order::Association, store::ArticleFilter::Order::Credit};
    m_filter.order = orders.value(column, store::ArticleFilter::Order::Default);
    m_filter.descending = order == Qt::DescendingOrder;
}

ReaderWindow::~ReaderWindow()
{
    m_thread.quit();
    m_thread.wait();
}

QWidget *ReaderWindow::buildFilterBar()
{
    // Two rows: what is searched for, then where and when; both fit a narrow window.
    auto *bar = new QWidget;
    auto *rows = new QVBoxLayout(bar);
    rows->setContentsMargins(0, 0, 0, 0);
    rows->setSpacing(4);
    auto *row = new QHBoxLayout, *narrowing = new QHBoxLayout;
    rows->addLayout(row);
    rows->addLayout(narrowing);
    for (DateField *d : {m_from, m_to})
        connect(d, &DateField::dateChanged, this, &ReaderWindow::requery);
    m_dateRanges->setObjectName(u"dateRanges"_s);
    m_dateRanges->setPopupMode(QToolButton::InstantPopup);
    connect(m_worker, &ArchiveWorker::datesKnown, this, &ReaderWindow::offerDateRanges);
    // Associations: typed to be found (name, pinyin, initials), or chosen from the list.
    m_association->setObjectName(u"associationFilter"_s);
    m_association->setModel(m_associations);
    m_association->setEditable(true);
    m_association->setInsertPolicy(QComboBox::NoInsert);
    m_association->setMaxVisibleItems(20);
    auto *finder = new QCompleter(m_associations, m_association);
    finder->setCompletionRole(AssociationChoices::KeysRole);
    finder->setFilterMode(Qt::MatchContains);
    finder->setCaseSensitivity(Qt::CaseInsensitive);
    m_association->setCompleter(finder);
    connect(finder, qOverload<const QModelIndex &>(&QCompleter::activated), this, [this, finder](const QModelIndex &i) {
        const int code = finder->completionModel()->data(i, AssociationChoices::CodeRole).toInt();
        m_association->setCurrentIndex(m_associations->rowOf(code));
    });
    // Typing that chose nothing does not stay in the field as if it filtered.
    connect(m_association->lineEdit(), &QLineEdit::editingFinished, this,
            [this] { m_association->setEditText(m_association->itemText(m_association->currentIndex())); });
    m_section->addItem(QString());
    m_association->setMinimumContentsLength(16);
    // The list as wide as its longest names: "新津区科协 (成都市)  ·  1234" whole, not cut.
    const int wide = m_association->fontMetrics().horizontalAdvance(u"    巴音郭楞蒙古自治州科协 (新疆维吾尔自治区)  ·  12345"_s);
    m_association->view()->setMinimumWidth(wide);
    finder->popup()->setMinimumWidth(wide);
    for (QComboBox *c : {m_association, m_section})
        connect(c, &QComboBox::currentIndexChanged, this, &ReaderWindow::requery);
    m_mentionChip = new QToolButton;
    m_mentionChip->setObjectName(u"mentionChip"_s);
    m_mentionChip->hide();
    connect(m_mentionChip, &QToolButton::clicked, this, [this] {
        ReadingPlace all = here();
        all.filter.mentions = -1;
        m_history.leave(here());
        goTo(all);
    });
    auto *clear = new QPushButton;
    clear->setObjectName(u"clearFilters"_s);
    connect(clear, &QPushButton::clicked, this, &ReaderWindow::clearFilters);
    // Searching waits for a pause in typing, so that every keystroke does not start a query.
    auto *typing = new QTimer(this);
    typing->setSingleShot(true);
    typing->setInterval(250);
    connect(m_search, &QLineEdit::textChanged, typing, qOverload<>(&QTimer::start));
    connect(typing, &QTimer::timeout, this, &ReaderWindow::requery);
    connect(m_search, &QLineEdit::returnPressed, this, &ReaderWindow::requery);
    m_search->setClearButtonEnabled(true);
    row->addWidget(m_mentionChip);
    row->addWidget(buildSameDayChip());
    row->addWidget(m_search, 1);
    auto *fromLabel = new QLabel, *toLabel = new QLabel;
    fromLabel->setObjectName(u"fromLabel"_s);
    toLabel->setObjectName(u"toLabel"_s);
    fromLabel->setBuddy(m_from->field());
    toLabel->setBuddy(m_to->field());
    row->addWidget(clear);
    narrowing->addWidget(fromLabel);
    narrowing->addWidget(m_from);
    narrowing->addWidget(toLabel);
    narrowing->addWidget(m_to);
    narrowing->addWidget(m_dateRanges);
    narrowing->addSpacing(12);
    narrowing->addWidget(m_association, 2);
    narrowing->addWidget(m_section, 1);
    return bar;
}

void ReaderWindow::buildMenus()
{
    // The old menus go once they have finished what they are doing (this may run from one of
    // their own actions).
    for (QMenu *old : menuBar()->findChildren<QMenu *>(Qt::FindDirectChildrenOnly))
        old->deleteLater();
    menuBar()->clear();
    QMenu *file = menuBar()->addMenu(tr("&File"));
    addArchiveMenus(file);
    file->addSeparator();
    QAction *pages = file->addAction(tr("Import &Pages…"), this, [this] { chooseImport(false); });
    QAction *folder = file->addAction(tr("Import a &Folder…"), this, [this] { chooseImport(true); });
    QAction *again = file->addAction(m_olderPages > 0 ? tr("Read Pages &Again (%n older)…", nullptr, m_olderPages)
                                                      : tr("Read Pages &Again…"),
                                     this, &ReaderWindow::readPagesAgain);
    again->setObjectName(u"readPagesAgain"_s);
    again->setEnabled(m_olderPages > 0 && !m_readOnly);
    again->setStatusTip(tr("Split the pages an older parser read into articles again, with this version's parser"));
    for (QAction *writing : {pages, folder}) {
        writing->setEnabled(!m_readOnly);
        if (m_readOnly)
            writing->setStatusTip(store::isServerLocation(m_archivePath)
                                      ? tr("You may read this shared archive, not change it")
                                      : tr("The archive is read-only: its file, folder or disk cannot be written"));
    }
    pages->setObjectName(u"importPages"_s);
    pages->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_I));
    QAction *settingsAction = file->addAction(tr("Import &Settings…"), this, &ReaderWindow::editImportOptions);
    settingsAction->setObjectName(u"importSettings"_s);
    settingsAction->setEnabled(!m_archivePath.isEmpty() && !m_readOnly);
    settingsAction->setStatusTip(tr("The newspaper and home province of the pages imported into this archive"));
    if (importing()) {
        QAction *stop = file->addAction(tr("S&top Import"), this, &ReaderWindow::stopImport);
        stop->setObjectName(u"stopImport"_s);
        for (QAction *writing : {pages, folder, again})
            writing->setEnabled(false);
    }
    QAction *check = file->addAction(tr("C&heck Archive"), this, [this] { checkArchive(m_archivePath); });
    check->setEnabled(!m_archivePath.isEmpty());
    check->setStatusTip(tr("Check the archive file for damage: SQLite's integrity check and Fangzhi's own"));
    file->addSeparator();
    addExportMenus(file);
    file->addSeparator();
    file->addAction(tr("&Quit"), QKeySequence::Quit, qApp, &QApplication::quit);
    addViewMenu();
    addGoMenu();
    QMenu *language = menuBar()->addMenu(tr("&Language"));
    language->setObjectName(u"languageMenu"_s);
    for (const auto &[code, name] : {std::pair{QString(), tr("System Language")}, std::pair{u"en"_s, u"English"_s},
                                     std::pair{u"zh_CN"_s, u"中文"_s}}) {
        QAction *a = language->addAction(name, this, [code = code] { useLanguage(code); });
        a->setCheckable(true);
        a->setChecked(savedLanguage() == code);
        a->setData(code);
    }
    QMenu *help = menuBar()->addMenu(tr("&Help"));
    help->addAction(tr("&Guide"), QKeySequence::HelpContents, this, &ReaderWindow::showGuide);
    help->addAction(tr("&About Fangzhi"), this, [this] {
        QMessageBox::about(this, tr("About Fangzhi"),
                           tr("Fangzhi %1 — an offline reader for archives of Chinese local newspapers.")
                               .arg(QApplication::applicationVersion()));
    });
}

void ReaderWindow::retranslate()
{
    const QString name = store::archiveName(m_archivePath);
    setWindowTitle(m_archivePath.isEmpty() ? tr("Fangzhi — local newspaper archive")
                   : m_readOnly            ? tr("Fangzhi — %1 (read-only)").arg(name)
                                           : tr("Fangzhi — %1").arg(name));
    m_regionQuick->setPlaceholderText(tr("Find a region: 达州, dazhou, dz"));
    m_hideEmpty->setText(tr("Hide regions without articles"));
    m_search->setPlaceholderText(tr("Search: words, \"a phrase\", -excluded"));
    m_associations->retranslate();
    if (auto *from = findChild<QLabel *>(u"fromLabel"_s))
        from->setText(tr("Fro&m"));
    if (auto *to = findChild<QLabel *>(u"toLabel"_s))
        to->setText(tr("T&o"));
    m_from->retranslate();
    m_to->retranslate();
    m_dateRanges->setText(tr("Dates"));
    m_dateRanges->setToolTip(tr("A year, or the archive's last year, in one click"));
    m_section->setItemText(0, tr("All sections"));
    if (auto *clear = findChild<QPushButton *>(u"clearFilters"_s))
        clear->setText(tr("Clear"));
    m_report->retranslate();
    m_viewer->retranslate();
    m_findBar->retranslate();
    m_importStatus->retranslate();
    setKeyboardOrder();
}

// Opening an archive file that is there failed: the archivist may check it for damage.
void ReaderWindow::offerCheck(const QString &path, const QString &message)
{
    Q_EMIT archiveOpenFailed(path);
    QMessageBox box(QMessageBox::Warning, tr("Fangzhi"), message, QMessageBox::Close, this);
    box.setInformativeText(tr("Checking the archive file says whether it is damaged, and what is wrong."));
    QPushButton *check = box.addButton(tr("&Check the Archive"), QMessageBox::AcceptRole);
    box.setDefaultButton(check);
    if (!qEnvironmentVariableIsSet("FANGZHI_NO_DIALOGS") && (box.exec(), box.clickedButton() == check))
        checkArchive(path);
}

void ReaderWindow::checkArchive(const QString &path)
{
    m_status->setText(tr("Checking %1…").arg(store::archiveName(path)));
    QMetaObject::invokeMethod(m_worker, [path, w = m_worker] { w->check(path); });
}

void ReaderWindow::showCheck(const QString &path, const QStringList &problems, const QStringList &notes, qint64 pages,
                             qint64 articles)
{
    const QString name = store::archiveName(path);
    QString summary = pages >= 0 ? tr("%1 holds %2 pages and %3 articles.")
                                       .arg(name, QString::number(pages), QString::number(articles))
                                 : name;
    summary += u"\n\n"_s + (problems.isEmpty() ? tr("The archive is sound.")
                              : store::isServerLocation(path)
                                  ? tr("The archive is damaged. Leave it as it is and ask whoever keeps the server "
                                       "to restore it from a backup, or import its pages again into a new archive.")
                                  : tr("The archive is damaged. Keep the file as it is; restore it from "
                                       "a backup, or import its pages again into a new archive."));
    m_status->setText(problems.isEmpty() ? tr("The archive is sound.") : tr("The archive is damaged."));
    QMessageBox box(problems.isEmpty() ? QMessageBox::Information : QMessageBox::Warning, tr("Check the Archive"),
                    summary, QMessageBox::Ok, this);
    box.setTextFormat(Qt::PlainText);
    if (!problems.isEmpty() || !notes.isEmpty())
        box.setDetailedText((problems + notes).join(u'\n'));
    Q_EMIT archiveChecked(problems);
    if (!qEnvironmentVariableIsSet("FANGZHI_NO_DIALOGS"))
        box.exec();
}

void ReaderWindow::startProgress(const QString &title, const QString &label)
{
    m_progressLabel = label;
    m_progress = new QProgressDialog(title, tr("Cancel"), 0, 0, this);
    m_progress->setWindowModality(Qt::WindowModal);
    m_progress->setMinimumDuration(300);
    connect(m_progress, &QProgressDialog::canceled, this, [w = m_worker] { w->cancel(); });
}

// Pages stored by an older parser are split again from the text they were imported with; what
// a page holds is never lost, and articles whose text is unchanged keep their place in
// collections and citations (their ids).
void ReaderWindow::readPagesAgain()
{
    if (m_archivePath.isEmpty() || m_olderPages == 0)
        return;
    startProgress(tr("Reading pages again…"), tr("Reading %1 again"));
    QMetaObject::invokeMethod(m_worker, [w = m_worker] { w->reparse(); });
}

void ReaderWindow::requery()
{
    m_filter.query = m_search->text();
    m_filter.from = m_from->date();
    m_filter.to = m_to->date();
    const int association = m_association->currentData(AssociationChoices::CodeRole).toInt();
    m_filter.associationOf = association > 0 ? association : -1;
    m_filter.section = m_section->currentIndex() > 0 ? m_section->currentText() : QString();
    saveFilters();
    const auto filter = m_filter;
    const int generation = ++m_generation;
    QMetaObject::invokeMethod(m_worker, [=, w = m_worker] { w->query(filter, generation, PageSize); });
}

void ReaderWindow::clearFilters()
{
    showFilters({});
    m_filter.mentions = -1;
    m_filter.sameDay.clear();
    showMentions();
    requery();
}

void ReaderWindow::showRegion(int code)
{
    QModelIndex index = m_regionFilter->mapFromSource(m_regions->indexOfCode(code));
    if (!index.isValid()) { // hidden for having no articles under the filters: show every region
        m_hideEmpty->setChecked(false);
        m_regionQuick->clear();
        index = m_regionFilter->mapFromSource(m_regions->indexOfCode(code));
    }
    m_tree->scrollTo(index);
    m_tree->setCurrentIndex(index);
}

void ReaderWindow::showArticleAt(const QModelIndex &index)
{
    if (const auto *a = m_articles->articleAt(index.row()))
        QMetaObject::invokeMethod(m_worker, [id = a->id, w = m_worker] { w->loadArticle(id); });
}

void ReaderWindow::chooseArchive(bool create)
{
    // Beside the archive open now, else in Documents.
    const QString near = !m_archivePath.isEmpty() && !store::isServerLocation(m_archivePath)
                             ? QFileInfo(m_archivePath).absolutePath()
                             : QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation);
    const QString path = create ? QFileDialog::getSaveFileName(this, tr("New archive"), near + u"/archive.fangzhi"_s,
                                                               tr("Fangzhi archives (*.fangzhi)"))
                                : QFileDialog::getOpenFileName(this, tr("Open an archive"), near,
                                                               tr("Fangzhi archives (*.fangzhi);;All files (*)"));
    if (!path.isEmpty())
        openArchive(create ? archiveFileName(path) : path);
}

void ReaderWindow::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange) {
        buildMenus();
        retranslate();
        m_regions->headerDataChanged(Qt::Horizontal, 0, RegionTreeModel::ColumnCount - 1);
        m_articles->headerDataChanged(Qt::Horizontal, 0, ArticleListModel::ColumnCount - 1);
        if (!m_archivePath.isEmpty())
            requery(); // the status bar's count, in the new language
    }
    QMainWindow::changeEvent(event);
}

void ReaderWindow::dragEnterEvent(QDragEnterEvent *event)
{
    if (event->mimeData()->hasUrls())
        event->acceptProposedAction();
}

void ReaderWindow::dropEvent(QDropEvent *event)
{
    QStringList paths;
    for (const QUrl &url : event->mimeData()->urls())
        if (url.isLocalFile())
            paths << url.toLocalFile();
    importPaths(paths);
}

void ReaderWindow::closeEvent(QCloseEvent *event)
{
    QSettings settings;
    settings.setValue(u"geometry"_s, saveGeometry());
    settings.setValue(u"layout/regions"_s, m_split->saveState());
    settings.setValue(u"layout/reading"_s, m_reading->saveState());
    settings.setValue(u"layout/articleColumns"_s, m_table->horizontalHeader()->saveState());
    QMainWindow::closeEvent(event);
}

} // namespace fangzhi::gui
