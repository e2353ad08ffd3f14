#pragma once
// Start-up shared by both executables: application identity, version and the translation
// for the user's locale, the filter for Qt's harmless platform warnings, and the allocator's
// settings (platform/Allocator.h).

#include <QString>

namespace lymph {

// Call before constructing the QApplication.
void installQuietMessageHandler();
// Call right after constructing the QApplication.
void setUpApplication(const QString &applicationName);

} // namespace lymph
