#include "WindowFiles.h"

#include "Autosaver.h"
#include "FileProblemText.h"
#include "IssueText.h"
#include "PinnedResults.h"
#include "PlotStackWidget.h"
#include "RecentFiles.h"
#include "ScheduleDocument.h"
#include "education/HandoutWriter.h"
#include "plot/ResultPlot.h"

#include "files/FileWriter.h"
#include "files/OutputPolicy.h"
#include "scenario/ScenarioIo.h"

#include <QDir>
#include <QEventLoop>
#include <QFutureWatcher>
#include <QPointer>
#include <QProgressDialog>
#include <QtConcurrent>
#include <QFileDialog>
#include <QFileInfo>
#include <QLocale>
#include <QMessageBox>
#include <QPrintDialog>
#include <QPrinter>
#include <QPushButton>
#include <QWidget>

#include <algorithm>
#include <atomic>
#include <memory>
#include <thread>
#include <utility>

namespace lymph {

namespace {

const QString kScenarioSuffix = QStringLiteral(".lymphoscope.json");

QString when(const QDateTime &time)
{
    return time.isValid() ? QLocale().toString(time.toLocalTime(), QLocale::LongFormat)
                          : WindowFiles::tr("unknown");
}

} // namespace

WindowFiles::WindowFiles(QWidget *window, ScheduleDocument *document, Autosaver *autosaver,
                         RecentFiles *recent, PlotStackWidget *plots, ComparisonsSource comparisons)
    : QObject(window), m_window(window), m_document(document), m_autosaver(autosaver),
      m_recent(recent), m_plots(plots), m_comparisons(std::move(comparisons))
{
}

// ---- opening ----------------------------------------------------------------------------------

bool WindowFiles::openScenario(const QString &pathOrExampleName, QString *error)
{
    QString note;
    if (!m_document->load(pathOrExampleName, error, &note))
        return false;
    if (!m_document->filePath().isEmpty())
        m_recent->add(m_document->filePath());
    if (!note.isEmpty())
        emit statusMessage(note, 10000);
    emit opened();
    return true;
}

void WindowFiles::reportOpenFailure(const QString &title, const QString &error) const
{
    QMessageBox::warning(m_window, title, tr("The scenario could not be opened:\n%1").arg(error));
}

void WindowFiles::newDocument()
{
    if (!maybeSave())
        return;
    m_document->newScenario();
    emit opened();
}

void WindowFiles::openDocument()
{
    if (!maybeSave())
        return;
    const QString directory = m_document->filePath().isEmpty()
                                  ? QDir::homePath()
                                  : QFileInfo(m_document->filePath()).absolutePath();
    const QString path = QFileDialog::getOpenFileName(
        m_window, tr("Open Scenario"), directory,
        tr("Lymphoscope scenarios (*.lymphoscope.json);;JSON files (*.json);;All files (*)"));
    if (path.isEmpty())
        return;
    QString error;
    if (!openScenario(path, &error))
        reportOpenFailure(tr("Open Scenario"), error);
}

void WindowFiles::openExample(const QString &name)
{
    if (!maybeSave())
        return;
    QString error;
    // The prefix: an example, even if a file of that name sits in the working folder.
    if (!openScenario(QString::fromUtf8(kExamplePrefix) + name, &error))
        QMessageBox::warning(m_window, tr("Open Example"),
                             tr("The example could not be opened:\n%1").arg(error));
}

void WindowFiles::openRecent(const QString &path)
{
    if (!maybeSave())
        return;
    QString error;
    if (!openScenario(path, &error)) {
        reportOpenFailure(tr("Open Recent"), error);
        if (!QFileInfo::exists(path))
            m_recent->remove(path);
    }
}

void WindowFiles::openDropped(const QString &path)
{
    if (!maybeSave())
        return;
    QString error;
    if (!openScenario(path, &error))
        reportOpenFailure(tr("Open Scenario"), error);
}

// ---- saving -----------------------------------------------------------------------------------

bool WindowFiles::saveTo(const QString &path)
{
    QString error;
    if (!m_document->saveAs(path, &error)) {
        QMessageBox::critical(m_window, tr("Save Scenario"),
                              tr("The scenario could not be saved:\n%1").arg(error));
        return false;
    }
    m_recent->add(m_document->filePath());
    emit statusMessage(tr("Saved %1").arg(QDir::toNativeSeparators(m_document->filePath())), 4000);
    return true;
}

bool WindowFiles::save()
{
    if (m_document->filePath().isEmpty())
        return saveAs();
    if (m_document->fileChangedOnDisk()) {
        // Someone else saved this file since: overwriting it silently would lose their work.
        QMessageBox question(
            QMessageBox::Warning, tr("Save Scenario"),
            tr("“%1” was changed on disk after you opened it (at %2), by another window or "
               "program.")
                .arg(QDir::toNativeSeparators(m_document->filePath()),
                     when(QFileInfo(m_document->filePath()).lastModified())),
            QMessageBox::NoButton, m_window);
        question.setInformativeText(
            tr("Save your plan under another name to keep both, or replace the file on disk."));
        QPushButton *copy = question.addButton(tr("Save &As…"), QMessageBox::AcceptRole);
        QPushButton *replace =
            question.addButton(tr("&Replace the File"), QMessageBox::DestructiveRole);
        question.addButton(QMessageBox::Cancel);
        question.setDefaultButton(copy);
        question.exec();
        if (question.clickedButton() == copy)
            return saveAs();
        if (question.clickedButton() != replace)
            return false;
    }
    return saveTo(m_document->filePath());
}

QString WindowFiles::suggestedPath(const QString &suffix) const
{
    QString base = m_document->displayName().simplified();
    base.replace(QLatin1Char('/'), QLatin1Char('-'));
    return QDir::home().filePath(base + suffix);
}

bool WindowFiles::saveAs()
{
    const QString suggestion =
        m_document->filePath().isEmpty() ? suggestedPath(kScenarioSuffix) : m_document->filePath();
    QString path = QFileDialog::getSaveFileName(
        m_window, tr("Save Scenario As"), suggestion,
        tr("Lymphoscope scenarios (*.lymphoscope.json);;All files (*)"));
    if (path.isEmpty())
        return false;
    if (!path.endsWith(QLatin1String(".json"), Qt::CaseInsensitive))
        path += kScenarioSuffix;
    return saveTo(path);
}

bool WindowFiles::maybeSave()
{
    if (!m_document->isModified())
        return true;
    const auto answer = QMessageBox::warning(
        m_window, tr("Unsaved Changes"),
        tr("“%1” has unsaved changes. Do you want to save them?").arg(m_document->displayName()),
        QMessageBox::Save | QMessageBox::Discard | QMessageBox::Cancel, QMessageBox::Save);
    if (answer == QMessageBox::Save)
        return save();
    return answer == QMessageBox::Discard;
}

// ---- recovery ---------------------------------------------------------------------------------

void WindowFiles::offerRecovery()
{
    const QList<RecoverableWork> found = m_autosaver->recoverable();
    for (const RecoverableWork &work : found) {
        const QString name = work.name.isEmpty() ? tr("Untitled") : work.name;
        QMessageBox question(QMessageBox::Question, tr("Recover Unsaved Work"),
                             tr("Lymphoscope did not close normally. Unsaved changes to “%1” "
                                "were kept.")
                                 .arg(name),
                             QMessageBox::NoButton, m_window);
        const bool changed = work.originalChangedSince();
        QString details = work.originalPath.isEmpty()
                              ? tr("A new plan that was never saved to a file.")
                              : tr("File: %1").arg(QDir::toNativeSeparators(work.originalPath));
        details += QLatin1Char('\n') + tr("Changes kept at: %1").arg(when(work.savedAt));
        if (!work.originalPath.isEmpty()) {
            details += QLatin1Char('\n') +
                       tr("File last saved at: %1").arg(when(work.originalModifiedNow()));
        }
        if (changed) {
            question.setIcon(QMessageBox::Warning);
            details += QStringLiteral("\n\n") +
                       tr("The file was saved again after these changes were made. Restore "
                          "them as a copy to keep both; restoring them over the file would "
                          "replace the newer file when you save.");
        } else {
            details += QStringLiteral("\n\n") +
                       tr("Restore them? They open as unsaved changes; the file on disk is not "
                          "changed until you save.");
        }
        question.setInformativeText(details);
        QPushButton *asCopy =
            changed ? question.addButton(tr("Restore as a &Copy"), QMessageBox::AcceptRole)
                    : nullptr;
        QPushButton *restore =
            question.addButton(changed ? tr("Restore over the &File") : tr("&Restore"),
                               changed ? QMessageBox::DestructiveRole : QMessageBox::AcceptRole);
        QPushButton *discard = question.addButton(tr("&Discard"), QMessageBox::DestructiveRole);
        question.addButton(tr("Ask &Later"), QMessageBox::RejectRole);
        question.setDefaultButton(changed ? asCopy : restore);
        question.exec();
        if (question.clickedButton() == discard) {
            Autosaver::discard(work);
            continue;
        }
        if (question.clickedButton() != restore && question.clickedButton() != asCopy)
            continue;
        QString error;
        const RestoreAs as =
            question.clickedButton() == asCopy ? RestoreAs::Copy : RestoreAs::OriginalFile;
        if (!restoreWork(work, as, &error))
            QMessageBox::warning(m_window, tr("Recover Unsaved Work"),
                                 tr("The work could not be restored:\n%1").arg(error));
        return; // one document per window: the rest waits for the next start
    }
}

bool WindowFiles::restoreWork(const RecoverableWork &work, RestoreAs as, QString *error)
{
    const ScenarioLoadResult loaded = loadScenarioFile(work.autosavePath.toStdString());
    if (!loaded.ok()) {
        if (error) {
            *error = loaded.errors.empty()
                         ? tr("%1 could not be read").arg(work.autosavePath)
                         : IssueText::forWindow(nullptr).describe(loaded.errors.front());
        }
        return false;
    }
    // As a copy the plan has no file: Save asks where it goes.
    const QString file = as == RestoreAs::Copy ? QString() : work.originalPath;
    m_document->setRecoveredScenario(*loaded.scenario, file, work.originalStamp);
    Autosaver::discard(work);
    m_autosaver->saveNow(); // the restored work is unsaved again: keep a copy at once
    emit opened();
    return true;
}

// ---- exports ----------------------------------------------------------------------------------

bool WindowFiles::writeExport(const QString &path, const QByteArray &bytes, QString *error) const
{
    // The open scenario's own file is never the target of an export.
    std::vector<NamedPath> inputs;
    if (!m_document->filePath().isEmpty())
        inputs.push_back(
            {tr("the open scenario").toStdString(), m_document->filePath().toStdString()});
    std::optional<FileProblem> problem =
        checkOutputs(inputs, {{std::string(), path.toStdString()}});
    if (!problem)
        problem = writeFileSafely(path.toStdString(),
                                  std::string_view(bytes.data(), std::size_t(bytes.size())));
    if (problem && error)
        *error = FileProblemText::describe(*problem);
    return !problem;
}

bool WindowFiles::exportPlots(const QString &path, QString *error)
{
    if (!m_plots->hasResults()) {
        if (error)
            *error = tr("There are no results to export yet.");
        return false;
    }
    ResultPlot *plot = m_plots->plot();
    // The on-screen proportions at print resolution.
    const QSize pixels(1600, std::max(1000, 1600 * plot->height() / std::max(1, plot->width())));
    const QString suffix = QFileInfo(path).suffix().toLower();
    QByteArray bytes;
    QString failure;
    if (suffix == QLatin1String("png"))
        bytes = plot->pngData(pixels, &failure);
    else if (suffix == QLatin1String("pdf"))
        bytes = plot->pdfData(pixels, &failure);
    else if (suffix == QLatin1String("svg"))
        bytes = plot->svgData(pixels, &failure);
    else
        failure = tr("unknown image type “.%1”: use .png, .svg or .pdf").arg(suffix);
    if (bytes.isEmpty()) {
        if (error)
            *error = failure;
        return false;
    }
    return writeExport(path, bytes, error);
}

bool WindowFiles::exportCsv(const QString &path, QString *error)
{
    const Results *results = m_plots->results();
    if (!results) {
        if (error)
            *error = tr("There are no results to export yet.");
        return false;
    }
    return writeExport(path, QByteArray::fromStdString(results->table.toCsv()), error);
}

std::optional<DecisionSummary> WindowFiles::handoutDecision(bool *cancelled)
{
    *cancelled = false;
    if (!m_decision)
        return std::nullopt;
    DecisionSummary decision = m_decision();
    std::vector<Scenario> missing;
    for (const PlanEntry &plan : decision.plans) {
        if (!plan.figures)
            missing.push_back(plan.scenario);
    }
    if (decision.window.years <= 0 || missing.empty())
        return decision;

    using Figures = std::vector<std::optional<PlanFigures>>;
    const auto cancel = std::make_shared<std::atomic<bool>>(false);
    // Application-modal and shown at once: no input can edit, close or rebuild the window while
    // the loop below runs (and `alive` catches anything else that deletes it). On the heap, so
    // that it is deleted once, by whichever of this function and the window goes first.
    const QPointer<QProgressDialog> progress = new QProgressDialog(
        tr("Counting the outcomes in 1,000 virtual patients for the handout…"), tr("Cancel"), 0,
        0, m_window);
    progress->setWindowModality(Qt::ApplicationModal);
    progress->setMinimumDuration(0);
    progress->show();
    const QPointer<WindowFiles> alive(this);
    QEventLoop loop;
    QFutureWatcher<Figures> watcher;
    connect(&watcher, &QFutureWatcher<Figures>::finished, &loop, &QEventLoop::quit);
    connect(progress, &QProgressDialog::canceled, &loop, [cancel] { cancel->store(true); });
    watcher.setFuture(QtConcurrent::run([missing, window = decision.window, cancel] {
        Figures figures;
        for (const Scenario &plan : missing) {
            PlanFigureOptions options;
            options.window = window;
            options.cancel = cancel.get();
            // One core stays with the window, so that it keeps painting and answering.
            options.threads = int(std::max(1u, std::thread::hardware_concurrency()) - 1);
            try {
                figures.push_back(computePlanFigures(plan, options));
            } catch (const std::exception &) {
                figures.push_back(std::nullopt); // cancelled, or refused: the handout says "—"
            }
        }
        return figures;
    }));
    loop.exec();
    if (!watcher.isFinished()) { // the loop was left early: the application is quitting
        cancel->store(true);
        watcher.waitForFinished();
    }
    delete progress.data();
    if (cancel->load() || !alive) {
        *cancelled = true;
        return std::nullopt;
    }
    const Figures figures = watcher.result();
    std::size_t next = 0;
    for (PlanEntry &plan : decision.plans) {
        if (!plan.figures)
            plan.figures = figures.at(next++);
    }
    return decision;
}

bool WindowFiles::exportHandout(const QString &path, QString *error)
{
    if (!m_plots->results()) {
        if (error)
            *error = tr("There are no results to export yet.");
        return false;
    }
    bool cancelled = false;
    const std::optional<DecisionSummary> decision = handoutDecision(&cancelled);
    if (cancelled) {
        if (error)
            error->clear();
        return false;
    }
    // Read after the figures: new results may have arrived meanwhile.
    const Results *results = m_plots->results();
    if (!results) {
        if (error)
            *error = tr("There are no results to export yet.");
        return false;
    }
    const QByteArray pdf =
        HandoutWriter(m_document->scenario(), *results, m_comparisons(), decision).pdf(error);
    return !pdf.isEmpty() && writeExport(path, pdf, error);
}

void WindowFiles::exportPlotsInteractively(const QString &suffix)
{
    const QString filter = suffix == QLatin1String("png")   ? tr("PNG images (*.png)")
                           : suffix == QLatin1String("svg") ? tr("SVG drawings (*.svg)")
                                                            : tr("PDF documents (*.pdf)");
    QString path = QFileDialog::getSaveFileName(m_window, tr("Export Plots"),
                                                suggestedPath(QLatin1Char('.') + suffix), filter);
    if (path.isEmpty())
        return;
    if (QFileInfo(path).suffix().isEmpty())
        path += QLatin1Char('.') + suffix;
    QString error;
    if (!exportPlots(path, &error))
        QMessageBox::critical(m_window, tr("Export Plots"),
                              tr("The plots could not be exported:\n%1").arg(error));
    else
        emit statusMessage(tr("Exported %1").arg(QDir::toNativeSeparators(path)), 4000);
}

void WindowFiles::exportHandoutInteractively()
{
    QString path = QFileDialog::getSaveFileName(m_window, tr("Export Patient Handout"),
                                                suggestedPath(QStringLiteral(".pdf")),
                                                tr("PDF documents (*.pdf)"));
    if (path.isEmpty())
        return;
    if (QFileInfo(path).suffix().isEmpty())
        path += QStringLiteral(".pdf");
    QString error;
    if (!exportHandout(path, &error)) {
        if (!error.isEmpty()) // empty: the user cancelled, and knows
            QMessageBox::critical(m_window, tr("Export Patient Handout"),
                                  tr("The handout could not be written:\n%1").arg(error));
        return;
    }
    emit statusMessage(tr("Exported %1").arg(QDir::toNativeSeparators(path)), 4000);
}

void WindowFiles::exportCsvInteractively()
{
    const QString path = QFileDialog::getSaveFileName(m_window, tr("Export Results"),
                                                      suggestedPath(QStringLiteral(".csv")),
                                                      tr("CSV tables (*.csv)"));
    if (path.isEmpty())
        return;
    QString error;
    if (!exportCsv(path, &error))
        QMessageBox::critical(m_window, tr("Export Results"),
                              tr("The results could not be exported:\n%1").arg(error));
    else
        emit statusMessage(tr("Exported %1").arg(QDir::toNativeSeparators(path)), 4000);
}

void WindowFiles::printHandout()
{
    const Results *results = m_plots->results();
    if (!results)
        return;
    QPrinter printer(QPrinter::HighResolution);
    printer.setPageSize(QPageSize(QPageSize::A4));
    QPrintDialog dialog(&printer, m_window);
    dialog.setWindowTitle(tr("Print Patient Handout"));
    if (dialog.exec() != QDialog::Accepted)
        return;
    bool cancelled = false;
    const std::optional<DecisionSummary> decision = handoutDecision(&cancelled);
    if (cancelled)
        return;
    results = m_plots->results(); // new results may have arrived meanwhile
    if (!results)
        return;
    QString error;
    if (!HandoutWriter(m_document->scenario(), *results, m_comparisons(), decision)
             .paint(&printer, &error))
        QMessageBox::critical(m_window, tr("Print Patient Handout"),
                              tr("The handout could not be printed:\n%1").arg(error));
}

} // namespace lymph
