#include "ReportCommand.h"

#include "CliText.h"
#include "FileProblemText.h"
#include "Language.h"
#include "ScenarioArgument.h"
#include "decision/PlanNames.h"
#include "education/HandoutWriter.h"

#include "files/FileWriter.h"
#include "files/OutputPolicy.h"
#include "simulate/Simulator.h"

#include <vector>

namespace lymph::cli {

namespace {
const QString kPdf = QStringLiteral("pdf");
const QString kLang = QStringLiteral("lang");
const QString kCompare = QStringLiteral("compare");
} // namespace

CommandSpec ReportCommand::spec()
{
    CommandSpec spec{
        QStringLiteral("report"), QStringLiteral("SCENARIO"),
        tr("Write the patient handout (plan, simple plots, plain words, sources) as a "
           "PDF."),
        {{kPdf, tr("Where the handout goes (required)."), QStringLiteral("FILE")},
         {kLang,
          tr("Language of the handout: %1.").arg(availableLanguages().join(QStringLiteral(", "))),
          QStringLiteral("CODE")},
         {kCompare, tr("A second plan to compare with."), QStringLiteral("SCENARIO")}},
        1, 1};
    spec.requiredOptions = {kPdf};
    return spec;
}

ReportCommand::ReportCommand(const Console &console) : m_console(console) {}

int ReportCommand::run(const CommandLine &line) const
{
    const QString pdfPath = line.value(kPdf);
    if (pdfPath.isEmpty())
        return m_console.badInput(tr("report: --pdf FILE is required (where the handout goes)."));
    if (pdfPath == QLatin1String(kStandardOutput))
        return m_console.badInput(tr("--pdf: '-' (standard output) is for CSV tables only; give "
                                     "a file name for the handout"));
    if (line.isSet(kLang)) {
        const QString language = line.value(kLang);
        if (!setLanguage(language))
            return m_console.badInput(tr("report: --lang: expected one of %1, got \"%2\".")
                                          .arg(availableLanguages().join(QStringLiteral(", ")),
                                               language));
    }

    const auto loaded = loadScenarioArgument(m_console, line.positional().constFirst());
    if (!loaded)
        return kExitBadInput;
    std::optional<ScenarioArgument> compared;
    if (line.isSet(kCompare)) {
        compared = loadScenarioArgument(m_console, line.value(kCompare), ProblemList::First,
                                        QStringLiteral("--compare"));
        if (!compared)
            return kExitBadInput;
    }
    // Neither scenario may be overwritten by the handout.
    std::vector<NamedPath> inputs;
    if (!loaded->file.isEmpty())
        inputs.push_back({"scenario", loaded->file.toStdString()});
    if (compared && !compared->file.isEmpty())
        inputs.push_back({"--compare", compared->file.toStdString()});
    if (const auto problem =
            checkOutputs(inputs, {{"--pdf", pdfPath.toStdString(), OutputKind::Pdf}}))
        return m_console.fileProblem(*problem);

    QList<PinnedResults> comparisons;
    if (compared) {
        comparisons.append({PlanNames::shownName(compared->scenario),
                            simulate(compared->scenario), compared->scenario.patient,
                            OverlayStyle::PinnedA, compared->scenario});
    }
    const Scenario &scenario = loaded->scenario;
    const Results results = simulate(scenario);
    QString error;
    HandoutWriter handout(scenario, results, comparisons);
    const QByteArray pdf = handout.pdf(&error);
    if (pdf.isEmpty())
        return m_console.internalError(tr("report: cannot draw the handout: %1").arg(error));
    if (auto problem = writeFileSafely(pdfPath.toStdString(),
                                       std::string_view(pdf.data(), std::size_t(pdf.size())),
                                       OutputKind::Pdf)) {
        problem->role = "--pdf";
        return m_console.fileProblem(*problem);
    }
    m_console.out() << tr("Wrote the handout for “%1” (%2 pages) to %3")
                           .arg(PlanNames::shownName(scenario))
                           .arg(handout.pageCount())
                           .arg(pdfPath)
                    << '\n';
    return kExitOk;
}

} // namespace lymph::cli
