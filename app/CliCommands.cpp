#include "CliCommands.h"

#include "CliText.h"
#include "ClosestMatch.h"
#include "ExamplesCommand.h"
#include "HelpCommand.h"
#include "ParametersCommand.h"
#include "ReportCommand.h"
#include "SimulateCommand.h"
#include "ValidateCommand.h"

#include "simulate/Simulator.h"

#include <exception>

namespace lymph::cli {

CliCommands::CliCommands(QTextStream &out, QTextStream &err) : m_console(out, err) {}

int CliCommands::run(const QStringList &arguments)
{
    int status = kExitInternalError;
    try {
        status = dispatch(arguments);
    } catch (const SimulationError &e) {
        status = m_console.internalError(
            tr("the simulation failed: %1").arg(QString::fromUtf8(e.what())));
    } catch (const std::exception &e) {
        status =
            m_console.internalError(tr("internal error: %1").arg(QString::fromUtf8(e.what())));
    } catch (...) {
        status = m_console.internalError(tr("internal error of an unknown kind"));
    }
    m_console.flush();
    return status;
}

int CliCommands::dispatch(const QStringList &arguments)
{
    if (arguments.isEmpty()) {
        m_console.err() << tr("lymphoscope-cli: no command given.") << "\n\n";
        HelpCommand(m_console).run();
        return kExitBadInput;
    }
    const QString command = arguments.front();
    const QStringList rest = arguments.mid(1);
    if (command == QLatin1String("simulate"))
        return SimulateCommand(m_console).run(rest);
    if (command == QLatin1String("validate"))
        return ValidateCommand(m_console).run(rest);
    if (command == QLatin1String("report"))
        return ReportCommand(m_console).run(rest);
    if (command == QLatin1String("parameters"))
        return ParametersCommand(m_console).run(rest);
    if (command == QLatin1String("examples"))
        return ExamplesCommand(m_console).run(rest);
    if (command == QLatin1String("help") || command == QLatin1String("--help") ||
        command == QLatin1String("-h"))
        return HelpCommand(m_console).run();
    if (command == QLatin1String("--version"))
        return version();
    return unknownCommand(command);
}

int CliCommands::unknownCommand(const QString &command)
{
    const QStringList known = {QStringLiteral("simulate"), QStringLiteral("validate"),
                               QStringLiteral("parameters"), QStringLiteral("examples"),
                               QStringLiteral("help"), QStringLiteral("--help"),
                               QStringLiteral("--version")};
    QString message = command.startsWith(QLatin1Char('-'))
                          ? tr("unknown option %1 (a command comes first: simulate, validate, "
                               "parameters or examples)")
                                .arg(quoted(command))
                          : tr("unknown command %1 (the commands are simulate, validate, "
                               "parameters, examples and help)")
                                .arg(quoted(command));
    if (const auto hint = closestMatch(command, known))
        message += QLatin1Char('\n') + tr("Did you mean %1?").arg(quoted(*hint));
    return m_console.badInput(message);
}

int CliCommands::version()
{
    m_console.out() << "lymphoscope-cli " << QCoreApplication::applicationVersion() << '\n';
    return kExitOk;
}

} // namespace lymph::cli
