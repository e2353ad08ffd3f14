#pragma once
// Light and dark looks for the whole window (Qt's Fusion style with a matching palette), or
// the platform's own. The plots keep their white "paper" in every theme, as printed.

#include <QString>

#include <optional>

namespace lymph {

enum class Theme { System, Light, Dark };

QString themeId(Theme theme); // "system", "light", "dark"
std::optional<Theme> themeFromId(const QString &id);
// Call after the QApplication exists; may be called again to switch at run time.
void applyTheme(Theme theme);
Theme currentTheme();

} // namespace lymph
