#pragma once
// Exit status of lymphoscope-cli (README.md, "Command line").

#include "files/FileProblem.h"

namespace lymph::cli {

enum ExitCode : int { kExitOk = 0, kExitInternalError = 1, kExitBadInput = 2 };

// A file problem is bad input when a rule kept a file safe (an input, another output, a file
// of another kind), an internal error when the system failed.
inline ExitCode exitCodeFor(const FileProblem &problem)
{
    return problem.refusedByRule() ? kExitBadInput : kExitInternalError;
}

} // namespace lymph::cli
