#include "ReportCommand.h"

#include "ArgumentParser.h"
#include "AtomicWrite.h"
#include "CliText.h"
#include "Language.h"
#include "education/HandoutWriter.h"

#include "scenario/ScenarioIo.h"
#include "simulate/Simulator.h"

namespace lymph::cli {

ReportCommand::ReportCommand(const Console &console) : m_console(console) {}

int ReportCommand::run(const QStringList &arguments) const
{
    const ArgumentParser parser(QStringLiteral("report"),
                                {QStringLiteral("--pdf"), QStringLiteral("--lang"),
                                 QStringLiteral("--compare")});
    QString error;
    const auto parsed = parser.parse(arguments, &error);
    if (!parsed)
        return m_console.badInput(error);
    const auto scenarioName = parser.scenario(*parsed, &error);
    if (!scenarioName)
        return m_console.badInput(error);
    const QString pdfPath = parsed->values.value(QStringLiteral("--pdf"));
    if (pdfPath.isEmpty())
        return m_console.badInput(tr("report: --pdf FILE is required (where the handout goes)."));
    if (parsed->values.contains(QStringLiteral("--lang"))) {
        const QString language = parsed->values.value(QStringLiteral("--lang"));
        if (!setLanguage(language))
            return m_console.badInput(tr("report: --lang: expected one of %1, got \"%2\".")
                                          .arg(availableLanguages().join(QStringLiteral(", ")),
                                               language));
    }

    auto load = [this](const QString &name, Scenario *into) {
        const ScenarioLoadResult loaded = loadScenario(name.toStdString());
        if (!loaded.ok()) {
            for (const ScenarioError &e : loaded.errors)
                m_console.err() << fromStd(e.toString()) << '\n';
            return false;
        }
        *into = *loaded.scenario;
        return true;
    };
    Scenario scenario;
    if (!load(*scenarioName, &scenario))
        return kExitBadInput;
    QList<PinnedResults> comparisons;
    if (parsed->values.contains(QStringLiteral("--compare"))) {
        Scenario other;
        if (!load(parsed->values.value(QStringLiteral("--compare")), &other))
            return kExitBadInput;
        comparisons.append({QString::fromStdString(other.name), simulate(other), other.patient, Qt::DashLine});
    }
    const Results results = simulate(scenario);
    const QByteArray pdf = HandoutWriter(scenario, results, comparisons).pdf(&error);
    if (pdf.isEmpty())
        return m_console.internalError(tr("report: %1").arg(error));
    if (const auto failure = writeAtomically(pdfPath, pdf))
        return m_console.internalError(*failure);
    m_console.out() << tr("Wrote the handout for “%1” (%2 pages) to %3")
                           .arg(fromStd(scenario.name))
                           .arg(HandoutWriter::kPages)
                           .arg(pdfPath)
                    << '\n';
    return kExitOk;
}

} // namespace lymph::cli
