#include "TimelineDrops.h"

#include "ScheduleDocument.h"
#include "TherapyMime.h"
#include "TimelineWidget.h"

#include "scenario/TherapyTemplates.h"

#include <QDropEvent>

#include <algorithm>

namespace lymph {

namespace {

// Where a drop at `x` lands: snapped, never before day 0.
double landingDay(const TimelineWidget &view, double x, Qt::KeyboardModifiers modifiers)
{
    return std::max(0.0, snapDay(view.scale().dayForX(x), view.snapFor(modifiers)));
}

} // namespace

TimelineDrops::TimelineDrops(TimelineWidget *view, ScheduleDocument *document)
    : m_view(view), m_document(document)
{
}

void TimelineDrops::enter(QDragEnterEvent *event)
{
    if (therapymime::decode(event->mimeData()))
        event->acceptProposedAction();
    else
        event->ignore(); // e.g. a file: the window opens it
}

void TimelineDrops::move(QDragMoveEvent *event)
{
    const auto which = therapymime::decode(event->mimeData());
    if (!which || event->position().x() < m_view->scale().left()) {
        m_preview.reset();
        m_view->update();
        event->ignore();
        return;
    }
    const double day = landingDay(*m_view, event->position().x(), event->modifiers());
    m_preview = makeTreatment(*which, day);
    m_view->update();
    event->acceptProposedAction();
}

void TimelineDrops::leave()
{
    m_preview.reset();
    m_view->update();
}

void TimelineDrops::drop(QDropEvent *event)
{
    m_preview.reset();
    m_view->update();
    const auto which = therapymime::decode(event->mimeData());
    if (!which) {
        event->ignore();
        return;
    }
    const double x = std::max(event->position().x(), m_view->scale().left());
    if (m_document->addTemplate(*which, landingDay(*m_view, x, event->modifiers())))
        event->acceptProposedAction();
    else
        event->ignore();
}

} // namespace lymph
