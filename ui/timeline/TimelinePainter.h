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
#include <vector>

class QFontMetrics;
class QPainter;
class QWidget;

namespace lymph {

class TimelineScale;

// A ruler label and the box it is drawn in.
struct RulerLabel {
    QString text;
    QRectF box;
    Qt::Alignment alignment;
};

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

    // The ruler's labels as drawn: centred on their ticks, the first one starting at its tick
    // (centred it would reach into the ruler's title), the last ending by `rightLimit`, and
    // none over the one before it.
    static std::vector<RulerLabel> rulerLabels(const TimelineScale &scale,
                                               const QFontMetrics &metrics, double height,
                                               double rightLimit);

    // The white disc of a block's education-style icon, and the box its label is written in
    // inside the block: after the icon, so that the icon never covers the label's first
    // figures ("4800 mg" read "800 mg").
    static QRectF iconDisc(const QRectF &block);
    static QRectF labelBox(const QRectF &block, bool withIcon);

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
