#pragma once

#include "export/article_formats.h"
#include "export/pdf_exporter.h"
#include "ingest/importer.h"
#include "reading_history.h"
#include "store/archive_types.h"

#include <QMainWindow>
#include <QPointer>
#include <QProgressDialog>
#include <QThread>

#include <optional>

class QCheckBox;
class QComboBox;
class QToolButton;
class QSplitter;
class QLineEdit;
class QLabel;
class QTableView;
class QToolButton;
class QTreeView;

namespace fangzhi::gui {


class ArchiveWorker;
class ArticleListModel;
class ArticleView;
class DateField;
class AssociationChoices;
class RegionFilterModel;
class RegionTreeModel;
class ReportBar;
class FindBar;
class ImportStatus;
class PageImport;

// What archivists open every day: the region tree with article counts, the articles in scope,
// the one being read, and the filters that narrow both tree and list. The archive is read and
// written on a worker thread; the window only sends requests and shows answers.
class ReaderWindow : public QMainWindow
{
    Q_OBJECT
public:
    explicit ReaderWindow(QWidget *parent = nullptr);
    ~ReaderWindow() override;

    // An archive file, or a team's archive on a server (postgresql://…, the password from the
    // keychain or the connect dialog).
    void openArchive(const QString &path, const QString &password = {});
    // An archive of the recent list: a file, or a server with its password from the keychain
    // (asked for when the keychain has none).
    void openRecent(const QString &location);
    // File › Connect to Shared Archive…, filled in with a server's location when given.
    void connectToSharedArchive(const QString &location = {});
    void importPaths(const QStringList &paths);
    // What an export or a print takes: the articles selected in the list, or every article in scope.
    enum class Take { Selection, Scope };
    void exportArticles(const QString &pdf, Take take);
    // The articles for other programs (CSV, RIS, CSL-JSON, Markdown): in the file path, or one file
    // each in the folder path.
    void exportArticlesAs(exporting::Format format, const QString &path, Take take, bool onePerArticle);
    // Moves the region tree to a division, scoping the list to it.
    void showRegion(int code);
    // A place named in the viewer: the articles that mention it, wherever they are filed.
    void followPlace(int code);
    void goBack();
    void goForward();
    // Prints, with a print preview first when asked.
    void printArticles(bool preview, Take take);
    // Runs SQLite's and Fangzhi's checks of an archive file and shows what they found.
    void checkArchive(const QString &path);

    [[nodiscard]] RegionTreeModel *regionModel() const { return m_regions; }
    [[nodiscard]] ArticleListModel *articleModel() const { return m_articles; }
    [[nodiscard]] QTreeView *regionView() const { return m_tree; }
    [[nodiscard]] QTableView *articleTable() const { return m_table; }
    [[nodiscard]] QLineEdit *searchField() const { return m_search; }
    [[nodiscard]] ArticleView *viewer() const { return m_viewer; }
    [[nodiscard]] ReportBar *reportBar() const { return m_report; }

Q_SIGNALS:
    void archiveOpened(const QString &path);
    void scopeShown();
    void articleShown();
    void importFinished();
    void reparseFinished();
    void exportFinished(const QString &error);
    void archiveOpenFailed(const QString &path); // a file that is there, which could not be opened
    void archiveChecked(const QStringList &problems);
    void refreshedFromElsewhere(); // another desk changed the archive, and what is shown follows
    void citationsCopied();

private:
    void offerCheck(const QString &path, const QString &message);
    void showCheck(const QString &path, const QStringList &problems, const QStringList &notes, qint64 pages,
                   qint64 articles);
    void buildMenus();
    void addArchiveMenus(QMenu *file);
    void fillFilterChoices(const QStringList &sections);
    void listAssociations(const QHash<int, qint64> &ownCounts);
    void showArchiveCount(qint64 articles);
    void followChangesElsewhere();
    void connectReports();
    void offerDateRanges(const QDate &first, const QDate &last);
    [[nodiscard]] ReadingPlace here() const;
    void goTo(const ReadingPlace &place);
    void showMentions(); // and the same-day chip
    QToolButton *buildSameDayChip();
    void showSameDay();
    void updateNavigation();
    void addGoMenu();
    bool eventFilter(QObject *watched, QEvent *event) override;
    QWidget *buildFilterBar();
    void requery();
    void restoreSettings();
    void startFrom(const QString &archive);
    void saveFilters();
    void showFilters(const store::ArticleFilter &filter);
    void applyOrder(int column, Qt::SortOrder order);
    bool unfoldFound(const QModelIndex &parent); // true when a region found stands below parent
    void clearFilters();
    void showArticleAt(const QModelIndex &index);
    void chooseArchive(bool create);
public:
    // A new archive's file name as chosen, with ".fangzhi" added when it has no such ending.
    [[nodiscard]] static QString archiveFileName(const QString &chosen);

private:
    void chooseImport(bool folder);
    void connectImports();
    void stopImport();
    [[nodiscard]] bool importing() const;
    [[nodiscard]] ingest::ImportOptions importOptions() const; // this archive's newspaper and home province
    void setImportOptions(const ingest::ImportOptions &options);
    void editImportOptions();
    // The settings group of an archive's own state (filters, region, import settings).
    [[nodiscard]] static QString stateOf(const QString &archive);
    void readPagesAgain();
    void startProgress(const QString &title, const QString &label);
    void addExportMenus(QMenu *file);
    void connectExports();
    void chooseExport();
    void chooseExportAs(exporting::Format format);
    bool startExport(Take take, const QString &target, const QString &folder, QList<qint64> *ids, qint64 *count);
    [[nodiscard]] std::optional<Take> askWhichArticles(const QString &title);
    [[nodiscard]] QList<qint64> selectedIds() const;
    [[nodiscard]] static QString exportFolder(); // where the last export went, else Documents
    [[nodiscard]] exporting::ExportOptions exportOptions(Take take, qint64 articles) const;
    QWidget *buildReadingPane();
    void addViewMenu();
    void addMovingActions(QMenu *go);
    void movePane(int step);
    void moveArticle(int step);
    void sortByRelevance();
    void copyArticleLines();
    void copyCitations();
    void articleMenu(const QPoint &at);
    void regionMenu(const QPoint &at);
    void showGuide();
    void setKeyboardOrder();
    void retranslate();
    void changeEvent(QEvent *event) override;
    void dragEnterEvent(QDragEnterEvent *event) override;
    void dropEvent(QDropEvent *event) override;
    void closeEvent(QCloseEvent *event) override;

