#pragma once
// The plan as the handout prints it: a lane per therapy the plan uses (in the timeline's
// order, named in a column on the left), a bar over each treatment's days, and a time axis
// whose labels never overlap (every year, or every 2, 5 or 10 on long horizons; months on
// short ones). A 50-year plan printed fifty labels on top of each other, and five therapies
// given at once hid each other's names in a single row.

#include "scenario/Scenario.h"

#include <QFontMetricsF>
#include <QString>

#include <optional>
#include <vector>

class QPaintDevice;
class QPainter;

namespace lymph {

class PlanStrip {
public:
    struct Layout {
        std::vector<Therapy> lanes;
        bool years = true;   // ticks in years, else in months
        int tickStep = 1;    // in years or months
        double axisLeft = 0.0, axisRight = 0.0;
    };

    // The time axis's ends when another figure sets them (the handout's plots below).
    struct AxisSpan {
        double left = 0.0, right = 0.0;
    };

    // The layout of `scenario` between `left` and `right`, for labels set in `metrics`; with
    // `axis`, the time axis runs there and the lane names fit left of it.
    static Layout layout(const Scenario &scenario, const QFontMetricsF &metrics, double left,
                         double right, std::optional<AxisSpan> axis = std::nullopt);
    // Room the lane names of `scenario` need left of the axis, gap included, in the strip's
    // font on `device`.
    static double namesRoom(const Scenario &scenario, const QPaintDevice *device);
    // A tick label: "year 5" or "month 18", in the user's language.
    static QString tickLabel(bool years, int value);

    // Draws the strip from `top`; returns the y below it. `drawn`, if given, receives the
    // layout it drew.
    static double paint(QPainter &painter, const Scenario &scenario, double left, double right,
                        double top, std::optional<AxisSpan> axis = std::nullopt,
                        Layout *drawn = nullptr);

    static constexpr double kLaneHeight = 22.0;
};

} // namespace lymph
