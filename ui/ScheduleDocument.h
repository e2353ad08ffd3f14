#pragma once
// The one document the window edits: a scenario, the file it came from, the selection of
// treatments, and the undo stack through which every edit goes. It owns the edit operations
// (add, move, delete, duplicate, split, resize), each checked against the scenario file's
// rules; views map gestures to them, listen to changed() and selectionChanged(), and never
// modify the scenario directly.

#include "EditResult.h"
#include "PatientField.h"

#include "scenario/Scenario.h"
#include "scenario/ScheduleEdits.h"
#include "scenario/TherapyTemplates.h"
#include "scenario/ScenarioIo.h"

#include <QDateTime>
#include <QList>
#include <QObject>
#include <QString>
#include <QStringList>

#include <optional>
#include <vector>

class QUndoStack;

namespace lymph {

class ScheduleDocument : public QObject {
    Q_OBJECT

public:
    static constexpr int kUndoLimit = 1000;

    explicit ScheduleDocument(QObject *parent = nullptr);
    ~ScheduleDocument() override;

    const Scenario &scenario() const { return m_scenario; }
    // Empty for a new document or a built-in example (Save then asks for a file).
    QString filePath() const { return m_filePath; }
    // The scenario's name, else the file's name, else "Untitled".
    QString displayName() const;
    QUndoStack *undoStack() const { return m_undoStack; }
    bool isModified() const;

    // Replace the whole document; the undo history starts afresh. No dialogs: failures are
    // returned as messages.
    void newScenario();
    void setScenario(const Scenario &scenario, const QString &filePath = {});
    // Work recovered after a crash: like setScenario, but marked unsaved so it is not lost
    // again by closing without saving. `fileStamp`: the file's modification time when the
    // work began, so a file changed since is noticed before it is saved over.
    void setRecoveredScenario(const Scenario &scenario, const QString &filePath,
                              const QDateTime &fileStamp);
    // A file path or the name of a built-in example (lymph::loadScenario). `error` receives
    // the problems in the user's language; `note`, if given, what is worth telling but not
    // wrong (an ambiguous name).
    bool load(const QString &pathOrExampleName, QString *error = nullptr, QString *note = nullptr);
    // The file's modification time when it was opened or last saved here (invalid without a
    // file), and whether the file on disk has changed since (another program, another
    // window, a newer save): saving over it would lose that.
    QDateTime fileStamp() const { return m_fileStamp; }
    bool fileChangedOnDisk() const;
    // Atomic save to filePath() (fails when there is none) or to `path`; marks the stack clean.
    bool save(QString *error = nullptr);
    bool saveAs(const QString &path, QString *error = nullptr);

    // Edits as plain functions: each pushes one undo command, or returns false and pushes
    // nothing when the index is out of range or nothing would change. The rules are checked
    // by the caller (the inspector shows every problem under its fields).
    // Consecutive calls with the same non-zero `mergeSession` on the same index become one
    // undo step (one drag); use a new session for the next drag.
    bool replaceTreatment(int index, const Treatment &treatment, int mergeSession = 0);
    bool setPatientValue(PatientField field, double value);
    bool setHorizonDays(double days);
    // The scenario file's rules applied to a candidate edit: its problems as codes with field
    // paths (none when it is valid); IssueText::forWindow(&scenario) words them.
    static std::vector<ScenarioError> problemsWith(const Scenario &scenario);
    // Why `scenario` was not saved, in the user's language (also for autosaves).
    static QString saveErrorText(const ScenarioSaveError &failure, const Scenario &scenario);

    // ---- selection ------------------------------------------------------------------------
    // Indices of the selected treatments, ascending. An edit selects what it made (the added
    // treatment, the copies, the pieces of a split); undo and redo bring back the selection
    // each step had before and after it; opening another scenario clears it.
    QList<int> selection() const { return m_selection; }
    // Indices outside the schedule are dropped; order and repeats do not matter.
    void setSelection(QList<int> indices);
    void selectAll();
    // The treatment before or after the selection in time (from nothing: the last or first).
    void selectPrevious();
    void selectNext();

    // ---- edit operations ------------------------------------------------------------------
    // Each is one undo step named after the action (EditResult::applied), changes nothing
    // (unchanged), or is refused: by the first problem problemsWith finds in the edited
    // scenario, or because the operation does not apply. A refusal is also emitted as
    // editRefused, so one place can show it whoever asked.

