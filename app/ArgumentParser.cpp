#include "ArgumentParser.h"

#include "CliText.h"
#include "ClosestMatch.h"

#include <utility>

namespace lymph::cli {

ArgumentParser::ArgumentParser(QString command, QStringList valueOptions,
                               QStringList flagOptions)
    : m_command(std::move(command)), m_valueOptions(std::move(valueOptions)),
      m_flagOptions(std::move(flagOptions))
{
}

std::optional<ParsedArguments> ArgumentParser::parse(const QStringList &arguments,
                                                     QString *error) const
{
    ParsedArguments parsed;
    bool optionsEnded = false;
    for (qsizetype i = 0; i < arguments.size(); ++i) {
        const QString &argument = arguments[i];
        if (optionsEnded || !argument.startsWith(QLatin1Char('-')) ||
            argument == QLatin1String("-")) {
            parsed.positional << argument;
            continue;
        }
        if (argument == QLatin1String("--")) {
            optionsEnded = true;
            continue;
        }
        QString name = argument;
        std::optional<QString> inlineValue;
        if (const qsizetype equals = argument.indexOf(QLatin1Char('=')); equals > 0) {
            name = argument.left(equals);
            inlineValue = argument.mid(equals + 1);
        }
        if (m_valueOptions.contains(name)) {
            if (parsed.values.contains(name)) {
                *error = tr("option %1 is given more than once").arg(quoted(name));
                return std::nullopt;
            }
            if (inlineValue) {
                parsed.values.insert(name, *inlineValue);
            } else if (i + 1 < arguments.size()) {
                parsed.values.insert(name, arguments[++i]);
            } else {
                *error = tr("option %1 needs a value").arg(quoted(name));
                return std::nullopt;
            }
            if (parsed.values.value(name).isEmpty()) {
                *error = tr("option %1 needs a value, not an empty text").arg(quoted(name));
                return std::nullopt;
            }
        } else if (m_flagOptions.contains(name) && !inlineValue) {
            parsed.flags << name;
        } else if (m_flagOptions.contains(name)) {
            *error = tr("option %1 takes no value").arg(quoted(name));
            return std::nullopt;
        } else {
            *error = unknownOptionMessage(name);
            return std::nullopt;
        }
    }
    return parsed;
}

QString ArgumentParser::unknownOptionMessage(const QString &name) const
{
    const QStringList known = m_valueOptions + m_flagOptions;
    QString message = known.isEmpty()
                          ? tr("unknown option %1: '%2' takes no options")
                                .arg(quoted(name), m_command)
                          : tr("unknown option %1 for '%2' (its options are %3)")
                                .arg(quoted(name), m_command, known.join(QStringLiteral(", ")));
    if (const auto hint = closestMatch(name, known))
        message += QLatin1Char('\n') + tr("Did you mean %1?").arg(quoted(*hint));
    return message;
}

std::optional<QString> ArgumentParser::scenario(const ParsedArguments &parsed,
                                                QString *error) const
{
    const QStringList &positional = parsed.positional;
    if (positional.isEmpty()) {
        *error = tr("'%1' needs a SCENARIO: a .lymphoscope.json file or the name of a built-in "
                    "example (see 'lymphoscope-cli examples')")
                     .arg(m_command);
        return std::nullopt;
    }
    if (positional.size() > 1) {
        *error = tr("'%1' takes one SCENARIO, but %2 were given: %3")
                     .arg(m_command)
                     .arg(positional.size())
                     .arg(positional.join(QStringLiteral(", ")));
        return std::nullopt;
    }
    return positional.front();
}

} // namespace lymph::cli
