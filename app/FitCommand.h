#pragma once
// `lymphoscope-cli fit SCENARIO [options]`: fits the model to the patient's own lab results
// (the scenario's measurements, and --labs), prints the fitted factors with 90% intervals and
// how well each quantity is matched, and writes the personalised forecast (--csv) and the
// scenario with the fitted patient (--save-scenario).

#include "CommandLine.h"
#include "Console.h"

#include <QCoreApplication>
#include <QTextStream>

namespace lymph {
struct PersonalFit;
}

namespace lymph::cli {

class FitCommand {
    Q_DECLARE_TR_FUNCTIONS(FitCommand)

public:
    static CommandSpec spec();

    explicit FitCommand(const Console &console);

    // Returns the exit status.
    int run(const CommandLine &line) const;

private:
    void printFit(const PersonalFit &fit, QTextStream &out) const;

    const Console &m_console;
};

} // namespace lymph::cli
