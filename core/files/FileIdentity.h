#pragma once
// Which file a path reaches: symbolic links followed as a write would follow them (QSaveFile
// writes to a link's target, even a missing one), then the device and inode of the file, or of
// its folder and its name when it does not exist yet. Two paths reach the same file exactly
// when their identities are equal, whatever links, "..", or /proc/self/cwd they go through.

#include "files/FileProblem.h"

#include <cstdint>
#include <optional>
#include <string>

namespace lymph {

enum class FileKind { Missing, Regular, Folder, CharacterDevice, BlockDevice, Pipe, Socket, Other };

struct FileIdentity {
    FileKind kind = FileKind::Missing;
    std::uint64_t device = 0; // of the file, or of its folder when it is missing
    std::uint64_t inode = 0;
    std::string missingName; // the name in that folder, when missing
    std::string target;      // the path after following links (what a write reaches)

    bool sameFileAs(const FileIdentity &other) const
    {
        return device == other.device && inode == other.inode && missingName == other.missingName;
    }
};

// The identity, or a problem: a loop of links, a missing folder (for a missing file) or a
// folder that cannot be read.
struct IdentifiedFile {
    std::optional<FileIdentity> identity;
    std::optional<FileProblem> problem;
};
IdentifiedFile identifyFile(const std::string &path);

} // namespace lymph
