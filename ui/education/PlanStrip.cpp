#include "PlanStrip.h"

#include "HandoutWriter.h"
#include "TreatmentLabel.h"
#include "model/Calendar.h"
#include "scenario/ScheduleEdits.h"
#include "timeline/TherapySwatch.h"
#include "timeline/TimelineLayout.h"

#include <QPainter>

#include <algorithm>
#include <cmath>

namespace lymph {

namespace {

constexpr double kLabelGap = 12.0; // between the lane names and the axis, and between ticks

QFont stripFont()
{
    QFont font;
    font.setPixelSize(13);
    return font;
}

} // namespace

QString PlanStrip::tickLabel(bool years, int value)
{
    return years ? HandoutWriter::tr("year %1").arg(value) : HandoutWriter::tr("month %1").arg(value);
}

namespace {

std::vector<Therapy> lanesOf(const Scenario &scenario)
{
    std::vector<Therapy> lanes;
    for (Therapy therapy : TimelineLayout::kLanes) {
        if (std::any_of(scenario.treatments.begin(), scenario.treatments.end(),
                        [therapy](const Treatment &t) { return t.therapy == therapy; }))
            lanes.push_back(therapy);
    }
    return lanes;
}

double namesRoomIn(const std::vector<Therapy> &lanes, const QFontMetricsF &metrics)
{
    double names = 0.0;
    for (Therapy therapy : lanes)
        names = std::max(names, metrics.horizontalAdvance(therapyDisplayName(therapy)));
    // The first tick label is centred on the axis's start: room for half of it on the left.
    return std::max(names + (lanes.empty() ? 0.0 : kLabelGap),
                    0.5 * metrics.horizontalAdvance(PlanStrip::tickLabel(true, 0)));
}

} // namespace

double PlanStrip::namesRoom(const Scenario &scenario, const QPaintDevice *device)
{
    return namesRoomIn(lanesOf(scenario), QFontMetricsF(stripFont(), device));
}

PlanStrip::Layout PlanStrip::layout(const Scenario &scenario, const QFontMetricsF &metrics,
                                    double left, double right, std::optional<AxisSpan> axis)
{
    Layout out;
    out.lanes = lanesOf(scenario);
    out.axisLeft = axis ? axis->left : left + namesRoomIn(out.lanes, metrics);
    out.axisRight = axis ? axis->right : right;

    const double horizon = std::max(scenario.horizonDays, 1.0);
    out.years = horizon > 3.0 * kDaysPerYear;
    const double unit = out.years ? kDaysPerYear : kDaysPerMonth;
    const int count = static_cast<int>(std::floor(horizon / unit + 1e-9));
    const double perUnit = (out.axisRight - out.axisLeft) / (horizon / unit);
    // The widest label that would be printed decides the spacing.
    const double widest = metrics.horizontalAdvance(tickLabel(out.years, std::max(count, 0)));
    const std::vector<int> steps = out.years ? std::vector<int>{1, 2, 5, 10, 20, 50}
                                             : std::vector<int>{1, 3, 6, 12};
    out.tickStep = steps.back();
    for (int step : steps) {
        if (step * perUnit >= widest + kLabelGap) {
            out.tickStep = step;
            break;
        }
    }
    return out;
}

double PlanStrip::paint(QPainter &painter, const Scenario &scenario, double left, double right,
                        double top, std::optional<AxisSpan> axis, Layout *drawn)
{
    painter.save();
    painter.setFont(stripFont());
    const QFontMetricsF metrics(painter.font(), painter.device());
    const Layout layout = PlanStrip::layout(scenario, metrics, left, right, axis);
    if (drawn)
        *drawn = layout;
    const double horizon = std::max(scenario.horizonDays, 1.0);
    const auto x = [&](double day) {
        return layout.axisLeft +
               (layout.axisRight - layout.axisLeft) * std::clamp(day / horizon, 0.0, 1.0);
    };
    double y = top + 4.0;
    for (Therapy therapy : layout.lanes) {
        painter.setPen(QColor(0x22, 0x22, 0x22));
        painter.drawText(QRectF(left, y, layout.axisLeft - left - kLabelGap, kLaneHeight),
                         Qt::AlignVCenter | Qt::AlignLeft, therapyDisplayName(therapy));
        painter.setPen(Qt::NoPen);
        painter.setBrush(therapyColor(therapy));
        for (const Treatment &treatment : scenario.treatments) {
            if (treatment.therapy != therapy)
                continue;
            const DaySpan span = treatmentSpan(treatment);
            const double x0 = x(span.start);
            const double x1 = std::max(x(span.end + 1.0), x0 + 5.0);
            painter.drawRoundedRect(QRectF(x0, y + 3.0, x1 - x0, kLaneHeight - 6.0), 3, 3);
        }
        y += kLaneHeight;
    }
    const double axisY = y + 4.0;
    painter.setPen(QPen(QColor(0x55, 0x55, 0x55), 1.5));
    painter.drawLine(QPointF(layout.axisLeft, axisY), QPointF(layout.axisRight, axisY));
    const double unit = layout.years ? kDaysPerYear : kDaysPerMonth;
    for (int t = 0; t * unit <= horizon + 0.5; t += layout.tickStep) {
        const double tx = x(t * unit);
        painter.drawLine(QPointF(tx, axisY), QPointF(tx, axisY + 6));
        painter.drawText(QRectF(tx - 60, axisY + 8, 120, 20), Qt::AlignHCenter,
                         tickLabel(layout.years, t));
    }
    painter.restore();
    return axisY + 30.0;
}

} // namespace lymph
