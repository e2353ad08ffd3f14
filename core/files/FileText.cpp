#include "files/FileText.h"

#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>

#include <cerrno>
#include <cstring>
#include <sstream>

namespace lymph {

std::string describeByteCount(std::uintmax_t bytes)
{
    std::ostringstream text;
    text << bytes << " bytes";
    if (bytes >= 1024 * 1024) {
        text.precision(3);
        text << " (" << static_cast<double>(bytes) / (1024.0 * 1024.0) << " MiB)";
    }
    return text.str();
}

namespace {

FileProblem failure(FileProblem::Code code, const std::string &path, int error = 0)
{
    FileProblem problem = FileProblem::of(code, path);
    if (error != 0)
        problem.detail = std::strerror(error);
    return problem;
}

FileProblem openFailure(const std::string &path, int error)
{
    switch (error) {
    case ENOENT: return failure(FileProblem::Code::NotFound, path);
    case ELOOP: return failure(FileProblem::Code::TooManyLinks, path);
    default: return failure(FileProblem::Code::CannotRead, path, error);
    }
}

FileProblem tooLarge(const std::string &path, std::uintmax_t bytes, std::uintmax_t maxBytes)
{
    FileProblem problem = FileProblem::of(FileProblem::Code::TooLarge, path);
    problem.bytes = bytes;
    problem.limitBytes = maxBytes;
    return problem;
}

} // namespace

FileText readTextFile(const std::string &path, std::uintmax_t maxBytes)
{
    FileText result;
    // Opened without blocking and checked on the open descriptor: a named pipe would
    // otherwise wait for a writer forever, and a file swapped after a check is still caught.
    const int fd = ::open(path.c_str(), O_RDONLY | O_NONBLOCK | O_CLOEXEC);
    if (fd < 0) {
        result.problem = openFailure(path, errno);
        return result;
    }
    struct stat status {};
    if (::fstat(fd, &status) != 0) {
        result.problem = failure(FileProblem::Code::CannotRead, path, errno);
        ::close(fd);
        return result;
    }
    if (S_ISDIR(status.st_mode)) {
        result.problem = failure(FileProblem::Code::IsFolder, path);
        ::close(fd);
        return result;
    }
    if (!S_ISREG(status.st_mode)) {
        result.problem = failure(FileProblem::Code::NotRegular, path);
        ::close(fd);
        return result;
    }
    // Checking the size first means a huge file is refused without reading it.
    if (std::uintmax_t(status.st_size) > maxBytes) {
        result.problem = tooLarge(path, std::uintmax_t(status.st_size), maxBytes);
        ::close(fd);
        return result;
    }
    // Read at most one byte past the limit, in case the file grew after the size check.
    result.text.resize(static_cast<std::size_t>(maxBytes) + 1);
    std::size_t filled = 0;
    while (filled < result.text.size()) {
        const ssize_t n = ::read(fd, result.text.data() + filled, result.text.size() - filled);
        if (n < 0 && errno == EINTR)
            continue;
        if (n < 0) {
            result.problem = failure(FileProblem::Code::CannotRead, path, errno);
            ::close(fd);
            return result;
        }
        if (n == 0)
            break;
        filled += std::size_t(n);
    }
    ::close(fd);
    result.text.resize(filled);
    if (result.text.size() > maxBytes)
        result.problem = tooLarge(path, 0, maxBytes); // it grew after the size check
    return result;
}

} // namespace lymph
