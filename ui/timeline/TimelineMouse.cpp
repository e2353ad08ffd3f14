#include "TimelineMouse.h"

#include "ScheduleDocument.h"
#include "TimelineWidget.h"

#include "scenario/ScheduleEdits.h"

#include <QApplication>
#include <QMouseEvent>

namespace lymph {

TimelineMouse::TimelineMouse(TimelineWidget *view, ScheduleDocument *document)
    : QObject(view), m_view(view), m_document(document)
{
}

void TimelineMouse::press(QMouseEvent *event)
{
    const QPointF position = event->position();
    const TimelineLayout layout = m_view->layout();
    m_pressPosition = position;
    m_pressIndex = layout.blockAt(position, m_document->selection());
    m_pressToggled = false;
    m_mergeSession = 0;
    const bool toggle = event->modifiers() & Qt::ControlModifier;
    if (m_pressIndex < 0) {
        if (!toggle)
            m_document->setSelection({});
        m_gesture = position.y() > TimelineLayout::kRulerHeight ? Gesture::RubberBand
                                                                : Gesture::None;
        m_rubberBand = QRectF(position, position);
        return;
    }
    const Treatment &pressed = layout.treatments()[static_cast<std::size_t>(m_pressIndex)];
    m_pressStartDay = treatmentSpan(pressed).start;
    QList<int> selection = m_document->selection();
    if (toggle) {
        if (selection.contains(m_pressIndex))
            selection.removeAll(m_pressIndex);
        else
            selection << m_pressIndex;
        m_document->setSelection(selection);
        m_pressToggled = true;
    } else if (!selection.contains(m_pressIndex)) {
        m_document->setSelection({m_pressIndex});
    }
    m_gesture = layout.isOnResizeGrip(m_pressIndex, position) &&
                        m_document->selection().contains(m_pressIndex)
                    ? Gesture::Resize
                    : Gesture::Pending;
}

void TimelineMouse::move(QMouseEvent *event)
{
    switch (m_gesture) {
    case Gesture::None: return;
    case Gesture::Pending:
        if ((event->position() - m_pressPosition).manhattanLength() <
                QApplication::startDragDistance() ||
            (m_pressToggled && !m_document->selection().contains(m_pressIndex)))
            return;
        m_gesture = Gesture::Move;
        beginDrag();
        m_view->setCursor(Qt::ClosedHandCursor);
        continueMove(event);
        return;
    case Gesture::Move: continueMove(event); return;
    case Gesture::Resize:
        if (m_mergeSession == 0)
            beginDrag();
        continueResize(event);
        return;
    case Gesture::RubberBand: updateRubberBand(event->position()); return;
    }
}

void TimelineMouse::beginDrag()
{
    m_mergeSession = m_document->newMergeSession();
    emit draggingChanged(true);
}

void TimelineMouse::continueMove(QMouseEvent *event)
{
    const TimelineScale &scale = m_view->scale();
    // The pressed block follows the mouse and snaps; the rest of the selection keeps its place
    // relative to it.
    const double target = m_pressStartDay + scale.dayForX(event->position().x()) -
                          scale.dayForX(m_pressPosition.x());
    const double snapped = snapDay(target, m_view->snapFor(event->modifiers()));
    m_document->dragSelection(snapped - m_pressStartDay, m_mergeSession);
}

void TimelineMouse::continueResize(QMouseEvent *event)
{
    const double day = m_view->scale().dayForX(event->position().x());
    m_document->setStopDay(m_pressIndex, snapDay(day, m_view->snapFor(event->modifiers())),
                           m_mergeSession);
}

void TimelineMouse::updateRubberBand(QPointF position)
{
    m_rubberBand = QRectF(m_pressPosition, position).normalized();
    const TimelineLayout layout = m_view->layout();
    QList<int> inside;
    for (int i = 0; i < static_cast<int>(layout.treatments().size()); ++i) {
        if (layout.blockRect(i).intersects(m_rubberBand))
            inside << i;
    }
    m_document->setSelection(inside);
    m_view->update();
}

void TimelineMouse::release(QMouseEvent *)
{
    // A plain click on a block of a multi-selection selects just that block.
    if (m_gesture == Gesture::Pending && !m_pressToggled && m_pressIndex >= 0)
        m_document->setSelection({m_pressIndex});
    const bool wasDragging = m_mergeSession != 0;
    m_gesture = Gesture::None;
    m_mergeSession = 0;
    m_rubberBand = {};
    m_view->setCursor(Qt::ArrowCursor);
    m_view->update();
    if (wasDragging)
        emit draggingChanged(false);
}

} // namespace lymph
