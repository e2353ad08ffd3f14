#include "TimelineLayout.h"

#include "scenario/ScheduleEdits.h"

#include <algorithm>

namespace lymph {

namespace {

constexpr double kMinBlockWidth = 8.0;

// Blocks end after their last dosing day: an infusion occupies its whole day.
double spanEndForDrawing(const Treatment &treatment)
{
    const DaySpan span = treatmentSpan(treatment);
    return treatment.therapy == Therapy::Fingolimod ? span.end : span.end + 1.0;
}

} // namespace

TimelineLayout::TimelineLayout(const TimelineScale &scale,
                               const std::vector<Treatment> &treatments, bool educationStyle,
                               int laneHeight)
    : m_scale(scale), m_treatments(treatments), m_laneHeight(laneHeight)
{
    for (Therapy therapy : kLanes) {
        // Education style shows only the therapies the plan uses: less to explain, more room.
        const bool used =
            std::any_of(treatments.begin(), treatments.end(),
                        [therapy](const Treatment &t) { return t.therapy == therapy; });
        if (!educationStyle || used)
            m_lanes.push_back(therapy);
    }
    if (m_lanes.empty())
        m_lanes.push_back(kLanes[0]);
}

double TimelineLayout::lanesBottom() const
{
    return kRulerHeight + m_laneHeight * static_cast<double>(m_lanes.size());
}

QRectF TimelineLayout::laneRect(Therapy therapy) const
{
    const auto lane = std::find(m_lanes.begin(), m_lanes.end(), therapy) - m_lanes.begin();
    return QRectF(m_scale.left(), kRulerHeight + static_cast<double>(lane) * m_laneHeight,
                  m_scale.right() - m_scale.left(), m_laneHeight);
}

QRectF TimelineLayout::spanRect(Therapy therapy, double startDay, double endDay) const
{
    const QRectF lane = laneRect(therapy);
    const double x0 = m_scale.xForDay(startDay);
    const double x1 = std::max(m_scale.xForDay(endDay), x0 + kMinBlockWidth);
    const double inset = m_laneHeight < kLaneHeight ? 3.0 : 4.0;
    return QRectF(x0, lane.top() + inset, x1 - x0, lane.height() - 2 * inset);
}

QRectF TimelineLayout::blockRect(const Treatment &treatment) const
{
    return spanRect(treatment.therapy, treatmentSpan(treatment).start,
                    spanEndForDrawing(treatment));
}

QRectF TimelineLayout::blockRect(int index) const
{
    if (index < 0 || index >= static_cast<int>(m_treatments.size()))
        return {};
    return blockRect(m_treatments[static_cast<std::size_t>(index)]);
}

int TimelineLayout::blockAt(QPointF position, const QList<int> &selection) const
{
    if (position.x() < m_scale.left())
        return -1;
    int found = -1;
    for (int i = 0; i < static_cast<int>(m_treatments.size()); ++i) {
        if (!blockRect(i).adjusted(-2, 0, 2, 0).contains(position))
            continue;
        if (selection.contains(i))
            return i;
        found = i;
    }
    return found;
}

bool TimelineLayout::isOnResizeGrip(int index, QPointF position) const
{
    if (index < 0 || index >= static_cast<int>(m_treatments.size()) ||
        !hasAdjustableEnd(m_treatments[static_cast<std::size_t>(index)]))
        return false;
    const QRectF rect = blockRect(index);
    return position.x() >= rect.right() - kResizeGrip && position.x() <= rect.right() + 3;
}

double TimelineLayout::roomAfter(const Treatment &treatment, const QRectF &rect) const
{
    double limit = m_scale.right();
    for (int i = 0; i < static_cast<int>(m_treatments.size()); ++i) {
        const QRectF other = blockRect(i);
        // Any block starting after this one's start, also one it overlaps (the pieces of a
        // split course at a zoom where a day is narrower than a block): their labels would
        // run over each other.
        if (m_treatments[static_cast<std::size_t>(i)].therapy == treatment.therapy &&
            other.left() > rect.left() + 0.5)
            limit = std::min(limit, other.left());
    }
    return limit - rect.right();
}

} // namespace lymph
