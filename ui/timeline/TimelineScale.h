#pragma once
// Maps scenario days to horizontal pixels for the timeline (and, through MainWindow, keeps
// the same days under the same pixels as the plots). Also picks the ruler's ticks: days,
// months or years, whichever gives readable spacing at the current zoom.

#include <vector>
#include "model/Calendar.h"

namespace lymph {

class TimelineScale {
public:
    enum class Unit { Day, Month, Year };
    struct Tick {
        double day = 0.0;
        double count = 0.0; // in `unit`: "month 6" has count 6
        Unit unit = Unit::Day;
        bool labelled = false;
    };
    static constexpr double kDaysPerMonth = lymph::kDaysPerMonth;
    static constexpr double kDaysPerYear = lymph::kDaysPerYear;
    // Zooming in stops at a week across the view; zooming out at 60 years.
    static constexpr double kMinVisibleDays = 7.0;
    static constexpr double kMaxVisibleDays = 60.0 * kDaysPerYear;

    void setPixelSpan(double left, double right);
    double left() const { return m_left; }
    double right() const { return m_right; }

    // Clamped like zoom and panDays: a width within the limits, nothing far before day 0.
    void setVisibleDays(double first, double last);
    double firstDay() const { return m_first; }
    double lastDay() const { return m_last; }

    double xForDay(double day) const;
    double dayForX(double x) const;
    double pixelsPerDay() const;

    // factor < 1 zooms in; the day under `anchorDay` stays where it is (also where the zoom
    // stops at its limits).
    void zoom(double factor, double anchorDay);
    // Never further back than kLeadShare of the view before day 0.
    void panDays(double days);
    static constexpr double kLeadShare = 0.02;

    std::vector<Tick> ticks() const;

private:
    void keepDayZeroInReach();

    double m_left = 0.0;
    double m_right = 100.0;
    double m_first = 0.0;
    double m_last = 2190.0;
};

// Where a dragged block lands: whole days, weeks or (rounded) months from day 0.
enum class SnapUnit { None, Day, Week, Month };
double snapDay(double day, SnapUnit unit);

} // namespace lymph
