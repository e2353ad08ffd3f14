#pragma once
// What the window does with files, and the questions it asks about them: open (a file, an
// example, a recent file, a dropped file), save and save as (never silently over a file that
// changed on disk since), recover an autosave left by a crash, and export the results (plots,
// CSV, handout). Every write goes through the one output policy and writer of files/, with
// the document's own file as the input no export may replace.

#include "decision/DecisionSummary.h"

#include <QList>
#include <QObject>
#include <QString>

#include <functional>
#include <optional>

class QWidget;

namespace lymph {

class Autosaver;
class PlotStackWidget;
class RecentFiles;
class ScheduleDocument;
struct PinnedResults;
struct RecoverableWork;

class WindowFiles : public QObject {
    Q_OBJECT

public:
    using ComparisonsSource = std::function<QList<PinnedResults>()>;
    using DecisionSource = std::function<DecisionSummary()>;

    // `window` parents the dialogs; the plots and the comparisons are what exports write.
    WindowFiles(QWidget *window, ScheduleDocument *document, Autosaver *autosaver,
                RecentFiles *recent, PlotStackWidget *plots, ComparisonsSource comparisons);
    // The plans as the comparison names and measures them, for the handout.
    void setDecisionSource(DecisionSource decision) { m_decision = std::move(decision); }

    // Opens a file or a built-in example without asking anything; false with `error` set when
    // it cannot be read (the current document is kept then).
    bool openScenario(const QString &pathOrExampleName, QString *error = nullptr);

    // The File menu's actions (they ask about unsaved changes first).
    void newDocument();
    void openDocument();
    void openExample(const QString &name);
    void openRecent(const QString &path);
    void openDropped(const QString &path);
    bool save();
    bool saveAs();
    // Asks whether to save unsaved changes; false when the user cancels.
    bool maybeSave();

    // Work left unsaved by a session that ended abnormally: offered at start, with the file's
    // path and times; restored as a copy by default when the file changed since.
    void offerRecovery();
    enum class RestoreAs { OriginalFile, Copy };
    // Opens recovered work as an unsaved document and forgets the copy.
    bool restoreWork(const RecoverableWork &work, RestoreAs as, QString *error = nullptr);

    // Exports of the current results; false with `error` set on failure. The format follows
    // the file's suffix for plots (.png, .svg or .pdf).
    bool exportPlots(const QString &path, QString *error = nullptr);
    bool exportCsv(const QString &path, QString *error = nullptr);
    // The patient handout of the current results (and pinned comparisons). Figures
    // still being measured are finished first behind a progress dialog; false with an empty
    // `error` when the user cancels it.
    bool exportHandout(const QString &path, QString *error = nullptr);
    void exportPlotsInteractively(const QString &suffix);
    void exportCsvInteractively();
    void exportHandoutInteractively();
    void printHandout();

signals:
    // A scenario was opened or recovered (the window shows all of it).
    void opened();
    void statusMessage(const QString &text, int timeoutMs);

private:
    bool writeExport(const QString &path, const QByteArray &bytes, QString *error) const;
    bool saveTo(const QString &path);
    QString suggestedPath(const QString &suffix) const;
    void reportOpenFailure(const QString &title, const QString &error) const;

    QWidget *m_window;
    ScheduleDocument *m_document;
    Autosaver *m_autosaver;
    RecentFiles *m_recent;
    PlotStackWidget *m_plots;
    ComparisonsSource m_comparisons;
    DecisionSource m_decision;

    // The window's plans with their figures. Figures the window has not measured yet are
    // measured off the GUI thread behind a progress dialog; `cancelled` when the user stops it.
    std::optional<DecisionSummary> handoutDecision(bool *cancelled);
};

} // namespace lymph
