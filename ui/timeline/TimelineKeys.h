#pragma once
// The timeline's keys: arrows move the selection by a day (Shift: a week), Alt+arrows select
// the previous or next treatment in time, Delete or Backspace removes, Ctrl+D duplicates,
// Ctrl+A selects all, Escape selects nothing, plus and minus zoom, Home shows the whole time.

class QKeyEvent;

namespace lymph {

class ScheduleDocument;
class TimelineWidget;

class TimelineKeys {
public:
    TimelineKeys(TimelineWidget *view, ScheduleDocument *document);

    // False for a key the timeline does not use.
    bool handle(const QKeyEvent *event);

private:
    TimelineWidget *m_view;
    ScheduleDocument *m_document;
};

} // namespace lymph
