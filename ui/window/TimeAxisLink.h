#pragma once
// Keeps the timeline and the plots on one time axis: a day sits at the same x in both, panning
// or zooming either moves both (zooming from the plots goes through the timeline's limits),
// and the timeline's lanes follow the axis of whichever plots are shown.

#include <QObject>

#include <functional>

namespace lymph {

class EducationView;
class PlotStackWidget;
class TimelineWidget;

class TimeAxisLink : public QObject {
    Q_OBJECT

public:
    // `educationShown` says whether the education view's plots are the ones on screen.
    TimeAxisLink(TimelineWidget *timeline, PlotStackWidget *plots, EducationView *education,
                 std::function<bool()> educationShown, QObject *parent = nullptr);

    // The lanes over the shown plots' time axis (after a layout change).
    void align();

private:
    TimelineWidget *m_timeline;
    PlotStackWidget *m_plots;
    EducationView *m_education;
    std::function<bool()> m_educationShown;
};

} // namespace lymph
