#include "files/FileProblem.h"

#include "files/FileText.h"

namespace lymph {

namespace {
std::string quoted(const std::string &path) { return "'" + path + "'"; }

std::string kindName(OutputKind kind)
{
    switch (kind) {
    case OutputKind::Table: return "a table (CSV) this program wrote";
    case OutputKind::Png: return "a PNG image";
    case OutputKind::Pdf: return "a PDF";
    case OutputKind::Scenario: return "a Lymphoscope scenario";
    case OutputKind::ValidationReport: return "a validation report this program wrote";
    case OutputKind::Any: break;
    }
    return "a file of that kind";
}

std::string sizes(const FileProblem &p)
{
    if (p.bytes == 0)
        return "more than the limit of " + describeByteCount(p.limitBytes);
    return describeByteCount(p.bytes) + "; the limit is " + describeByteCount(p.limitBytes);
}
} // namespace

std::string fileProblemText(const FileProblem &p)
{
    using Code = FileProblem::Code;
    const std::string path = quoted(p.path);
    switch (p.code) {
    case Code::NotFound: return "cannot open " + path + ": no such file";
    case Code::IsFolder: return path + " is a folder, not a file";
    case Code::NotRegular:
        return "cannot read " + path + ": it is a pipe or device, not a file";
    case Code::TooLarge: return "cannot read " + path + ": the file is too large: " + sizes(p);
    case Code::CannotRead: return "cannot read " + path + ": " + p.detail;
    case Code::FolderMissing:
        return "cannot write " + path + ": the folder " + quoted(p.other) + " does not exist";
    case Code::SameAsInput:
        return "will not write " + path + ": it is the input " + quoted(p.other) +
               " itself; choose another file name";
    case Code::SameAsOutput:
        return "will not write " + path + ": " + p.otherRole + " " + quoted(p.other) +
               " is the same file; give each output its own name";
    case Code::NotWritableKind:
        return "cannot write " + path + ": it is a socket or block device, not a file";
    case Code::NoReader:
        return "cannot write " + path + ": it is a named pipe that no program is reading";
    case Code::TooManyLinks: return "cannot use " + path + ": a loop of symbolic links";
    case Code::CannotWrite: return "cannot write " + path + ": " + p.detail;
    case Code::NotOwnKind:
        return "will not replace " + path + ": it exists and is not " + kindName(p.kind) +
               "; choose another name, or remove the file first";
    case Code::UnreadableExisting:
        return "will not replace " + path +
               ": it exists and cannot be read to tell what it holds; choose another name, or "
               "remove the file first";
    }
    return "cannot use " + path;
}

} // namespace lymph
