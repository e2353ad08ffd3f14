#include "CliCommands.h"

#include "CalibrationCommand.h"
#include "CliText.h"
#include "ExamplesCommand.h"
#include "FitCommand.h"
#include "IssueText.h"
#include "ParametersCommand.h"
#include "ReportCommand.h"
#include "SimulateCommand.h"
#include "SimulationErrorText.h"
#include "ValidateCommand.h"

#include "scenario/MessageText.h"
#include "simulate/Simulator.h"

#include <exception>
#include <string>

namespace lymph::cli {

namespace {

const QStringList kHelpWords = {QStringLiteral("help"), QStringLiteral("--help"),
                                QStringLiteral("-h")};
const QString kVersion = QStringLiteral("--version");
constexpr qsizetype kHelpWidth = 79;

// `text` in lines of at most kHelpWidth characters, the first after `indent`, the others
// after `indent` and `more`.
QString wrapped(const QString &text, const QString &indent, const QString &more = {})
{
    QString out, line;
    for (const QString &word : text.split(QLatin1Char(' '), Qt::SkipEmptyParts)) {
        const QString &lineIndent = out.isEmpty() ? indent : indent + more;
        if (!line.isEmpty() && lineIndent.size() + line.size() + 1 + word.size() > kHelpWidth) {
            out += lineIndent + line + QLatin1Char('\n');
            line.clear();
        }
        line += (line.isEmpty() ? QString() : QStringLiteral(" ")) + word;
    }
    if (!line.isEmpty())
        out += (out.isEmpty() ? indent : indent + more) + line + QLatin1Char('\n');
    return out;
}

// The engine's problem in words, naming this program's option where one caused it.
QString failureText(const SimulationProblem &problem)
{
    const QString text = SimulationErrorText(IssueText::forFile()).describe(problem);
    const bool fromStep = std::holds_alternative<failure::OutputStepNotPositive>(problem) ||
                          std::holds_alternative<failure::TooManyOutputRows>(problem);
    return fromStep ? QStringLiteral("--step: ") + text : text;
}

} // namespace

CliCommands::CliCommands(QTextStream &out, QTextStream &err) : m_console(out, err)
{
    const Console &console = m_console;
    m_commands = {
        {SimulateCommand::spec(),
         [&console](const CommandLine &line) { return SimulateCommand(console).run(line); }},
        {FitCommand::spec(),
         [&console](const CommandLine &line) { return FitCommand(console).run(line); }},
        {ReportCommand::spec(),
         [&console](const CommandLine &line) { return ReportCommand(console).run(line); }},
        {ValidateCommand::spec(),
         [&console](const CommandLine &line) { return ValidateCommand(console).run(line); }},
        {ParametersCommand::spec(),
         [&console](const CommandLine &line) { return ParametersCommand(console).run(line); }},
        {ExamplesCommand::spec(),
         [&console](const CommandLine &line) { return ExamplesCommand(console).run(line); }},
        {CalibrationCommand::spec(),
         [&console](const CommandLine &line) { return CalibrationCommand(console).run(line); }},
    };
}

int CliCommands::run(const QStringList &arguments)
{
    int status = kExitInternalError;
    try {
        status = dispatch(arguments);
    } catch (const SimulationError &e) {
        status = m_console.internalError(
            tr("the simulation failed: %1").arg(failureText(e.problem())));
    } catch (const std::bad_alloc &) {
        status = m_console.internalError(tr("not enough memory"));
    } catch (const std::exception &e) {
        status = m_console.internalError(tr("internal error: %1").arg(QString::fromUtf8(e.what())));
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
        printHelp(m_console.err());
        return kExitBadInput;
    }
    const QString name = arguments.front();
    if (kHelpWords.contains(name)) {
        printHelp(m_console.out());
        return kExitOk;
    }
    if (name == kVersion)
        return version();
    for (const Command &command : m_commands) {
        if (command.spec.name != name)
            continue;
        CommandLine line(command.spec);
        QString error;
        if (!line.parse(arguments.mid(1), &error))
            return m_console.badInput(error);
        if (line.helpRequested()) {
            m_console.out() << line.helpText();
            return kExitOk;
        }
        return command.run(line);
    }
    return unknownCommand(name);
}

int CliCommands::unknownCommand(const QString &word)
{
    QStringList names;
    std::vector<std::string> candidates;
    for (const Command &command : m_commands) {
        names << command.spec.name;
        candidates.push_back(command.spec.name.toStdString());
    }
    candidates.push_back("help");
    candidates.push_back(kVersion.toStdString());
    const QString list = tr("the commands are %1 and help").arg(names.join(QStringLiteral(", ")));
    QString message =
        word.startsWith(QLatin1Char('-'))
            ? tr("unknown option %1 (a command comes first; %2)").arg(quoted(word), list)
            : tr("unknown command %1 (%2)").arg(quoted(word), list);
    const std::vector<std::string_view> views(candidates.begin(), candidates.end());
    if (const auto hint = closestMatch(word.toStdString(), views))
        message += QLatin1Char('\n') + tr("Did you mean %1?").arg(quoted(fromStd(*hint)));
    return m_console.badInput(message);
}

void CliCommands::printHelp(QTextStream &stream) const
{
    const QString noIndent, commandIndent = QStringLiteral("  "),
                            textIndent = QStringLiteral("      ");
    stream << tr("Usage: lymphoscope-cli COMMAND [ARGUMENTS]") << "\n\n"
           << wrapped(tr("Simulates blood lymphocyte subsets, drug levels, anti-drug antibodies, "
                         "relapse and autoimmunity after multiple-sclerosis therapies. For "
                         "exploration and education, not for clinical decisions."),
                      noIndent)
           << '\n'
           << tr("Commands:") << '\n';
    for (const Command &command : m_commands) {
        QString synopsis = command.spec.name;
        if (!command.spec.arguments.isEmpty())
            synopsis += QLatin1Char(' ') + command.spec.arguments;
        for (const QCommandLineOption &option : command.spec.options) {
            const QString name = option.names().constLast();
            QString shown = QStringLiteral("--") + name;
            if (!option.valueName().isEmpty())
                shown += QStringLiteral("\u00a0") + option.valueName(); // kept together
            const bool required = command.spec.requiredOptions.contains(name);
            synopsis +=
                QLatin1Char(' ') + (required ? shown : QLatin1Char('[') + shown + QLatin1Char(']'));
        }
        stream << wrapped(synopsis, commandIndent, QStringLiteral("    "))
                      .replace(QChar(0x00a0), QLatin1Char(' '))
               << wrapped(command.spec.description, textIndent);
    }
    stream << commandIndent << "help, --help\n"
           << wrapped(tr("This text."), textIndent) << commandIndent << "--version\n"
           << wrapped(tr("The program version."), textIndent) << '\n'
           << wrapped(tr("Run 'lymphoscope-cli COMMAND --help' for what each option does."),
                      noIndent)
           << wrapped(tr("Outputs never replace an input or each other; '-' sends a CSV table "
                         "to standard output."),
                      noIndent)
           << wrapped(tr("Exit status: 0 success, 1 internal error (e.g. an output file cannot "
                         "be written), 2 bad input (the message names the field or option and "
                         "the problem)."),
                      noIndent);
}

int CliCommands::version()
{
    m_console.out() << "lymphoscope-cli " << QCoreApplication::applicationVersion() << '\n';
    return kExitOk;
}

} // namespace lymph::cli
