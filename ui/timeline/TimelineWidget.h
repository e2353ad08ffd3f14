#pragma once
// The treatment timeline: one lane per therapy under a ruler in days, months or years, each
// treatment a block. It maps gestures to the document's edit operations (TimelineMouse: clicks,
// drags, resizes and the rubber band; TimelineKeys: the keyboard; TimelineDrops: palette drops;
// its own context menu) and paints the schedule (TimelinePainter, TimelineLayout). It keeps only
// view state: the visible days, snapping, the education style and marker, the drop preview.
// The selection and every edit belong to the document, which refuses edits that would break
// the scenario file's rules, so the schedule on screen is always a valid one.

#include "TimelineLayout.h"
#include "TimelineScale.h"

#include "scenario/Scenario.h"

#include <QPointF>
#include <QRectF>
#include <QWidget>

#include <memory>
#include <optional>
#include <vector>

class QHelpEvent;

namespace lymph {

class ScheduleDocument;
class TimelineDrops;
class TimelineKeys;
class TimelineMouse;

class TimelineWidget : public QWidget {
    Q_OBJECT

public:
    static constexpr int kDefaultLaneLeft = 130;

    explicit TimelineWidget(ScheduleDocument *document, QWidget *parent = nullptr);
    ~TimelineWidget() override;

    const TimelineScale &scale() const { return m_scale; }
    // The pixels (in this widget) where the lanes' time axis starts and ends: MainWindow puts
    // them under the plots' time axis so a day sits at the same x in both.
    void setTimePixelSpan(int left, int right);
    void setVisibleDays(double first, double last);
    // Shows the whole simulated time.
    void fitToScenario();
    // factor < 1 zooms in around the centre of the view.
    void zoomBy(double factor);
    // Education style: an icon on each block (infusion drop, capsule, stem cells), only the
    // lanes the plan uses, and a marker at the month being explained (nothing hides it).
    void setEducationStyle(bool on);
    // Lower lanes on short screens.
    void setCompactLanes(bool compact);
    bool compactLanes() const { return m_laneHeight < TimelineLayout::kLaneHeight; }
    // Zooms by `factor` (< 1 zooms in) keeping `anchorDay` under the same pixel (the mouse).
    void zoomAt(double factor, double anchorDay);
    bool educationStyle() const { return m_educationStyle; }
    void setMarkerDay(std::optional<double> day);
    std::optional<double> markerDay() const { return m_markerDay; }

    SnapUnit snapUnit() const { return m_snap; }
    void setSnapUnit(SnapUnit unit) { m_snap = unit; }
    // Where dragged and dropped treatments land: no snapping while Shift is held.
    SnapUnit snapFor(Qt::KeyboardModifiers modifiers) const;

    // Geometry, for painting, hit tests and tests.
    TimelineLayout layout() const;
    QRectF laneRect(Therapy therapy) const { return layout().laneRect(therapy); }
    std::vector<Therapy> visibleLanes() const { return layout().visibleLanes(); }
    double lanesBottom() const { return layout().lanesBottom(); }
    QRectF blockRect(int index) const { return layout().blockRect(index); }
    int blockAt(QPointF position) const; // -1 for none; the selected block wins overlaps

    QSize sizeHint() const override;
    QSize minimumSizeHint() const override;

signals:
    void visibleDaysChanged(double first, double last);
    // True from the first move of a block drag or resize until the mouse is released.
    void draggingChanged(bool dragging);

protected:
    void paintEvent(QPaintEvent *event) override;
    void resizeEvent(QResizeEvent *event) override;
    void mousePressEvent(QMouseEvent *event) override;
    void mouseMoveEvent(QMouseEvent *event) override;
    void mouseReleaseEvent(QMouseEvent *event) override;
    void wheelEvent(QWheelEvent *event) override;
    void keyPressEvent(QKeyEvent *event) override;
    void contextMenuEvent(QContextMenuEvent *event) override;
    void dragEnterEvent(QDragEnterEvent *event) override;
    void dragMoveEvent(QDragMoveEvent *event) override;
    void dragLeaveEvent(QDragLeaveEvent *event) override;
    void dropEvent(QDropEvent *event) override;
    bool event(QEvent *event) override;

private:
    const std::vector<Treatment> &treatments() const;
    void documentChanged();
    void selectionChanged();
    void emitVisibleDays();
    void showToolTip(QHelpEvent *event);

    ScheduleDocument *m_document;
    TimelineScale m_scale;
    SnapUnit m_snap = SnapUnit::Day;
    bool m_educationStyle = false;
    int m_laneHeight = TimelineLayout::kLaneHeight;
    std::optional<double> m_markerDay;
    TimelineMouse *m_mouse;
    std::unique_ptr<TimelineKeys> m_keys;
    std::unique_ptr<TimelineDrops> m_drops;
};

} // namespace lymph
