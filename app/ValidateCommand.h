#pragma once
// `lymphoscope-cli validate SCENARIO`: "OK: <name>", or every problem with its place
// (file:line:col and the field path) and exit status 2.

#include "CommandLine.h"
#include "Console.h"

#include <QCoreApplication>

namespace lymph::cli {

class ValidateCommand {
    Q_DECLARE_TR_FUNCTIONS(ValidateCommand)

public:
    static CommandSpec spec();

    explicit ValidateCommand(const Console &console);

    // Returns the exit status.
    int run(const CommandLine &line) const;

private:
    const Console &m_console;
};

} // namespace lymph::cli
