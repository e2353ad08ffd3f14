#pragma once
// The commands of lymphoscope-cli (ARCHITECTURE.md "Command line"): simulate, validate,
// parameters, examples, help and --version. Output goes to the streams given, so the same code
// serves the executable and tests. Exit status: 0 success, 2 bad input, 1 internal error.

#include <QCoreApplication>
#include <QString>
#include <QStringList>
#include <QTextStream>

#include <optional>

namespace lymph {

struct Results;
struct Scenario;

namespace cli {

enum ExitCode : int { kExitOk = 0, kExitInternalError = 1, kExitBadInput = 2 };

class CliCommands {
    Q_DECLARE_TR_FUNCTIONS(CliCommands)

public:
    CliCommands(QTextStream &out, QTextStream &err);

    // `arguments` without the program name. Never throws.
    int run(const QStringList &arguments);

private:
    struct SimulateOptions;

    int dispatch(const QStringList &arguments);
    int simulate(const QStringList &arguments);
    int validate(const QStringList &arguments);
    int parameters(const QStringList &arguments);
    int examples(const QStringList &arguments);
    int help();
    int version();

    int badInput(const QString &message);
    int internalError(const QString &message);
    std::optional<QString> writeOutputs(const SimulateOptions &options, const Results &results,
                                        const Scenario &scenario);
    void printSummary(const Scenario &scenario, const Results &results,
                      const SimulateOptions &options);

    QTextStream &m_out;
    QTextStream &m_err;
};

} // namespace cli
} // namespace lymph
