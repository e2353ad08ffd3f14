#include "CliCommands.h"

#include "ResultPlot.h"

#include "model/ParameterTable.h"
#include "scenario/ExampleLibrary.h"
#include "scenario/ScenarioIo.h"
#include "cohort/Cohort.h"
#include "simulate/Simulator.h"

#include <QDir>
#include <QFileInfo>
#include <QMap>
#include <QRegularExpression>
#include <QSaveFile>
#include <QSize>

#include <algorithm>
#include <cmath>
#include <exception>
#include <limits>

namespace lymph::cli {

namespace {

constexpr double kDaysPerMonth = 30.44;
constexpr int kMaxCohort = 100000;
constexpr double kMaxOutputRows = 2'000'000;
constexpr int kMinImageSide = 200;
constexpr int kMaxImageSide = 12000;

QString fromStd(std::string_view text)
{
    return QString::fromUtf8(text.data(), static_cast<qsizetype>(text.size()));
}

QString quoted(const QString &text) { return QLatin1Char('\'') + text + QLatin1Char('\''); }

// Edit distance, for "did you mean" hints on misspelt commands and options.
int editDistance(const QString &a, const QString &b)
{
    std::vector<int> previous(static_cast<std::size_t>(b.size()) + 1);
    std::vector<int> current(previous.size());
    for (std::size_t j = 0; j < previous.size(); ++j)
        previous[j] = static_cast<int>(j);
    for (qsizetype i = 1; i <= a.size(); ++i) {
        current[0] = static_cast<int>(i);
        for (qsizetype j = 1; j <= b.size(); ++j) {
            const auto uj = static_cast<std::size_t>(j);
            const int substitution = previous[uj - 1] + (a[i - 1] == b[j - 1] ? 0 : 1);
            current[uj] = std::min({previous[uj] + 1, current[uj - 1] + 1, substitution});
        }
        std::swap(previous, current);
    }
    return previous.back();
}

std::optional<QString> closest(const QString &word, const QStringList &candidates)
{
    std::optional<QString> best;
    int bestDistance = std::max(2, static_cast<int>(word.size()) / 3) + 1;
    for (const QString &candidate : candidates) {
        const int d = editDistance(word, candidate);
        if (d < bestDistance) {
            bestDistance = d;
            best = candidate;
        }
    }
    return best;
}

QString formatCount(double cells) { return QString::number(std::max(0.0, cells), 'f', 0); }

QString formatPercent(double probability)
{
    const double percent = 100.0 * probability;
    return QString::number(percent, 'f', percent < 9.95 && percent > 0.0 ? 1 : 0) +
           QLatin1Char('%');
}

QString formatNumber(double value) { return QString::number(value, 'g', 10); }

std::optional<QString> writeAtomically(const QString &path, const QByteArray &data)
{
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly))
        return file.errorString();
    if (file.write(data) != data.size()) {
        const QString error = file.errorString();
        file.cancelWriting();
        return error;
    }
    if (!file.commit())
        return file.errorString();
    return std::nullopt;
}

// First day on which a 0/1 (or cohort-mean) column reaches one half, or nothing.
std::optional<double> firstDayAtLeast(const ResultTable &table, const std::string &column,
                                      double level)
{
    const std::vector<double> *values = table.column(column);
    const std::vector<double> *days = table.column("day");
    if (!values || !days)
        return std::nullopt;
    for (std::size_t r = 0; r < values->size() && r < days->size(); ++r) {
        if ((*values)[r] >= level)
            return (*days)[r];
    }
    return std::nullopt;
}

double lastValue(const ResultTable &table, const std::string &column)
{
    const std::vector<double> *values = table.column(column);
    return values && !values->empty() ? values->back() : 0.0;
}

// A parsed command line for one command: positional arguments, options with values, flags.
struct ParsedArguments {
    QStringList positional;
    QMap<QString, QString> values;
    QStringList flags;
};

} // namespace

struct CliCommands::SimulateOptions {
    QString scenario;
    QString csv;
    QString png;
    QString pdf;
    QSize imageSize = ResultPlot::kDefaultExportSize;
    std::optional<int> cohort;
    std::uint64_t seed = 1;
    double step = 1.0;
};

