#pragma once
// `lymphoscope-cli parameters [--markdown]`: the model's parameter table with units and
// sources, as aligned text or as a Markdown table.

#include "Console.h"

#include <QCoreApplication>
#include <QStringList>

namespace lymph::cli {

class ParametersCommand {
    Q_DECLARE_TR_FUNCTIONS(ParametersCommand)

public:
    explicit ParametersCommand(const Console &console);

    // `arguments` after the command name. Returns the exit status.
    int run(const QStringList &arguments) const;

private:
    const Console &m_console;
};

} // namespace lymph::cli
