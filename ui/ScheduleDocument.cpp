#include "ScheduleDocument.h"

#include "scenario/ScenarioLimits.h"

#include "decision/PlanNames.h"

#include "TreatmentLabel.h"
#include "commands/AddTreatmentsCommand.h"
#include "commands/EditTreatmentsCommand.h"
#include "commands/RemoveTreatmentsCommand.h"
#include "commands/ReplaceTreatmentCommand.h"
#include "commands/SetHorizonCommand.h"
#include "commands/SetMeasurementsCommand.h"
#include "commands/SetPatientFieldCommand.h"
#include "FileProblemText.h"
#include "IssueText.h"

#include <QFileInfo>
#include <QUndoStack>

#include <algorithm>

namespace lymph {

ScheduleDocument::ScheduleDocument(QObject *parent)
    : QObject(parent), m_undoStack(new QUndoStack(this))
{
    // A long session's history stays bounded in memory; 1000 steps is far beyond any need.
    m_undoStack->setUndoLimit(kUndoLimit);
    connect(m_undoStack, &QUndoStack::cleanChanged, this, &ScheduleDocument::cleanChanged);
}

ScheduleDocument::~ScheduleDocument() = default;

QString ScheduleDocument::displayName() const
{
    // A file without a name reads as the English "Untitled scenario": shown like no name.
    if (!m_scenario.name.empty() && m_scenario.name != scenario_format::kDefaultName)
        return PlanNames::translatedName(m_scenario.name);
    if (!m_filePath.isEmpty())
        return QFileInfo(m_filePath).fileName();
    return tr("Untitled");
}

bool ScheduleDocument::isModified() const { return !m_undoStack->isClean(); }

void ScheduleDocument::newScenario()
{
    // No name: displayName() says "Untitled" in the language of the moment.
    setScenario(Scenario{});
}

namespace {
// A file's problems shown in the window's message, the rest counted: the box stays on screen.
constexpr int kProblemsShown = 12;

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
    finishChange({}); // the old selection means nothing in another scenario
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
            QStringList lines = words.describe(result.errors, kProblemsShown);
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

// ---- plain edits ----------------------------------------------------------------------------

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

// ---- selection ------------------------------------------------------------------------------

namespace {

std::vector<int> indexVector(const QList<int> &indices)
{
    return {indices.begin(), indices.end()};
}

QList<int> indexList(const std::vector<int> &indices)
{
    return {indices.begin(), indices.end()};
}

// Not QList's ==: in Qt 6.4 it hands memcmp a null pointer for some empty lists (UBSan).
bool sameIndices(const QList<int> &a, const QList<int> &b)
{
    return std::equal(a.begin(), a.end(), b.begin(), b.end());
}

} // namespace

QList<int> ScheduleDocument::validSelection(QList<int> indices) const
{
    const int count = static_cast<int>(m_scenario.treatments.size());
    indices.erase(std::remove_if(indices.begin(), indices.end(),
                                 [count](int i) { return i < 0 || i >= count; }),
                  indices.end());
    std::sort(indices.begin(), indices.end());
    indices.erase(std::unique(indices.begin(), indices.end()), indices.end());
    return indices;
}

void ScheduleDocument::setSelection(QList<int> indices)
{
    indices = validSelection(std::move(indices));
    if (sameIndices(indices, m_selection))
        return;
    m_selection = indices;
    emit selectionChanged(m_selection);
}

void ScheduleDocument::selectAll()
{
    QList<int> all;
    for (int i = 0; i < static_cast<int>(m_scenario.treatments.size()); ++i)
        all << i;
    setSelection(all);
}

void ScheduleDocument::selectPrevious() { selectNeighbour(-1); }

void ScheduleDocument::selectNext() { selectNeighbour(+1); }

void ScheduleDocument::selectNeighbour(int direction)
{
    int from = -1;
    if (!m_selection.isEmpty())
        from = direction > 0 ? m_selection.last() : m_selection.first();
    const int next = neighbourInTime(m_scenario.treatments, from, direction);
    if (next >= 0)
        setSelection({next});
}

// ---- edit operations ------------------------------------------------------------------------

std::optional<QString>
ScheduleDocument::refusalReason(const std::vector<Treatment> &treatments) const
{
    Scenario candidate = m_scenario;
    candidate.treatments = treatments;
    const std::vector<ScenarioError> problems = problemsWith(candidate);
    if (problems.empty())
        return std::nullopt;
    return tr("Not changed: %1").arg(IssueText::forWindow(&candidate).describe(problems.front()));
}

EditResult ScheduleDocument::refuse(const QString &reason)
{
    emit editRefused(reason);
    return EditResult::refused(reason);
}

EditResult ScheduleDocument::addTreatments(std::vector<Treatment> added, const QString &actionText)
{
    std::vector<Treatment> candidate = m_scenario.treatments;
    candidate.insert(candidate.end(), added.begin(), added.end());
    if (const auto reason = refusalReason(candidate))
        return refuse(*reason);
    m_undoStack->push(new AddTreatmentsCommand(this, std::move(added), actionText));
    return EditResult::applied();
}

EditResult ScheduleDocument::applyEdit(const ScheduleEdit &edit, const QString &actionText,
                                       int mergeSession)
{
    const bool same = edit.treatments == m_scenario.treatments;
    if (same && mergeSession == 0)
        return EditResult::unchanged();
    if (const auto reason = refusalReason(edit.treatments))
        return refuse(*reason);
    // In a drag, an unchanged step still goes to the stack: it may undo the drag so far.
    m_undoStack->push(new EditTreatmentsCommand(this, edit.treatments, indexList(edit.edited),
                                                actionText, mergeSession));
    return same ? EditResult::unchanged() : EditResult::applied();
}

EditResult ScheduleDocument::addTreatment(const Treatment &treatment)
{
    return addTreatments({treatment}, tr("Add %1").arg(therapyNameInText(treatment.therapy)));
}

EditResult ScheduleDocument::addTemplate(TherapyTemplate which, double day)
{
    return addTreatment(makeTreatment(which, std::max(0.0, day)));
}

EditResult ScheduleDocument::moveSelection(double days)
{
    return applyEdit(shiftedTogether(m_scenario.treatments, indexVector(m_selection), days),
                     tr("Move %n treatment(s)", "", int(m_selection.size())), 0);
}

EditResult ScheduleDocument::dragSelection(double daysFromStart, int mergeSession)
{
    if (mergeSession == 0)
        return moveSelection(daysFromStart);
    // Every step counts from the start, so a drag back to where it began is exactly there.
    if (mergeSession != m_dragSession || m_dragOrigin.size() != m_scenario.treatments.size()) {
        m_dragSession = mergeSession;
        m_dragOrigin = m_scenario.treatments;
    }
    return applyEdit(shiftedTogether(m_dragOrigin, indexVector(m_selection), daysFromStart),
                     tr("Move %n treatment(s)", "", int(m_selection.size())), mergeSession);
}

EditResult ScheduleDocument::deleteSelection()
{
    if (m_selection.isEmpty())
        return EditResult::unchanged();
    std::vector<Treatment> candidate;
    for (int i = 0; i < static_cast<int>(m_scenario.treatments.size()); ++i) {
        if (!m_selection.contains(i))
            candidate.push_back(m_scenario.treatments[static_cast<std::size_t>(i)]);
    }
    if (const auto reason = refusalReason(candidate))
        return refuse(*reason);
    m_undoStack->push(new RemoveTreatmentsCommand(
        this, indexVector(m_selection), tr("Delete %n treatment(s)", "", int(m_selection.size()))));
    return EditResult::applied();
}

EditResult ScheduleDocument::duplicateSelection()
{
    if (m_selection.isEmpty())
        return EditResult::unchanged();
    std::vector<Treatment> schedule = m_scenario.treatments;
    std::vector<Treatment> copies;
    for (int i : m_selection) {
        const Treatment &original = m_scenario.treatments[static_cast<std::size_t>(i)];
        const auto copy = placedDuplicate(original, schedule, m_scenario.horizonDays);
        if (!copy)
            return refuse(tr("Not duplicated: there is no room for a copy of %1 before the end "
                             "of the simulated time.")
                              .arg(therapyNameInText(original.therapy)));
        schedule.push_back(*copy); // the next copies must not clash with this one
        copies.push_back(*copy);
    }
    return addTreatments(std::move(copies),
                         tr("Duplicate %n treatment(s)", "", int(m_selection.size())));
}

EditResult ScheduleDocument::splitSelection()
{
    if (m_selection.isEmpty())
        return EditResult::unchanged();
    if (std::none_of(m_selection.begin(), m_selection.end(), [this](int i) {
            return canSplit(m_scenario.treatments[static_cast<std::size_t>(i)]);
        }))
        return refuse(tr("Only an antibody course with several infusions can be split."));
    return applyEdit(splitCourses(m_scenario.treatments, indexVector(m_selection)),
                     tr("Split into single infusions"), 0);
}

EditResult ScheduleDocument::setStopDay(int index, double stopDay, int mergeSession)
{
    if (index < 0 || index >= static_cast<int>(m_scenario.treatments.size()))
        return EditResult::unchanged();
    const auto position = static_cast<std::size_t>(index);
    if (!hasAdjustableEnd(m_scenario.treatments[position]))
        return EditResult::unchanged();
    ScheduleEdit edit{m_scenario.treatments, indexVector(m_selection)};
    edit.treatments[position] = withStopDay(edit.treatments[position], stopDay);
    const QString name = therapyNameInText(edit.treatments[position].therapy);
    return applyEdit(edit, tr("Change the end of %1").arg(name), mergeSession);
}

// ---- raw mutations (undo commands only) -----------------------------------------------------

void ScheduleDocument::insertTreatments(const std::vector<int> &indices,
                                        const std::vector<Treatment> &treatments,
                                        const QList<int> &selection)
{
    auto &list = m_scenario.treatments;
    for (std::size_t k = 0; k < indices.size(); ++k)
        list.insert(list.begin() + indices[k], treatments[k]);
    finishChange(selection);
}

void ScheduleDocument::removeTreatments(const std::vector<int> &indices,
                                        const QList<int> &selection)
{
    auto &list = m_scenario.treatments;
    for (auto index = indices.rbegin(); index != indices.rend(); ++index)
        list.erase(list.begin() + *index);
    finishChange(selection);
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

void ScheduleDocument::setTreatments(const std::vector<Treatment> &treatments,
                                     const QList<int> &selection)
{
    m_scenario.treatments = treatments;
    finishChange(selection);
}

EditResult ScheduleDocument::setMeasurements(const std::vector<Measurement> &measurements,
                                            const QString &actionText)
{
    if (measurements == m_scenario.measurements)
        return EditResult::unchanged();
    Scenario candidate = m_scenario;
    candidate.measurements = measurements;
    const std::vector<ScenarioError> problems = problemsWith(candidate);
    if (!problems.empty()) {
        return refuse(
            tr("Not changed: %1").arg(IssueText::forWindow(&candidate).describe(problems.front())));
    }
    m_undoStack->push(new SetMeasurementsCommand(this, measurements, actionText));
    return EditResult::applied();
}

void ScheduleDocument::setMeasurementsValue(const std::vector<Measurement> &measurements)
{
    m_scenario.measurements = measurements;
    emit changed();
}

void ScheduleDocument::setHorizonValue(double days)
{
    m_scenario.horizonDays = days;
    emit changed();
}

void ScheduleDocument::finishChange(const QList<int> &selection)
{
    const QList<int> previous = m_selection;
    m_selection = validSelection(selection);
    emit changed();
    if (!sameIndices(m_selection, previous))
        emit selectionChanged(m_selection);
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
