#include "fangzhi_version.h"
#include "main_window.h"

#include <QApplication>
#include <QLocale>
#include <QTranslator>

using namespace Qt::Literals::StringLiterals;

int main(int argc, char *argv[])
{
    QApplication app(argc, argv);
    QApplication::setApplicationName(u"Fangzhi"_s);
    QApplication::setOrganizationName(u"Fangzhi"_s);
    QApplication::setApplicationVersion(QString::fromLatin1(FANGZHI_VERSION));

    QTranslator translator;
    if (translator.load(QLocale(), u"fangzhi"_s, u"_"_s, u":/i18n"_s))
        QApplication::installTranslator(&translator);

    fangzhi::gui::MainWindow window;
    window.show();
    QStringList paths = QApplication::arguments().mid(1);
    if (!paths.isEmpty())
        window.loadPaths(paths);
    return app.exec();
}
