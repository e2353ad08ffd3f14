#include "CalibrationCommand.h"

#include "CalibrationFitReport.h"
#include "CalibrationReport.h"
#include "CliText.h"
#include "FileProblemText.h"
#include "ValidationPlots.h"

#include "calibration/CalibrationFit.h"
#include "calibration/CalibrationRun.h"
#include "files/FileText.h"
#include "files/FileWriter.h"
#include "files/OutputPolicy.h"

#include <QDir>

#include <cmath>

namespace lymph::cli {

namespace {
const QString kTargets = QStringLiteral("targets");
const QString kJson = QStringLiteral("json");
const QString kMarkdown = QStringLiteral("markdown");
const QString kPlots = QStringLiteral("plots");
const QString kQuick = QStringLiteral("quick");
const QString kOnly = QStringLiteral("only");
const QString kSet = QStringLiteral("set");
const QString kCheck = QStringLiteral("check");
const QString kFit = QStringLiteral("fit");
const QString kIterations = QStringLiteral("iterations");

QString defaultTargets() { return QStringLiteral(LYMPH_SOURCE_DIR "/resources/calibration"); }
} // namespace

CommandSpec CalibrationCommand::spec()
{
    return {QStringLiteral("calibration"), QString(),
            tr("Run the published figures the model is checked against and report, per "
               "figure, the published value and uncertainty, the model's value and pass or "
               "fail."),
            {{kTargets, tr("The target set's folder (default: the source tree's "
                           "resources/calibration)."),
              QStringLiteral("DIR")},
             {kJson, tr("Every result as JSON on standard output.")},
             {kMarkdown, tr("Write the validation report (docs/validation.md) to FILE."),
              QStringLiteral("FILE")},
             {kPlots, tr("With --markdown: write the model-against-publication plots to DIR."),
              QStringLiteral("DIR")},
             {kQuick, tr("Cohorts a quarter of their size (a quick look; pass or fail may "
                         "differ).")},
             {kOnly, tr("Only these targets (ids separated by commas)."), QStringLiteral("IDS")},
             {kSet, tr("Run with a parameter changed (repeatable; ids as 'parameters' lists "
                       "them)."),
              QStringLiteral("ID=VALUE")},
             {kCheck, tr("Exit 1 if a target listed in FILE (one id a line) does not pass."),
              QStringLiteral("FILE")},
             {kFit, tr("Fit these parameters (ids separated by commas) to the tested targets, "
                       "or to those of --only, by weighted least squares on the log scale, and "
                       "report the estimates with standard errors and correlations."),
              QStringLiteral("IDS")},
             {kIterations, tr("With --fit: at most N iterations (default 20)."),
              QStringLiteral("N")}},
            0,
            0,
            {},
            {kSet}};
}

CalibrationCommand::CalibrationCommand(const Console &console) : m_console(console) {}

int CalibrationCommand::run(const CommandLine &line) const
{
    const QString folder = line.isSet(kTargets) ? line.value(kTargets) : defaultTargets();
    TargetSet set;
    try {
        set = loadTargetSet(folder.toStdString());
    } catch (const TargetSetError &e) {
        return m_console.badInput(tr("calibration: %1: %2").arg(folder, fromStd(e.what())));
    }
    std::vector<std::string> only;
    for (const QString &id : line.value(kOnly).split(QLatin1Char(','), Qt::SkipEmptyParts))
        only.push_back(id.trimmed().toStdString());
    ParameterTable parameters = ParameterTable::defaults();
    for (const QString &assignment : line.values(kSet)) {
        const qsizetype equals = assignment.indexOf(QLatin1Char('='));
        bool number = false;
        const double value = equals > 0 ? assignment.mid(equals + 1).toDouble(&number) : 0.0;
        const std::string id = assignment.left(equals).trimmed().toStdString();
        const Parameter *entry = equals > 0 ? parameters.find(id) : nullptr;
        if (!entry || !number || !std::isfinite(value) || value < entry->min ||
            value > entry->max || !parameters.set(id, value))
            return m_console.badInput(
                tr("--set: '%1' is not a known parameter id with a value in its range "
                   "(see 'lymphoscope-cli parameters')")
                    .arg(assignment));
    }
    if (line.isSet(kFit))
        return fit(line, set, parameters, only);
    if (line.isSet(kMarkdown)) {
        // Checked before the long run: never the list --check reads, never a user's own file
        // where the report or one of its plots goes (each is checked again as it is written).
        std::vector<NamedPath> inputs, outputs;
        if (line.isSet(kCheck))
            inputs.push_back({"--check", line.value(kCheck).toStdString()});
        outputs.push_back({"--markdown", line.value(kMarkdown).toStdString(),
                           OutputKind::ValidationReport});
        if (line.isSet(kPlots)) {
            const QDir plotFolder(line.value(kPlots));
            for (const QString &name : ValidationPlots::existingPlots(plotFolder))
                outputs.push_back({"--plots", plotFolder.filePath(name).toStdString(), OutputKind::Png});
        }
        if (const auto problem = checkOutputs(inputs, outputs))
            return m_console.fileProblem(*problem);
    }
    const CalibrationRun run(set, line.isSet(kQuick) ? 0.25 : 1.0);
    const std::vector<TargetResult> results = run.evaluate(parameters, only);
    const CalibrationReport report(set, results);

    if (line.isSet(kMarkdown)) {
        QStringList images;
        if (line.isSet(kPlots)) {
            const QString plotFolder = line.value(kPlots);
            QDir().mkpath(plotFolder);
            const QString relative =
                QFileInfo(line.value(kMarkdown))
                    .absoluteDir()
                    .relativeFilePath(QFileInfo(plotFolder).absoluteFilePath());
            QString error;
            std::optional<FileProblem> writeProblem;
            images = ValidationPlots(set, results, ParameterTable::defaults())
                         .write(plotFolder, relative, &error, &writeProblem);
            if (writeProblem)
                return m_console.fileProblem(*writeProblem);
            if (!error.isEmpty())
                return m_console.internalError(error);
        }
        const QByteArray text = report.markdown(images).toUtf8();
        if (auto problem = writeFileSafely(line.value(kMarkdown).toStdString(),
                                           std::string_view(text.data(), std::size_t(text.size())),
                                           OutputKind::ValidationReport)) {
            problem->role = "--markdown";
            return m_console.fileProblem(*problem);
        }
    }
    if (line.isSet(kJson))
        m_console.out() << QString::fromUtf8(report.json());
    else
        m_console.out() << report.text();

    if (line.isSet(kCheck)) {
        const FileText listed = readTextFile(line.value(kCheck).toStdString(), 1 << 20);
        if (listed.problem) {
            FileProblem problem = *listed.problem;
            problem.role = "--check";
            return m_console.badInput(FileProblemText::describe(problem));
        }
        const QStringList failing = report.failing();
        QStringList regressions;
        for (const QString &id : QString::fromStdString(listed.text).split(QLatin1Char('\n'))) {
            const QString trimmed = id.trimmed();
            if (trimmed.isEmpty() || trimmed.startsWith(QLatin1Char('#')))
                continue;
            const bool known = std::any_of(results.begin(), results.end(), [&](const TargetResult &r) {
                return fromStd(r.target->id) == trimmed;
            });
            if (!known || failing.contains(trimmed))
                regressions << trimmed;
        }
        if (!regressions.isEmpty()) {
            m_console.err() << tr("calibration: targets that passed before now fail (or are gone): %1")
                                   .arg(regressions.join(QStringLiteral(", ")))
                            << '\n';
            return kExitInternalError;
        }
    }
    return kExitOk;
}

int CalibrationCommand::fit(const CommandLine &line, const TargetSet &set,
                            const ParameterTable &start,
                            const std::vector<std::string> &only) const
{
    CalibrationFitOptions options;
    for (const QString &id : line.value(kFit).split(QLatin1Char(','), Qt::SkipEmptyParts))
        options.parameters.push_back(id.trimmed().toStdString());
    options.targets = only;
    options.cohortShare = line.isSet(kQuick) ? 0.25 : 1.0;
    if (line.isSet(kIterations)) {
        bool number = false;
        options.maxIterations = line.value(kIterations).toInt(&number);
        if (!number || options.maxIterations < 1 || options.maxIterations > 1000)
            return m_console.badInput(
                tr("--iterations: '%1' is not a whole number from 1 to 1000")
                    .arg(line.value(kIterations)));
    }
    CalibrationFitResult result;
    try {
        result = fitCalibration(set, start, options);
    } catch (const CalibrationFitError &e) {
        return m_console.badInput(tr("calibration --fit: %1").arg(fromStd(e.what())));
    }
    const CalibrationFitReport report(result);
    if (line.isSet(kJson))
        m_console.out() << QString::fromUtf8(report.json());
    else
        m_console.out() << report.text();
    return kExitOk;
}

} // namespace lymph::cli
