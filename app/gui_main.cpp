// lymphoscope: the explorer window (README.md, "Window").
//   lymphoscope [SCENARIO] [--screenshot FILE.png] [--size WxH] [--theme system|light|dark]
//               [--pin SCENARIO]... [--select N]... [--education [--month M]] [--cohort N]
// --pin simulates another scenario first and keeps it for comparison (up to three); --select
// selects the N-th treatment (from 1) so the inspector shows it. With --screenshot: open the
// scenario, wait for the first simulation result, save a PNG of the main window and exit 0
// (works with QT_QPA_PLATFORM=offscreen). Exit 2 for bad input, 1 when the simulation or the
// image fails.

#include "ApplicationSetup.h"
#include "model/Calendar.h"
#include "MainWindow.h"
#include "education/EducationView.h"
#include "window/WindowMenus.h"
#include "ScheduleDocument.h"
#include "SimulationRunner.h"
#include "Theme.h"
#include "WindowSession.h"
#include "panels/ComparisonPanel.h"
#include "timeline/TimelineWidget.h"

#include "FileProblemText.h"

#include "files/FileWriter.h"
#include "files/OutputPolicy.h"
#include "scenario/ExampleLibrary.h"

#include <QAction>
#include <QApplication>
#include <QBuffer>
#include <QCommandLineParser>
#include <QImage>
#include <QMessageBox>

#include <cmath>
#include <QRegularExpression>
#include <QSettings>
#include <QTextStream>
#include <QTimer>

#include <optional>

namespace {

constexpr int kExitBadInput = 2;
constexpr int kExitFailure = 1;
constexpr int kScreenshotTimeoutMs = 10 * 60 * 1000;

std::optional<QSize> parseSize(const QString &value)
{
    static const QRegularExpression pattern(QStringLiteral("^(\\d{3,5})[xX](\\d{3,5})$"));
    const QRegularExpressionMatch match = pattern.match(value);
    if (!match.hasMatch())
        return std::nullopt;
    const QSize size(match.captured(1).toInt(), match.captured(2).toInt());
    if (size.width() < 400 || size.height() < 300 || size.width() > 8000 ||
        size.height() > 8000)
        return std::nullopt;
    return size;
}

// The window's command line, described once for the window and for a run that only asks
// for help or the version (which needs no display).
struct GuiOptions {
    QCommandLineOption screenshot{QStringLiteral("screenshot"),
        QCoreApplication::translate("lymphoscope", "Save a PNG of the window once the simulation has finished, then exit."),
        QStringLiteral("FILE.png")};
    QCommandLineOption size{QStringLiteral("size"),
        QCoreApplication::translate("lymphoscope", "Window size in pixels (default 1366x768)."),
        QStringLiteral("WxH")};
    QCommandLineOption theme{QStringLiteral("theme"),
        QCoreApplication::translate("lymphoscope", "Window theme: system, light or dark."),
        QStringLiteral("THEME")};
    QCommandLineOption pin{QStringLiteral("pin"),
        QCoreApplication::translate("lymphoscope", "Simulate this scenario first and keep it for comparison (up to three times)."),
        QStringLiteral("SCENARIO")};
    QCommandLineOption select{QStringLiteral("select"),
        QCoreApplication::translate("lymphoscope", "Select the N-th treatment (from 1) on the timeline."),
        QStringLiteral("N")};
    QCommandLineOption education{QStringLiteral("education"),
        QCoreApplication::translate("lymphoscope", "Start in the education view (large, simple "
                                                   "pictures and plain words for patients).")};
    QCommandLineOption month{QStringLiteral("month"),
        QCoreApplication::translate("lymphoscope", "In the education view, explain month M."),
        QStringLiteral("M")};
    QCommandLineOption cohort{QStringLiteral("cohort"),
        QCoreApplication::translate("lymphoscope", "Simulate a virtual cohort of N patients "
                                                   "(50, 200 or 1000) instead of the typical patient."),
        QStringLiteral("N")};

