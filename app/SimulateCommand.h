#pragma once
// `lymphoscope-cli simulate SCENARIO [options]`: runs a scenario for a typical patient or a
// virtual cohort, writes the requested files and prints a summary.

#include "Console.h"

#include <QCoreApplication>
#include <QStringList>

namespace lymph::cli {

class SimulateCommand {
    Q_DECLARE_TR_FUNCTIONS(SimulateCommand)

public:
    explicit SimulateCommand(const Console &console);

    // `arguments` after the command name. Returns the exit status.
    int run(const QStringList &arguments) const;

private:
    const Console &m_console;
};

} // namespace lymph::cli
