#pragma once
// Where things are on the timeline: one lane per therapy under the ruler, each treatment a block
// over its days at the current scale. Geometry only, for painting and hit tests; made afresh
// from the scale and the schedule whenever it is needed (it refers to both, copies neither).

#include "TimelineScale.h"

#include "scenario/Scenario.h"

#include <QList>
#include <QPointF>
#include <QRectF>

#include <vector>

namespace lymph {

class TimelineLayout {
public:
    static constexpr int kRulerHeight = 30;
    static constexpr int kLaneHeight = 34;
    static constexpr int kCompactLaneHeight = 26; // on short screens (1366×768)
    static constexpr int kResizeGrip = 6; // px at a resizable block's right edge
    static constexpr Therapy kLanes[] = {Therapy::Alemtuzumab, Therapy::Ocrelizumab,
                                         Therapy::Rituximab, Therapy::Fingolimod,
                                         Therapy::Ahsct};

    // `educationStyle`: only the lanes of therapies the schedule uses.
    TimelineLayout(const TimelineScale &scale, const std::vector<Treatment> &treatments,
                   bool educationStyle, int laneHeight = kLaneHeight);

    const TimelineScale &scale() const { return m_scale; }
    const std::vector<Treatment> &treatments() const { return m_treatments; }
    const std::vector<Therapy> &visibleLanes() const { return m_lanes; }
    int laneHeight() const { return m_laneHeight; }
    double lanesBottom() const;
    QRectF laneRect(Therapy therapy) const;
    // A block from `startDay` to `endDay` in `therapy`'s lane (at least a few pixels wide).
    QRectF spanRect(Therapy therapy, double startDay, double endDay) const;
    QRectF blockRect(const Treatment &treatment) const;
    QRectF blockRect(int index) const; // empty for an index outside the schedule
    // The block under `position` (-1 for none); a selected block wins overlaps.
    int blockAt(QPointF position, const QList<int> &selection) const;
    bool isOnResizeGrip(int index, QPointF position) const;
    // Free pixels right of `rect` before the next block in the same lane or the axis end.
    double roomAfter(const Treatment &treatment, const QRectF &rect) const;

private:
    const TimelineScale &m_scale;
    const std::vector<Treatment> &m_treatments;
    std::vector<Therapy> m_lanes;
    int m_laneHeight = kLaneHeight;
};

} // namespace lymph
