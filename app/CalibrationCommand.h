#pragma once
// `lymphoscope-cli calibration [--targets DIR] [--json | --markdown FILE [--plots DIR]]
// [--quick] [--only ID,…] [--set ID=VALUE] [--check FILE] [--fit ID,… [--iterations N]]`: runs the literature's target set
// (resources/calibration) and reports, per target, the source, population, published value
// and uncertainty, the model's value, the tolerance rule and pass or fail.

#include "CommandLine.h"
#include "Console.h"

#include "calibration/TargetSet.h"
#include "model/ParameterTable.h"

#include <QCoreApplication>

namespace lymph::cli {

class CalibrationCommand {
    Q_DECLARE_TR_FUNCTIONS(CalibrationCommand)

public:
    static CommandSpec spec();

    explicit CalibrationCommand(const Console &console);

    // Returns the exit status: 1 with --check when a target listed as passing fails.
    int run(const CommandLine &line) const;

private:
    int fit(const CommandLine &line, const TargetSet &set, const ParameterTable &start,
            const std::vector<std::string> &only) const;

    const Console &m_console;
};

} // namespace lymph::cli
