#pragma once
// What went wrong with a file, as a code and its facts; each front end words it in its own
// language (the CLI and the window translate, fileProblemText gives the English the engine's
// own messages use).

#include <cstdint>
#include <string>
#include <utility>

namespace lymph {

// What an output writes; an existing file is replaced only by output of its own kind
// (files/OwnOutput.h). Any: no such rule (standard output, devices, a test's scratch file).
enum class OutputKind { Any, Table, Png, Pdf, Scenario, ValidationReport };

struct FileProblem {
    enum class Code {
        NotFound,          // reading: no such file
        IsFolder,          // a folder where a file was expected
        NotRegular,        // reading: a pipe, device or socket instead of a file
        TooLarge,          // reading: over the size limit (bytes, limitBytes)
        CannotRead,        // reading failed (detail: the system's reason)
        FolderMissing,     // writing: the folder does not exist (other: the folder)
        SameAsInput,       // writing: the output is an input of the same run (other: that input)
        SameAsOutput,      // writing: two outputs of one run reach the same file (other: the first)
        NotWritableKind,   // writing: a socket or block device
        NoReader,          // writing: a named pipe that no program is reading
        TooManyLinks,      // a loop of symbolic links
        CannotWrite,       // writing failed; the old file, if any, is unchanged (detail: reason)
        NotOwnKind,        // writing: an existing file is not of the output's kind (kind)
        UnreadableExisting, // writing: an existing file cannot be read to tell its kind
    };
    Code code = Code::CannotRead;
    std::string path;      // as the user gave it
    std::string role;      // what the path was given as (an option such as "--csv"), if known
    std::string other;     // the other path the code names, if any
    std::string otherRole; // what that other path was given as, if known
    std::string detail; // the system's reason (strerror)
    std::uintmax_t bytes = 0;      // TooLarge: the file's size; 0 when it grew while being read
    std::uintmax_t limitBytes = 0; // TooLarge: the limit
    OutputKind kind = OutputKind::Any; // NotOwnKind: what the output writes

    // A rule refused the output to keep a file safe (an input, another output, a file of
    // another kind): the user's mistake, not a failure of the system.
    bool refusedByRule() const
    {
        return code == Code::SameAsInput || code == Code::SameAsOutput ||
               code == Code::NotOwnKind || code == Code::UnreadableExisting;
    }

    static FileProblem of(Code code, std::string path)
    {
        FileProblem problem;
        problem.code = code;
        problem.path = std::move(path);
        return problem;
    }
};

// "cannot write 'out.csv': No space left on device" and the like.
std::string fileProblemText(const FileProblem &problem);

} // namespace lymph
