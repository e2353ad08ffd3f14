#pragma once
// A scenario's field path in the user's words: "treatments[3].infusions[0].mg" becomes
// "Alemtuzumab (treatment 4), infusion 1, dose". Parts it does not know (an unknown key in a
// file) are kept as written, in quotes.

#include "scenario/Scenario.h"

#include <QCoreApplication>
#include <QString>

#include <string_view>

namespace lymph {

class FieldPathText {
    Q_DECLARE_TR_FUNCTIONS(FieldPathText)

public:
    // `scenario`, when given, names each treatment's therapy; without it (a file that could
    // not be read) treatments are named by number only.
    explicit FieldPathText(const Scenario *scenario = nullptr) : m_scenario(scenario) {}

    QString describe(std::string_view path) const;

private:
    QString treatmentName(std::size_t index) const;

    const Scenario *m_scenario;
};

} // namespace lymph
