#include "ScenarioArgument.h"

#include "IssueText.h"

#include "scenario/ScenarioIo.h"

#include <QCoreApplication>

#include <algorithm>

namespace lymph::cli {

std::optional<ScenarioArgument> loadScenarioArgument(const Console &console, const QString &name,
                                                     ProblemList list, const QString &option)
{
    const ScenarioLoadResult loaded = loadScenario(name.toStdString());
    // Field paths as the file writes them: the user fixes the file.
    const IssueText words = IssueText::forFile();
    const QString prefix =
        option.isEmpty() ? QString() : QStringLiteral("lymphoscope-cli: %1: ").arg(option);
    for (const IssueCode &note : loaded.notes) {
        console.err() << (option.isEmpty() ? QStringLiteral("lymphoscope-cli: ") : prefix)
                      << QCoreApplication::translate("ScenarioArgument", "note: %1")
                             .arg(words.message(note))
                      << '\n';
    }
    if (!loaded.ok()) {
        const int limit = list == ProblemList::Every ? -1 : kProblemsListed;
        const QStringList lines = words.describe(loaded.errors, limit);
        for (const QString &line : lines)
            console.err() << prefix << line << '\n';
        if (static_cast<std::size_t>(lines.size()) < loaded.errors.size()) { // some counted only
            console.err() << "lymphoscope-cli: "
                          << QCoreApplication::translate(
                                 "ScenarioArgument",
                                 "note: 'lymphoscope-cli validate %1' lists every problem")
                                 .arg(name)
                          << '\n';
        }
        const bool unknownParameter =
            std::any_of(loaded.errors.begin(), loaded.errors.end(), [](const ScenarioError &e) {
                return std::holds_alternative<issue::UnknownParameter>(e.code);
            });
        if (unknownParameter) {
            console.err() << "lymphoscope-cli: "
                          << QCoreApplication::translate(
                                 "ScenarioArgument",
                                 "note: 'lymphoscope-cli parameters' lists the model parameters")
                          << '\n';
        }
        return std::nullopt;
    }
    return ScenarioArgument{*loaded.scenario, loaded.exampleName.empty() ? name : QString()};
}

} // namespace lymph::cli
