#include "files/FileIdentity.h"

#include <sys/stat.h>
#include <unistd.h>

#include <cerrno>
#include <cstring>
#include <filesystem>

namespace lymph {

namespace {

constexpr int kMaxLinkHops = 40; // as the kernel's own limit (ELOOP)

FileKind kindOf(mode_t mode)
{
    if (S_ISREG(mode))
        return FileKind::Regular;
    if (S_ISDIR(mode))
        return FileKind::Folder;
    if (S_ISCHR(mode))
        return FileKind::CharacterDevice;
    if (S_ISBLK(mode))
        return FileKind::BlockDevice;
    if (S_ISFIFO(mode))
        return FileKind::Pipe;
    if (S_ISSOCK(mode))
        return FileKind::Socket;
    return FileKind::Other;
}

IdentifiedFile failed(FileProblem::Code code, const std::string &path, std::string other = {},
                      std::string detail = {})
{
    IdentifiedFile result;
    result.problem = FileProblem::of(code, path);
    result.problem->other = std::move(other);
    result.problem->detail = std::move(detail);
    return result;
}

// The target of the link at `link`, relative targets taken from the link's folder.
std::optional<std::string> linkTarget(const std::string &link)
{
    std::string buffer(4096, '\0');
    const ssize_t length = ::readlink(link.c_str(), buffer.data(), buffer.size());
    if (length < 0 || std::size_t(length) >= buffer.size())
        return std::nullopt;
    buffer.resize(std::size_t(length));
    const std::filesystem::path target(buffer);
    if (target.is_absolute())
        return buffer;
    return (std::filesystem::path(link).parent_path() / target).string();
}

} // namespace

IdentifiedFile identifyFile(const std::string &path)
{
    // Follow links one by one, as QSaveFile does, so that a link to a missing file is known
    // by where its target would be created.
    std::string current = path;
    for (int hops = 0;; ++hops) {
        struct stat link {};
        if (::lstat(current.c_str(), &link) != 0 || !S_ISLNK(link.st_mode))
            break;
        const auto target = linkTarget(current);
        if (hops == kMaxLinkHops || !target)
            return failed(FileProblem::Code::TooManyLinks, path);
        current = *target;
    }

    IdentifiedFile result;
    struct stat file {};
    if (::stat(current.c_str(), &file) == 0) {
        result.identity = FileIdentity{kindOf(file.st_mode),
                                       std::uint64_t(file.st_dev),
                                       std::uint64_t(file.st_ino),
                                       {},
                                       current};
        return result;
    }
    const int error = errno;
    if (error == ELOOP)
        return failed(FileProblem::Code::TooManyLinks, path);
    const std::filesystem::path asPath(current);
    std::string folder = asPath.parent_path().string();
    if (folder.empty())
        folder = ".";
    if (error != ENOENT && error != ENOTDIR)
        return failed(FileProblem::Code::CannotRead, path, {}, std::strerror(error));
    struct stat folderStat {};
    if (::stat(folder.c_str(), &folderStat) != 0 || !S_ISDIR(folderStat.st_mode))
        return failed(FileProblem::Code::FolderMissing, path, folder);
    result.identity =
        FileIdentity{FileKind::Missing, std::uint64_t(folderStat.st_dev),
                     std::uint64_t(folderStat.st_ino), asPath.filename().string(), current};
    return result;
}

} // namespace lymph
