#pragma once
// `lymphoscope-cli examples`: the built-in example scenarios, one a line: the name to pass as
// SCENARIO, then the scenario's title.

#include "CommandLine.h"
#include "Console.h"

#include <QCoreApplication>

namespace lymph::cli {

class ExamplesCommand {
    Q_DECLARE_TR_FUNCTIONS(ExamplesCommand)

public:
    static CommandSpec spec();

    explicit ExamplesCommand(const Console &console);

    // Returns the exit status.
    int run(const CommandLine &line) const;

private:
    const Console &m_console;
};

} // namespace lymph::cli
