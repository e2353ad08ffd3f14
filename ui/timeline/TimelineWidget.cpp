#include "TimelineWidget.h"

#include "IssueText.h"
#include "ScheduleDocument.h"
#include "TherapyMime.h"
#include "TherapySwatch.h"
#include "TreatmentLabel.h"

#include "scenario/ScheduleEdits.h"

#include <QApplication>
#include <QContextMenuEvent>
#include <QHelpEvent>
#include <QKeyEvent>
#include <QLocale>
#include <QMenu>
#include <QMimeData>
#include <QMouseEvent>
#include <QPainter>
#include <QPainterPath>
#include <QToolTip>
#include <QWheelEvent>

#include <algorithm>
#include <cmath>
#include <numbers>
#include <set>

namespace lymph {

namespace {

constexpr double kMinBlockWidth = 8.0;


QString number(double value) { return plainNumber(value, 6); }

// Blocks end after their last dosing day: an infusion occupies its whole day.
double spanEndForDrawing(const Treatment &treatment)
{
    const DaySpan span = treatmentSpan(treatment);
    return treatment.therapy == Therapy::Fingolimod ? span.end : span.end + 1.0;
}

} // namespace

TimelineWidget::TimelineWidget(ScheduleDocument *document, QWidget *parent)
    : QWidget(parent), m_document(document)
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
    // Another file (or recovered work): the old selection means nothing in it.
    connect(m_document, &ScheduleDocument::replaced, this, [this] { setSelection({}); });
    m_knownCount = treatments().size();
    fitToScenario();
}

const std::vector<Treatment> &TimelineWidget::treatments() const
{
    return m_document->scenario().treatments;
}

// ---- geometry -------------------------------------------------------------------------------

QSize TimelineWidget::sizeHint() const
{
    return {900, static_cast<int>(lanesBottom()) + 8};
}

QSize TimelineWidget::minimumSizeHint() const { return {400, sizeHint().height()}; }

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

void TimelineWidget::setEducationStyle(bool on)
{
    m_educationStyle = on;
    updateGeometry();
    update();
}

std::vector<Therapy> TimelineWidget::visibleLanes() const
{
    std::vector<Therapy> lanes;
    for (Therapy therapy : kLanes) {
        // Education style shows only the therapies the plan uses: less to explain, more room.
        const bool used = std::any_of(treatments().begin(), treatments().end(),
                                      [therapy](const Treatment &t) { return t.therapy == therapy; });
        if (!m_educationStyle || used)
            lanes.push_back(therapy);
    }
    if (lanes.empty())
        lanes.push_back(kLanes[0]);
    return lanes;
}

