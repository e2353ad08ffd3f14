#include "TimelineKeys.h"

#include "ScheduleDocument.h"
#include "TimelineWidget.h"

#include <QKeyEvent>

namespace lymph {

TimelineKeys::TimelineKeys(TimelineWidget *view, ScheduleDocument *document)
    : m_view(view), m_document(document)
{
}

bool TimelineKeys::handle(const QKeyEvent *event)
{
    const bool alt = event->modifiers() & Qt::AltModifier;
    const double step = (event->modifiers() & Qt::ShiftModifier) ? 7.0 : 1.0;
    if (event->matches(QKeySequence::SelectAll)) {
        m_document->selectAll();
        return true;
    }
    if (event->matches(QKeySequence::Delete) || event->key() == Qt::Key_Backspace) {
        m_document->deleteSelection();
        return true;
    }
    if (event->key() == Qt::Key_D && (event->modifiers() & Qt::ControlModifier)) {
        m_document->duplicateSelection();
        return true;
    }
    switch (event->key()) {
    case Qt::Key_Left:
        alt ? m_document->selectPrevious() : void(m_document->moveSelection(-step));
        return true;
    case Qt::Key_Right:
        alt ? m_document->selectNext() : void(m_document->moveSelection(step));
        return true;
    case Qt::Key_Escape: m_document->setSelection({}); return true;
    case Qt::Key_Plus:
    case Qt::Key_Equal: m_view->zoomBy(0.8); return true;
    case Qt::Key_Minus: m_view->zoomBy(1.25); return true;
    case Qt::Key_Home: m_view->fitToScenario(); return true;
    default: return false;
    }
}

} // namespace lymph
