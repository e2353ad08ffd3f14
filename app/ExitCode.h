#pragma once
// Exit status of lymphoscope-cli (README.md, "Command line").

namespace lymph::cli {

enum ExitCode : int { kExitOk = 0, kExitInternalError = 1, kExitBadInput = 2 };

} // namespace lymph::cli
