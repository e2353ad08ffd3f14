#include "TimeAxisLink.h"

#include "PlotStackWidget.h"
#include "education/EducationPlot.h"
#include "education/EducationView.h"
#include "plot/ResultPlot.h"
#include "timeline/TimelineWidget.h"

#include <qcustomplot.h>

namespace lymph {

TimeAxisLink::TimeAxisLink(TimelineWidget *timeline, PlotStackWidget *plots,
                           EducationView *education, std::function<bool()> educationShown,
                           QObject *parent)
    : QObject(parent), m_timeline(timeline), m_plots(plots), m_education(education),
      m_educationShown(std::move(educationShown))
{
    ResultPlot *plot = plots->plot();
    connect(timeline, &TimelineWidget::visibleDaysChanged, plot, &ResultPlot::setVisibleDays);
    connect(plot, &ResultPlot::visibleDaysChanged, timeline, &TimelineWidget::setVisibleDays);
    connect(plots, &PlotStackWidget::zoomRequested, timeline, &TimelineWidget::zoomAt);
    connect(plot, &ResultPlot::timeAxisPixelsChanged, this, &TimeAxisLink::align);
    connect(education->plot()->customPlot(), &QCustomPlot::afterReplot, this,
            &TimeAxisLink::align);
}

void TimeAxisLink::align()
{
    const bool education = m_educationShown();
    QCustomPlot *shown =
        education ? m_education->plot()->customPlot() : m_plots->plot()->customPlot();
    if (shown->axisRectCount() == 0)
        return;
    const QRect axis = shown->axisRect(0)->rect();
    const int offset = m_timeline->mapFromGlobal(shown->mapToGlobal(QPoint(0, 0))).x();
    m_timeline->setTimePixelSpan(axis.left() + offset, axis.right() + offset);
    if (education) {
        const QCPRange range = shown->axisRect(0)->axis(QCPAxis::atBottom)->range();
        const double perUnit = m_education->plot()->daysPerUnit();
        m_timeline->setVisibleDays(range.lower * perUnit, range.upper * perUnit);
    }
}

} // namespace lymph
