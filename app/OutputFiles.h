#pragma once
// The files `simulate` writes (--csv, --patients-csv, --png, --pdf): checked before the run
// against the output rules (files/OutputPolicy.h), so that a long run neither ends in an
// unwritable destination nor overwrites its own scenario, then each written safely
// (files/FileWriter.h); "-" sends a CSV table to standard output.

#include "ExitCode.h"
#include "SimulateOptions.h"

#include <QCoreApplication>
#include <QString>
#include <QTextStream>

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

    // `inputFile`: the scenario's file (empty for a built-in example).
    OutputFiles(const SimulateOptions &options, QString inputFile);

    // The first broken rule: bad input for an output that is the scenario or another output,
    // an internal error for one that cannot be written (a missing folder, a socket).
    std::optional<Problem> check() const;

    // Writes the CSV, the per-patient CSV, then the PNG and the PDF of the result plot;
    // "-" goes to `standardOutput`. Returns the first failure, or nothing: bad input for a
    // file that became another kind's during the run, an internal error for a failed write.
    std::optional<Problem> write(const Results &results, const Scenario &scenario,
                                 QTextStream &standardOutput) const;

    // True when a table goes to standard output (the summary then goes to standard error).
    bool usesStandardOutput() const;

private:
    std::optional<Problem> writeOne(QLatin1String option, const QString &path, OutputKind kind,
                                    const QByteArray &data, QTextStream &standardOutput) const;
    std::optional<Problem> writeImages(const Results &results, const Scenario &scenario) const;

    const SimulateOptions &m_options;
    QString m_inputFile;
};

} // namespace lymph::cli
