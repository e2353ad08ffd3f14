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
    // Size and place from the old window's own numbers: restoreGeometry before the new window
    // has a frame put it one title bar lower on every switch.
    rebuilt->resize(old->size());
    rebuilt->move(old->pos());
    rebuilt->setWindowState(old->windowState());
    for (const PinnedResults &pinned : old->comparison()->comparisons())
        rebuilt->comparison()->adoptPinned(pinned);
    rebuilt->comparison()->setReferenceIndex(old->comparison()->referenceIndex());
    // A name made from the plan is made again in the new language; the user's own stays.
    if (!old->comparison()->customName().isEmpty())
        rebuilt->comparison()->setCurrentName(old->comparison()->customName());
    rebuilt->restoreViewState(old->viewState());
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
