// lymphoscope-cli: the command-line front end (README.md, "Command line").
#include "CliCommands.h"

#include "ApplicationSetup.h"

#include <QApplication>
#include <QTextStream>

#include <csignal>
#include <cstdio>

namespace {

// The plot export needs a QApplication (QCustomPlot is a widget) but never a window: use the
// offscreen platform unless one was chosen and a display exists to use it.
void chooseOffscreenPlatform()
{
    const QByteArray platform = qgetenv("QT_QPA_PLATFORM");
    const bool hasDisplay =
        !qEnvironmentVariableIsEmpty("DISPLAY") || !qEnvironmentVariableIsEmpty("WAYLAND_DISPLAY");
    if (platform.isEmpty() || (!hasDisplay && !platform.startsWith("offscreen") &&
                               !platform.startsWith("minimal")))
        qputenv("QT_QPA_PLATFORM", "offscreen");
}

} // namespace

int main(int argc, char **argv)
{
    // A reader that closes its pipe early (`| head`) is an error to report on the write, not a
    // signal that ends the program half way through an output.
    std::signal(SIGPIPE, SIG_IGN);
    chooseOffscreenPlatform();
    lymph::installQuietMessageHandler();
    QApplication app(argc, argv);
    lymph::setUpApplication(QStringLiteral("lymphoscope-cli"));

    QTextStream out(stdout);
    QTextStream err(stderr);
    lymph::cli::CliCommands commands(out, err);
    return commands.run(QCoreApplication::arguments().mid(1));
}
