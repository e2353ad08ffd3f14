#pragma once
// Draws the timeline in its widget's palette and font: ruler, lanes, the end of the simulated
// time, the treatment blocks (the selection with a halo, a palette drop as a ghost), the
// education view's month marker and the rubber band. Painting only: what to show comes in.

#include "TimelineLayout.h"

#include "scenario/Scenario.h"

#include <QCoreApplication>
#include <QList>
#include <QRectF>

#include <optional>

class QPainter;
class QWidget;

namespace lymph {

class TimelinePainter {
    Q_DECLARE_TR_FUNCTIONS(TimelinePainter)

public:
    // `educationStyle`: an icon on each block (infusion drop, capsule, stem cells).
    TimelinePainter(QPainter &painter, const TimelineLayout &layout, const QWidget &widget,
                    bool educationStyle);

    void paintLanes();
    void paintRuler();
    // Time after `horizonDays` is shaded; right of the axis is not time at all.
    void paintHorizon(double horizonDays);
    void paintBlocks(const QList<int> &selection, const std::optional<Treatment> &dropPreview);
    void paintMarker(double day);
    void paintRubberBand(const QRectF &band);
    // What to do on an empty timeline.
    void paintPlaceholder();
    void paintFocusFrame();

private:
    void paintBlock(const Treatment &treatment, const QRectF &rect, bool selected, bool ghost);
    void paintIcon(Therapy therapy, const QRectF &block);

    QPainter &m_painter;
    const TimelineLayout &m_layout;
    const TimelineScale &m_scale;
    const QWidget &m_widget;
    bool m_educationStyle;
};

} // namespace lymph
