#pragma once
// `lymphoscope-cli simulate SCENARIO [options]`: runs a scenario for a typical patient or a
// virtual cohort, writes the requested files and prints a summary.

#include "CommandLine.h"
#include "Console.h"

#include <QCoreApplication>

namespace lymph::cli {

class SimulateCommand {
    Q_DECLARE_TR_FUNCTIONS(SimulateCommand)

public:
    static CommandSpec spec();

    explicit SimulateCommand(const Console &console);

    // Returns the exit status.
    int run(const CommandLine &line) const;

private:
    const Console &m_console;
};

} // namespace lymph::cli
