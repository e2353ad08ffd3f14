#include "OutputFiles.h"

#include "CliText.h"
#include "FileProblemText.h"
#include "plot/FigureBuilder.h"
#include "plot/FigureDescriber.h"
#include "plot/PlotExporter.h"

#include "files/FileWriter.h"
#include "files/OutputPolicy.h"
#include "scenario/Scenario.h"
#include "simulate/Results.h"

#include <utility>
#include <vector>

namespace lymph::cli {

namespace {

std::string optionRole(QLatin1String option) { return "--" + std::string(option.data(), option.size()); }

} // namespace

OutputFiles::OutputFiles(const SimulateOptions &options, QString inputFile)
    : m_options(options), m_inputFile(std::move(inputFile))
{
}

std::optional<OutputFiles::Problem> OutputFiles::check() const
{
    std::vector<NamedPath> inputs;
    if (!m_inputFile.isEmpty())
        inputs.push_back({"scenario", m_inputFile.toStdString()});
    std::vector<NamedPath> outputs;
    const struct {
        QLatin1String option;
        const QString &path;
        OutputKind kind;
    } named[] = {{SimulateOptions::kCsvOption, m_options.csv, OutputKind::Table},
                 {SimulateOptions::kPatientsCsvOption, m_options.patientsCsv, OutputKind::Table},
                 {SimulateOptions::kPngOption, m_options.png, OutputKind::Png},
                 {SimulateOptions::kPdfOption, m_options.pdf, OutputKind::Pdf}};
    for (const auto &[option, path, kind] : named) {
        if (!path.isEmpty())
            outputs.push_back({optionRole(option), path.toStdString(), kind});
    }
    if (const auto problem = checkOutputs(inputs, outputs)) {
        return Problem{exitCodeFor(*problem),
                       FileProblemText::describe(*problem)};
    }
    return std::nullopt;
}

bool OutputFiles::usesStandardOutput() const
{
    return m_options.csv == QLatin1String(kStandardOutput) ||
           m_options.patientsCsv == QLatin1String(kStandardOutput);
}

std::optional<OutputFiles::Problem> OutputFiles::writeOne(QLatin1String option,
                                                          const QString &path, OutputKind kind,
                                                          const QByteArray &data,
                                                          QTextStream &standardOutput) const
{
    if (path == QLatin1String(kStandardOutput)) {
        standardOutput << QString::fromUtf8(data);
        standardOutput.flush();
        return std::nullopt;
    }
    if (auto problem = writeFileSafely(path.toStdString(),
                                       std::string_view(data.data(), std::size_t(data.size())),
                                       kind)) {
        problem->role = optionRole(option);
        return Problem{exitCodeFor(*problem),
                       FileProblemText::describe(*problem)};
    }
    return std::nullopt;
}

std::optional<OutputFiles::Problem> OutputFiles::write(const Results &results, const Scenario &scenario,
                                          QTextStream &standardOutput) const
{
    if (!m_options.csv.isEmpty()) {
        if (auto e = writeOne(SimulateOptions::kCsvOption, m_options.csv, OutputKind::Table,
                              QByteArray::fromStdString(results.table.toCsv()), standardOutput))
            return e;
    }
    if (!m_options.patientsCsv.isEmpty()) {
        const std::string csv = patientOutcomesCsv(results.patients, results.antibodies);
        if (auto e = writeOne(SimulateOptions::kPatientsCsvOption, m_options.patientsCsv,
                              OutputKind::Table, QByteArray::fromStdString(csv), standardOutput))
            return e;
    }
    if (m_options.png.isEmpty() && m_options.pdf.isEmpty())
        return std::nullopt;
    return writeImages(results, scenario);
}

std::optional<OutputFiles::Problem> OutputFiles::writeImages(const Results &results,
                                                const Scenario &scenario) const
{
    // The window's figure, drawn on a plot that is never shown.
    FigureDescriber::Options figureOptions;
    figureOptions.scenarioName = fromStd(scenario.name);
    figureOptions.version = QCoreApplication::applicationVersion();
    const FigureSpec figure = FigureDescriber::describe(results, figureOptions);
    QCustomPlot plot;
    FigureBuilder::build(plot, figure, {});
    PlotExporter exporter(plot, figure.title);
    const struct {
        QLatin1String option;
        QString path;
        bool pdf;
    } images[] = {{SimulateOptions::kPngOption, m_options.png, false},
                  {SimulateOptions::kPdfOption, m_options.pdf, true}};
    QTextStream unused;
    for (const auto &image : images) {
        if (image.path.isEmpty())
            continue;
        QString error;
        const QByteArray data = image.pdf ? exporter.pdf(m_options.imageSize, &error)
                                          : exporter.png(m_options.imageSize, &error);
        if (data.isEmpty())
            return Problem{kExitInternalError,
                           tr("--%1: cannot draw %2: %3").arg(image.option, quoted(image.path), error)};
        if (auto e = writeOne(image.option, image.path,
                              image.pdf ? OutputKind::Pdf : OutputKind::Png, data, unused))
            return e;
    }
    return std::nullopt;
}

} // namespace lymph::cli
