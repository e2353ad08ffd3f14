#include "ApplicationSetup.h"

#include "Language.h"
#include "platform/Allocator.h"

#include <QCoreApplication>
#include <QLocale>

#ifndef LYMPH_VERSION
#define LYMPH_VERSION "unknown"
#endif

namespace lymph {

namespace {
QtMessageHandler g_defaultHandler = nullptr;

// The offscreen platform warns about XDG_RUNTIME_DIR and window size hints, neither of which
// a user can act on.
void quietHandler(QtMsgType type, const QMessageLogContext &context, const QString &message)
{
    if (type == QtWarningMsg && (message.startsWith(QLatin1String("QStandardPaths: ")) ||
                                 message.contains(QLatin1String("propagateSizeHints"))))
        return;
    if (g_defaultHandler)
        g_defaultHandler(type, context, message);
}
} // namespace

void installQuietMessageHandler()
{
    g_defaultHandler = qInstallMessageHandler(quietHandler);
}

void setUpApplication(const QString &applicationName)
{
    QCoreApplication::setApplicationName(applicationName);
    QCoreApplication::setApplicationVersion(QStringLiteral(LYMPH_VERSION));
    QCoreApplication::setOrganizationName(QStringLiteral("Lymphoscope"));
    setLanguage(QString()); // the system locale's language, else English
    keepFreedMemoryForReuse();
}

} // namespace lymph
