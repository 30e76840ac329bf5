#include "language.h"

#include <QCoreApplication>
#include <QLocale>
#include <QSettings>
#include <QTranslator>

using namespace Qt::Literals::StringLiterals;

namespace fangzhi::gui {

void useLanguage(const QString &code)
{
    static QTranslator *translator = nullptr;
    if (translator) {
        QCoreApplication::removeTranslator(translator);
        delete translator;
    }
    translator = new QTranslator(QCoreApplication::instance());
    const QLocale locale = code.isEmpty() ? QLocale() : QLocale(code);
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
