#pragma once
// Where a command's output and messages go: standard output for results, standard error for
// problems and notes. Reports problems the way every command does and returns the exit status.

#include "ExitCode.h"

#include <QCoreApplication>
#include <QString>
#include <QTextStream>

namespace lymph::cli {

class Console {
    Q_DECLARE_TR_FUNCTIONS(Console)

public:
    Console(QTextStream &out, QTextStream &err);

    QTextStream &out() const { return m_out; }
    QTextStream &err() const { return m_err; }

    // "lymphoscope-cli: <message>" and a pointer to --help; returns kExitBadInput.
    int badInput(const QString &message) const;
    // "lymphoscope-cli: <message>"; returns kExitInternalError.
    int internalError(const QString &message) const;
    // A file the command could not use, with the exit status exitCodeFor() gives it.
    int fileProblem(const FileProblem &problem) const;

    void flush() const;

private:
    QTextStream &m_out;
    QTextStream &m_err;
};

} // namespace lymph::cli
