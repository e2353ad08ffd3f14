#pragma once
// `lymphoscope-cli report SCENARIO --pdf FILE [--lang CODE] [--compare SCENARIO]`: the
// patient handout the window prints, made headless (two A4 pages), in the chosen language.

#include "Console.h"

#include <QCoreApplication>
#include <QStringList>

namespace lymph::cli {

class ReportCommand {
    Q_DECLARE_TR_FUNCTIONS(ReportCommand)

public:
    explicit ReportCommand(const Console &console);

    // `arguments` after the command name. Returns the exit status.
    int run(const QStringList &arguments) const;

private:
    const Console &m_console;
};

} // namespace lymph::cli
