#pragma once
// `lymphoscope-cli help` (also --help and -h): the commands, their options and the exit
// status.

#include "Console.h"

#include <QCoreApplication>

namespace lymph::cli {

class HelpCommand {
    Q_DECLARE_TR_FUNCTIONS(HelpCommand)

public:
    explicit HelpCommand(const Console &console);

    // Prints the usage text on standard output. Returns kExitOk.
    int run() const;

private:
    const Console &m_console;
};

} // namespace lymph::cli
