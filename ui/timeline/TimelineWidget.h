#pragma once
// The treatment timeline: one lane per therapy under a ruler in days, months or years, each
// treatment a block the user moves, resizes (fingolimod's end), splits, duplicates or deletes,
// alone or as a multi-selection, with snapping to day/week/month (Shift held: no snapping).
// Palette entries are dropped onto it. It reads the document and edits it only through the
// document's undo commands; edits that would break the scenario file's rules are refused
// with the rule's message (editRefused), so the schedule on screen is always a valid one.

#include "TimelineScale.h"

#include "scenario/Scenario.h"
#include "scenario/TherapyTemplates.h"

#include <QList>
#include <QRectF>
#include <QWidget>

#include <optional>
#include <vector>

namespace lymph {

class ScheduleDocument;

class TimelineWidget : public QWidget {
    Q_OBJECT

public:
    static constexpr int kRulerHeight = 30;
    static constexpr int kLaneHeight = 34;
    static constexpr int kDefaultLaneLeft = 130;
    static constexpr int kResizeGrip = 6; // px at a resizable block's right edge
    static constexpr Therapy kLanes[] = {Therapy::Alemtuzumab, Therapy::Ocrelizumab,
                                         Therapy::Rituximab, Therapy::Fingolimod,
                                         Therapy::Ahsct};

    explicit TimelineWidget(ScheduleDocument *document, QWidget *parent = nullptr);

    const TimelineScale &scale() const { return m_scale; }
    // The pixels (in this widget) where the lanes' time axis starts and ends: MainWindow puts
    // them under the plots' time axis so a day sits at the same x in both.
    void setTimePixelSpan(int left, int right);
    void setVisibleDays(double first, double last);
    // Shows the whole simulated time.
    void fitToScenario();
    // factor < 1 zooms in around the centre of the view.
    void zoomBy(double factor);
    // Education style: an icon on each block (infusion drop, capsule, stem cells), and a
    // marker at the month being explained (nothing hides it).
    void setEducationStyle(bool on);
    bool educationStyle() const { return m_educationStyle; }
    void setMarkerDay(std::optional<double> day);
    std::optional<double> markerDay() const { return m_markerDay; }

    SnapUnit snapUnit() const { return m_snap; }
    void setSnapUnit(SnapUnit unit) { m_snap = unit; }

    QList<int> selection() const { return m_selection; }
    void setSelection(QList<int> indices);

    // Geometry, for painting, hit tests and tests.
    QRectF laneRect(Therapy therapy) const;
    // Every therapy's lane, or in education style only those the scenario uses.
    std::vector<Therapy> visibleLanes() const;
    double lanesBottom() const;
    QRectF blockRect(int index) const;
    int blockAt(QPointF position) const; // -1 for none; the selected block wins overlaps

    // Edits of the selection; each is one undo step. False (with editRefused emitted when a
    // rule is in the way) when nothing changed.
    bool nudgeSelection(double days);
    bool deleteSelection();
    bool duplicateSelection();
    bool splitSelection();
    // Adds a standard regimen starting on `day` (snapped) and selects it.
    bool addTemplate(TherapyTemplate which, double day);
    // Where the palette's Enter key puts a regimen: a month after the last treatment ends.
    double nextFreeDay() const;

    QSize sizeHint() const override;
    QSize minimumSizeHint() const override;

signals:
    void selectionChanged(const QList<int> &indices);
    void visibleDaysChanged(double first, double last);
    void editRefused(const QString &message);
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
    enum class Gesture { None, Pending, Move, Resize, RubberBand };

    const std::vector<Treatment> &treatments() const;
    QRectF spanRect(Therapy therapy, double startDay, double endDay) const;
    bool isOnResizeGrip(int index, QPointF position) const;
    SnapUnit snapFor(Qt::KeyboardModifiers modifiers) const;
    void documentChanged();
    void emitVisibleDays();
    // Applies `treatments` as one undo step when the scenario rules allow it.
    bool apply(const std::vector<Treatment> &treatments, const QString &actionText,
               QList<int> selectAfter, int mergeSession = 0);

    void startGesture(QMouseEvent *event);
    void continueMove(QPointF position, Qt::KeyboardModifiers modifiers);
    void continueResize(QPointF position, Qt::KeyboardModifiers modifiers);
    void updateRubberBand(QPointF position);
    void selectNeighbour(int direction);

    void paintRuler(QPainter &painter) const;
    void paintLanes(QPainter &painter) const;
    void paintBlock(QPainter &painter, const Treatment &treatment, const QRectF &rect,
                    bool selected, bool ghost) const;
    void paintHorizon(QPainter &painter) const;
    void paintIcon(QPainter &painter, Therapy therapy, const QRectF &block) const;
    void paintMarker(QPainter &painter) const;
    // Free pixels right of `rect` before the next block in the same lane or the axis end.
    double roomAfter(const Treatment &treatment, const QRectF &rect) const;

    ScheduleDocument *m_document;
    TimelineScale m_scale;
    SnapUnit m_snap = SnapUnit::Day;
    QList<int> m_selection;
    std::size_t m_knownCount = 0;
    bool m_applying = false;

    Gesture m_gesture = Gesture::None;
    QPointF m_pressPosition;
    int m_pressIndex = -1;
    bool m_pressToggled = false;
    std::vector<Treatment> m_gestureOrigin;
    int m_mergeSession = 0;
    QRectF m_rubberBand;
    std::optional<Treatment> m_dropPreview;
    bool m_educationStyle = false;
    std::optional<double> m_markerDay;
};

} // namespace lymph
