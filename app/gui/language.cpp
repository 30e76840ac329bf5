#include "language.h"

#include <QCoreApplication>
#include <QLibraryInfo>
#include <QLocale>
#include <QSettings>
#include <QTranslator>

using namespace Qt::Literals::StringLiterals;

namespace fangzhi::gui {

void useLanguage(const QString &code)
{
    static QTranslator *translator = nullptr, *qtOwn = nullptr;
    for (QTranslator **old : {&translator, &qtOwn})
        if (*old) {
            QCoreApplication::removeTranslator(*old);
            delete std::exchange(*old, nullptr);
        }
    const QLocale locale = code.isEmpty() ? QLocale() : QLocale(code);
    // Qt's own words (file dialogs, print dialogs, OK and Cancel) in the same language.
    qtOwn = new QTranslator(QCoreApplication::instance());
    if (qtOwn->load(locale, u"qtbase"_s, u"_"_s, QLibraryInfo::path(QLibraryInfo::TranslationsPath)))
        QCoreApplication::installTranslator(qtOwn);
    translator = new QTranslator(QCoreApplication::instance());
    // English where the locale has no translation: its plural forms ("1 article", "2 articles").
    if (translator->load(locale, u"fangzhi"_s, u"_"_s, u":/i18n"_s) || translator->load(u":/i18n/fangzhi_en.qm"_s))
        QCoreApplication::installTranslator(translator);
    QSettings().setValue(u"language"_s, code);
}

QString savedLanguage()
{
    return QSettings().value(u"language"_s).toString();
}

} // namespace fangzhi::gui
