#pragma once
// `lymphoscope-cli parameters [--markdown]`: the model's parameter table with units and
// sources, as aligned text or as a Markdown table.

#include "CommandLine.h"
#include "Console.h"

#include <QCoreApplication>

namespace lymph::cli {

class ParametersCommand {
    Q_DECLARE_TR_FUNCTIONS(ParametersCommand)

public:
    static CommandSpec spec();

    explicit ParametersCommand(const Console &console);

    // Returns the exit status.
    int run(const CommandLine &line) const;

private:
    const Console &m_console;
};

} // namespace lymph::cli
