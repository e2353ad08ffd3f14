#include "OutputFiles.h"

#include "AtomicWrite.h"
#include "CliText.h"
#include "ResultPlot.h"

#include "model/ParameterTable.h"
#include "scenario/Scenario.h"
#include "simulate/Results.h"

#include <QDir>
#include <QFileInfo>

#include <utility>

namespace lymph::cli {

namespace {

// A folder, or a file in a folder that does not exist.
std::optional<QString> checkOutputPath(const QString &option, const QString &path)
{
    const QFileInfo info(path);
    if (info.isDir())
        return OutputFiles::tr("%1: cannot write %2: it is a folder").arg(option, quoted(path));
    const QDir folder = info.absoluteDir();
    if (!folder.exists()) {
        return OutputFiles::tr("%1: cannot write %2: the folder %3 does not exist")
            .arg(option, quoted(path), quoted(QDir::toNativeSeparators(folder.path())));
    }
    return std::nullopt;
}

} // namespace

OutputFiles::OutputFiles(const SimulateOptions &options) : m_options(options) {}

std::optional<OutputFiles::Problem> OutputFiles::check() const
{
    const QFileInfo input(m_options.scenario);
    for (const auto &[option, path] :
         {std::pair{QString(SimulateOptions::kCsvOption), m_options.csv},
          std::pair{QString(SimulateOptions::kPatientsCsvOption), m_options.patientsCsv},
          std::pair{QString(SimulateOptions::kPngOption), m_options.png},
          std::pair{QString(SimulateOptions::kPdfOption), m_options.pdf}}) {
        if (path.isEmpty())
            continue;
        if (input.exists() && QFileInfo(path).absoluteFilePath() == input.absoluteFilePath()) {
            return Problem{kExitBadInput,
                           tr("%1: %2 is the scenario file itself; choose another file name")
                               .arg(option, quoted(path))};
        }
        if (auto problem = checkOutputPath(option, path))
            return Problem{kExitInternalError, std::move(*problem)};
    }
    return std::nullopt;
}

std::optional<QString> OutputFiles::write(const Results &results, const Scenario &scenario) const
{
    if (!m_options.csv.isEmpty()) {
        if (const auto e = writeAtomically(m_options.csv,
                                           QByteArray::fromStdString(results.table.toCsv())))
            return tr("--csv: cannot write %1: %2").arg(quoted(m_options.csv), *e);
    }
    if (!m_options.patientsCsv.isEmpty()) {
        const std::string csv = patientOutcomesCsv(results.patients, results.antibodies);
        if (const auto e = writeAtomically(m_options.patientsCsv, QByteArray::fromStdString(csv)))
            return tr("--patients-csv: cannot write %1: %2").arg(quoted(m_options.patientsCsv), *e);
    }
    if (m_options.png.isEmpty() && m_options.pdf.isEmpty())
        return std::nullopt;
    return writeImages(results, scenario);
}

std::optional<QString> OutputFiles::writeImages(const Results &results,
                                                const Scenario &scenario) const
{
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
    } images[] = {{SimulateOptions::kPngOption, m_options.png, false},
                  {SimulateOptions::kPdfOption, m_options.pdf, true}};
    for (const auto &image : images) {
        if (image.path.isEmpty())
            continue;
        QString error;
        const QByteArray data = image.pdf ? plot.pdfData(m_options.imageSize, &error)
                                          : plot.pngData(m_options.imageSize, &error);
        if (data.isEmpty())
            return tr("%1: cannot write %2: %3").arg(image.option, quoted(image.path), error);
        if (const auto e = writeAtomically(image.path, data))
            return tr("%1: cannot write %2: %3").arg(image.option, quoted(image.path), *e);
    }
    return std::nullopt;
}

} // namespace lymph::cli
