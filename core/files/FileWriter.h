#pragma once
// The one way Lymphoscope writes a file, for the command line, the window and the engine
// alike. A regular file (or a new one) is written to a temporary file beside it and renamed
// over it only once complete (QSaveFile), so a failure leaves the old file as it was; a
// device such as /dev/null or a named pipe is written in place, never replaced; a folder,
// socket or block device is refused. With a kind, an existing non-empty file is replaced only
// if it holds output of that kind (files/OwnOutput.h), checked again just before the write
// because a long run gives time for the file to appear or change.

#include "files/FileProblem.h"

#include <optional>
#include <string>
#include <string_view>

namespace lymph {

std::optional<FileProblem> writeFileSafely(const std::string &path, std::string_view data,
                                           OutputKind kind = OutputKind::Any);

} // namespace lymph
