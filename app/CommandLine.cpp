#include "CommandLine.h"

#include "CliText.h"

#include "scenario/MessageText.h"

#include <string>
#include <vector>

namespace lymph::cli {

CommandLine::CommandLine(CommandSpec spec)
    : m_spec(std::move(spec)),
      m_help({QStringLiteral("h"), QStringLiteral("help")}, tr("Show this command's help."))
{
    // "-csv" is read as "--csv", so a single dash cannot split into letters nobody meant.
    m_parser.setSingleDashWordOptionMode(QCommandLineParser::ParseAsLongOptions);
    m_parser.setApplicationDescription(m_spec.description);
    m_parser.addOptions(m_spec.options);
    m_parser.addOption(m_help);
    if (!m_spec.arguments.isEmpty()) {
        m_parser.addPositionalArgument(
            m_spec.arguments,
            tr("A .lymphoscope.json file, or the name of a built-in example (a file of the same "
               "name wins; example:NAME always means the example)."),
            m_spec.arguments);
    }
}

bool CommandLine::parse(const QStringList &arguments, QString *error)
{
    // QCommandLineParser skips the first entry, the program's name.
    if (!m_parser.parse(QStringList{QStringLiteral("lymphoscope-cli ") + m_spec.name} +
                        arguments)) {
        const QStringList unknown = m_parser.unknownOptionNames();
        *error = unknown.isEmpty() ? m_parser.errorText() : unknownOptionMessage(unknown.front());
        return false;
    }
    if (helpRequested())
        return true;
    const QStringList found = m_parser.optionNames();
    for (const QCommandLineOption &option : m_spec.options) {
        const QString name = option.names().constLast();
        const QString shown = QStringLiteral("--") + name;
        if (found.count(name) > 1 && !m_spec.repeatableOptions.contains(name)) {
            *error = tr("option %1 is given more than once").arg(quoted(shown));
            return false;
        }
        if (!option.valueName().isEmpty() && m_parser.isSet(name) &&
            m_parser.value(name).trimmed().isEmpty()) {
            *error = tr("option %1 needs a value, not an empty text").arg(quoted(shown));
            return false;
        }
    }
    const qsizetype count = positional().size();
    if (count < m_spec.minPositional) {
        *error = m_spec.arguments.isEmpty()
                     ? QString()
                     : tr("'%1' needs %2: a .lymphoscope.json file or the name of a built-in "
                          "example (see 'lymphoscope-cli examples')")
                           .arg(m_spec.name, m_spec.arguments);
        return false;
    }
    if (count > m_spec.maxPositional) {
        *error = m_spec.maxPositional == 0
                     ? tr("'%1' takes no arguments, got %2")
                           .arg(m_spec.name, positional().join(QStringLiteral(", ")))
                     : tr("'%1' takes one %2, but %3 were given: %4")
                           .arg(m_spec.name, m_spec.arguments)
                           .arg(count)
                           .arg(positional().join(QStringLiteral(", ")));
        return false;
    }
    return true;
}

QString CommandLine::helpText() const
{
    // QCommandLineParser names the executable's full path; the usage line names the command.
    QString text = m_parser.helpText();
    const qsizetype firstLineEnd = text.indexOf(QLatin1Char('\n'));
    QString usage = tr("Usage: lymphoscope-cli %1 [options]").arg(m_spec.name);
    if (!m_spec.arguments.isEmpty())
        usage += QLatin1Char(' ') + m_spec.arguments;
    text.replace(0, firstLineEnd, usage);
    if (!text.endsWith(QLatin1Char('\n')))
        text += QLatin1Char('\n');
    return text;
}

QString CommandLine::unknownOptionMessage(const QString &name) const
{
    std::vector<std::string> names;
    QStringList shown;
    for (const QCommandLineOption &option : m_spec.options) {
        shown << QStringLiteral("--") + option.names().constLast();
        names.push_back(shown.constLast().toStdString());
    }
    const QString given = (name.size() == 1 ? QStringLiteral("-") : QStringLiteral("--")) + name;
    QString message =
        shown.isEmpty()
            ? tr("unknown option %1: '%2' takes no options").arg(quoted(given), m_spec.name)
            : tr("unknown option %1 for '%2' (its options are %3)")
                  .arg(quoted(given), m_spec.name, shown.join(QStringLiteral(", ")));
    const std::vector<std::string_view> candidates(names.begin(), names.end());
    if (const auto hint = closestMatch(given.toStdString(), candidates))
        message += QLatin1Char('\n') + tr("Did you mean %1?").arg(quoted(fromStd(*hint)));
    return message;
}

} // namespace lymph::cli
