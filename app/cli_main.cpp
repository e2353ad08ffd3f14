// lymphoscope-cli: the command-line front end (ARCHITECTURE.md "Command line").
#include "CliCommands.h"

#include <QApplication>
#include <QLocale>
#include <QTextStream>
#include <QTranslator>

#include <cstdio>

#ifndef LYMPH_VERSION
#define LYMPH_VERSION "unknown"
#endif

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

QtMessageHandler g_defaultHandler = nullptr;

// The offscreen platform warns about XDG_RUNTIME_DIR, which a command-line tool never uses.
void messageHandler(QtMsgType type, const QMessageLogContext &context, const QString &message)
{
    if (type == QtWarningMsg && message.startsWith(QLatin1String("QStandardPaths: ")))
        return;
    if (g_defaultHandler)
        g_defaultHandler(type, context, message);
}

} // namespace

int main(int argc, char **argv)
{
    chooseOffscreenPlatform();
    g_defaultHandler = qInstallMessageHandler(messageHandler);
    QApplication app(argc, argv);
    QCoreApplication::setApplicationName(QStringLiteral("lymphoscope-cli"));
    QCoreApplication::setApplicationVersion(QStringLiteral(LYMPH_VERSION));
    QCoreApplication::setOrganizationName(QStringLiteral("Lymphoscope"));

    QTranslator translator;
    if (translator.load(QLocale(), QStringLiteral("lymphoscope"), QStringLiteral("_"),
                        QStringLiteral(":/i18n")))
        QCoreApplication::installTranslator(&translator);

    QTextStream out(stdout);
    QTextStream err(stderr);
    lymph::cli::CliCommands commands(out, err);
    return commands.run(QCoreApplication::arguments().mid(1));
}
