#pragma once
// `fit --labs FILE.csv`: lab results as a CSV table with the header day,quantity,value (any
// column order, a header cell per column, comma-separated, blank lines skipped). Each row
// becomes a scenario measurement; the scenario's rules then check the values, and a problem
// is shown at the row's line and the cell's column of the file.

#include "scenario/ScenarioIo.h"

#include <QCoreApplication>
#include <QString>
#include <QStringList>

#include <optional>
#include <vector>

namespace lymph::cli {

class LabsFile {
    Q_DECLARE_TR_FUNCTIONS(LabsFile)

public:
    // A row that cannot be read, at its line of the file.
    struct RowProblem {
        int line = 0;
        QString text;
    };
    // Nothing, with `error` set, when the file cannot be read or is not such a table. A row
    // that cannot be read is left out and described in `rowProblems`, every one of them.
    static std::optional<LabsFile> read(const QString &path, QString *error,
                                        std::vector<RowProblem> *rowProblems);

    const std::vector<Measurement> &measurements() const { return m_measurements; }
    // A problem with measurements[first + i] of a scenario (path "measurements[k]…") as a
    // problem at row i of this file; nothing for another path.
    std::optional<ScenarioError> locate(const ScenarioError &error, std::size_t first) const;

private:
    struct Cells {
        int line = 0;
        int dayColumn = 0, quantityColumn = 0, valueColumn = 0; // 1-based character columns
    };

    QString m_path;
    std::vector<Measurement> m_measurements;
    std::vector<Cells> m_cells; // one per measurement
};

} // namespace lymph::cli
