// What the reader remembers: the window's layout for all archives, and for each archive the
// filters and region it was left at, so that opening an archive starts from a state of its own.
#include "reader_window.h"

#include "article_list_model.h"
#include "article_view.h"
#include "date_field.h"
#include "association_choices.h"
#include "region_tree_model.h"
#include "report_bar.h"

#include <QComboBox>
#include <QCryptographicHash>
#include <QMenu>
#include <QToolButton>
#include <QHeaderView>
#include <QLineEdit>
#include <QSettings>
#include <QSplitter>
#include <QTableView>
#include <QTreeView>

using namespace Qt::Literals::StringLiterals;

namespace fangzhi::gui {
// An archive's own state is kept under its location, hashed (a path or a server's address holds
// characters a settings key may not).
QString ReaderWindow::stateOf(const QString &archive)
{
    return u"archiveState/"_s +
           QString::fromLatin1(QCryptographicHash::hash(archive.toUtf8(), QCryptographicHash::Sha1).toHex().left(16));
}

QString ReaderWindow::archiveFileName(const QString &chosen)
{
    return chosen.endsWith(u".fangzhi"_s, Qt::CaseInsensitive) ? chosen : chosen + u".fangzhi"_s;
}

void ReaderWindow::restoreSettings()
{
    QSettings settings;
    restoreGeometry(settings.value(u"geometry"_s).toByteArray());
    m_split->restoreState(settings.value(u"layout/regions"_s).toByteArray());
    m_reading->restoreState(settings.value(u"layout/reading"_s).toByteArray());
    QHeaderView *header = m_table->horizontalHeader();
    header->blockSignals(true);
    header->restoreState(settings.value(u"layout/articleColumns"_s).toByteArray());
    header->blockSignals(false);
    applyOrder(header->sortIndicatorSection(), header->sortIndicatorOrder());
}

// Another archive is open: nothing of the last one stays (its article, its list, its region, its
// report), and the filters are the ones this archive was left with, if any.
void ReaderWindow::startFrom(const QString &archive)
{
    ++m_generation; // answers still on their way from the last archive are dropped
    m_viewer->clear();
    m_articles->setResult(0, false, {});
    m_report->hide();
    m_tree->selectionModel()->blockSignals(true);
    m_tree->setCurrentIndex({});
    m_tree->clearSelection();
    m_tree->selectionModel()->blockSignals(false);
    m_filter.region = -1;
    m_filter.mentions = -1;
    m_filter.sameDay = QSettings().value(stateOf(archive) + u"/sameDay"_s).toString();
    m_history.clear();
    m_shownArticle = m_pendingArticle = 0;
    showMentions();
    updateNavigation();

    QSettings settings;
    settings.beginGroup(stateOf(archive));
    store::ArticleFilter saved;
    saved.query = settings.value(u"query"_s).toString();
    saved.from = settings.value(u"from"_s).toDate();
    saved.to = settings.value(u"to"_s).toDate();
    saved.associationOf = settings.value(u"associationOf"_s, -1).toInt(); // counted with the tree
    m_pendingSection = settings.value(u"section"_s).toString(); // once the archive's sections are listed
    m_pendingRegion = settings.value(u"region"_s, 0).toInt();
    {
        const QSignalBlocker quiet(m_association); // the last archive's associations go, asking nothing
        m_associations->setCounts({});
    }
    showFilters(saved);
}

// One click for the common ranges: the archive's last year, and each of its years, newest first.
void ReaderWindow::offerDateRanges(const QDate &first, const QDate &last)
{
    m_from->setArchiveDates(first, last);
    m_to->setArchiveDates(first, last);
    auto *menu = new QMenu(m_dateRanges);
    const auto range = [this](const QDate &from, const QDate &to) {
        m_from->setDate(from);
        m_to->setDate(to);
        requery();
    };
    menu->addAction(tr("Any Date"), this, [range] { range({}, {}); });
    if (first.isValid() && last.isValid()) {
        menu->addAction(tr("The Archive's Last Year (%1 to %2)")
                            .arg(last.addYears(-1).addDays(1).toString(Qt::ISODate), last.toString(Qt::ISODate)),
                        this, [range, last] { range(last.addYears(-1).addDays(1), last); });
        menu->addSeparator();
        for (int year = last.year(); year >= std::max(first.year(), last.year() - 40); --year)
            menu->addAction(QString::number(year), this,
                            [range, year] { range(QDate(year, 1, 1), QDate(year, 12, 31)); });
    }
    // The day of the article read, in every year of the archive (newspaper archives' "on this day").
    menu->addSeparator();
    QAction *sameDay = menu->addAction(QString(), this, [this] {
        if (const auto &a = m_viewer->article(); a && a->date.precision == u"day") {
            m_history.leave(here());
            ReadingPlace there = here();
            there.filter.sameDay = a->date.date.toString(u"MM-dd"_s);
            goTo(there);
        }
    });
    sameDay->setObjectName(u"sameDayAnyYear"_s);
    connect(menu, &QMenu::aboutToShow, sameDay, [this, sameDay] {
        const auto &a = m_viewer->article();
        const bool dated = a && a->date.precision == u"day";
        sameDay->setEnabled(dated);
        sameDay->setText(dated ? tr("The Same Day in Any Year: %1").arg(a->date.date.toString(u"MM-dd"_s))
                               : tr("The Same Day in Any Year (read an article dated to the day)"));
    });
    delete m_dateRanges->menu();
    m_dateRanges->setMenu(menu);
}

// "Any year's 10-20 ✕" while the list holds one day of every year; a click shows every day again.
QToolButton *ReaderWindow::buildSameDayChip()
{
    m_sameDayChip = new QToolButton;
    m_sameDayChip->setObjectName(u"sameDayChip"_s);
    m_sameDayChip->hide();
    connect(m_sameDayChip, &QToolButton::clicked, this, [this] {
        ReadingPlace every = here();
        every.filter.sameDay.clear();
        m_history.leave(here());
        goTo(every);
    });
    return m_sameDayChip;
}

void ReaderWindow::showSameDay()
{
    m_sameDayChip->setVisible(!m_filter.sameDay.isEmpty());
    m_sameDayChip->setText(tr("Any year's %1  ✕").arg(m_filter.sameDay));
    m_sameDayChip->setToolTip(tr("Only the articles dated %1 of any year. Click to show every day.").arg(m_filter.sameDay));
}

// A filter shown in the filter bar, without asking the archive: requery asks once, after.
void ReaderWindow::showFilters(const store::ArticleFilter &f)
{
    const QSignalBlocker quiet[] = {QSignalBlocker(m_search), QSignalBlocker(m_from), QSignalBlocker(m_to),
                                    QSignalBlocker(m_association), QSignalBlocker(m_section)};
    m_search->setText(f.query);
    m_from->setDate(f.from);
    m_to->setDate(f.to);
    m_associations->ensureListed(f.associationOf);
    m_association->setCurrentIndex(m_associations->rowOf(f.associationOf));
    m_section->setCurrentIndex(std::max(0, m_section->findText(f.section)));
}

void ReaderWindow::saveFilters()
{
    if (m_archivePath.isEmpty())
        return;
    QSettings settings; // the filters are there again next time this archive is opened
    settings.beginGroup(stateOf(m_archivePath));
    settings.setValue(u"query"_s, m_filter.query);
    settings.setValue(u"associationOf"_s, m_filter.associationOf);
    settings.setValue(u"section"_s, m_filter.section);
    settings.setValue(u"from"_s, m_filter.from);
    settings.setValue(u"to"_s, m_filter.to);
    settings.setValue(u"sameDay"_s, m_filter.sameDay);
    settings.setValue(u"region"_s, std::max(0, m_filter.region));
}

} // namespace fangzhi::gui
