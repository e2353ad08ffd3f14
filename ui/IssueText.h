#pragma once
// A scenario problem (scenario/IssueCode.h) in the user's language, numbers in the user's
// locale. The window names the place in words ("Alemtuzumab (treatment 4), infusion 1,
// dose: must be …"); the command line keeps the field path as the file writes it
// ("file:line:col: treatments[3].infusions[0].mg: must be …").

#include "FieldPathText.h"

#include "scenario/ScenarioIo.h"

#include <QCoreApplication>
#include <QString>
#include <QStringList>

#include <string>
#include <vector>

namespace lymph {

class IssueText {
    Q_DECLARE_TR_FUNCTIONS(IssueText)

public:
    // Field paths as the file writes them, for the command line.
    static IssueText forFile() { return IssueText(nullptr, false); }
    // Field paths in words; `scenario`, when given (and alive while this is used), names each
    // treatment's therapy.
    static IssueText forWindow(const Scenario *scenario) { return IssueText(scenario, true); }

    // The problem alone: "must be between 30 and 250 kg, got 500".
    QString message(const IssueCode &code) const;
    // A field path, in words or as written.
    QString place(const std::string &path) const;
    // "file:line:col: place: message", leaving out the parts that are not known.
    QString describe(const ScenarioError &error) const;
    // One line per problem; past `limit` (when not negative, and more than one line over it),
    // a last line counts the rest.
    QStringList describe(const std::vector<ScenarioError> &errors, int limit = -1) const;
    // The first `limit` lines and "… and 12 more problems" in place of the rest, when at
    // least two would be counted (one more line would take the count's place); all when
    // `limit` is negative.
    static QStringList shortened(QStringList lines, int limit);

private:
    IssueText(const Scenario *scenario, bool inWords) : m_paths(scenario), m_inWords(inWords) {}

    FieldPathText m_paths;
    bool m_inWords;
};

} // namespace lymph