CliCommands::CliCommands(QTextStream &out, QTextStream &err) : m_out(out), m_err(err) {}

int CliCommands::run(const QStringList &arguments)
{
    int status = kExitInternalError;
    try {
        status = dispatch(arguments);
    } catch (const SimulationError &e) {
        status = internalError(tr("the simulation failed: %1").arg(QString::fromUtf8(e.what())));
    } catch (const std::exception &e) {
        status = internalError(tr("internal error: %1").arg(QString::fromUtf8(e.what())));
    } catch (...) {
        status = internalError(tr("internal error of an unknown kind"));
    }
    m_out.flush();
    m_err.flush();
    return status;
}

int CliCommands::badInput(const QString &message)
{
    m_err << "lymphoscope-cli: " << message << '\n'
          << tr("Run 'lymphoscope-cli --help' for the commands and options.") << '\n';
    return kExitBadInput;
}

int CliCommands::internalError(const QString &message)
{
    m_err << "lymphoscope-cli: " << message << '\n';
    return kExitInternalError;
}

int CliCommands::dispatch(const QStringList &arguments)
{
    if (arguments.isEmpty()) {
        m_err << tr("lymphoscope-cli: no command given.") << "\n\n";
        help();
        return kExitBadInput;
    }
    const QString command = arguments.front();
    const QStringList rest = arguments.mid(1);
    if (command == QLatin1String("simulate"))
        return simulate(rest);
    if (command == QLatin1String("validate"))
        return validate(rest);
    if (command == QLatin1String("parameters"))
        return parameters(rest);
    if (command == QLatin1String("examples"))
        return examples(rest);
    if (command == QLatin1String("help") || command == QLatin1String("--help") ||
        command == QLatin1String("-h"))
        return help();
    if (command == QLatin1String("--version"))
        return version();

    const QStringList known = {QStringLiteral("simulate"), QStringLiteral("validate"),
                               QStringLiteral("parameters"), QStringLiteral("examples"),
                               QStringLiteral("help"), QStringLiteral("--help"),
                               QStringLiteral("--version")};
    QString message = command.startsWith(QLatin1Char('-'))
                          ? tr("unknown option %1 (a command comes first: simulate, validate, "
                               "parameters or examples)")
                                .arg(quoted(command))
                          : tr("unknown command %1 (the commands are simulate, validate, "
                               "parameters, examples and help)")
                                .arg(quoted(command));
    if (const auto hint = closest(command, known))
        message += QLatin1Char('\n') + tr("Did you mean %1?").arg(quoted(*hint));
    return badInput(message);
}

// ---- argument parsing -----------------------------------------------------------------------

