#pragma once
// The rules every writer follows before a run writes anything: no output may be one of the
// run's inputs or another of its outputs (compared by device and inode, after following
// links, so a symbolic link, ".." or /proc/self/cwd cannot sneak round the rule), and every
// output must be writable in kind (a file, a new file in an existing folder, a device such as
// /dev/null or a named pipe; never a folder, socket or block device). An existing, non-empty
// file is replaced only by output of its own kind (files/OwnOutput.h). "-" is standard output:
// one output at most may use it.

#include "files/FileProblem.h"

#include <optional>
#include <string>
#include <vector>

namespace lymph {

struct NamedPath {
    std::string role; // e.g. "--csv", or "scenario" for an input
    std::string path;
    OutputKind kind = OutputKind::Any; // an output's: what it writes
};

inline constexpr const char *kStandardOutput = "-";

// The first problem, or nothing. Inputs that do not exist (a built-in example's name) are
// skipped; their loading reports them.
std::optional<FileProblem> checkOutputs(const std::vector<NamedPath> &inputs,
                                        const std::vector<NamedPath> &outputs);

} // namespace lymph
