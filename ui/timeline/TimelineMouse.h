#pragma once
// The timeline's mouse gestures as document operations: a click selects a block (Ctrl+click
// adds or removes it), a drag moves the selection or, from a fingolimod period's right edge,
// changes its end, and a drag from empty lane space selects the blocks in a rectangle. The
// steps of one drag share a merge session, so the drag is one undo step; the document refuses
// a step that breaks a rule, and the blocks stay at the last valid place.

#include <QObject>
#include <QPointF>
#include <QRectF>

class QMouseEvent;

namespace lymph {

class ScheduleDocument;
class TimelineWidget;

class TimelineMouse : public QObject {
    Q_OBJECT

public:
    TimelineMouse(TimelineWidget *view, ScheduleDocument *document);

    void press(QMouseEvent *event);
    void move(QMouseEvent *event);
    void release(QMouseEvent *event);
    // The rectangle being drawn to select blocks (null when none).
    QRectF rubberBand() const { return m_rubberBand; }

signals:
    // True from the first move of a block drag or resize until the mouse is released.
    void draggingChanged(bool dragging);

private:
    enum class Gesture { None, Pending, Move, Resize, RubberBand };

    void beginDrag();
    void continueMove(QMouseEvent *event);
    void continueResize(QMouseEvent *event);
    void updateRubberBand(QPointF position);

    TimelineWidget *m_view;
    ScheduleDocument *m_document;
    Gesture m_gesture = Gesture::None;
    QPointF m_pressPosition;
    int m_pressIndex = -1;
    double m_pressStartDay = 0.0; // the pressed block's first day when pressed
    bool m_pressToggled = false;
    int m_mergeSession = 0;
    QRectF m_rubberBand;
};

} // namespace lymph
