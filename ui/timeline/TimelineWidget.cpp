#include "TimelineWidget.h"

#include "ScheduleDocument.h"
#include "TimelineDrops.h"
#include "TimelineKeys.h"
#include "TimelineMouse.h"
#include "TimelinePainter.h"
#include "TreatmentLabel.h"

#include "scenario/ScheduleEdits.h"

#include <QContextMenuEvent>
#include <QHelpEvent>
#include <QKeyEvent>
#include <QMenu>
#include <QMouseEvent>
#include <QPainter>
#include <QToolTip>
#include <QWheelEvent>

#include <algorithm>
#include <cmath>

namespace lymph {

TimelineWidget::TimelineWidget(ScheduleDocument *document, QWidget *parent)
    : QWidget(parent), m_document(document), m_mouse(new TimelineMouse(this, document)),
      m_keys(std::make_unique<TimelineKeys>(this, document)),
      m_drops(std::make_unique<TimelineDrops>(this, document))
{
    setObjectName(QStringLiteral("timeline"));
    setAccessibleName(tr("Treatment timeline"));
    setAccessibleDescription(
        tr("One lane per therapy. Arrow keys move the selected treatments by a day (with Shift "
           "by a week), Alt+arrow selects the previous or next treatment, Delete removes, "
           "Ctrl+D duplicates, Ctrl+A selects all, plus and minus zoom."));
    setFocusPolicy(Qt::StrongFocus);
    setAcceptDrops(true);
    setMouseTracking(true);
    setAutoFillBackground(true);
    setBackgroundRole(QPalette::Base);
    m_scale.setPixelSpan(kDefaultLaneLeft, 800);
    connect(m_document, &ScheduleDocument::changed, this, &TimelineWidget::documentChanged);
    connect(m_document, &ScheduleDocument::selectionChanged, this,
            &TimelineWidget::selectionChanged);
    connect(m_mouse, &TimelineMouse::draggingChanged, this, &TimelineWidget::draggingChanged);
    fitToScenario();
}

TimelineWidget::~TimelineWidget() = default;

const std::vector<Treatment> &TimelineWidget::treatments() const
{
    return m_document->scenario().treatments;
}

// ---- view state and geometry ----------------------------------------------------------------

QSize TimelineWidget::sizeHint() const
{
    return {900, static_cast<int>(lanesBottom()) + 8};
}

QSize TimelineWidget::minimumSizeHint() const { return {400, sizeHint().height()}; }

TimelineLayout TimelineWidget::layout() const
{
    return TimelineLayout(m_scale, treatments(), m_educationStyle, m_laneHeight);
}

int TimelineWidget::blockAt(QPointF position) const
{
    return layout().blockAt(position, m_document->selection());
}

SnapUnit TimelineWidget::snapFor(Qt::KeyboardModifiers modifiers) const
{
    return (modifiers & Qt::ShiftModifier) ? SnapUnit::None : m_snap;
}

void TimelineWidget::setTimePixelSpan(int left, int right)
{
    if (qFuzzyCompare(m_scale.left(), double(left)) && qFuzzyCompare(m_scale.right(), double(right)))
        return;
    m_scale.setPixelSpan(left, right);
    update();
}

void TimelineWidget::setVisibleDays(double first, double last)
{
    if (qFuzzyCompare(m_scale.firstDay() + 1.0, first + 1.0) &&
        qFuzzyCompare(m_scale.lastDay() + 1.0, last + 1.0))
        return;
    m_scale.setVisibleDays(first, last);
    update();
    emitVisibleDays();
}

void TimelineWidget::fitToScenario()
{
    setVisibleDays(0.0, std::max(m_document->scenario().horizonDays, 30.0));
}

void TimelineWidget::zoomBy(double factor)
{
    m_scale.zoom(factor, 0.5 * (m_scale.firstDay() + m_scale.lastDay()));
    update();
    emitVisibleDays();
}

void TimelineWidget::setCompactLanes(bool compact)
{
    const int height = compact ? TimelineLayout::kCompactLaneHeight : TimelineLayout::kLaneHeight;
    if (height == m_laneHeight)
        return;
    m_laneHeight = height;
    updateGeometry();
    update();
}

void TimelineWidget::zoomAt(double factor, double anchorDay)
{
    m_scale.zoom(factor, anchorDay);
    update();
    emitVisibleDays();
}

void TimelineWidget::setEducationStyle(bool on)
{
    m_educationStyle = on;
    updateGeometry();
    update();
}

void TimelineWidget::setMarkerDay(std::optional<double> day)
{
    m_markerDay = day;
    update();
}

void TimelineWidget::emitVisibleDays()
{
    emit visibleDaysChanged(m_scale.firstDay(), m_scale.lastDay());
}

void TimelineWidget::resizeEvent(QResizeEvent *event)
{
    // Until MainWindow aligns the lanes with the plots, they fill the widget.
    if (m_scale.right() > width() - 4 || m_scale.right() < 0.5 * width())
        m_scale.setPixelSpan(m_scale.left(), width() - 16);
    QWidget::resizeEvent(event);
}

// ---- document -------------------------------------------------------------------------------

void TimelineWidget::documentChanged()
{
    if (m_educationStyle)
        updateGeometry(); // lanes come and go with the therapies used
    update();
}

void TimelineWidget::selectionChanged()
{
    update();
    // Screen readers hear what is selected (the blocks themselves are painted).
    QStringList selected;
    for (int i : m_document->selection())
        selected << treatmentSummary(treatments()[static_cast<std::size_t>(i)]);
    setAccessibleName(selected.isEmpty()
                          ? tr("Treatment timeline, nothing selected")
                          : tr("Treatment timeline, selected: %1")
                                .arg(selected.join(QStringLiteral("; "))));
}

// ---- painting -------------------------------------------------------------------------------

void TimelineWidget::paintEvent(QPaintEvent *)
{
    QPainter painter(this);
    painter.setRenderHint(QPainter::Antialiasing);
    const TimelineLayout geometry = layout();
    TimelinePainter draw(painter, geometry, *this, m_educationStyle);
    draw.paintLanes();
    draw.paintRuler();
    draw.paintHorizon(m_document->scenario().horizonDays);
    draw.paintBlocks(m_document->selection(), m_drops->preview());
    if (m_markerDay)
        draw.paintMarker(*m_markerDay);
    draw.paintRubberBand(m_mouse->rubberBand());
    if (treatments().empty() && !m_drops->preview())
        draw.paintPlaceholder();
    if (hasFocus())
        draw.paintFocusFrame();
}

// ---- gestures -------------------------------------------------------------------------------

void TimelineWidget::mousePressEvent(QMouseEvent *event)
{
    if (event->button() != Qt::LeftButton) {
        QWidget::mousePressEvent(event);
        return;
    }
    setFocus(Qt::MouseFocusReason);
    m_mouse->press(event);
}

void TimelineWidget::mouseMoveEvent(QMouseEvent *event)
{
    if (event->buttons() & Qt::LeftButton) {
        m_mouse->move(event);
        return;
    }
    const QPointF position = event->position();
    const TimelineLayout geometry = layout();
    const bool onGrip =
        geometry.isOnResizeGrip(geometry.blockAt(position, m_document->selection()), position);
    setCursor(onGrip ? Qt::SizeHorCursor : Qt::ArrowCursor);
}

void TimelineWidget::mouseReleaseEvent(QMouseEvent *event)
{
    if (event->button() != Qt::LeftButton) {
        QWidget::mouseReleaseEvent(event);
        return;
    }
    m_mouse->release(event);
}

void TimelineWidget::wheelEvent(QWheelEvent *event)
{
    const QPoint delta = event->angleDelta();
    const double steps =
        (std::abs(delta.y()) >= std::abs(delta.x()) ? delta.y() : delta.x()) / 120.0;
    if (steps == 0.0)
        return;
    if (event->modifiers() & Qt::ControlModifier)
        m_scale.zoom(std::pow(0.8, steps), m_scale.dayForX(event->position().x()));
    else
        m_scale.panDays(-0.1 * steps * (m_scale.lastDay() - m_scale.firstDay()));
    update();
    emitVisibleDays();
    event->accept();
}

void TimelineWidget::keyPressEvent(QKeyEvent *event)
{
    if (!m_keys->handle(event))
        QWidget::keyPressEvent(event);
}

void TimelineWidget::contextMenuEvent(QContextMenuEvent *event)
{
    const int index = blockAt(event->pos());
    if (index >= 0 && !m_document->selection().contains(index))
        m_document->setSelection({index});
    const QList<int> selection = m_document->selection();
    QMenu menu(this);
    if (!selection.isEmpty()) {
        menu.addAction(tr("&Duplicate"), this, [this] { m_document->duplicateSelection(); });
        QAction *split = menu.addAction(tr("&Split into single infusions"), this,
                                        [this] { m_document->splitSelection(); });
        split->setEnabled(std::any_of(selection.begin(), selection.end(), [this](int i) {
            return canSplit(treatments()[static_cast<std::size_t>(i)]);
        }));
        menu.addAction(tr("De&lete"), this, [this] { m_document->deleteSelection(); });
        menu.addSeparator();
    }
    menu.addAction(tr("Show the &whole simulated time"), this, [this] { fitToScenario(); });
    menu.exec(event->globalPos());
}

bool TimelineWidget::event(QEvent *event)
{
    if (event->type() == QEvent::ToolTip) {
        showToolTip(static_cast<QHelpEvent *>(event));
        return true;
    }
    return QWidget::event(event);
}

void TimelineWidget::showToolTip(QHelpEvent *event)
{
    const int index = blockAt(event->pos());
    if (index < 0) {
        QToolTip::hideText();
        event->ignore();
        return;
    }
    const Treatment &treatment = treatments()[static_cast<std::size_t>(index)];
    QString text = treatmentSummary(treatment) + QLatin1Char('\n') +
                   tr("Days: %1").arg(treatmentDaysText(treatment)) + QLatin1Char('\n') +
                   tr("Drag to move (Shift: no snapping).");
    if (hasAdjustableEnd(treatment))
        text += QLatin1Char(' ') + tr("Drag the right edge to change the end.");
    if (canSplit(treatment))
        text += QLatin1Char(' ') + tr("Right-click to split into single infusions.");
    QToolTip::showText(event->globalPos(), text, this);
}

// ---- palette drops --------------------------------------------------------------------------

void TimelineWidget::dragEnterEvent(QDragEnterEvent *event) { m_drops->enter(event); }

void TimelineWidget::dragMoveEvent(QDragMoveEvent *event) { m_drops->move(event); }

void TimelineWidget::dragLeaveEvent(QDragLeaveEvent *event)
{
    m_drops->leave();
    QWidget::dragLeaveEvent(event);
}

void TimelineWidget::dropEvent(QDropEvent *event) { m_drops->drop(event); }

} // namespace lymph
