#pragma once
// Reads a whole text file, refusing files over a size limit before reading them.

#include "files/FileProblem.h"

#include <cstdint>
#include <optional>
#include <string>

namespace lymph {

struct FileText {
    std::string text;
    std::optional<FileProblem> problem; // set when the file could not be read
};

FileText readTextFile(const std::string &path, std::uintmax_t maxBytes);

// "1048576 bytes (1 MiB)" for size messages.
std::string describeByteCount(std::uintmax_t bytes);

} // namespace lymph