namespace {

// Splits `arguments` of `command` into positionals, options taking a value and flags. Accepts
// "--name value" and "--name=value"; "--" ends the options.
std::optional<ParsedArguments> parseArguments(const QString &command, const QStringList &arguments,
                                              const QStringList &valueOptions,
                                              const QStringList &flagOptions, QString *error)
{
    ParsedArguments parsed;
    bool optionsEnded = false;
    for (qsizetype i = 0; i < arguments.size(); ++i) {
        const QString &argument = arguments[i];
        if (optionsEnded || !argument.startsWith(QLatin1Char('-')) ||
            argument == QLatin1String("-")) {
            parsed.positional << argument;
            continue;
        }
        if (argument == QLatin1String("--")) {
            optionsEnded = true;
            continue;
        }
        QString name = argument;
        std::optional<QString> inlineValue;
        if (const qsizetype equals = argument.indexOf(QLatin1Char('=')); equals > 0) {
            name = argument.left(equals);
            inlineValue = argument.mid(equals + 1);
        }
        if (valueOptions.contains(name)) {
            if (parsed.values.contains(name)) {
                *error = CliCommands::tr("option %1 is given more than once").arg(quoted(name));
                return std::nullopt;
            }
            if (inlineValue) {
                parsed.values.insert(name, *inlineValue);
            } else if (i + 1 < arguments.size()) {
                parsed.values.insert(name, arguments[++i]);
            } else {
                *error = CliCommands::tr("option %1 needs a value").arg(quoted(name));
                return std::nullopt;
            }
            if (parsed.values.value(name).isEmpty()) {
                *error = CliCommands::tr("option %1 needs a value, not an empty text")
                             .arg(quoted(name));
                return std::nullopt;
            }
        } else if (flagOptions.contains(name) && !inlineValue) {
            parsed.flags << name;
        } else if (flagOptions.contains(name)) {
            *error = CliCommands::tr("option %1 takes no value").arg(quoted(name));
            return std::nullopt;
        } else {
            const QStringList known = valueOptions + flagOptions;
            *error = known.isEmpty()
                         ? CliCommands::tr("unknown option %1: '%2' takes no options")
                               .arg(quoted(name), command)
                         : CliCommands::tr("unknown option %1 for '%2' (its options are %3)")
                               .arg(quoted(name), command, known.join(QStringLiteral(", ")));
            if (const auto hint = closest(name, known))
                *error +=
                    QLatin1Char('\n') + CliCommands::tr("Did you mean %1?").arg(quoted(*hint));
            return std::nullopt;
        }
    }
    return parsed;
}

// The one SCENARIO argument of simulate/validate.
std::optional<QString> scenarioArgument(const QString &command, const QStringList &positional,
                                        QString *error)
{
    if (positional.isEmpty()) {
        *error = CliCommands::tr("'%1' needs a SCENARIO: a .lymphoscope.json file or the name of "
                                 "a built-in example (see 'lymphoscope-cli examples')")
                     .arg(command);
        return std::nullopt;
    }
    if (positional.size() > 1) {
        *error = CliCommands::tr("'%1' takes one SCENARIO, but %2 were given: %3")
                     .arg(command)
                     .arg(positional.size())
                     .arg(positional.join(QStringLiteral(", ")));
        return std::nullopt;
    }
    return positional.front();
}

std::optional<QString> checkOutputPath(const QString &option, const QString &path)
{
    const QFileInfo info(path);
    if (info.isDir())
        return CliCommands::tr("%1: cannot write %2: it is a folder").arg(option, quoted(path));
    const QDir folder = info.absoluteDir();
    if (!folder.exists()) {
        return CliCommands::tr("%1: cannot write %2: the folder %3 does not exist")
            .arg(option, quoted(path), quoted(QDir::toNativeSeparators(folder.path())));
    }
    return std::nullopt;
}

} // namespace

// ---- simulate -------------------------------------------------------------------------------

