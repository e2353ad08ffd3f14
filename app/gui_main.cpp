// lymphoscope: the explorer window (ARCHITECTURE.md "GUI").
//   lymphoscope [SCENARIO] [--screenshot FILE.png] [--size WxH]
// With --screenshot: open the scenario, wait for the first simulation result, save a PNG of
// the main window and exit 0 (works with QT_QPA_PLATFORM=offscreen). Exit 2 for bad input,
// 1 when the simulation or the image fails.

#include "ApplicationSetup.h"
#include "MainWindow.h"

#include "scenario/ExampleLibrary.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QImage>
#include <QRegularExpression>
#include <QTextStream>
#include <QTimer>

#include <optional>

namespace {

constexpr int kExitBadInput = 2;
constexpr int kExitFailure = 1;
constexpr int kScreenshotTimeoutMs = 10 * 60 * 1000;

QString text(const char *source) { return QCoreApplication::translate("lymphoscope", source); }

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

} // namespace

int main(int argc, char **argv)
{
    lymph::installQuietMessageHandler();
    QApplication app(argc, argv);
    lymph::setUpApplication(QStringLiteral("lymphoscope"));

    QTextStream err(stderr);
    QCommandLineParser parser;
    parser.setApplicationDescription(
        text("Lymphoscope: explore blood counts after multiple-sclerosis therapies. "
             "For exploration and education, not a clinical prediction."));
    parser.addHelpOption();
    parser.addVersionOption();
    parser.addPositionalArgument(
        QStringLiteral("scenario"),
        text("A .lymphoscope.json file or the name of a built-in example (default: %1).")
            .arg(QString::fromUtf8(lymph::kDefaultExampleName)),
        QStringLiteral("[SCENARIO]"));
    const QCommandLineOption screenshotOption(
        QStringLiteral("screenshot"),
        text("Save a PNG of the window once the simulation has finished, then exit."),
        QStringLiteral("FILE.png"));
    const QCommandLineOption sizeOption(QStringLiteral("size"),
                                        text("Window size in pixels (default 1366x768)."),
                                        QStringLiteral("WxH"));
    parser.addOption(screenshotOption);
    parser.addOption(sizeOption);
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
        err << text("Expected at most one scenario, got %1.").arg(positional.size()) << '\n';
        return kExitBadInput;
    }
    std::optional<QSize> size;
    if (parser.isSet(sizeOption)) {
        size = parseSize(parser.value(sizeOption));
        if (!size) {
            err << text("--size: expected WxH in pixels, e.g. 1920x1080 (400x300 to "
                        "8000x8000), got \"%1\".")
                       .arg(parser.value(sizeOption))
                << '\n';
            return kExitBadInput;
        }
    }
    const QString screenshot = parser.value(screenshotOption);
    if (parser.isSet(screenshotOption) && screenshot.isEmpty()) {
        err << text("--screenshot: a file name is required.") << '\n';
        return kExitBadInput;
    }

    lymph::MainWindow window;
    const QString scenario = positional.isEmpty()
                                 ? QString::fromUtf8(lymph::kDefaultExampleName)
                                 : positional.first();
    QString error;
    if (!window.openScenario(scenario, &error)) {
        err << error << '\n';
        return kExitBadInput;
    }
    if (size)
        window.resize(*size);

    if (!screenshot.isEmpty()) {
        // Laid out and painted like a shown window, but never put on a screen.
        window.setAttribute(Qt::WA_DontShowOnScreen);
        QObject::connect(&window, &lymph::MainWindow::resultsShown, &app, [&] {
            const QImage image = window.snapshot();
            if (image.isNull() || !image.save(screenshot, "PNG")) {
                err << text("--screenshot: could not write %1.").arg(screenshot) << '\n';
                QCoreApplication::exit(kExitFailure);
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
            err << text("--screenshot: the simulation did not finish in time.") << '\n';
            QCoreApplication::exit(kExitFailure);
        });
    }
    window.show();
    return app.exec();
}
