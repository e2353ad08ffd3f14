#include "Language.h"

#include <QCoreApplication>
#include <QLibraryInfo>
#include <QLocale>
#include <QTranslator>

namespace lymph {

namespace {

QTranslator *g_translator = nullptr;
QTranslator *g_qtTranslator = nullptr; // Qt's own dialogs and buttons (qt6-translations-l10n)
QString g_current;

} // namespace

QStringList availableLanguages()
{
    return {QStringLiteral("en"), QStringLiteral("it"), QStringLiteral("de"), QStringLiteral("es"),
            QStringLiteral("fr")};
}

QString nativeLanguageName(const QString &code)
{
    const QLocale locale(code);
    QString name = locale.nativeLanguageName();
    if (!name.isEmpty())
        name[0] = name[0].toUpper();
    return name;
}

QString systemLanguage()
{
    const QString code = QLocale::languageToCode(QLocale().language());
    return availableLanguages().contains(code) ? code : QStringLiteral("en");
}

bool setLanguage(const QString &requested)
{
    const QString code = requested.isEmpty() ? systemLanguage() : requested;
    if (!availableLanguages().contains(code))
        return false;
    // English plural forms ("1 month", "2 months") come from lymphoscope_en.qm too.
    auto *translator = new QTranslator(QCoreApplication::instance());
    if (!translator->load(QStringLiteral("lymphoscope_") + code, QStringLiteral(":/i18n"))) {
        delete translator;
        return false;
    }
    if (g_translator) {
        QCoreApplication::removeTranslator(g_translator);
        delete g_translator;
    }
    g_translator = translator;
    if (g_qtTranslator) {
        QCoreApplication::removeTranslator(g_qtTranslator);
        delete g_qtTranslator;
        g_qtTranslator = nullptr;
    }
    auto *qtTranslator = new QTranslator(QCoreApplication::instance());
    if (code != QLatin1String("en") &&
        qtTranslator->load(QStringLiteral("qtbase_") + code,
                           QLibraryInfo::path(QLibraryInfo::TranslationsPath))) {
        g_qtTranslator = qtTranslator;
        QCoreApplication::installTranslator(g_qtTranslator);
    } else {
        delete qtTranslator; // English, or Qt's translations are not installed
    }
    // The locale first: widgets re-read numbers when the LanguageChange event arrives.
    QLocale::setDefault(QLocale(code == QLatin1String("en") ? QStringLiteral("en_GB") : code));
    QCoreApplication::installTranslator(g_translator);
    g_current = code;
    return true;
}

QString currentLanguage() { return g_current; }

} // namespace lymph
