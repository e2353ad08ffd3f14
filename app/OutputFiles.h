#pragma once
// The files `simulate` writes (--csv, --patients-csv, --png, --pdf): checked before the run, so
// that a long run does not end in an unwritable destination, and then each written atomically.

#include "ExitCode.h"
#include "SimulateOptions.h"

#include <QCoreApplication>
#include <QString>

#include <optional>

namespace lymph {
struct Results;
struct Scenario;
} // namespace lymph

namespace lymph::cli {

class OutputFiles {
    Q_DECLARE_TR_FUNCTIONS(OutputFiles)

public:
    struct Problem {
        ExitCode exitCode;
        QString message;
    };

    explicit OutputFiles(const SimulateOptions &options);

    // A destination that is the scenario file itself (bad input), a folder or in a folder that
    // does not exist (internal error), or nothing.
    std::optional<Problem> check() const;

    // Writes the CSV, the per-patient CSV, then the PNG and the PDF of the result plot.
    // Returns the first failure
    // (an internal error), or nothing.
    std::optional<QString> write(const Results &results, const Scenario &scenario) const;

private:
    std::optional<QString> writeImages(const Results &results, const Scenario &scenario) const;

    const SimulateOptions &m_options;
};

} // namespace lymph::cli