int CliCommands::simulate(const QStringList &arguments)
{
    const QString csvOption = QStringLiteral("--csv"), pngOption = QStringLiteral("--png"),
                  pdfOption = QStringLiteral("--pdf"), cohortOption = QStringLiteral("--cohort"),
                  seedOption = QStringLiteral("--seed"), stepOption = QStringLiteral("--step"),
                  sizeOption = QStringLiteral("--png-size");
    QString error;
    const auto parsed = parseArguments(
        QStringLiteral("simulate"), arguments,
        {csvOption, pngOption, pdfOption, cohortOption, seedOption, stepOption, sizeOption}, {},
        &error);
    if (!parsed)
        return badInput(error);
    const auto scenarioName = scenarioArgument(QStringLiteral("simulate"), parsed->positional,
                                               &error);
    if (!scenarioName)
        return badInput(error);

    SimulateOptions options;
    options.scenario = *scenarioName;
    options.csv = parsed->values.value(csvOption);
    options.png = parsed->values.value(pngOption);
    options.pdf = parsed->values.value(pdfOption);
    if (parsed->values.contains(cohortOption)) {
        const QString text = parsed->values.value(cohortOption).trimmed();
        bool ok = false;
        const int n = text.toInt(&ok);
        if (!ok || n < 1 || n > kMaxCohort) {
            return badInput(tr("--cohort: expected a whole number of virtual patients from 1 to "
                               "%1, got %2")
                                .arg(kMaxCohort)
                                .arg(quoted(text)));
        }
        options.cohort = n;
    }
    if (parsed->values.contains(seedOption)) {
        const QString text = parsed->values.value(seedOption).trimmed();
        bool ok = false;
        const qulonglong seed = text.toULongLong(&ok, 10);
        if (!ok || text.startsWith(QLatin1Char('-')) || text.startsWith(QLatin1Char('+'))) {
            return badInput(tr("--seed: expected a whole number from 0 to %1, got %2")
                                .arg(std::numeric_limits<std::uint64_t>::max())
                                .arg(quoted(text)));
        }
        options.seed = seed;
        if (!options.cohort)
            m_err << tr("lymphoscope-cli: note: --seed has no effect without --cohort") << '\n';
    }
    if (parsed->values.contains(stepOption)) {
        const QString text = parsed->values.value(stepOption).trimmed();
        bool ok = false;
        const double step = text.toDouble(&ok);
        if (!ok || !std::isfinite(step) || !(step > 0.0)) {
            return badInput(
                tr("--step: expected a positive number of days, got %1").arg(quoted(text)));
        }
        options.step = step;
    }
    if (parsed->values.contains(sizeOption)) {
        const QString text = parsed->values.value(sizeOption).trimmed();
        static const QRegularExpression pattern(QStringLiteral("^(\\d{1,6})[x×X](\\d{1,6})$"));
        const QRegularExpressionMatch match = pattern.match(text);
        const int width = match.hasMatch() ? match.captured(1).toInt() : 0;
        const int height = match.hasMatch() ? match.captured(2).toInt() : 0;
        if (width < kMinImageSide || height < kMinImageSide || width > kMaxImageSide ||
            height > kMaxImageSide) {
            return badInput(tr("--png-size: expected WIDTHxHEIGHT in pixels, each from %1 to %2 "
                               "(e.g. 1600x2000), got %3")
                                .arg(kMinImageSide)
                                .arg(kMaxImageSide)
                                .arg(quoted(text)));
        }
        options.imageSize = QSize(width, height);
        if (options.png.isEmpty())
            m_err << tr("lymphoscope-cli: note: --png-size has no effect without --png") << '\n';
    }

    const ScenarioLoadResult loaded = loadScenario(options.scenario.toStdString());
    if (!loaded.ok()) {
        for (const ScenarioError &e : loaded.errors)
            m_err << fromStd(e.toString()) << '\n';
        return kExitBadInput;
    }
    const Scenario &scenario = *loaded.scenario;
    if (scenario.horizonDays / options.step > kMaxOutputRows) {
        return badInput(tr("--step: a step of %1 days gives more than 2,000,000 rows over the "
                           "%2-day horizon; choose a larger step")
                            .arg(formatNumber(options.step), formatNumber(scenario.horizonDays)));
    }

    // Refuse unwritable destinations before a possibly long run, and never overwrite the input.
    const QFileInfo input(options.scenario);
    for (const auto &[option, path] : {std::pair{csvOption, options.csv},
                                       std::pair{pngOption, options.png},
                                       std::pair{pdfOption, options.pdf}}) {
        if (path.isEmpty())
            continue;
        if (input.exists() && QFileInfo(path).absoluteFilePath() == input.absoluteFilePath()) {
            return badInput(tr("%1: %2 is the scenario file itself; choose another file name")
                                .arg(option, quoted(path)));
        }
        if (const auto problem = checkOutputPath(option, path))
            return internalError(*problem);
    }

    SimulationOptions simulation;
    simulation.outputStepDays = options.step;
    const Results results = options.cohort ? simulateCohort(scenario, *options.cohort, options.seed,
                                                            nullptr, simulation)
                                           : lymph::simulate(scenario, nullptr, simulation);

    if (const auto problem = writeOutputs(options, results, scenario))
        return internalError(*problem);
    printSummary(scenario, results, options);
    return kExitOk;
}

std::optional<QString> CliCommands::writeOutputs(const SimulateOptions &options,
                                                 const Results &results, const Scenario &scenario)
{
    if (!options.csv.isEmpty()) {
        if (const auto e = writeAtomically(options.csv,
                                           QByteArray::fromStdString(results.table.toCsv())))
            return tr("--csv: cannot write %1: %2").arg(quoted(options.csv), *e);
    }
    if (options.png.isEmpty() && options.pdf.isEmpty())
        return std::nullopt;

    // Reference lines follow the scenario's parameter overrides, as the simulation did.
    ParameterTable parameters = ParameterTable::defaults();
    for (const auto &[id, value] : scenario.patient.parameters)
        parameters.set(id, value);
    ResultPlot plot;
    plot.setResults(results, fromStd(scenario.name), &parameters);
    const struct {
        QString option;
        QString path;
        bool pdf;
    } images[] = {{QStringLiteral("--png"), options.png, false},
                  {QStringLiteral("--pdf"), options.pdf, true}};
    for (const auto &image : images) {
        if (image.path.isEmpty())
            continue;
        QString error;
        const QByteArray data = image.pdf ? plot.pdfData(options.imageSize, &error)
                                          : plot.pngData(options.imageSize, &error);
        if (data.isEmpty())
            return tr("%1: cannot write %2: %3").arg(image.option, quoted(image.path), error);
        if (const auto e = writeAtomically(image.path, data))
            return tr("%1: cannot write %2: %3").arg(image.option, quoted(image.path), *e);
    }
    return std::nullopt;
}

