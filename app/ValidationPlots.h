#pragma once
// The validation report's pictures: for every curve a group of targets samples (one column
// of one design, read on several days), the model's curve over time with the published
// values and their accepted intervals as points with error bars.

#include "calibration/CalibrationRun.h"

#include "files/FileProblem.h"

#include <QCoreApplication>
#include <QString>
#include <QDir>
#include <QStringList>

#include <optional>
#include <vector>

namespace lymph::cli {

class ValidationPlots {
    Q_DECLARE_TR_FUNCTIONS(ValidationPlots)

public:
    ValidationPlots(const TargetSet &set, const std::vector<TargetResult> &results,
                    const ParameterTable &parameters);

    // Writes one PNG per curve into `folder`; returns the Markdown image lines, with paths
    // relative to the report (`relativeFolder`). `error` is set if a plot cannot be drawn or
    // written; `writeProblem`, if given, receives a file that could not be written or was kept.
    QStringList write(const QString &folder, const QString &relativeFolder, QString *error,
                      std::optional<FileProblem> *writeProblem = nullptr) const;
    // The files in `folder` a run's plots could replace (curve-NN.png).
    static QStringList existingPlots(const QDir &folder);

private:
    const TargetSet &m_set;
    const std::vector<TargetResult> &m_results;
    const ParameterTable &m_parameters;
};

} // namespace lymph::cli
