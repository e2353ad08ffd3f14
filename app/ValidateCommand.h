#pragma once
// `lymphoscope-cli validate SCENARIO`: "OK: <name>", or every problem with its place
// (file:line:col and the field path) and exit status 2.

#include "Console.h"

#include <QCoreApplication>
#include <QStringList>

namespace lymph::cli {

class ValidateCommand {
    Q_DECLARE_TR_FUNCTIONS(ValidateCommand)

public:
    explicit ValidateCommand(const Console &console);

    // `arguments` after the command name. Returns the exit status.
    int run(const QStringList &arguments) const;

private:
    const Console &m_console;
};

} // namespace lymph::cli
