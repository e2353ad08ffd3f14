#include "FitCommand.h"

#include "CliText.h"
#include "FileProblemText.h"
#include "FitProblemText.h"
#include "IssueText.h"
#include "LabsFile.h"
#include "ScenarioArgument.h"

#include "estimate/FitProblem.h"
#include "estimate/PersonalFit.h"
#include "files/FileWriter.h"
#include "files/OutputPolicy.h"
#include "scenario/ScenarioIo.h"

#include <QLocale>

#include <algorithm>
#include <cmath>
#include <limits>
#include <vector>

namespace lymph::cli {

namespace {

const QString kLabs = QStringLiteral("labs");
const QString kCsv = QStringLiteral("csv");
const QString kDraws = QStringLiteral("draws");
const QString kSeed = QStringLiteral("seed");
const QString kStep = QStringLiteral("step");
const QString kSave = QStringLiteral("save-scenario");
constexpr int kMaxDraws = 10000;

QString fixed(double value, int decimals)
{
    return QString::number(value, 'f', decimals);
}

} // namespace

CommandSpec FitCommand::spec()
{
    return {
        QStringLiteral("fit"),
        QStringLiteral("SCENARIO"),
        tr("Fit the model to the patient's own lab results (the scenario's measurements and "
           "--labs), with the population as the prior, and forecast with credible bands."),
        {{kLabs, tr("Lab results to add: a CSV file with the header day,quantity,value."),
          QStringLiteral("FILE")},
         {kCsv,
          tr("Write the forecast: medians with _p05, _p25, _p75 and _p95 bands, as "
             "the cohort table ('-': standard output)."),
          QStringLiteral("FILE")},
         {kDraws, tr("Posterior draws of the forecast (1 to %1, default 200).").arg(kMaxDraws),
          QStringLiteral("N")},
         {kSeed, tr("Random seed of the draws (default 1)."), QStringLiteral("S")},
         {kStep, tr("Output step of the forecast in days (default 1)."), QStringLiteral("DAYS")},
         {kSave,
          tr("Write the scenario with the fitted patient (patient.individual) and "
             "the results it was fitted to."),
          QStringLiteral("FILE")}},
        1,
        1};
}

FitCommand::FitCommand(const Console &console) : m_console(console)
{
}

int FitCommand::run(const CommandLine &line) const
{
    ForecastOptions forecast;
    SimulationOptions simulation;
    if (line.isSet(kDraws)) {
        bool ok = false;
        forecast.draws = line.value(kDraws).toInt(&ok);
        if (!ok || forecast.draws < 1 || forecast.draws > kMaxDraws) {
            return m_console.badInput(tr("--draws: expected a whole number from 1 to %1, got %2")
                                          .arg(kMaxDraws)
                                          .arg(quoted(line.value(kDraws))));
        }
    }
    if (line.isSet(kSeed)) {
        bool ok = false;
        forecast.seed = line.value(kSeed).toULongLong(&ok);
        if (!ok || line.value(kSeed).startsWith(QLatin1Char('-')))
            return m_console.badInput(
                tr("--seed: expected a whole number, got %1").arg(quoted(line.value(kSeed))));
    }
    if (line.isSet(kStep)) {
        bool ok = false;
        simulation.outputStepDays = line.value(kStep).toDouble(&ok);
        if (!ok || !std::isfinite(simulation.outputStepDays) || simulation.outputStepDays <= 0)
            return m_console.badInput(tr("--step: expected a positive number of days, got %1")
                                          .arg(quoted(line.value(kStep))));
    }
    const QString csvPath = line.value(kCsv), savePath = line.value(kSave);
    if (savePath == QLatin1String(kStandardOutput))
        return m_console.badInput(tr("--save-scenario: give a file name"));

    auto loaded = loadScenarioArgument(m_console, line.positional().constFirst());
    if (!loaded)
        return kExitBadInput;
    Scenario scenario = loaded->scenario;

    // Outputs are checked before anything runs: never an input, never each other.
    std::vector<NamedPath> inputs, outputs;
    if (!loaded->file.isEmpty())
        inputs.push_back({"scenario", loaded->file.toStdString()});
    if (line.isSet(kLabs))
        inputs.push_back({"--labs", line.value(kLabs).toStdString()});
    if (!csvPath.isEmpty())
        outputs.push_back({"--csv", csvPath.toStdString(), OutputKind::Table});
    if (!savePath.isEmpty())
        outputs.push_back({"--save-scenario", savePath.toStdString(), OutputKind::Scenario});
    if (const auto problem = checkOutputs(inputs, outputs))
        return m_console.fileProblem(*problem);

    if (line.isSet(kLabs)) {
        QString error;
        std::vector<LabsFile::RowProblem> rowProblems;
        const auto labs = LabsFile::read(line.value(kLabs), &error, &rowProblems);
        if (!labs)
            return m_console.badInput(error);
        const std::size_t first = scenario.measurements.size();
        scenario.measurements.insert(scenario.measurements.end(), labs->measurements().begin(),
                                     labs->measurements().end());
        // The file's problems at once, in its line order: rows that could not be read and
        // values the scenario's rules refuse, the first few of a long list.
        std::vector<LabsFile::RowProblem> problems = rowProblems;
        const IssueText words = IssueText::forFile();
        for (const ScenarioError &e : validateScenario(scenario)) {
            const std::optional<ScenarioError> located = labs->locate(e, first);
            problems.push_back(located ? LabsFile::RowProblem{located->line,
                                                              QStringLiteral("--labs: ") +
                                                                  words.describe(*located)}
                                       : LabsFile::RowProblem{0, words.describe(e)});
        }
        std::stable_sort(problems.begin(), problems.end(),
                         [](const auto &a, const auto &b) { return a.line < b.line; });
        QStringList lines;
        for (const LabsFile::RowProblem &problem : problems)
            lines << problem.text;
        for (const QString &text : IssueText::shortened(lines, kProblemsListed))
            m_console.err() << "lymphoscope-cli: " << text << '\n';
        if (!problems.empty())
            return kExitBadInput;
    }

    PersonalFit fit;
    try {
        fit = fitPatient(scenario, nullptr, {});
    } catch (const FitError &e) {
        return m_console.badInput(tr("fit: %1").arg(FitProblemText::describe(e.problem())));
    }
    // With the forecast on standard output, the summary must not mix into it.
    printFit(fit, csvPath == QLatin1String(kStandardOutput) ? m_console.err() : m_console.out());

    if (!csvPath.isEmpty()) {
        const Results results = forecastPatient(scenario, fit, forecast, nullptr, simulation);
        const std::string csv = results.table.toCsv();
        if (csvPath == QLatin1String(kStandardOutput)) {
            m_console.out() << QString::fromStdString(csv);
        } else if (auto problem = writeFileSafely(csvPath.toStdString(), csv, OutputKind::Table)) {
            problem->role = "--csv";
            return m_console.fileProblem(*problem);
        }
    }
    if (!savePath.isEmpty()) {
        const Scenario fitted = withFittedPatient(scenario, fit);
        if (auto problem = writeFileSafely(savePath.toStdString(), scenarioToJson(fitted),
                                           OutputKind::Scenario)) {
            problem->role = "--save-scenario";
            return m_console.fileProblem(*problem);
        }
    }
    return kExitOk;
}

void FitCommand::printFit(const PersonalFit &fit, QTextStream &out) const
{
    out << tr("Fitted to %n lab result(s) up to day %1, with the population as the prior "
              "(Bayesian MAP; 90% intervals from the Laplace approximation).",
              nullptr, int(fit.measurementCount))
               .arg(formatNumber(fit.lastMeasurementDay))
        << '\n';
    if (!fit.converged)
        out << tr("note: the optimiser stopped before converging: %1")
                   .arg(QString::fromStdString(fit.report))
            << '\n';
    out << tr("Patient factors (1 = typical patient):") << '\n';
    for (const FittedFactor &f : fit.factors) {
        out << QStringLiteral("  %1 %2  ")
                   .arg(QString::fromStdString(f.name), -20)
                   .arg(fixed(f.estimate, 2), 5)
            << tr("90%: %1–%2 (population %3–%4)%5")
                   .arg(fixed(f.lower90, 2), fixed(f.upper90, 2), fixed(f.priorLower90, 2),
                        fixed(f.priorUpper90, 2),
                        f.informed ? QString() : tr("; the results say little about it"))
            << '\n';
    }
    out << tr("Match to the results (residuals over the error model; about 1 is as expected):")
        << '\n';
    for (const QuantityResiduals &q : fit.residuals) {
        const double percent = 100.0 * (std::exp(q.meanLogRatio) - 1.0);
        const QString rms = fixed(q.rms, 2), size = fixed(std::fabs(percent), 0);
        out << QStringLiteral("  %1 ").arg(QString::fromStdString(q.quantity), -24)
            << (percent < 0.0 ? tr("%n result(s), RMS %1, results %2% below the fit on average",
                                   nullptr, int(q.count))
                                    .arg(rms, size)
                              : tr("%n result(s), RMS %1, results %2% above the fit on average",
                                   nullptr, int(q.count))
                                    .arg(rms, size))
            << '\n';
    }
    out << tr("A fit to this patient's results, for exploration and education: it shows what "
              "the model makes of them, not a prediction of this patient's course.")
        << '\n';
}

} // namespace lymph::cli
