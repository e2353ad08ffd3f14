#pragma once
// Palette entries dropped on the timeline: while one is dragged over the lanes, a ghost block
// shows where it would land (snapped; with Shift not), and the drop adds it through the
// document. Anything else (a file) is left to the window.

#include "scenario/Scenario.h"

#include <optional>

class QDragEnterEvent;
class QDragMoveEvent;
class QDropEvent;

namespace lymph {

class ScheduleDocument;
class TimelineWidget;

class TimelineDrops {
public:
    TimelineDrops(TimelineWidget *view, ScheduleDocument *document);

    void enter(QDragEnterEvent *event);
    void move(QDragMoveEvent *event);
    void leave();
    void drop(QDropEvent *event);
    // The regimen being dragged over the lanes, where it would land.
    const std::optional<Treatment> &preview() const { return m_preview; }

private:
    TimelineWidget *m_view;
    ScheduleDocument *m_document;
    std::optional<Treatment> m_preview;
};

} // namespace lymph