    // `treatment` added after the others and selected.
    EditResult addTreatment(const Treatment &treatment);
    // A standard regimen starting on `day` (never before day 0), added and selected.
    EditResult addTemplate(TherapyTemplate which, double day);
    // The selection moved `days` later (earlier when negative) together, never before day 0.
    EditResult moveSelection(double days);
    // One step of a drag (a session from newMergeSession()): the selection moved
    // `daysFromStart` from where it was at the session's first step; all steps of a session
    // are one undo step, none if the drag ends where it began.
    EditResult dragSelection(double daysFromStart, int mergeSession);
    EditResult deleteSelection();
    // Each selected treatment copied to the first free whole re-dosing interval after it
    // (placedDuplicate in ScheduleEdits.h) within the simulated time; the copies are selected.
    EditResult duplicateSelection();
    // Each selected antibody course with several infusions becomes single infusions.
    EditResult splitSelection();
    // A fingolimod period's end moved to `stopDay` (kept a day after its start); merges
    // within a non-zero session like replaceTreatment.
    EditResult setStopDay(int index, double stopDay, int mergeSession = 0);

    // The patient's lab results replaced by `measurements` (one undo step named `actionText`),
    // unchanged, or refused by the first problem the scenario's rules find in them.
    EditResult setMeasurements(const std::vector<Measurement> &measurements,
                               const QString &actionText);

    // A fresh id for one drag's steps (never 0).
    int newMergeSession() { return ++m_lastMergeSession; }

signals:
    // After every change of scenario() (an edit, undo, redo, load or new); selection() is
    // already valid for the changed scenario.
    void changed();
    // After changed() when an edit, undo or redo moved the selection, or on setSelection.
    void selectionChanged(const QList<int> &indices);
    // Why an edit operation was refused, in the user's words.
    void editRefused(const QString &reason);
    // The whole scenario was replaced (new, load, recovery): before the matching changed().
    void replaced();
    void cleanChanged(bool clean);
    void filePathChanged(const QString &path);

private:
    // Raw mutations, for the undo commands only. Those that add or remove treatments also set
    // the selection to show after them.
    friend class AddTreatmentsCommand;
    friend class RemoveTreatmentsCommand;
    friend class ReplaceTreatmentCommand;
    friend class SetPatientFieldCommand;
    friend class EditTreatmentsCommand;
    friend class SetHorizonCommand;
    friend class SetMeasurementsCommand;
    // `indices`: ascending positions the treatments have once inserted.
    void insertTreatments(const std::vector<int> &indices,
                          const std::vector<Treatment> &treatments, const QList<int> &selection);
    // `indices`: ascending.
    void removeTreatments(const std::vector<int> &indices, const QList<int> &selection);
    void setTreatmentAt(int index, const Treatment &treatment);
    void setPatientFieldValue(PatientField field, double value);
    void setTreatments(const std::vector<Treatment> &treatments, const QList<int> &selection);
    void setHorizonValue(double days);
    void setMeasurementsValue(const std::vector<Measurement> &measurements);
    // Announces a changed scenario, then the selection if it moved.
    void finishChange(const QList<int> &selection);
    QList<int> validSelection(QList<int> indices) const;

    // The one place where a candidate schedule's problems (problemsWith) are put in the
    // user's words; empty when the schedule may be applied.
    std::optional<QString> refusalReason(const std::vector<Treatment> &treatments) const;
    EditResult refuse(const QString &reason);
    EditResult addTreatments(std::vector<Treatment> added, const QString &actionText);
    // Pushes `edit` as one undo step (merging within a non-zero session), selecting its
    // edited treatments.
    EditResult applyEdit(const ScheduleEdit &edit, const QString &actionText, int mergeSession);
    void selectNeighbour(int direction);

    void resetHistory();
    void setFilePath(const QString &path);

    Scenario m_scenario;
    QString m_filePath;
    QDateTime m_fileStamp;
    QUndoStack *m_undoStack = nullptr;
    int m_lastMergeSession = 0;
    QList<int> m_selection;
    // Where the schedule was at the first step of the latest drag session.
    int m_dragSession = 0;
    std::vector<Treatment> m_dragOrigin;
};

} // namespace lymph
