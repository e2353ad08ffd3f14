#include "WindowSession.h"

#include "Language.h"
#include "MainWindow.h"
#include "ScheduleDocument.h"
#include "panels/ComparisonPanel.h"

namespace lymph {

WindowSession::WindowSession(QObject *parent) : QObject(parent)
{
    adopt(std::make_unique<MainWindow>());
}

WindowSession::~WindowSession() = default;

void WindowSession::adopt(std::unique_ptr<MainWindow> window)
{
    m_window = std::move(window);
    connect(m_window.get(), &MainWindow::languageChangeRequested, this,
            &WindowSession::switchLanguage, Qt::QueuedConnection);
}

bool WindowSession::switchLanguage(const QString &code)
{
    if (!setLanguage(code))
        return false;
    MainWindow *old = m_window.get();
    ScheduleDocument *document = old->document();
    document->setParent(nullptr); // outlives the old window
    auto rebuilt = std::make_unique<MainWindow>(nullptr, document);
    rebuilt->restoreGeometry(old->saveGeometry());
    rebuilt->restoreState(old->saveState());
    for (const PinnedResults &pinned : old->comparison()->comparisons())
        rebuilt->comparison()->adoptPinned(pinned);
    rebuilt->setEducationMode(old->isEducationMode());
    const bool wasVisible = old->isVisible();
    old->hide();
    std::unique_ptr<MainWindow> previous = std::move(m_window);
    adopt(std::move(rebuilt));
    if (wasVisible)
        m_window->show();
    previous.reset(); // no close event: nothing to ask, the work lives on in the new window
    emit windowReplaced(m_window.get());
    return true;
}

} // namespace lymph
