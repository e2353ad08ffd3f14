#pragma once
// Splits the arguments of one command into positional arguments, options with a value and
// flags. Accepts "--name value" and "--name=value"; "--" ends the options; "-" is positional.

#include <QCoreApplication>
#include <QMap>
#include <QString>
#include <QStringList>

#include <optional>

namespace lymph::cli {

// A parsed command line for one command.
struct ParsedArguments {
    QStringList positional;
    QMap<QString, QString> values; // option name -> value, for options that take one
    QStringList flags;             // options without a value that were given
};

class ArgumentParser {
    Q_DECLARE_TR_FUNCTIONS(ArgumentParser)

public:
    // `command` names the command in messages; the option lists are in the order that
    // messages list them.
    explicit ArgumentParser(QString command, QStringList valueOptions = {},
                            QStringList flagOptions = {});

    // Nothing, with `error` set, for an unknown, repeated or empty option or a missing value.
    std::optional<ParsedArguments> parse(const QStringList &arguments, QString *error) const;

    // The one SCENARIO argument of simulate and validate, or nothing with `error` set.
    std::optional<QString> scenario(const ParsedArguments &parsed, QString *error) const;

private:
    QString unknownOptionMessage(const QString &name) const;

    QString m_command;
    QStringList m_valueOptions;
    QStringList m_flagOptions;
};

} // namespace lymph::cli
