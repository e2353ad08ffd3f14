#include "files/FileWriter.h"

#include "files/FileIdentity.h"
#include "files/OwnOutput.h"

#include <QByteArray>
#include <QFile>
#include <QSaveFile>

#include <fcntl.h>
#include <unistd.h>

#include <cerrno>
#include <cstring>

namespace lymph {

namespace {

FileProblem cannotWrite(const std::string &path, const std::string &reason)
{
    FileProblem problem = FileProblem::of(FileProblem::Code::CannotWrite, path);
    problem.detail = reason;
    return problem;
}

std::string systemReason(int error)
{
    if (error == EPIPE)
        return "the program reading the pipe closed it";
    return std::strerror(error);
}

// Devices and pipes: written where they are, as a shell's redirection would.
std::optional<FileProblem> writeInPlace(const std::string &path, const std::string &target,
                                        std::string_view data, bool pipe)
{
    // A pipe opened without blocking fails at once when nobody reads it, instead of waiting.
    const int fd = ::open(target.c_str(), O_WRONLY | O_CLOEXEC | (pipe ? O_NONBLOCK : 0));
    if (fd < 0) {
        if (pipe && errno == ENXIO)
            return FileProblem::of(FileProblem::Code::NoReader, path);
        return cannotWrite(path, systemReason(errno));
    }
    if (pipe)
        ::fcntl(fd, F_SETFL, ::fcntl(fd, F_GETFL) & ~O_NONBLOCK);
    std::size_t done = 0;
    while (done < data.size()) {
        const ssize_t n = ::write(fd, data.data() + done, data.size() - done);
        if (n < 0 && errno == EINTR)
            continue;
        if (n <= 0) {
            const int error = n < 0 ? errno : EIO;
            ::close(fd);
            return cannotWrite(path, systemReason(error));
        }
        done += std::size_t(n);
    }
    if (::close(fd) != 0 && errno != EINTR)
        return cannotWrite(path, systemReason(errno));
    return std::nullopt;
}

std::optional<FileProblem> writeReplacing(const std::string &path, const std::string &target,
                                          std::string_view data)
{
    // Unbuffered: Qt 6.4 loses the error of a write that stops part way (disk full, file size
    // limit) when it flushes its buffer in commit(), and would then commit the truncated
    // file; written directly, the short count and errno are seen here.
    QSaveFile file(QFile::decodeName(QByteArray::fromStdString(target)));
    errno = 0;
    if (!file.open(QIODevice::WriteOnly | QIODevice::Unbuffered)) {
        const int error = errno;
        return cannotWrite(path, error ? systemReason(error) : file.errorString().toStdString());
    }
    errno = 0;
    const qint64 written = file.write(data.data(), qint64(data.size()));
    if (written != qint64(data.size())) {
        const int error = errno;
        file.cancelWriting();
        return cannotWrite(path, error ? systemReason(error)
                                       : "the write stopped after " + std::to_string(written) +
                                             " of " + std::to_string(data.size()) + " bytes");
    }
    errno = 0;
    if (!file.commit()) {
        const int error = errno;
        return cannotWrite(path, error ? systemReason(error) : file.errorString().toStdString());
    }
    return std::nullopt;
}

} // namespace

std::optional<FileProblem> writeFileSafely(const std::string &path, std::string_view data,
                                           OutputKind kind)
{
    const IdentifiedFile found = identifyFile(path);
    if (found.problem)
        return found.problem;
    const FileIdentity &file = *found.identity;
    switch (file.kind) {
    case FileKind::Missing: return writeReplacing(path, file.target, data);
    case FileKind::Regular:
        if (auto problem = replacingProblem(file.target, kind)) {
            problem->path = path;
            return problem;
        }
        return writeReplacing(path, file.target, data);
    case FileKind::CharacterDevice: return writeInPlace(path, file.target, data, false);
    case FileKind::Pipe: return writeInPlace(path, file.target, data, true);
    case FileKind::Folder: return FileProblem::of(FileProblem::Code::IsFolder, path);
    case FileKind::BlockDevice:
    case FileKind::Socket:
    case FileKind::Other: break;
    }
    return FileProblem::of(FileProblem::Code::NotWritableKind, path);
}

} // namespace lymph
