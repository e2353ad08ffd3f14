#pragma once
// Whether a file's first bytes are output of a kind this program writes: a PDF, a PNG, a
// scenario, one of its CSV tables (a result table's "day," and a result column, or the
// per-patient table's "patient," and its first factor) or its validation report. An output replaces only such a file,
// so that a typo or a completed name cannot turn a scenario, notes or lab results into a
// handout (files/OutputPolicy.h).

#include "files/FileProblem.h"

#include <cstddef>
#include <optional>
#include <string>
#include <string_view>

namespace lymph {

// Enough of a file to tell its kind.
inline constexpr std::size_t kOwnOutputHeadBytes = 64 * 1024; // a long description comes first

bool isOwnOutput(OutputKind kind, std::string_view head);

// Why the regular file at `path` must not be replaced by output of `kind`: it is not empty and
// not of that kind, or it cannot be read to tell. Nothing when it may be replaced (or is
// missing). The problem names `path`; the caller adds the role.
std::optional<FileProblem> replacingProblem(const std::string &path, OutputKind kind);

} // namespace lymph
