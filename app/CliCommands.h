#pragma once
// The commands of lymphoscope-cli (ARCHITECTURE.md "Command line"): picks the command named by
// the first argument (simulate, validate, parameters, examples, help or --version) and turns
// any exception into an internal error. Output goes to the streams given, so the same code
// serves the executable and tests. Exit status: 0 success, 2 bad input, 1 internal error.

#include "Console.h"
#include "ExitCode.h"

#include <QCoreApplication>
#include <QStringList>
#include <QTextStream>

namespace lymph::cli {

class CliCommands {
    Q_DECLARE_TR_FUNCTIONS(CliCommands)

public:
    CliCommands(QTextStream &out, QTextStream &err);

    // `arguments` without the program name. Never throws.
    int run(const QStringList &arguments);

private:
    int dispatch(const QStringList &arguments);
    int unknownCommand(const QString &command);
    int version();

    Console m_console;
};

} // namespace lymph::cli