    void describe(QCommandLineParser &parser) const
    {
        parser.setApplicationDescription(QCoreApplication::translate(
            "lymphoscope", "Lymphoscope: explore blood counts after multiple-sclerosis therapies. "
                           "For exploration and education, not a clinical prediction."));
        parser.addHelpOption();
        parser.addVersionOption();
        parser.addPositionalArgument(
            QStringLiteral("scenario"),
            QCoreApplication::translate("lymphoscope", "A .lymphoscope.json file or the name of a built-in example (default: %1).")
                .arg(QString::fromUtf8(lymph::kDefaultExampleName)),
            QStringLiteral("[SCENARIO]"));
        for (const QCommandLineOption *option :
             {&screenshot, &size, &theme, &pin, &select, &education, &month, &cohort})
            parser.addOption(*option);
    }
};

// Help and the version are printed without a window, so without a display; a run that needs
// a window but has no display says so, instead of Qt's abort. Returns an exit code, or none
// when the window should start.
std::optional<int> answerWithoutWindow(int &argc, char **argv)
{
    bool onlyText = false;
    for (int i = 1; i < argc; ++i) {
        const QByteArray a(argv[i]);
        // Qt's own options (-platform offscreen, -display …) are QApplication's to take.
        if (a == "-platform" || a == "--platform" || a == "-display" || a == "--display")
            return std::nullopt;
        onlyText = onlyText || a == "-h" || a == "--help" || a == "-?" || a == "--help-all" ||
                   a == "-v" || a == "--version";
    }
    const bool noDisplay = qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM") &&
                           qEnvironmentVariableIsEmpty("DISPLAY") &&
                           qEnvironmentVariableIsEmpty("WAYLAND_DISPLAY");
    if (!onlyText && !noDisplay)
        return std::nullopt;
    QCoreApplication app(argc, argv);
    lymph::setUpApplication(QStringLiteral("lymphoscope"));
    QCommandLineParser parser;
    const GuiOptions options;
    options.describe(parser);
    if (!parser.parse(QCoreApplication::arguments())) { // a mistake first: it is the user's
        QTextStream(stderr) << parser.errorText() << '\n';
        return kExitBadInput;
    }
    if (onlyText)
        parser.process(app); // prints the help or the version and exits
    QTextStream(stderr) << QCoreApplication::translate(
                               "lymphoscope",
                               "lymphoscope: no display to open a window on (neither DISPLAY "
                               "nor WAYLAND_DISPLAY is set). Run it in a desktop session; for "
                               "--screenshot runs without one, set QT_QPA_PLATFORM=offscreen. "
                               "lymphoscope-cli runs without a window.")
                        << '\n';
    return kExitFailure;
}

} // namespace

