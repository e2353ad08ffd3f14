#pragma once
// Small text helpers shared by the commands of lymphoscope-cli.

#include <QString>

#include <string_view>

namespace lymph::cli {

inline QString fromStd(std::string_view text)
{
    return QString::fromUtf8(text.data(), static_cast<qsizetype>(text.size()));
}

// 'text', as messages quote file names, options and values.
inline QString quoted(const QString &text)
{
    return QLatin1Char('\'') + text + QLatin1Char('\'');
}

// A day count or step as the user would write it: 365, 0.5, 1e-06.
inline QString formatNumber(double value) { return QString::number(value, 'g', 10); }

} // namespace lymph::cli
