#pragma once
// Runs the real lymphoscope-cli for the CLI suites: untranslated messages, offscreen plots.
// LYMPH_CLI_UNDER_TEST, when set, names another binary to run instead (an older build, to see
// that a test fails there).

#include <QProcess>
#include <QProcessEnvironment>
#include <QString>
#include <QStringList>

namespace lymph::test {

struct CliRun {
    int exitCode = -1;
    QString out;
    QString err;
};

inline QString cliPath()
{
    const QString other = qEnvironmentVariable("LYMPH_CLI_UNDER_TEST");
    return other.isEmpty() ? QStringLiteral(LYMPH_CLI_PATH) : other;
}

inline QProcessEnvironment cliEnvironment()
{
    QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
    environment.insert(QStringLiteral("LC_ALL"), QStringLiteral("C"));
    environment.insert(QStringLiteral("LANG"), QStringLiteral("C"));
    environment.remove(QStringLiteral("LANGUAGE"));
    environment.insert(QStringLiteral("QT_QPA_PLATFORM"), QStringLiteral("offscreen"));
    return environment;
}

// `program` empty: the CLI itself; otherwise e.g. /bin/sh with the CLI in its arguments.
inline CliRun runProgram(const QString &program, const QStringList &arguments,
                         const QString &workingDirectory = {}, int timeoutMs = 300000)
{
    QProcess process;
    process.setProcessEnvironment(cliEnvironment());
    if (!workingDirectory.isEmpty())
        process.setWorkingDirectory(workingDirectory);
    process.start(program.isEmpty() ? cliPath() : program, arguments);
    CliRun run;
    if (!process.waitForStarted(30000)) {
        run.err = QStringLiteral("could not start ") + cliPath();
        return run;
    }
    if (!process.waitForFinished(timeoutMs)) {
        process.kill();
        process.waitForFinished();
        run.err = QStringLiteral("timed out: ") + arguments.join(QLatin1Char(' '));
        return run;
    }
    run.exitCode = process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -2;
    run.out = QString::fromUtf8(process.readAllStandardOutput());
    run.err = QString::fromUtf8(process.readAllStandardError());
    return run;
}

inline CliRun runCli(const QStringList &arguments, int timeoutMs = 300000)
{
    return runProgram({}, arguments, {}, timeoutMs);
}

inline QString describe(const CliRun &run)
{
    return QStringLiteral("exit %1\n--- stdout\n%2\n--- stderr\n%3")
        .arg(run.exitCode)
        .arg(run.out, run.err);
}

} // namespace lymph::test
