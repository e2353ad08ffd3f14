#pragma once
// One command's arguments, parsed by QCommandLineParser: the options a command declares, its
// positional arguments, and --help. Refuses what QCommandLineParser would let through: an
// option given twice, an empty value, a wrong number of positional arguments; an unknown
// option gets a "Did you mean" from the command's own options.

#include <QCommandLineOption>
#include <QCommandLineParser>
#include <QCoreApplication>
#include <QList>
#include <QString>
#include <QStringList>

namespace lymph::cli {

// What a command is, for its parser, its --help and the list of commands.
struct CommandSpec {
    QString name;        // "simulate"
    QString arguments;   // the positional syntax for the help: "SCENARIO"
    QString description; // one sentence
    QList<QCommandLineOption> options;
    int minPositional = 0;
    int maxPositional = 0;
    QStringList requiredOptions = {}; // shown without brackets in the list of commands
    QStringList repeatableOptions = {}; // may be given more than once (values())
};

class CommandLine {
    Q_DECLARE_TR_FUNCTIONS(CommandLine)

public:
    explicit CommandLine(CommandSpec spec);

    // False with `error` set for arguments that are not this command's.
    bool parse(const QStringList &arguments, QString *error);
    bool helpRequested() const { return m_parser.isSet(m_help); }
    QString helpText() const;

    bool isSet(const QString &name) const { return m_parser.isSet(name); }
    QString value(const QString &name) const { return m_parser.value(name); }
    QStringList values(const QString &name) const { return m_parser.values(name); }
    QStringList positional() const { return m_parser.positionalArguments(); }
    const CommandSpec &spec() const { return m_spec; }

private:
    QString unknownOptionMessage(const QString &name) const;

    CommandSpec m_spec;
    QCommandLineParser m_parser;
    QCommandLineOption m_help;
};

} // namespace lymph::cli