double TimelineWidget::lanesBottom() const
{
    return kRulerHeight + kLaneHeight * static_cast<double>(visibleLanes().size());
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

QRectF TimelineWidget::laneRect(Therapy therapy) const
{
    const std::vector<Therapy> lanes = visibleLanes();
    const int lane = static_cast<int>(std::find(lanes.begin(), lanes.end(), therapy) - lanes.begin());
    return QRectF(m_scale.left(), kRulerHeight + lane * kLaneHeight,
                  m_scale.right() - m_scale.left(), kLaneHeight);
}

QRectF TimelineWidget::spanRect(Therapy therapy, double startDay, double endDay) const
{
    const QRectF lane = laneRect(therapy);
    const double x0 = m_scale.xForDay(startDay);
    const double x1 = std::max(m_scale.xForDay(endDay), x0 + kMinBlockWidth);
    return QRectF(x0, lane.top() + 4, x1 - x0, lane.height() - 8);
}

QRectF TimelineWidget::blockRect(int index) const
{
    if (index < 0 || index >= static_cast<int>(treatments().size()))
        return {};
    const Treatment &treatment = treatments()[static_cast<std::size_t>(index)];
    return spanRect(treatment.therapy, treatmentSpan(treatment).start,
                    spanEndForDrawing(treatment));
}

int TimelineWidget::blockAt(QPointF position) const
{
    if (position.x() < m_scale.left())
        return -1;
    int found = -1;
    for (int i = 0; i < static_cast<int>(treatments().size()); ++i) {
        if (!blockRect(i).adjusted(-2, 0, 2, 0).contains(position))
            continue;
        if (m_selection.contains(i))
            return i;
        found = i;
    }
    return found;
}

bool TimelineWidget::isOnResizeGrip(int index, QPointF position) const
{
    if (index < 0 || !hasAdjustableEnd(treatments()[static_cast<std::size_t>(index)]))
        return false;
    const QRectF rect = blockRect(index);
    return position.x() >= rect.right() - kResizeGrip && position.x() <= rect.right() + 3;
}

SnapUnit TimelineWidget::snapFor(Qt::KeyboardModifiers modifiers) const
{
    return (modifiers & Qt::ShiftModifier) ? SnapUnit::None : m_snap;
}

// ---- selection and document -----------------------------------------------------------------

void TimelineWidget::setSelection(QList<int> indices)
{
    const int count = static_cast<int>(treatments().size());
    indices.erase(std::remove_if(indices.begin(), indices.end(),
                                 [count](int i) { return i < 0 || i >= count; }),
                  indices.end());
    std::sort(indices.begin(), indices.end());
    indices.erase(std::unique(indices.begin(), indices.end()), indices.end());
    if (indices == m_selection)
        return;
    m_selection = indices;
    update();
    // Screen readers hear what is selected (the blocks themselves are painted).
    QStringList selected;
    for (int i : m_selection)
        selected << treatmentSummary(treatments()[static_cast<std::size_t>(i)]);
    setAccessibleName(selected.isEmpty()
                          ? tr("Treatment timeline, nothing selected")
                          : tr("Treatment timeline, selected: %1").arg(selected.join(QStringLiteral("; "))));
    emit selectionChanged(m_selection);
}

void TimelineWidget::documentChanged()
{
    // An undo, redo or load that adds or removes treatments leaves the old indices meaningless.
    const std::size_t count = treatments().size();
    if (!m_applying && count != m_knownCount)
        setSelection({});
    else
        setSelection(m_selection); // drops indices past the end
    m_knownCount = count;
    if (m_educationStyle)
        updateGeometry(); // lanes come and go with the therapies used
    update();
}

bool TimelineWidget::apply(const std::vector<Treatment> &list, const QString &actionText,
                           QList<int> selectAfter, int mergeSession)
{
    Scenario candidate = m_document->scenario();
    candidate.treatments = list;
    const auto problems = ScheduleDocument::problemsWith(candidate);
    if (!problems.empty()) {
        emit editRefused(
            tr("Not changed: %1").arg(IssueText::forWindow(&candidate).describe(problems.front())));
        return false;
    }
    m_applying = true;
    const bool changed = m_document->setTreatmentList(list, actionText, mergeSession);
    m_knownCount = treatments().size();
    m_applying = false;
    setSelection(selectAfter);
    return changed;
}

// ---- edits ----------------------------------------------------------------------------------

bool TimelineWidget::nudgeSelection(double days)
{
    if (m_selection.isEmpty())
        return false;
    std::vector<Treatment> list = treatments();
    double earliest = 1e300;
    for (int i : m_selection)
        earliest = std::min(earliest, treatmentSpan(list[static_cast<std::size_t>(i)]).start);
    days = std::max(days, -earliest);
    if (days == 0.0)
        return false;
    for (int i : m_selection)
        list[static_cast<std::size_t>(i)] = shiftedTreatment(list[static_cast<std::size_t>(i)], days);
    return apply(list, tr("Move %n treatment(s)", "", int(m_selection.size())), m_selection);
}

bool TimelineWidget::deleteSelection()
{
    if (m_selection.isEmpty())
        return false;
    std::vector<Treatment> list;
    for (int i = 0; i < static_cast<int>(treatments().size()); ++i) {
        if (!m_selection.contains(i))
            list.push_back(treatments()[static_cast<std::size_t>(i)]);
    }
    return apply(list, tr("Delete %n treatment(s)", "", int(m_selection.size())), {});
}

bool TimelineWidget::duplicateSelection()
{
    if (m_selection.isEmpty())
        return false;
    std::vector<Treatment> list = treatments();
    QList<int> copies;
    // Each copy goes one re-dosing interval later, or as many as it takes to find room.
    for (int i : m_selection) {
        const Treatment &original = treatments()[static_cast<std::size_t>(i)];
        bool placed = false;
        for (int k = 1; k <= 20 && !placed; ++k) {
            std::vector<Treatment> trial = list;
            trial.push_back(shiftedTreatment(original, k * duplicateOffsetDays(original)));
            Scenario candidate = m_document->scenario();
            candidate.treatments = trial;
            if (ScheduleDocument::problemsWith(candidate).empty()) {
                list = trial;
                copies << static_cast<int>(list.size()) - 1;
                placed = true;
            }
        }
        if (!placed) {
            emit editRefused(tr("Not duplicated: there is no room for a copy of %1 within 20 "
                                "re-dosing intervals.")
                                 .arg(therapyDisplayName(original.therapy)));
            return false;
        }
    }
    return apply(list, tr("Duplicate %n treatment(s)", "", int(m_selection.size())), copies);
}

bool TimelineWidget::splitSelection()
{
    std::vector<Treatment> list;
    QList<int> pieces;
    bool any = false;
    for (int i = 0; i < static_cast<int>(treatments().size()); ++i) {
        const Treatment &treatment = treatments()[static_cast<std::size_t>(i)];
        if (!m_selection.contains(i) || !canSplit(treatment)) {
            if (m_selection.contains(i))
                pieces << static_cast<int>(list.size());
            list.push_back(treatment);
            continue;
        }
        any = true;
        for (const Treatment &piece : splitIntoInfusions(treatment)) {
            pieces << static_cast<int>(list.size());
            list.push_back(piece);
        }
    }
    if (!any) {
        emit editRefused(tr("Only an antibody course with several infusions can be split."));
        return false;
    }
    return apply(list, tr("Split into single infusions"), pieces);
}

bool TimelineWidget::addTemplate(TherapyTemplate which, double day)
{
    std::vector<Treatment> list = treatments();
    list.push_back(makeTreatment(which, std::max(0.0, snapDay(day, m_snap))));
    return apply(list, tr("Add %1").arg(therapyDisplayName(templateTherapy(which))),
                 {static_cast<int>(list.size()) - 1});
}

double TimelineWidget::nextFreeDay() const
{
    double last = -1.0;
    for (const Treatment &treatment : treatments())
        last = std::max(last, treatmentSpan(treatment).end);
    return last < 0.0 ? 0.0 : std::round(last + TimelineScale::kDaysPerMonth);
}

void TimelineWidget::selectNeighbour(int direction)
{
    const int count = static_cast<int>(treatments().size());
    if (count == 0)
        return;
    std::vector<int> order(static_cast<std::size_t>(count));
    for (int i = 0; i < count; ++i)
        order[static_cast<std::size_t>(i)] = i;
    std::stable_sort(order.begin(), order.end(), [this](int a, int b) {
        return treatmentSpan(treatments()[static_cast<std::size_t>(a)]).start <
               treatmentSpan(treatments()[static_cast<std::size_t>(b)]).start;
    });
    int position = -1;
    if (!m_selection.isEmpty())
        position = static_cast<int>(std::find(order.begin(), order.end(),
                                              direction > 0 ? m_selection.last()
                                                            : m_selection.first()) -
                                    order.begin());
    int next = position < 0 ? (direction > 0 ? 0 : count - 1) : position + direction;
    next = std::clamp(next, 0, count - 1);
    setSelection({order[static_cast<std::size_t>(next)]});
}

// ---- mouse ----------------------------------------------------------------------------------

void TimelineWidget::mousePressEvent(QMouseEvent *event)
{
    if (event->button() != Qt::LeftButton) {
        QWidget::mousePressEvent(event);
        return;
    }
    setFocus(Qt::MouseFocusReason);
    startGesture(event);
}

void TimelineWidget::startGesture(QMouseEvent *event)
{
    const QPointF position = event->position();
    m_pressPosition = position;
    m_pressIndex = blockAt(position);
    m_pressToggled = false;
    m_gestureOrigin = treatments();
    m_mergeSession = 0;
    const bool toggle = event->modifiers() & Qt::ControlModifier;
    if (m_pressIndex < 0) {
        if (!toggle)
            setSelection({});
        m_gesture = position.y() > kRulerHeight ? Gesture::RubberBand : Gesture::None;
        m_rubberBand = QRectF(position, position);
        return;
    }
    if (toggle) {
        QList<int> selection = m_selection;
        if (selection.contains(m_pressIndex))
            selection.removeAll(m_pressIndex);
        else
            selection << m_pressIndex;
        setSelection(selection);
        m_pressToggled = true;
    } else if (!m_selection.contains(m_pressIndex)) {
        setSelection({m_pressIndex});
    }
    m_gesture = isOnResizeGrip(m_pressIndex, position) && m_selection.contains(m_pressIndex)
                    ? Gesture::Resize
                    : Gesture::Pending;
}

void TimelineWidget::mouseMoveEvent(QMouseEvent *event)
{
    const QPointF position = event->position();
    if (!(event->buttons() & Qt::LeftButton)) {
        setCursor(isOnResizeGrip(blockAt(position), position) ? Qt::SizeHorCursor
                                                               : Qt::ArrowCursor);
        return;
    }
    switch (m_gesture) {
    case Gesture::None: return;
    case Gesture::Pending:
        if ((position - m_pressPosition).manhattanLength() < QApplication::startDragDistance() ||
            (m_pressToggled && !m_selection.contains(m_pressIndex)))
            return;
        m_gesture = Gesture::Move;
        m_mergeSession = m_document->newMergeSession();
        emit draggingChanged(true);
        setCursor(Qt::ClosedHandCursor);
        continueMove(position, event->modifiers());
        return;
    case Gesture::Move: continueMove(position, event->modifiers()); return;
    case Gesture::Resize:
        if (m_mergeSession == 0) {
            m_mergeSession = m_document->newMergeSession();
            emit draggingChanged(true);
        }
        continueResize(position, event->modifiers());
        return;
    case Gesture::RubberBand: updateRubberBand(position); return;
    }
}

void TimelineWidget::continueMove(QPointF position, Qt::KeyboardModifiers modifiers)
{
    const Treatment &anchor = m_gestureOrigin[static_cast<std::size_t>(m_pressIndex)];
    const double anchorStart = treatmentSpan(anchor).start;
    const double target = anchorStart + m_scale.dayForX(position.x()) -
                          m_scale.dayForX(m_pressPosition.x());
    double delta = snapDay(target, snapFor(modifiers)) - anchorStart;
    double earliest = 1e300;
    for (int i : m_selection)
        earliest = std::min(earliest,
                            treatmentSpan(m_gestureOrigin[static_cast<std::size_t>(i)]).start);
    delta = std::max(delta, -earliest);
    std::vector<Treatment> list = m_gestureOrigin;
    for (int i : m_selection)
        list[static_cast<std::size_t>(i)] = shiftedTreatment(list[static_cast<std::size_t>(i)], delta);
    apply(list, tr("Move %n treatment(s)", "", int(m_selection.size())), m_selection,
          m_mergeSession);
}

void TimelineWidget::continueResize(QPointF position, Qt::KeyboardModifiers modifiers)
{
    const auto index = static_cast<std::size_t>(m_pressIndex);
    std::vector<Treatment> list = m_gestureOrigin;
    list[index] = withStopDay(list[index], snapDay(m_scale.dayForX(position.x()),
                                                   snapFor(modifiers)));
    apply(list, tr("Change the end of %1").arg(therapyDisplayName(list[index].therapy)),
          m_selection, m_mergeSession);
}

void TimelineWidget::updateRubberBand(QPointF position)
{
    m_rubberBand = QRectF(m_pressPosition, position).normalized();
    QList<int> inside;
    for (int i = 0; i < static_cast<int>(treatments().size()); ++i) {
        if (blockRect(i).intersects(m_rubberBand))
            inside << i;
    }
    setSelection(inside);
    update();
}

void TimelineWidget::mouseReleaseEvent(QMouseEvent *event)
{
    if (event->button() != Qt::LeftButton) {
        QWidget::mouseReleaseEvent(event);
        return;
    }
    // A plain click on a block of a multi-selection selects just that block.
    if (m_gesture == Gesture::Pending && !m_pressToggled && m_pressIndex >= 0)
        setSelection({m_pressIndex});
    const bool wasDragging = m_mergeSession != 0;
    m_gesture = Gesture::None;
    m_mergeSession = 0;
    m_rubberBand = {};
    setCursor(Qt::ArrowCursor);
    update();
    if (wasDragging)
        emit draggingChanged(false);
}

void TimelineWidget::wheelEvent(QWheelEvent *event)
{
    const QPoint delta = event->angleDelta();
    const double steps = (std::abs(delta.y()) >= std::abs(delta.x()) ? delta.y() : delta.x()) / 120.0;
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

// ---- keyboard and menu ----------------------------------------------------------------------

void TimelineWidget::keyPressEvent(QKeyEvent *event)
{
    const bool shift = event->modifiers() & Qt::ShiftModifier;
    const bool alt = event->modifiers() & Qt::AltModifier;
    const double step = shift ? 7.0 : 1.0;
    if (event->matches(QKeySequence::SelectAll)) {
        QList<int> all;
        for (int i = 0; i < static_cast<int>(treatments().size()); ++i)
            all << i;
        setSelection(all);
        return;
    }
    if (event->matches(QKeySequence::Delete) || event->key() == Qt::Key_Backspace) {
        deleteSelection();
        return;
    }
    if (event->key() == Qt::Key_D && (event->modifiers() & Qt::ControlModifier)) {
        duplicateSelection();
        return;
    }
    switch (event->key()) {
    case Qt::Key_Left:
        alt ? selectNeighbour(-1) : void(nudgeSelection(-step));
        return;
    case Qt::Key_Right:
        alt ? selectNeighbour(+1) : void(nudgeSelection(step));
        return;
    case Qt::Key_Escape: setSelection({}); return;
    case Qt::Key_Plus:
    case Qt::Key_Equal: zoomBy(0.8); return;
    case Qt::Key_Minus: zoomBy(1.25); return;
    case Qt::Key_Home: fitToScenario(); return;
    default: break;
    }
    QWidget::keyPressEvent(event);
}

void TimelineWidget::contextMenuEvent(QContextMenuEvent *event)
{
    const int index = blockAt(event->pos());
    if (index >= 0 && !m_selection.contains(index))
        setSelection({index});
    QMenu menu(this);
    if (!m_selection.isEmpty()) {
        menu.addAction(tr("&Duplicate"), this, [this] { duplicateSelection(); });
        QAction *split = menu.addAction(tr("&Split into single infusions"), this,
                                        [this] { splitSelection(); });
        split->setEnabled(std::any_of(m_selection.begin(), m_selection.end(), [this](int i) {
            return canSplit(treatments()[static_cast<std::size_t>(i)]);
        }));
        menu.addAction(tr("De&lete"), this, [this] { deleteSelection(); });
        menu.addSeparator();
    }
    menu.addAction(tr("Show the &whole simulated time"), this, [this] { fitToScenario(); });
    menu.exec(event->globalPos());
}

bool TimelineWidget::event(QEvent *event)
{
    if (event->type() == QEvent::ToolTip) {
        auto *help = static_cast<QHelpEvent *>(event);
        const int index = blockAt(help->pos());
        if (index < 0) {
            QToolTip::hideText();
            event->ignore();
            return true;
        }
        const Treatment &treatment = treatments()[static_cast<std::size_t>(index)];
        QString text = treatmentSummary(treatment) + QLatin1Char('\n') +
                       tr("Days: %1").arg(treatmentDaysText(treatment)) + QLatin1Char('\n') +
                       tr("Drag to move (Shift: no snapping).");
        if (hasAdjustableEnd(treatment))
            text += QLatin1Char(' ') + tr("Drag the right edge to change the end.");
        if (canSplit(treatment))
            text += QLatin1Char(' ') + tr("Right-click to split into single infusions.");
        QToolTip::showText(help->globalPos(), text, this);
        return true;
    }
    return QWidget::event(event);
}

// ---- palette drops --------------------------------------------------------------------------

void TimelineWidget::dragEnterEvent(QDragEnterEvent *event)
{
    if (therapymime::decode(event->mimeData()))
        event->acceptProposedAction();
    else
        event->ignore(); // e.g. a file: the window opens it
}

void TimelineWidget::dragMoveEvent(QDragMoveEvent *event)
{
    const auto which = therapymime::decode(event->mimeData());
    if (!which || event->position().x() < m_scale.left()) {
        m_dropPreview.reset();
        update();
        event->ignore();
        return;
    }
    const double day = std::max(0.0, snapDay(m_scale.dayForX(event->position().x()),
                                             snapFor(event->modifiers())));
    m_dropPreview = makeTreatment(*which, day);
    update();
    event->acceptProposedAction();
}

void TimelineWidget::dragLeaveEvent(QDragLeaveEvent *event)
{
    m_dropPreview.reset();
    update();
    QWidget::dragLeaveEvent(event);
}

void TimelineWidget::dropEvent(QDropEvent *event)
{
    m_dropPreview.reset();
    const auto which = therapymime::decode(event->mimeData());
    if (!which) {
        event->ignore();
        return;
    }
    const double x = std::max(event->position().x(), m_scale.left());
    // Shift during the drop turns snapping off, as while moving a block.
    const SnapUnit saved = m_snap;
    m_snap = snapFor(event->modifiers());
    const bool added = addTemplate(*which, m_scale.dayForX(x));
    m_snap = saved;
    if (added)
        event->acceptProposedAction();
    else
        event->ignore();
    update();
}

// ---- painting -------------------------------------------------------------------------------

void TimelineWidget::paintEvent(QPaintEvent *)
{
    QPainter painter(this);
    painter.setRenderHint(QPainter::Antialiasing);
    paintLanes(painter);
    paintRuler(painter);
    paintHorizon(painter);

    painter.save();
    painter.setClipRect(QRectF(m_scale.left(), kRulerHeight, m_scale.right() - m_scale.left() + 2,
                               height() - kRulerHeight));
    for (int i = 0; i < static_cast<int>(treatments().size()); ++i) {
        if (!m_selection.contains(i))
            paintBlock(painter, treatments()[static_cast<std::size_t>(i)], blockRect(i), false, false);
    }
    for (int i : m_selection)
        paintBlock(painter, treatments()[static_cast<std::size_t>(i)], blockRect(i), true, false);
    if (m_dropPreview) {
        paintBlock(painter, *m_dropPreview,
                   spanRect(m_dropPreview->therapy, treatmentSpan(*m_dropPreview).start,
                            spanEndForDrawing(*m_dropPreview)),
                   false, true);
    }
    painter.restore();
    paintMarker(painter);

    if (!m_rubberBand.isNull()) {
        QColor fill = palette().color(QPalette::Highlight);
        fill.setAlpha(40);
        painter.setPen(QPen(palette().color(QPalette::Highlight), 1, Qt::DashLine));
        painter.setBrush(fill);
        painter.drawRect(m_rubberBand);
    }
    if (treatments().empty() && !m_dropPreview) {
        painter.setPen(palette().color(QPalette::PlaceholderText));
        painter.drawText(QRectF(m_scale.left(), kRulerHeight, m_scale.right() - m_scale.left(),
                                height() - kRulerHeight),
                         Qt::AlignCenter,
                         tr("Drag a therapy from the palette onto the timeline"));
    }
    if (hasFocus()) {
        painter.setPen(QPen(palette().color(QPalette::Highlight), 1));
        painter.setBrush(Qt::NoBrush);
        painter.drawRect(QRectF(rect()).adjusted(0.5, 0.5, -0.5, -0.5));
    }
}

void TimelineWidget::paintLanes(QPainter &painter) const
{
    const QPalette &colors = palette();
    QFont labelFont = font();
    labelFont.setBold(true);
    int row = 0;
    for (Therapy therapy : visibleLanes()) {
        const QRectF lane = laneRect(therapy);
        const QRectF full(0, lane.top(), width(), lane.height());
        painter.fillRect(full, row++ % 2 ? colors.color(QPalette::AlternateBase)
                                         : colors.color(QPalette::Base));
        painter.setPen(QPen(colors.color(QPalette::Mid), 0.6));
        painter.drawLine(QPointF(0, full.bottom()), QPointF(width(), full.bottom()));

        const QRectF swatch(10, lane.center().y() - 5, 10, 10);
        painter.setPen(Qt::NoPen);
        painter.setBrush(therapyColor(therapy));
        painter.drawRoundedRect(swatch, 2, 2);
        painter.setPen(colors.color(QPalette::Text));
        painter.setFont(labelFont);
        const QRectF label(26, lane.top(), m_scale.left() - 32, lane.height());
        painter.drawText(label, Qt::AlignVCenter | Qt::AlignLeft,
                         painter.fontMetrics().elidedText(therapyDisplayName(therapy),
                                                          Qt::ElideRight, int(label.width())));
    }
    painter.setFont(font());
}

void TimelineWidget::paintRuler(QPainter &painter) const
{
    const QPalette &colors = palette();
    painter.fillRect(QRectF(0, 0, width(), kRulerHeight), colors.color(QPalette::Window));
    painter.setPen(QPen(colors.color(QPalette::Mid), 0.8));
    painter.drawLine(QPointF(0, kRulerHeight - 0.5), QPointF(width(), kRulerHeight - 0.5));

    const double bottom = lanesBottom();
    QColor gridColor = colors.color(QPalette::Mid);
    gridColor.setAlpha(90);
    for (const TimelineScale::Tick &tick : m_scale.ticks()) {
        const double x = m_scale.xForDay(tick.day);
        if (x < m_scale.left() - 0.5 || x > m_scale.right() + 0.5)
            continue;
        painter.setPen(QPen(colors.color(QPalette::WindowText), 0.8));
        painter.drawLine(QPointF(x, kRulerHeight - (tick.labelled ? 8 : 4)),
                         QPointF(x, kRulerHeight - 1));
        if (!tick.labelled)
            continue;
        painter.setPen(QPen(gridColor, 0.8));
        painter.drawLine(QPointF(x, kRulerHeight), QPointF(x, bottom));
        QString label;
        switch (tick.unit) {
        case TimelineScale::Unit::Day: label = tr("day %1").arg(number(tick.count)); break;
        case TimelineScale::Unit::Month: label = tr("month %1").arg(number(tick.count)); break;
        case TimelineScale::Unit::Year: label = tr("year %1").arg(number(tick.count)); break;
        }
        painter.setPen(colors.color(QPalette::WindowText));
        painter.drawText(QRectF(x - 60, 2, 120, kRulerHeight - 10), Qt::AlignCenter, label);
    }
    painter.setPen(colors.color(QPalette::WindowText));
    painter.drawText(QRectF(10, 2, m_scale.left() - 16, kRulerHeight - 6),
                     Qt::AlignVCenter | Qt::AlignLeft, tr("Time since day 0"));
}

void TimelineWidget::paintHorizon(QPainter &painter) const
{
    const double top = kRulerHeight;
    const double bottom = lanesBottom();
    // Right of the time axis (under the plots' legends) is not time: shown as window colour.
    painter.fillRect(QRectF(m_scale.right() + 1, top, width() - m_scale.right(), bottom - top),
                     palette().color(QPalette::Window));
    const double horizon = m_document->scenario().horizonDays;
    const double x = m_scale.xForDay(horizon);
    if (x > m_scale.right())
        return;
    const double left = std::max(x, m_scale.left());
    QColor shade = palette().color(QPalette::Mid);
    shade.setAlpha(60);
    painter.fillRect(QRectF(left, top, m_scale.right() - left, bottom - top), shade);
    if (x >= m_scale.left()) {
        painter.setPen(QPen(palette().color(QPalette::WindowText), 1, Qt::DashLine));
        painter.drawLine(QPointF(x, top), QPointF(x, bottom));
    }
}

void TimelineWidget::paintBlock(QPainter &painter, const Treatment &treatment, const QRectF &rect,
                                bool selected, bool ghost) const
{
    QColor fill = therapyColor(treatment.therapy);
    if (ghost)
        fill.setAlpha(110);
    if (selected) {
        // A halo outside the block: visible whatever the block's own colour.
        painter.setPen(QPen(palette().color(QPalette::Highlight), 2.5));
        painter.setBrush(Qt::NoBrush);
        painter.drawRoundedRect(rect.adjusted(-3.5, -3.5, 3.5, 3.5), 6, 6);
    }
    painter.setPen(QPen(fill.darker(150), ghost ? 1.2 : 1.0, ghost ? Qt::DashLine : Qt::SolidLine));
    painter.setBrush(fill);
    painter.drawRoundedRect(rect, 4, 4);

    const QColor ink = therapyTextColor(treatment.therapy);
    if (treatment.therapy == Therapy::Ahsct) {
        // Conditioning shaded with hatching; the reinfusion day as a solid bar at the end.
        painter.setPen(Qt::NoPen);
        painter.setBrush(QBrush(ink, Qt::BDiagPattern));
        const QRectF conditioning = spanRect(treatment.therapy, treatmentSpan(treatment).start,
                                             treatment.day);
        painter.drawRect(conditioning.intersected(rect).adjusted(1, 1, 0, -1));
    } else if (isAntibody(treatment.therapy) && rect.width() > 3.0 * treatment.infusions.size()) {
        painter.setPen(QPen(ink, 1.2));
        for (const Infusion &infusion : treatment.infusions) {
            const double x = m_scale.xForDay(infusion.day + 0.5);
            painter.drawLine(QPointF(x, rect.bottom() - 6), QPointF(x, rect.bottom() - 2));
        }
    }
    if (m_educationStyle && !ghost)
        paintIcon(painter, treatment.therapy, rect);
    if (hasAdjustableEnd(treatment) && selected) {
        painter.setPen(QPen(ink, 1.0));
        for (double dx : {3.0, 5.5})
            painter.drawLine(QPointF(rect.right() - dx, rect.top() + 6),
                             QPointF(rect.right() - dx, rect.bottom() - 6));
    }
    const QString text = treatmentDoseText(treatment) + QStringLiteral(" · ") +
                         treatmentSpanText(treatment);
    const double needed = painter.fontMetrics().horizontalAdvance(text) + 14;
    if (rect.width() >= needed || rect.width() >= 120) {
        painter.setPen(ink);
        const QRectF textRect = rect.adjusted(6, 0, -8, -4);
        painter.drawText(textRect, Qt::AlignVCenter | Qt::AlignLeft,
                         painter.fontMetrics().elidedText(text, Qt::ElideRight,
                                                          int(textRect.width())));
        return;
    }
    // A short block is labelled beside it, in the room left before the next block in its lane.
    const double room = roomAfter(treatment, rect);
    if (room < 80 || ghost) // a few clipped letters say nothing: the tooltip does
        return;
    painter.setPen(palette().color(QPalette::Text));
    // In education style the icon may be wider than a short block: start after it.
    const double start = m_educationStyle ? std::max(rect.right(), rect.left() + 26.0) : rect.right();
    const QRectF beside(start + 5, rect.top(), room - 10 - (start - rect.right()), rect.height());
    painter.drawText(beside, Qt::AlignVCenter | Qt::AlignLeft,
                     painter.fontMetrics().elidedText(text, Qt::ElideRight, int(beside.width())));
}

void TimelineWidget::paintIcon(QPainter &painter, Therapy therapy, const QRectF &block) const
{
    // A white disc at the block's start with a dark glyph: readable on every block colour.
    const double size = std::min(block.height() - 2.0, 22.0);
    const QRectF disc(block.left() + 2.0, block.center().y() - size / 2.0, size, size);
    painter.save();
    painter.setPen(QPen(therapyColor(therapy).darker(160), 1.2));
    painter.setBrush(Qt::white);
    painter.drawEllipse(disc);
    painter.setPen(Qt::NoPen);
    painter.setBrush(QColor(0x22, 0x22, 0x22));
    const QPointF c = disc.center();
    const double r = size * 0.28;
    switch (therapy) {
    case Therapy::Alemtuzumab:
    case Therapy::Ocrelizumab:
    case Therapy::Rituximab: { // an infusion drop
        QPainterPath drop;
        drop.moveTo(c.x(), c.y() - 1.5 * r);
        drop.cubicTo(c.x() + 1.2 * r, c.y() - 0.2 * r, c.x() + r, c.y() + r, c.x(), c.y() + r);
        drop.cubicTo(c.x() - r, c.y() + r, c.x() - 1.2 * r, c.y() - 0.2 * r, c.x(), c.y() - 1.5 * r);
        painter.drawPath(drop);
        break;
    }
    case Therapy::Fingolimod: { // a capsule
        painter.translate(c);
        painter.rotate(-35);
        painter.drawRoundedRect(QRectF(-1.5 * r, -0.6 * r, 3.0 * r, 1.2 * r), 0.6 * r, 0.6 * r);
        break;
    }
    case Therapy::Ahsct: // stem cells: a ring of small cells
        for (int k = 0; k < 5; ++k) {
            const double angle = k * 2.0 * std::numbers::pi / 5.0;
            painter.drawEllipse(QPointF(c.x() + r * std::cos(angle), c.y() + r * std::sin(angle)),
                                0.45 * r, 0.45 * r);
        }
        break;
    }
    painter.restore();
}

void TimelineWidget::paintMarker(QPainter &painter) const
{
    if (!m_markerDay)
        return;
    const double x = m_scale.xForDay(*m_markerDay);
    if (x < m_scale.left() || x > m_scale.right())
        return;
    const double bottom = lanesBottom();
    painter.setPen(QPen(QColor(0xD5, 0x5E, 0x00), 2.4));
    painter.drawLine(QPointF(x, 2), QPointF(x, bottom));
}

double TimelineWidget::roomAfter(const Treatment &treatment, const QRectF &rect) const
{
    double limit = m_scale.right();
    for (int i = 0; i < static_cast<int>(treatments().size()); ++i) {
        const QRectF other = blockRect(i);
        if (treatments()[static_cast<std::size_t>(i)].therapy == treatment.therapy &&
            other.left() > rect.right() + 0.5)
            limit = std::min(limit, other.left());
    }
    return limit - rect.right();
}

} // namespace lymph
