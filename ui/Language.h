#pragma once
// The interface language: English (the source) or a translation, chosen from the system
// locale or by the user, switchable while the program runs. Numbers and dates follow the same
// language (QLocale::setDefault).

#include <QString>
#include <QStringList>

namespace lymph {

// "en", "it", "de", "es", "fr".
QStringList availableLanguages();
// The language's own name ("Italiano"), for menus.
QString nativeLanguageName(const QString &code);
// The system locale's language when it is available, else "en".
QString systemLanguage();
// Installs the translation for `code` (an empty code: systemLanguage()) in place of the
// previous one; Qt then sends every widget a LanguageChange event. False for an unknown code.
bool setLanguage(const QString &code);
QString currentLanguage();

} // namespace lymph