void CliCommands::printSummary(const Scenario &scenario, const Results &results,
                               const SimulateOptions &options)
{
    const ResultTable &table = results.table;
    const double horizon = table.rowCount() ? table.at("day").back() : scenario.horizonDays;
    const bool cohort = results.cohortSize > 0;

    m_out << tr("Scenario: %1").arg(scenario.name.empty() ? options.scenario
                                                          : fromStd(scenario.name))
          << '\n';
    if (cohort) {
        m_out << tr("Virtual cohort of %1 patients (seed %2) over %3 days: counts are medians "
                    "(5th–95th percentile); probabilities are cohort means.")
                     .arg(results.cohortSize)
                     .arg(options.seed)
                     .arg(formatNumber(horizon))
              << '\n';
    } else {
        m_out << tr("Typical patient over %1 days (%2 years).")
                     .arg(formatNumber(horizon), QString::number(horizon / 365.25, 'f', 1))
              << '\n';
    }

    // Blood counts at day 365, 730 and the horizon.
    std::vector<double> days;
    for (double day : {365.0, 730.0, horizon}) {
        if (day <= horizon && std::find(days.begin(), days.end(), day) == days.end())
            days.push_back(day);
    }
    const struct {
        const char *column;
        QString name;
    } counts[] = {{"lymphocytes_per_ul", tr("Lymphocytes")},
                  {"cd4_per_ul", tr("CD4 T cells")},
                  {"b_cells_per_ul", tr("CD19 B cells")}};
    QList<QStringList> rows;
    QStringList header{tr("Blood counts (cells/µL)")};
    for (double day : days)
        header << tr("day %1").arg(formatNumber(day));
    rows << header;
    for (const auto &count : counts) {
        if (!table.has(count.column))
            continue;
        QStringList row{QStringLiteral("  ") + count.name};
        const std::string low = std::string(count.column) + "_p05";
        const std::string high = std::string(count.column) + "_p95";
        for (double day : days) {
            QString cell = formatCount(table.valueAt(count.column, day));
            if (table.has(low) && table.has(high)) {
                cell += QStringLiteral(" (%1–%2)").arg(formatCount(table.valueAt(low, day)),
                                                       formatCount(table.valueAt(high, day)));
            }
            row << cell;
        }
        rows << row;
    }
    std::vector<qsizetype> widths(static_cast<std::size_t>(header.size()), 0);
    for (const QStringList &row : rows) {
        for (qsizetype c = 0; c < row.size(); ++c) {
            auto &w = widths[static_cast<std::size_t>(c)];
            w = std::max(w, row[c].size());
        }
    }
    for (const QStringList &row : rows) {
        QString line = row[0].leftJustified(widths[0]);
        for (qsizetype c = 1; c < row.size(); ++c)
            line +=
                QStringLiteral("   ") + row[c].rightJustified(widths[static_cast<std::size_t>(c)]);
        m_out << line << '\n';
    }

    // Relapse probability at 2 and 5 years.
    if (table.has("relapse_probability")) {
        QStringList parts;
        for (int years : {2, 5}) {
            const double day = 365.0 * years;
            if (day <= horizon) {
                parts << tr("%1 by year %2 (day %3)")
                             .arg(formatPercent(table.valueAt("relapse_probability", day)),
                                  QString::number(years), formatNumber(day));
            }
        }
        if (parts.isEmpty()) {
            parts << tr("%1 by day %2")
                         .arg(formatPercent(table.valueAt("relapse_probability", horizon)),
                              formatNumber(horizon));
        }
        m_out << tr("P(≥1 relapse since day 0): %1").arg(parts.join(QStringLiteral("; ")))
              << '\n';
    }

    // Anti-drug antibodies, per antibody in the scenario.
    for (Therapy therapy : results.antibodies) {
        const std::string id(therapyId(therapy));
        const std::string binding = "ada_" + id + "_ever_binding_positive";
        const std::string neutralizing = "ada_" + id + "_ever_neutralizing_positive";
        if (!table.has(binding))
            continue;
        QString text;
        if (cohort) {
            text = tr("ever binding-positive in %1 of the cohort")
                       .arg(formatPercent(lastValue(table, binding)));
            if (table.has(neutralizing)) {
                text += tr(", neutralising in %1")
                            .arg(formatPercent(lastValue(table, neutralizing)));
            }
        } else if (const auto first = firstDayAtLeast(table, binding, 0.5)) {
            text = tr("binding-positive from day %1").arg(formatNumber(*first));
            if (const auto firstNeutralizing = firstDayAtLeast(table, neutralizing, 0.5))
                text += tr(", neutralising from day %1").arg(formatNumber(*firstNeutralizing));
            else if (table.has(neutralizing))
                text += tr(", never neutralising");
        } else {
            text = tr("never binding-positive");
        }
        m_out << tr("ADA against %1: %2").arg(fromStd(id), text) << '\n';
    }

    if (table.has("autoimmunity_probability")) {
        m_out << tr("P(≥1 secondary autoimmune event) by day %1: %2")
                     .arg(formatNumber(horizon),
                          formatPercent(lastValue(table, "autoimmunity_probability")))
              << '\n';
    }

    // Infection-risk windows.
    double months500 = 0.0, months200 = 0.0, monthsNeutrophils = 0.0;
    int periods500 = 0;
    for (const InfectionWindow &w : results.infectionWindows) {
        const double months = (w.endDay - w.startDay) / kDaysPerMonth;
        switch (w.kind) {
        case InfectionWindow::Kind::Lymphocytes500:
            months500 += months;
            ++periods500;
            break;
        case InfectionWindow::Kind::Lymphocytes200: months200 += months; break;
        case InfectionWindow::Kind::Neutrophils500: monthsNeutrophils += months; break;
        }
    }
    QString infection;
    if (periods500 == 0) {
        infection = tr("Months with lymphocytes < 500/µL: none");
    } else if (periods500 == 1) {
        infection = tr("Months with lymphocytes < 500/µL: %1 (one period)")
                        .arg(QString::number(months500, 'f', 1));
    } else {
        infection = tr("Months with lymphocytes < 500/µL: %1 (%2 separate periods)")
                        .arg(QString::number(months500, 'f', 1))
                        .arg(periods500);
    }
    if (months200 > 0.0)
        infection += tr("; < 200/µL: %1").arg(QString::number(months200, 'f', 1));
    if (cohort)
        infection += tr(" (cohort median counts)");
    m_out << infection << '\n';
    if (monthsNeutrophils > 0.0) {
        m_out << tr("Months with neutrophils < 500/µL: %1")
                     .arg(QString::number(monthsNeutrophils, 'f', 1))
              << '\n';
    }

    QStringList written;
    if (!options.csv.isEmpty())
        written << tr("%1 (%2 rows)").arg(options.csv, QString::number(table.rowCount()));
    if (!options.png.isEmpty()) {
        written << tr("%1 (%2×%3 px)")
                       .arg(options.png, QString::number(options.imageSize.width()),
                            QString::number(options.imageSize.height()));
    }
    if (!options.pdf.isEmpty())
        written << options.pdf;
    if (!written.isEmpty())
        m_out << tr("Wrote %1").arg(written.join(QStringLiteral(", "))) << '\n';

    m_out << tr("Lymphoscope is for exploration and education; it does not predict an "
                "individual patient's course.")
          << '\n';
}

