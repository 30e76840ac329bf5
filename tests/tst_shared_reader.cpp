// The reader on a team's archive (offscreen): connecting through the dialog, the window's title
// and settings free of passwords, and following what another desk imports without disturbing the
// article being read. The server is a throw-away one the test starts.
#include "archive_fixture.h"
#include "article_list_model.h"
#include "article_view.h"
#include "postgres_server.h"
#include "reader_window.h"
#include "region_tree_model.h"
#include "shared_archive_dialog.h"

#include <QAbstractItemModelTester>
#include <QApplication>
#include <QCheckBox>
#include <QComboBox>
#include <QLineEdit>
#include <QSettings>
#include <QSignalSpy>
#include <QSpinBox>
#include <QStandardPaths>
#include <QTableView>
#include <QTest>

using namespace Qt::Literals::StringLiterals;
using namespace fangzhi;

class TestSharedReader : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void theDialogNamesTheServerWithoutItsPassword();
    void theReaderFollowsAnotherDeskWithoutLosingTheArticle();

private:
    std::unique_ptr<test::PostgresServer> m_server;
};

void TestSharedReader::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QSettings().clear();
    qputenv("FANGZHI_NO_DIALOGS", "1");
    m_server = std::make_unique<test::PostgresServer>();
    QVERIFY2(m_server->ok(), qPrintable(m_server->error()));
}

void TestSharedReader::theDialogNamesTheServerWithoutItsPassword()
{
    gui::SharedArchiveDialog dialog;
    dialog.findChild<QLineEdit *>(u"host"_s)->setText(u"archive.example.org"_s);
    dialog.findChild<QLineEdit *>(u"database"_s)->setText(u"县档案馆"_s);
    dialog.findChild<QLineEdit *>(u"user"_s)->setText(u"li wei"_s);
    dialog.findChild<QLineEdit *>(u"password"_s)->setText(u"s3cret:@/"_s);
    auto *security = dialog.findChild<QComboBox *>(u"security"_s);
    security->setCurrentIndex(security->findData(u"require"_s));
    const QString location = dialog.location();
    QVERIFY2(!location.contains(u"s3cret"_s), qPrintable(location));
    QCOMPARE(dialog.password(), u"s3cret:@/"_s);
    // What the dialog writes, Fangzhi reads back as the same server.
    QCOMPARE(store::archiveName(location), u"li wei@archive.example.org:5432/县档案馆"_s);
    QVERIFY(location.endsWith(u"?sslmode=require"_s));
    gui::SharedArchiveDialog again;
    again.setLocation(location);
    QCOMPARE(again.location(), location);
    QVERIFY(again.password().isEmpty()); // never filled in from anywhere but the keychain
}

void TestSharedReader::theReaderFollowsAnotherDeskWithoutLosingTheArticle()
{
    const QString url = m_server->newArchive(u"reading"_s);
    {
        auto seeded = test::openArchive(url);
        QCOMPARE(ingest::importPages(*seeded, {test::seedPath("000_e94dbefa3c4468c5.txt")}).added, 1);
    }
    gui::ReaderWindow window;
    QAbstractItemModelTester regions(window.regionModel(), QAbstractItemModelTester::FailureReportingMode::QtTest);
    QAbstractItemModelTester articles(window.articleModel(), QAbstractItemModelTester::FailureReportingMode::QtTest);
    window.show();
    QSignalSpy opened(&window, &gui::ReaderWindow::archiveOpened);
    QSignalSpy shown(&window, &gui::ReaderWindow::articleShown);
    window.openArchive(url, u"not needed on this server"_s);
    QVERIFY(opened.wait(20000));
    QVERIFY2(window.windowTitle().contains(u"/reading"_s), qPrintable(window.windowTitle()));
    QVERIFY(!window.windowTitle().contains(u"not needed"_s));
    QTRY_VERIFY_WITH_TIMEOUT(window.articleModel()->total() > 0, 10000);
    const qint64 before = window.articleModel()->total();
    window.articleTable()->setFocus();
    window.articleTable()->selectRow(0); // already shown, when the list chose it first
    QVERIFY(!shown.isEmpty() || shown.wait(10000));
    const QString reading = window.viewer()->toPlainText();
    QVERIFY(!reading.isEmpty());

    // Another desk imports the other sample pages.
    QSignalSpy refreshed(&window, &gui::ReaderWindow::refreshedFromElsewhere);
    {
        auto desk = test::openArchive(url);
        QVERIFY(ingest::importPages(*desk, {QStringLiteral(FANGZHI_SEEDS_DIR)}).added == 4);
    }
    QVERIFY(refreshed.wait(20000));
    QTRY_COMPARE_WITH_TIMEOUT(window.articleModel()->total(), 37, 10000);
    QVERIFY(before < 37);
    QCOMPARE(window.regionModel()->indexOfCode(510000).siblingAtColumn(1).data().toLongLong(), 33);
    // The article being read is still there, as it was.
    QCOMPARE(window.viewer()->toPlainText(), reading);
    // No password anywhere in the settings.
    QSettings settings;
    for (const QString &key : settings.allKeys())
        QVERIFY2(!settings.value(key).toString().contains(u"not needed"_s), qPrintable(key));
    QVERIFY(settings.value(u"recentArchives"_s).toStringList().contains(url));
}

QTEST_MAIN(TestSharedReader)
#include "tst_shared_reader.moc"