int main(int argc, char **argv)
{
    lymph::installQuietMessageHandler();
    if (const auto exitCode = answerWithoutWindow(argc, argv))
        return *exitCode;
    QApplication app(argc, argv);
    lymph::setUpApplication(QStringLiteral("lymphoscope"));

    QTextStream err(stderr);
    QCommandLineParser parser;
    const GuiOptions options;
    options.describe(parser);
    if (!parser.parse(QCoreApplication::arguments())) {
        err << parser.errorText() << '\n';
        return kExitBadInput;
    }
    if (parser.isSet(QStringLiteral("help")))
        parser.showHelp(0);
    if (parser.isSet(QStringLiteral("version")))
        parser.showVersion();

    const QStringList positional = parser.positionalArguments();
    if (positional.size() > 1) {
        err << QCoreApplication::translate("lymphoscope", "Expected at most one scenario, got %1.").arg(positional.size()) << '\n';
        return kExitBadInput;
    }
    std::optional<QSize> size;
    if (parser.isSet(options.size)) {
        size = parseSize(parser.value(options.size));
        if (!size) {
            err << QCoreApplication::translate("lymphoscope", "--size: expected WxH in pixels, e.g. 1920x1080 (400x300 to "
                        "8000x8000), got \"%1\".")
                       .arg(parser.value(options.size))
                << '\n';
            return kExitBadInput;
        }
    }
    const QString screenshot = parser.value(options.screenshot);
    if (parser.isSet(options.screenshot) && screenshot.isEmpty()) {
        err << QCoreApplication::translate("lymphoscope", "--screenshot: a file name is required.") << '\n';
        return kExitBadInput;
    }

    const QString themeText = parser.isSet(options.theme)
                                  ? parser.value(options.theme)
                                  : QSettings().value(QStringLiteral("theme"), QStringLiteral("system")).toString();
    const std::optional<lymph::Theme> theme = lymph::themeFromId(themeText);
    if (!theme && parser.isSet(options.theme)) {
        err << QCoreApplication::translate("lymphoscope", "--theme: expected system, light or dark, got \"%1\".").arg(themeText)
            << '\n';
        return kExitBadInput;
    }
    lymph::applyTheme(theme.value_or(lymph::Theme::System));

    QStringList pins = parser.values(options.pin);
    if (pins.size() > lymph::ComparisonPanel::kMaxPinned) {
        err << QCoreApplication::translate("lymphoscope", "--pin: at most %1 scenarios can be kept for comparison.")
                   .arg(lymph::ComparisonPanel::kMaxPinned)
            << '\n';
        return kExitBadInput;
    }
    QList<int> selection;
    for (const QString &value : parser.values(options.select)) {
        bool ok = false;
        const int n = value.toInt(&ok);
        if (!ok || n < 1) {
            err << QCoreApplication::translate("lymphoscope", "--select: expected a treatment number from 1, got \"%1\".").arg(value)
                << '\n';
            return kExitBadInput;
        }
        selection << n - 1;
    }

    // The session owns the window; a language switch replaces it (never during --screenshot).
    lymph::WindowSession session;
    lymph::MainWindow &window = *session.window();
    const QString scenario = positional.isEmpty()
                                 ? QString::fromUtf8(lymph::kDefaultExampleName)
                                 : positional.first();
    // Pinned scenarios are opened and simulated first, one after the other; the scenario to
    // show comes last. A bad file is reported before anything runs: a screenshot run ends
    // with the message; a window opens anyway (a double-clicked file must say why it did not
    // open), with an empty plan in place of a bad scenario and the problem in a dialog.
    QStringList sequence;
    QStringList problems;
    for (const QString &entry : pins + QStringList{scenario}) {
        QString error;
        if (window.openScenario(entry, &error)) {
            sequence << entry;
            continue;
        }
        if (!screenshot.isEmpty()) {
            err << error << '\n';
            return kExitBadInput;
        }
        err << error << '\n';
        err.flush(); // the window may stay open for long
        problems << error;
    }
    if (!sequence.contains(scenario)) { // nothing to compare with: an empty plan
        sequence.clear();
        window.document()->newScenario();
    }
    if (!screenshot.isEmpty()) {
        // The picture never replaces a scenario it shows.
        std::vector<lymph::NamedPath> inputs;
        for (const QString &entry : sequence)
            inputs.push_back({"scenario", entry.toStdString()});
        if (const auto problem = lymph::checkOutputs(
                inputs, {{"--screenshot", screenshot.toStdString(), lymph::OutputKind::Png}})) {
            err << lymph::FileProblemText::describe(*problem) << '\n';
            return kExitBadInput;
        }
    }
    if (!sequence.isEmpty())
        window.openScenario(sequence.takeFirst());
    bool ready = sequence.isEmpty();
    bool badSelection = false; // a screenshot would not show what was asked for
    auto finishStart = [&] {
        const int count = static_cast<int>(window.document()->scenario().treatments.size());
        QList<int> valid;
        for (int index : selection) {
            if (index < count) {
                valid << index;
            } else {
                err << QCoreApplication::translate("lymphoscope", "--select: the scenario has only %n treatment(s).", "", count) << '\n';
                badSelection = true;
            }
        }
        window.document()->setSelection(valid);
        if (badSelection && !screenshot.isEmpty()) // known now: no need to wait for the picture
            QTimer::singleShot(0, &app, [] { QCoreApplication::exit(kExitBadInput); });
    };
    QObject::connect(&window, &lymph::MainWindow::resultsShown, &app, [&] {
        if (ready || sequence.isEmpty())
            return;
        window.comparison()->pinCurrent();
        window.openScenario(sequence.takeFirst());
        if (sequence.isEmpty()) {
            ready = true;
            finishStart();
        }
    }, Qt::DirectConnection);
    if (ready)
        finishStart();
    if (size)
        window.resize(*size);
    if (parser.isSet(options.cohort)) {
        const int patients = parser.value(options.cohort).toInt();
        if (patients != 50 && patients != 200 && patients != 1000) {
            err << QCoreApplication::translate("lymphoscope", "--cohort: expected 50, 200 or 1000, got \"%1\".")
                       .arg(parser.value(options.cohort))
                << '\n';
            return kExitBadInput;
        }
        window.setCohortSize(patients);
    }
    if (parser.isSet(options.month) && !parser.isSet(options.education)) {
        err << QCoreApplication::translate("lymphoscope", "--month: only with --education, where the month is explained.")
            << '\n';
        return kExitBadInput;
    }
    if (parser.isSet(options.month)) {
        bool ok = false;
        const double month = parser.value(options.month).toDouble(&ok);
        if (!ok || !std::isfinite(month) || month < 0.0) {
            err << QCoreApplication::translate("lymphoscope", "--month: expected a month from 0, got \"%1\".")
                       .arg(parser.value(options.month))
                << '\n';
            return kExitBadInput;
        }
        QObject::connect(&window, &lymph::MainWindow::resultsShown, &window, [&window, month] {
            window.education()->setMarkerDay(month * lymph::kDaysPerMonth);
        });
    }

    if (!screenshot.isEmpty()) {
        // Laid out and painted like a shown window, but never put on a screen.
        window.setAttribute(Qt::WA_DontShowOnScreen);
        QObject::connect(&window, &lymph::MainWindow::resultsShown, &app, [&] {
            if (!ready || window.runner()->isBusy())
                return; // a pinned scenario's results, or already stale
            if (badSelection) {
                QCoreApplication::exit(kExitBadInput);
                return;
            }
            const QImage image = window.snapshot();
            QByteArray png;
            QBuffer buffer(&png);
            buffer.open(QIODevice::WriteOnly);
            if (image.isNull() || !image.save(&buffer, "PNG")) {
                err << QCoreApplication::translate("lymphoscope", "--screenshot: could not draw the window.") << '\n';
                QCoreApplication::exit(kExitFailure);
                return;
            }
            if (auto problem = lymph::writeFileSafely(screenshot.toStdString(),
                                                      std::string_view(png.data(), std::size_t(png.size())),
                                                      lymph::OutputKind::Png)) {
                problem->role = "--screenshot";
                err << lymph::FileProblemText::describe(*problem) << '\n';
                QCoreApplication::exit(problem->refusedByRule() ? kExitBadInput : kExitFailure);
                return;
            }
            QCoreApplication::exit(0);
        });
        QObject::connect(&window, &lymph::MainWindow::simulationFailed, &app,
                         [&](const QString &message) {
                             err << message << '\n';
                             QCoreApplication::exit(kExitFailure);
                         });
        QTimer::singleShot(kScreenshotTimeoutMs, &app, [&] {
            err << QCoreApplication::translate("lymphoscope", "--screenshot: the simulation did not finish in time.") << '\n';
            QCoreApplication::exit(kExitFailure);
        });
    }
    window.show();
    // As a user opens it: from the shown window, through the View menu's action (Ctrl+E).
    if (parser.isSet(options.education))
        window.menus()->educationAction()->trigger();
    if (!problems.isEmpty()) {
        QTimer::singleShot(0, &window, [&window, problems] {
            QMessageBox::warning(&window, QCoreApplication::translate("lymphoscope", "Open Scenario"),
                                 QCoreApplication::translate("lymphoscope", "The scenario could not be opened:\n%1")
                                     .arg(problems.join(QStringLiteral("\n\n"))));
        });
    }
    if (screenshot.isEmpty()) // a screenshot run asks no questions
        QTimer::singleShot(0, &window, &lymph::MainWindow::offerRecovery);
    return app.exec();
}