// ---- validate, parameters, examples, help ----------------------------------------------------

int CliCommands::validate(const QStringList &arguments)
{
    QString error;
    const auto parsed = parseArguments(QStringLiteral("validate"), arguments, {}, {}, &error);
    if (!parsed)
        return badInput(error);
    const auto scenarioName = scenarioArgument(QStringLiteral("validate"), parsed->positional,
                                               &error);
    if (!scenarioName)
        return badInput(error);
    const ScenarioLoadResult loaded = loadScenario(scenarioName->toStdString());
    if (!loaded.ok()) {
        for (const ScenarioError &e : loaded.errors)
            m_err << fromStd(e.toString()) << '\n';
        return kExitBadInput;
    }
    m_out << tr("OK: %1").arg(fromStd(loaded.scenario->name)) << '\n';
    return kExitOk;
}

int CliCommands::parameters(const QStringList &arguments)
{
    const QString markdown = QStringLiteral("--markdown");
    QString error;
    const auto parsed = parseArguments(QStringLiteral("parameters"), arguments, {}, {markdown},
                                       &error);
    if (!parsed)
        return badInput(error);
    if (!parsed->positional.isEmpty()) {
        return badInput(tr("'parameters' takes no arguments besides --markdown, got %1")
                            .arg(parsed->positional.join(QStringLiteral(", "))));
    }
    const ParameterTable &table = ParameterTable::defaults();
    m_out << fromStd(parsed->flags.contains(markdown) ? table.toMarkdown() : table.toText());
    return kExitOk;
}

