#pragma once
// `lymphoscope-cli examples`: the built-in example scenarios, one a line: the name to pass as
// SCENARIO, then the scenario's title.

#include "Console.h"

#include <QCoreApplication>
#include <QStringList>

namespace lymph::cli {

class ExamplesCommand {
    Q_DECLARE_TR_FUNCTIONS(ExamplesCommand)

public:
    explicit ExamplesCommand(const Console &console);

    // `arguments` after the command name. Returns the exit status: 1 if an example is invalid.
    int run(const QStringList &arguments) const;

private:
    const Console &m_console;
};

} // namespace lymph::cli
