#include "scenario/FileText.h"

#include <cerrno>
#include <cstring>
#include <filesystem>
#include <fstream>
#include <iterator>
#include <sstream>

namespace lymph {

namespace fs = std::filesystem;

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

std::string tooLarge(std::uintmax_t bytes, std::uintmax_t maxBytes)
{
    return "the file is too large: " + describeByteCount(bytes) + "; the limit is " +
           describeByteCount(maxBytes);
}

} // namespace

FileText readTextFile(const std::string &path, std::uintmax_t maxBytes)
{
    FileText result;
    std::error_code error;
    const fs::file_status status = fs::status(path, error);
    if (status.type() == fs::file_type::not_found) {
        result.error = "cannot open: no such file";
        return result;
    }
    if (error) {
        result.error = "cannot open: " + error.message();
        return result;
    }
    if (fs::is_directory(status)) {
        result.error = "cannot open: this is a directory, not a file";
        return result;
    }
    // Checking the size first means a huge file is refused without reading it.
    if (const std::uintmax_t size = fs::file_size(path, error); !error && size > maxBytes) {
        result.error = tooLarge(size, maxBytes);
        return result;
    }
    std::ifstream in(path, std::ios::binary);
    if (!in) {
        result.error = std::string("cannot open: ") + std::strerror(errno);
        return result;
    }
    // Read at most one byte past the limit, in case the file grew after the size check
    // (or is a pipe or device without a size).
    result.text.resize(static_cast<std::size_t>(maxBytes) + 1);
    in.read(result.text.data(), static_cast<std::streamsize>(result.text.size()));
    if (in.bad()) {
        result.error = std::string("cannot read: ") + std::strerror(errno);
        return result;
    }
    result.text.resize(static_cast<std::size_t>(in.gcount()));
    if (result.text.size() > maxBytes)
        result.error =
            "the file is too large: more than the limit of " + describeByteCount(maxBytes);
    return result;
}

} // namespace lymph
