#include "files/OutputPolicy.h"

#include "files/FileIdentity.h"
#include "files/OwnOutput.h"

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

std::optional<FileProblem> kindOfExisting(const NamedPath &output, const FileIdentity &file)
{
    if (file.kind != FileKind::Regular)
        return std::nullopt;
    auto problem = replacingProblem(file.target.empty() ? output.path : file.target, output.kind);
    if (problem) {
        problem->path = output.path;
        problem->role = output.role;
    }
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
