#pragma once
// The commands of lymphoscope-cli, from one table: it dispatches the first argument, words
// the list of commands in the help and in the unknown-command message (with a "Did you
// mean"), and turns any exception into an internal error. Each command parses its own
// options (CommandLine) and answers --help. Output goes to the streams given, so the same
// code serves the executable and tests. Exit status: 0 success, 2 bad input, 1 internal error.

#include "CommandLine.h"
#include "Console.h"
#include "ExitCode.h"

#include <QCoreApplication>
#include <QStringList>
#include <QTextStream>

#include <functional>
#include <vector>

namespace lymph::cli {

class CliCommands {
    Q_DECLARE_TR_FUNCTIONS(CliCommands)

public:
    CliCommands(QTextStream &out, QTextStream &err);

    // `arguments` without the program name. Never throws.
    int run(const QStringList &arguments);

private:
    struct Command {
        CommandSpec spec;
        std::function<int(const CommandLine &)> run;
    };

    int dispatch(const QStringList &arguments);
    int unknownCommand(const QString &command);
    void printHelp(QTextStream &stream) const;
    int version();

    Console m_console;
    std::vector<Command> m_commands;
};

} // namespace lymph::cli
