#pragma once
// `lymphoscope-cli report SCENARIO --pdf FILE [--lang CODE] [--compare SCENARIO]`: the
// patient handout the window prints, made headless (two A4 pages), in the chosen language.

#include "CommandLine.h"
#include "Console.h"

#include <QCoreApplication>

namespace lymph::cli {

class ReportCommand {
    Q_DECLARE_TR_FUNCTIONS(ReportCommand)

public:
    static CommandSpec spec();

    explicit ReportCommand(const Console &console);

    // Returns the exit status.
    int run(const CommandLine &line) const;

private:
    const Console &m_console;
};

} // namespace lymph::cli
