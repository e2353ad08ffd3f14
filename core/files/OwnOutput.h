#pragma once
// Whether a file's first bytes are output of a kind this program writes: a PDF, a PNG, a
// scenario, or one of its CSV tables (a result table's "day," and a result column, or the
// per-patient table's "patient," and its first factor). An output replaces only such a file,
// so that a typo or a completed name cannot turn a scenario, notes or lab results into a
// handout (files/OutputPolicy.h).

#include "files/FileProblem.h"

#include <cstddef>
#include <string_view>

namespace lymph {

// Enough of a file to tell its kind.
inline constexpr std::size_t kOwnOutputHeadBytes = 64 * 1024; // a long description comes first

bool isOwnOutput(OutputKind kind, std::string_view head);

} // namespace lymph