int CliCommands::examples(const QStringList &arguments)
{
    QString error;
    const auto parsed = parseArguments(QStringLiteral("examples"), arguments, {}, {}, &error);
    if (!parsed)
        return badInput(error);
    if (!parsed->positional.isEmpty()) {
        return badInput(tr("'examples' takes no arguments, got %1")
                            .arg(parsed->positional.join(QStringLiteral(", "))));
    }
    const std::vector<std::string> names = exampleNames();
    qsizetype width = 0;
    for (const std::string &name : names)
        width = std::max(width, fromStd(name).size());
    int status = kExitOk;
    for (const std::string &name : names) {
        const ScenarioLoadResult loaded = loadScenario(name);
        QString title;
        if (loaded.ok()) {
            title = fromStd(loaded.scenario->name);
        } else {
            title = tr("(invalid: %1)").arg(fromStd(loaded.errors.front().toString()));
            status = kExitInternalError;
        }
        m_out << fromStd(name).leftJustified(width) << "  " << title << '\n';
    }
    return status;
}

int CliCommands::help()
{
    m_out << tr("Usage: lymphoscope-cli COMMAND [ARGUMENTS]\n"
                "\n"
                "Simulates blood lymphocyte subsets, drug levels, anti-drug antibodies, relapse "
                "and autoimmunity\n"
                "after multiple-sclerosis therapies. For exploration and education, not for "
                "clinical decisions.\n"
                "\n"
                "Commands:\n"
                "  simulate SCENARIO [--csv FILE] [--png FILE] [--pdf FILE]\n"
                "                    [--cohort N] [--seed S] [--step DAYS] [--png-size WxH]\n"
                "      Run a scenario and print a summary. SCENARIO is a .lymphoscope.json file\n"
                "      or the name of a built-in example.\n"
                "      --csv FILE       write the result table, one row per output step\n"
                "      --png FILE       write the plots as a PNG image\n"
                "      --pdf FILE       write the plots as a PDF\n"
                "      --cohort N       simulate N virtual patients (1 to 100000): medians with\n"
                "                       5th-95th percentiles, probabilities as cohort means\n"
                "      --seed S         random seed of the cohort (default 1)\n"
                "      --step DAYS      output step in days (default 1)\n"
                "      --png-size WxH   size of the PNG in pixels (default 1600x2000)\n"
                "  validate SCENARIO    check a scenario; list every problem with its place\n"
                "  parameters [--markdown]\n"
                "                       the model's parameter table with units and sources\n"
                "  examples             the built-in example scenarios, by name\n"
                "  help, --help         this text\n"
                "  --version            the program version\n"
                "\n"
                "Exit status: 0 success, 1 internal error (e.g. an output file cannot be "
                "written),\n"
                "2 bad input (the message names the field or option and the problem).\n");
    return kExitOk;
}

int CliCommands::version()
{
    m_out << "lymphoscope-cli " << QCoreApplication::applicationVersion() << '\n';
    return kExitOk;
}

} // namespace lymph::cli
