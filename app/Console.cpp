#include "Console.h"

#include "FileProblemText.h"

namespace lymph::cli {

Console::Console(QTextStream &out, QTextStream &err) : m_out(out), m_err(err) {}

int Console::badInput(const QString &message) const
{
    m_err << "lymphoscope-cli: " << message << '\n'
          << tr("Run 'lymphoscope-cli --help' for the commands and options.") << '\n';
    return kExitBadInput;
}

int Console::internalError(const QString &message) const
{
    m_err << "lymphoscope-cli: " << message << '\n';
    return kExitInternalError;
}

int Console::fileProblem(const FileProblem &problem) const
{
    const QString message = FileProblemText::describe(problem);
    return exitCodeFor(problem) == kExitBadInput ? badInput(message) : internalError(message);
}

void Console::flush() const
{
    m_out.flush();
    m_err.flush();
}

} // namespace lymph::cli
