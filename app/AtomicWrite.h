#pragma once
// Writing a whole file or nothing: readers never see a half-written output, and a failed write
// leaves an existing file as it was.

#include <QByteArray>
#include <QString>

#include <optional>

namespace lymph::cli {

// Writes `data` to `path` through a temporary file renamed into place. Returns the reason on
// failure, or nothing.
std::optional<QString> writeAtomically(const QString &path, const QByteArray &data);

} // namespace lymph::cli
