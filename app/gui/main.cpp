#include "fangzhi_version.h"
#include "language.h"
#include "reader_window.h"
#include "store/archive_store.h"

#include <QApplication>
#include <QDir>
#include <QFileInfo>
#include <QIcon>
#include <QMessageBox>
#include <QSettings>
#include <QStandardPaths>
#include <QTimer>

using namespace Qt::Literals::StringLiterals;

namespace {

// The sample pages shipped with Fangzhi: installed, or beside the build tree.
QString samplePages()
{
    const QString app = QCoreApplication::applicationDirPath();
    for (const QString &dir : {app + u"/../share/fangzhi/sample-pages"_s, app + u"/../../seeds"_s})
        if (QFileInfo(dir).isDir())
            return QDir(dir).absolutePath();
    return {};
}

} // namespace

int main(int argc, char *argv[])
{
    QApplication app(argc, argv);
    QApplication::setApplicationName(u"Fangzhi"_s);
    QApplication::setOrganizationName(u"Fangzhi"_s);
    QApplication::setApplicationVersion(QString::fromLatin1(FANGZHI_VERSION));
    QGuiApplication::setDesktopFileName(u"org.fangzhi.Fangzhi"_s); // its menu entry and icon
    QApplication::setWindowIcon(QIcon::fromTheme(u"org.fangzhi.Fangzhi"_s));

    fangzhi::gui::useLanguage(fangzhi::gui::savedLanguage());

    fangzhi::gui::ReaderWindow window;
    window.show();

    // The last archive, or on first run a new one in the user's data folder.
    const QString dataDir = QStandardPaths::writableLocation(QStandardPaths::AppDataLocation);
    QDir().mkpath(dataDir);
    // An archive named first on the command line (a .fangzhi file opened from the desktop, or a
    // server's address) is opened; the other arguments are pages to import into it.
    QStringList paths = QApplication::arguments().mid(1);
    QString archive = QSettings().value(u"archive"_s, dataDir + u"/archive.fangzhi"_s).toString();
    if (!paths.isEmpty() && (paths.first().endsWith(u".fangzhi"_s, Qt::CaseInsensitive) ||
                             fangzhi::store::isServerLocation(paths.first())))
        archive = fangzhi::store::isServerLocation(paths.first()) ? paths.takeFirst()
                                                                   : QFileInfo(paths.takeFirst()).absoluteFilePath();
    const bool onServer = fangzhi::store::isServerLocation(archive);
    const bool firstRun = !onServer && !QFileInfo::exists(archive);
    QObject::connect(&window, &fangzhi::gui::ReaderWindow::archiveOpened, &window, [&, done = false]() mutable {
        if (done)
            return;
        done = true;
        if (!paths.isEmpty()) {
            window.importPaths(paths); // pages named on the command line; stored ones are skipped
        } else if (firstRun && !samplePages().isEmpty() &&
                   QMessageBox::question(&window, QObject::tr("Fangzhi"),
                                         QObject::tr("Import the sample pages that come with Fangzhi?")) ==
                       QMessageBox::Yes) {
            window.importPaths({samplePages()});
        }
    });
    if (onServer)
        window.openRecent(archive); // its password from the keychain, or asked for
    else
        window.openArchive(archive);
    return app.exec();
}
