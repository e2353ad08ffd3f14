#include "files/OutputPolicy.h"

#include "files/FileIdentity.h"
#include "files/OwnOutput.h"

#include <filesystem>
#include <fstream>

#include <algorithm>
#include <utility>

namespace lymph {

namespace {

FileProblem problemWith(FileProblem::Code code, const NamedPath &output, std::string other = {},
                        std::string otherRole = {})
{
    FileProblem problem = FileProblem::of(code, output.path);
    problem.role = output.role;
    problem.other = std::move(other);
    problem.otherRole = std::move(otherRole);
    return problem;
}

std::optional<FileProblem> kindProblem(const NamedPath &output, const FileIdentity &file)
{
    using Code = FileProblem::Code;
    switch (file.kind) {
    case FileKind::Missing:
    case FileKind::Regular:
    case FileKind::CharacterDevice:
    case FileKind::Pipe: return std::nullopt;
    case FileKind::Folder: return problemWith(Code::IsFolder, output);
    case FileKind::BlockDevice:
    case FileKind::Socket:
    case FileKind::Other: break;
    }
    return problemWith(Code::NotWritableKind, output);
}

// The start of an existing file; none when it cannot be read.
std::optional<std::string> headOf(const std::string &path)
{
    std::ifstream in(path, std::ios::binary);
    if (!in.is_open())
        return std::nullopt;
    std::string head(kOwnOutputHeadBytes, '\0');
    in.read(head.data(), static_cast<std::streamsize>(head.size()));
    if (in.bad())
        return std::nullopt;
    head.resize(static_cast<std::size_t>(std::max<std::streamsize>(in.gcount(), 0)));
    return head;
}

std::optional<FileProblem> kindOfExisting(const NamedPath &output, const FileIdentity &file)
{
    if (output.kind == OutputKind::Any || file.kind != FileKind::Regular)
        return std::nullopt;
    const std::string path = file.target.empty() ? output.path : file.target;
    std::error_code error;
    const std::uintmax_t size = std::filesystem::file_size(path, error);
    if (!error && size == 0)
        return std::nullopt; // an empty file holds nothing to lose
    const auto head = headOf(path);
    if (head && !head->empty() && isOwnOutput(output.kind, *head))
        return std::nullopt;
    // A file that cannot be read cannot be told apart from a user's own: it is kept too.
    FileProblem problem = problemWith(head && !head->empty() ? FileProblem::Code::NotOwnKind
                                                            : FileProblem::Code::UnreadableExisting,
                                      output);
    problem.kind = output.kind;
    return problem;
}

} // namespace

std::optional<FileProblem> checkOutputs(const std::vector<NamedPath> &inputs,
                                        const std::vector<NamedPath> &outputs)
{
    std::vector<std::pair<const NamedPath *, FileIdentity>> existingInputs;
    for (const NamedPath &input : inputs) {
        const IdentifiedFile found = identifyFile(input.path);
        if (found.identity && found.identity->kind != FileKind::Missing)
            existingInputs.emplace_back(&input, *found.identity);
    }
    std::vector<std::pair<const NamedPath *, FileIdentity>> checked;
    const NamedPath *standardOutput = nullptr;
    for (const NamedPath &output : outputs) {
        if (output.path == kStandardOutput) {
            if (standardOutput) {
                return problemWith(FileProblem::Code::SameAsOutput, output, standardOutput->path,
                                   standardOutput->role);
            }
            standardOutput = &output;
            continue;
        }
        IdentifiedFile found = identifyFile(output.path);
        if (found.problem) {
            found.problem->role = output.role;
            return found.problem;
        }
        const FileIdentity &file = *found.identity;
        for (const auto &[input, identity] : existingInputs) {
            if (file.sameFileAs(identity)) {
                return problemWith(FileProblem::Code::SameAsInput, output, input->path,
                                   input->role);
            }
        }
        if (auto problem = kindProblem(output, file))
            return problem;
        if (auto problem = kindOfExisting(output, file))
            return problem;
        // A device or pipe may take two outputs in turn (/dev/null twice is harmless).
        const bool replaced = file.kind == FileKind::Missing || file.kind == FileKind::Regular;
        for (const auto &[earlier, identity] : checked) {
            if (replaced && file.sameFileAs(identity)) {
                return problemWith(FileProblem::Code::SameAsOutput, output, earlier->path,
                                   earlier->role);
            }
        }
        checked.emplace_back(&output, file);
    }
    return std::nullopt;
}

} // namespace lymph
