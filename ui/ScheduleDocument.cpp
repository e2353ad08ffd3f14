#include "ScheduleDocument.h"

#include "commands/AddTreatmentCommand.h"
#include "commands/EditTreatmentsCommand.h"
#include "commands/RemoveTreatmentCommand.h"
#include "commands/ReplaceTreatmentCommand.h"
#include "commands/SetHorizonCommand.h"
#include "commands/SetPatientFieldCommand.h"
#include "FileProblemText.h"
#include "IssueText.h"

#include <QFileInfo>
#include <QUndoStack>

namespace lymph {

ScheduleDocument::ScheduleDocument(QObject *parent)
    : QObject(parent), m_undoStack(new QUndoStack(this))
{
    // A long session's history stays bounded in memory; 1000 steps is far beyond any need.
    m_undoStack->setUndoLimit(kUndoLimit);
    connect(m_undoStack, &QUndoStack::cleanChanged, this, &ScheduleDocument::cleanChanged);
    m_scenario.name = tr("Untitled").toStdString();
}

ScheduleDocument::~ScheduleDocument() = default;

QString ScheduleDocument::displayName() const
{
    if (!m_scenario.name.empty())
        return QString::fromStdString(m_scenario.name);
    if (!m_filePath.isEmpty())
        return QFileInfo(m_filePath).fileName();
    return tr("Untitled");
}

bool ScheduleDocument::isModified() const { return !m_undoStack->isClean(); }

void ScheduleDocument::newScenario()
{
    Scenario scenario;
    scenario.name = tr("Untitled").toStdString();
    setScenario(scenario);
}

namespace {
QDateTime modificationTime(const QString &path)
{
    return path.isEmpty() ? QDateTime() : QFileInfo(path).lastModified();
}
} // namespace

void ScheduleDocument::setScenario(const Scenario &scenario, const QString &filePath)
{
    m_scenario = scenario;
    m_fileStamp = modificationTime(filePath);
    setFilePath(filePath);
    resetHistory();
    emit replaced();
    emit changed();
}

void ScheduleDocument::setRecoveredScenario(const Scenario &scenario, const QString &filePath,
                                            const QDateTime &fileStamp)
{
    setScenario(scenario, filePath);
    m_fileStamp = fileStamp;
    m_undoStack->resetClean(); // no state of the history matches a file on disk
}

bool ScheduleDocument::fileChangedOnDisk() const
{
    if (m_filePath.isEmpty() || !QFileInfo::exists(m_filePath))
        return false; // nothing there to lose
    return !m_fileStamp.isValid() || modificationTime(m_filePath) != m_fileStamp;
}

bool ScheduleDocument::load(const QString &pathOrExampleName, QString *error, QString *note)
{
    const std::string name = pathOrExampleName.toStdString();
    const ScenarioLoadResult result = loadScenario(name);
    // No scenario to name therapies by: a file that does not load has none.
    const IssueText words = IssueText::forWindow(nullptr);
    if (!result.ok()) {
        if (error) {
            QStringList lines = words.describe(result.errors);
            if (lines.isEmpty())
                lines << tr("%1: the scenario could not be read").arg(pathOrExampleName);
            *error = lines.join(QLatin1Char('\n'));
        }
        return false;
    }
    if (note) {
        QStringList lines;
        for (const IssueCode &code : result.notes)
            lines << words.message(code);
        *note = lines.join(QLatin1Char('\n'));
    }
    const bool isExample = !result.exampleName.empty();
    setScenario(*result.scenario,
                isExample ? QString() : QFileInfo(pathOrExampleName).absoluteFilePath());
    return true;
}

bool ScheduleDocument::save(QString *error)
{
    if (m_filePath.isEmpty()) {
        if (error)
            *error = tr("The scenario has no file yet; choose one with Save As.");
        return false;
    }
    return saveAs(m_filePath, error);
}

bool ScheduleDocument::saveAs(const QString &path, QString *error)
{
    if (path.isEmpty()) {
        if (error)
            *error = tr("No file name was given.");
        return false;
    }
    const QString absolute = QFileInfo(path).absoluteFilePath();
    if (const auto failure = saveScenarioFile(absolute.toStdString(), m_scenario)) {
        if (error)
            *error = saveErrorText(*failure, m_scenario);
        return false;
    }
    setFilePath(absolute);
    m_fileStamp = modificationTime(absolute);
    m_undoStack->setClean();
    return true;
}

// ---- edits ----------------------------------------------------------------------------------

bool ScheduleDocument::addTreatment(const Treatment &treatment, int index)
{
    const int count = static_cast<int>(m_scenario.treatments.size());
    if (index < 0)
        index = count;
    if (index > count)
        return false;
    m_undoStack->push(new AddTreatmentCommand(this, index, treatment));
    return true;
}

bool ScheduleDocument::removeTreatment(int index)
{
    if (index < 0 || index >= static_cast<int>(m_scenario.treatments.size()))
        return false;
    m_undoStack->push(new RemoveTreatmentCommand(this, index));
    return true;
}

bool ScheduleDocument::replaceTreatment(int index, const Treatment &treatment, int mergeSession)
{
    if (index < 0 || index >= static_cast<int>(m_scenario.treatments.size()))
        return false;
    const auto position = static_cast<std::size_t>(index);
    if (m_scenario.treatments[position] == treatment)
        return false;
    m_undoStack->push(new ReplaceTreatmentCommand(this, index, treatment, mergeSession));
    return true;
}

bool ScheduleDocument::setPatientValue(PatientField field, double value)
{
    if (patientField(m_scenario.patient, field) == value)
        return false;
    m_undoStack->push(new SetPatientFieldCommand(this, field, value));
    return true;
}

bool ScheduleDocument::setHorizonDays(double days)
{
    if (m_scenario.horizonDays == days)
        return false;
    m_undoStack->push(new SetHorizonCommand(this, days));
    return true;
}

bool ScheduleDocument::setTreatmentList(const std::vector<Treatment> &treatments,
                                        const QString &actionText, int mergeSession)
{
    if (treatments == m_scenario.treatments && mergeSession == 0)
        return false;
    // In a drag, an unchanged step still goes to the stack: it may undo the drag so far.
    m_undoStack->push(new EditTreatmentsCommand(this, treatments, actionText, mergeSession));
    return true;
}

std::vector<ScenarioError> ScheduleDocument::problemsWith(const Scenario &scenario)
{
    return validateScenario(scenario);
}

QString ScheduleDocument::saveErrorText(const ScenarioSaveError &failure,
                                        const Scenario &scenario)
{
    if (failure.problems.empty())
        return FileProblemText::describe(failure.file);
    const QString first = IssueText::forWindow(&scenario).describe(failure.problems.front());
    const int more = static_cast<int>(failure.problems.size()) - 1;
    if (more == 0)
        return tr("Not saved: %1").arg(first);
    return tr("Not saved: %1 (and %n more problem(s))", "", more).arg(first);
}

// ---- raw mutations (undo commands only) -----------------------------------------------------

void ScheduleDocument::insertTreatmentAt(int index, const Treatment &treatment)
{
    m_scenario.treatments.insert(m_scenario.treatments.begin() + index, treatment);
    emit changed();
}

Treatment ScheduleDocument::takeTreatmentAt(int index)
{
    const auto it = m_scenario.treatments.begin() + index;
    Treatment treatment = *it;
    m_scenario.treatments.erase(it);
    emit changed();
    return treatment;
}

void ScheduleDocument::setTreatmentAt(int index, const Treatment &treatment)
{
    m_scenario.treatments[static_cast<std::size_t>(index)] = treatment;
    emit changed();
}

void ScheduleDocument::setPatientFieldValue(PatientField field, double value)
{
    setPatientField(m_scenario.patient, field, value);
    emit changed();
}

void ScheduleDocument::setTreatments(const std::vector<Treatment> &treatments)
{
    m_scenario.treatments = treatments;
    emit changed();
}

void ScheduleDocument::setHorizonValue(double days)
{
    m_scenario.horizonDays = days;
    emit changed();
}

// ---- helpers --------------------------------------------------------------------------------

void ScheduleDocument::resetHistory()
{
    m_undoStack->clear(); // also marks the stack clean
    m_undoStack->setClean();
}

void ScheduleDocument::setFilePath(const QString &path)
{
    if (path == m_filePath)
        return;
    m_filePath = path;
    emit filePathChanged(m_filePath);
}

} // namespace lymph