    QThread m_thread;
    ArchiveWorker *m_worker;
    RegionTreeModel *m_regions;
    RegionFilterModel *m_regionFilter;
    ArticleListModel *m_articles;
    QTreeView *m_tree;
    QTableView *m_table;
    ArticleView *m_viewer;
    FindBar *m_findBar = nullptr;
    QLineEdit *m_regionQuick;
    QCheckBox *m_hideEmpty;
    QLineEdit *m_search;
    DateField *m_from;
    DateField *m_to;
    QToolButton *m_dateRanges; // a year, the archive's last year: one click
    QComboBox *m_association; // keyed by division: 鼓楼区科协 (南京市)
    AssociationChoices *m_associations;
    QComboBox *m_section;
    QLabel *m_status;
    ReportBar *m_report; // what the last import, reading again or export did, until dismissed
    QLabel *m_olderHint; // how many pages an older parser read, while there are any
    QPointer<QProgressDialog> m_progress; // cleared when the dialog goes, even from within its own calls
    QString m_progressLabel;              // "Importing %1", "Reading %1 again"
    qint64 m_archiveArticles = -1;        // in the whole archive, as last counted
    int m_olderPages = 0;                 // pages of the archive an older parser read
    store::ArticleFilter m_filter;
    int m_generation = 0;
    QString m_archivePath;
    QString m_password; // of a team's archive, for the import's own connection; never written anywhere
    QString m_openingPassword; // the password of the archive being opened, until it is open
    PageImport *m_import = nullptr; // the import under way, if any
    ImportStatus *m_importStatus = nullptr;
    bool m_readOnly = false; // the open archive cannot be written: nothing that writes is offered
    bool m_printPreview = false;
    Take m_printTake = Take::Selection;
    QString m_pendingSection; // remembered, set once the archive lists its sections
    int m_pendingRegion = 0;                         // remembered region, chosen once the tree is counted
    QSplitter *m_split;                              // the tree | the list over the viewer
    QSplitter *m_reading;                            // the list over the viewer
    QToolButton *m_sameDayChip = nullptr; // "Any year's 10-20 ✕", while the list holds one day of every year
    QToolButton *m_mentionChip;                      // "Mentioning 渠县 ✕", while the list is of a place's mentions
    ReadingHistory m_history;
    QAction *m_backAction = nullptr, *m_forwardAction = nullptr;
    qint64 m_shownArticle = 0;   // the article in the viewer
    qint64 m_pendingArticle = 0; // to be shown again once the list of a place gone back to is there
    bool m_navigating = false;   // the filters are being set back as they were: no new history
};

} // namespace fangzhi::gui
