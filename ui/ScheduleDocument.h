#pragma once
// The one document the window edits: a scenario, the file it came from, and the undo stack
// through which every edit goes (ARCHITECTURE.md "One document owns the undo stack"). Views
// listen to changed() and read scenario(); they never modify it directly.

#include "PatientField.h"

#include "scenario/Scenario.h"
#include "scenario/ScenarioIo.h"

#include <QDateTime>
#include <QObject>
#include <QString>
#include <QStringList>

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
    // nothing when the index is out of range or nothing would change. `index` -1 appends.
    bool addTreatment(const Treatment &treatment, int index = -1);
    bool removeTreatment(int index);
    // Moves and field edits. Consecutive calls with the same non-zero `mergeSession` on the
    // same index become one undo step (one drag); use a new session for the next drag.
    bool replaceTreatment(int index, const Treatment &treatment, int mergeSession = 0);
    bool setPatientValue(PatientField field, double value);
    bool setHorizonDays(double days);
    // The whole treatment list at once (multi-selection moves, splits, duplicates, deletions):
    // one undo step named `actionText`; merges within a non-zero session like
    // replaceTreatment. False when nothing would change.
    bool setTreatmentList(const std::vector<Treatment> &treatments, const QString &actionText,
                          int mergeSession = 0);
    // The scenario file's rules applied to a candidate edit: its problems as codes with field
    // paths (none when it is valid); IssueText::forWindow(&scenario) words them.
    static std::vector<ScenarioError> problemsWith(const Scenario &scenario);
    // Why `scenario` was not saved, in the user's language (also for autosaves).
    static QString saveErrorText(const ScenarioSaveError &failure, const Scenario &scenario);

    // A fresh id for replaceTreatment's mergeSession (never 0).
    int newMergeSession() { return ++m_lastMergeSession; }

signals:
    // After every change of scenario() (an edit, undo, redo, load or new).
    void changed();
    // The whole scenario was replaced (new, load, recovery): before the matching changed().
    void replaced();
    void cleanChanged(bool clean);
    void filePathChanged(const QString &path);

private:
    // Raw mutations, for the undo commands only.
    friend class AddTreatmentCommand;
    friend class RemoveTreatmentCommand;
    friend class ReplaceTreatmentCommand;
    friend class SetPatientFieldCommand;
    friend class EditTreatmentsCommand;
    friend class SetHorizonCommand;
    void insertTreatmentAt(int index, const Treatment &treatment);
    Treatment takeTreatmentAt(int index);
    void setTreatmentAt(int index, const Treatment &treatment);
    void setPatientFieldValue(PatientField field, double value);
    void setTreatments(const std::vector<Treatment> &treatments);
    void setHorizonValue(double days);

    void resetHistory();
    void setFilePath(const QString &path);

    Scenario m_scenario;
    QString m_filePath;
    QDateTime m_fileStamp;
    QUndoStack *m_undoStack = nullptr;
    int m_lastMergeSession = 0;
};

} // namespace lymph
