#include "TimelinePainter.h"

#include "TherapySwatch.h"
#include "TreatmentLabel.h"

#include "scenario/ScheduleEdits.h"

#include <QFontMetrics>
#include <QPainter>
#include <QPainterPath>
#include <QWidget>

#include <algorithm>
#include <cmath>
#include <limits>
#include <numbers>

namespace lymph {

namespace {

constexpr double kRulerHeight = TimelineLayout::kRulerHeight;

QString number(double value) { return plainNumber(value, 6); }

} // namespace

TimelinePainter::TimelinePainter(QPainter &painter, const TimelineLayout &layout,
                                 const QWidget &widget, bool educationStyle)
    : m_painter(painter), m_layout(layout), m_scale(layout.scale()), m_widget(widget),
      m_educationStyle(educationStyle)
{
}

void TimelinePainter::paintLanes()
{
    const QPalette &colors = m_widget.palette();
    QFont labelFont = m_widget.font();
    labelFont.setBold(true);
    int row = 0;
    for (Therapy therapy : m_layout.visibleLanes()) {
        const QRectF lane = m_layout.laneRect(therapy);
        const QRectF full(0, lane.top(), m_widget.width(), lane.height());
        m_painter.fillRect(full, row++ % 2 ? colors.color(QPalette::AlternateBase)
                                           : colors.color(QPalette::Base));
        m_painter.setPen(QPen(colors.color(QPalette::Mid), 0.6));
        m_painter.drawLine(QPointF(0, full.bottom()), QPointF(m_widget.width(), full.bottom()));

        const QRectF swatch(10, lane.center().y() - 5, 10, 10);
        m_painter.setPen(Qt::NoPen);
        m_painter.setBrush(therapyColor(therapy));
        m_painter.drawRoundedRect(swatch, 2, 2);
        m_painter.setPen(colors.color(QPalette::Text));
        m_painter.setFont(labelFont);
        const QRectF label(26, lane.top(), m_scale.left() - 32, lane.height());
        m_painter.drawText(label, Qt::AlignVCenter | Qt::AlignLeft,
                           m_painter.fontMetrics().elidedText(therapyDisplayName(therapy),
                                                              Qt::ElideRight, int(label.width())));
    }
    m_painter.setFont(m_widget.font());
}

void TimelinePainter::paintRuler()
{
    const QPalette &colors = m_widget.palette();
    const double width = m_widget.width();
    m_painter.fillRect(QRectF(0, 0, width, kRulerHeight), colors.color(QPalette::Window));
    m_painter.setPen(QPen(colors.color(QPalette::Mid), 0.8));
    m_painter.drawLine(QPointF(0, kRulerHeight - 0.5), QPointF(width, kRulerHeight - 0.5));

    const double bottom = m_layout.lanesBottom();
    QColor gridColor = colors.color(QPalette::Mid);
    gridColor.setAlpha(90);
    for (const TimelineScale::Tick &tick : m_scale.ticks()) {
        const double x = m_scale.xForDay(tick.day);
        if (x < m_scale.left() - 0.5 || x > m_scale.right() + 0.5)
            continue;
        m_painter.setPen(QPen(colors.color(QPalette::WindowText), 0.8));
        m_painter.drawLine(QPointF(x, kRulerHeight - (tick.labelled ? 8 : 4)),
                           QPointF(x, kRulerHeight - 1));
        if (!tick.labelled)
            continue;
        m_painter.setPen(QPen(gridColor, 0.8));
        m_painter.drawLine(QPointF(x, kRulerHeight), QPointF(x, bottom));
    }
    m_painter.setPen(colors.color(QPalette::WindowText));
    for (const RulerLabel &label :
         rulerLabels(m_scale, m_painter.fontMetrics(), kRulerHeight, width - 2.0))
        m_painter.drawText(label.box, label.alignment, label.text);
    m_painter.setPen(colors.color(QPalette::WindowText));
    const QRectF title(10, 2, m_scale.left() - 16, kRulerHeight - 6);
    m_painter.drawText(title, Qt::AlignVCenter | Qt::AlignLeft,
                       m_painter.fontMetrics().elidedText(tr("Time since day 0"), Qt::ElideRight,
                                                          static_cast<int>(title.width())));
}

std::vector<RulerLabel> TimelinePainter::rulerLabels(const TimelineScale &scale,
                                                     const QFontMetrics &metrics, double height,
                                                     double rightLimit)
{
    constexpr double kGap = 8.0; // between one label's end and the next one's start
    struct Candidate {
        QString text;
        double start = 0.0;
        double width = 0.0;
        bool fromTick = false;
    };
    std::vector<Candidate> candidates;
    for (const TimelineScale::Tick &tick : scale.ticks()) {
        const double x = scale.xForDay(tick.day);
        if (!tick.labelled || x < scale.left() - 0.5 || x > scale.right() + 0.5)
            continue;
        Candidate c;
        switch (tick.unit) {
        case TimelineScale::Unit::Day: c.text = tr("day %1").arg(number(tick.count)); break;
        case TimelineScale::Unit::Month: c.text = tr("month %1").arg(number(tick.count)); break;
        case TimelineScale::Unit::Year: c.text = tr("year %1").arg(number(tick.count)); break;
        }
        c.width = metrics.horizontalAdvance(c.text) + 2.0;
        c.fromTick = x - c.width / 2.0 < scale.left();
        c.start = c.fromTick ? x + 2.0 : x - c.width / 2.0;
        if (c.start + c.width > rightLimit) // the last one ends by the limit, over its tick
            c.start = std::max(x - c.width, rightLimit - c.width);
        candidates.push_back(c);
    }
    // A first label pushed right of its tick gives way to the next one where they would
    // meet: the ruler's title already says where the time starts.
    if (candidates.size() >= 2 && candidates[0].fromTick &&
        candidates[1].start < candidates[0].start + candidates[0].width + kGap)
        candidates.erase(candidates.begin());
    std::vector<RulerLabel> labels;
    double lastRight = -std::numeric_limits<double>::infinity();
    for (const Candidate &c : candidates) {
        if (c.start < lastRight + kGap || c.start + c.width > rightLimit + 0.5)
            continue; // the tick stays; its label would cover the last one or run off
        labels.push_back({c.text, QRectF(c.start, 2.0, c.width, height - 10.0),
                          Qt::AlignVCenter | Qt::AlignLeft});
        lastRight = c.start + c.width;
    }
    return labels;
}

void TimelinePainter::paintHorizon(double horizonDays)
{
    const double top = kRulerHeight;
    const double bottom = m_layout.lanesBottom();
    // Right of the time axis (under the plots' legends) is not time: shown as window colour.
    m_painter.fillRect(QRectF(m_scale.right() + 1, top, m_widget.width() - m_scale.right(),
                              bottom - top),
                       m_widget.palette().color(QPalette::Window));
    const double x = m_scale.xForDay(horizonDays);
    if (x > m_scale.right())
        return;
    const double left = std::max(x, m_scale.left());
    QColor shade = m_widget.palette().color(QPalette::Mid);
    shade.setAlpha(60);
    m_painter.fillRect(QRectF(left, top, m_scale.right() - left, bottom - top), shade);
    if (x >= m_scale.left()) {
        m_painter.setPen(QPen(m_widget.palette().color(QPalette::WindowText), 1, Qt::DashLine));
        m_painter.drawLine(QPointF(x, top), QPointF(x, bottom));
    }
}

void TimelinePainter::paintBlocks(const QList<int> &selection,
                                  const std::optional<Treatment> &dropPreview)
{
    const std::vector<Treatment> &treatments = m_layout.treatments();
    m_painter.save();
    m_painter.setClipRect(QRectF(m_scale.left(), kRulerHeight,
                                 m_scale.right() - m_scale.left() + 2,
                                 m_widget.height() - kRulerHeight));
    // The selection last, so its halo is never covered.
    for (int i = 0; i < static_cast<int>(treatments.size()); ++i) {
        if (!selection.contains(i))
            paintBlock(treatments[static_cast<std::size_t>(i)], m_layout.blockRect(i), false,
                       false);
    }
    for (int i : selection)
        paintBlock(treatments[static_cast<std::size_t>(i)], m_layout.blockRect(i), true, false);
    if (dropPreview)
        paintBlock(*dropPreview, m_layout.blockRect(*dropPreview), false, true);
    m_painter.restore();
}

void TimelinePainter::paintBlock(const Treatment &treatment, const QRectF &rect, bool selected,
                                 bool ghost)
{
    QColor fill = therapyColor(treatment.therapy);
    if (ghost)
        fill.setAlpha(110);
    if (selected) {
        // A halo outside the block: visible whatever the block's own colour.
        m_painter.setPen(QPen(m_widget.palette().color(QPalette::Highlight), 2.5));
        m_painter.setBrush(Qt::NoBrush);
        m_painter.drawRoundedRect(rect.adjusted(-3.5, -3.5, 3.5, 3.5), 6, 6);
    }
    m_painter.setPen(
        QPen(fill.darker(150), ghost ? 1.2 : 1.0, ghost ? Qt::DashLine : Qt::SolidLine));
    m_painter.setBrush(fill);
    m_painter.drawRoundedRect(rect, 4, 4);

    const QColor ink = therapyTextColor(treatment.therapy);
    if (treatment.therapy == Therapy::Ahsct) {
        // Conditioning shaded with hatching; the reinfusion day as a solid bar at the end.
        m_painter.setPen(Qt::NoPen);
        m_painter.setBrush(QBrush(ink, Qt::BDiagPattern));
        const QRectF conditioning =
            m_layout.spanRect(treatment.therapy, treatmentSpan(treatment).start, treatment.day);
        m_painter.drawRect(conditioning.intersected(rect).adjusted(1, 1, 0, -1));
    } else if (isAntibody(treatment.therapy) &&
               rect.width() > 3.0 * static_cast<double>(treatment.infusions.size())) {
        m_painter.setPen(QPen(ink, 1.2));
        for (const Infusion &infusion : treatment.infusions) {
            const double x = m_scale.xForDay(infusion.day + 0.5);
            m_painter.drawLine(QPointF(x, rect.bottom() - 6), QPointF(x, rect.bottom() - 2));
        }
    }
    if (m_educationStyle && !ghost)
        paintIcon(treatment.therapy, rect);
    if (hasAdjustableEnd(treatment) && selected) {
        m_painter.setPen(QPen(ink, 1.0));
        for (double dx : {3.0, 5.5})
            m_painter.drawLine(QPointF(rect.right() - dx, rect.top() + 6),
                               QPointF(rect.right() - dx, rect.bottom() - 6));
    }
    const QString text = treatmentDoseText(treatment) + QStringLiteral(" · ") +
                         treatmentSpanText(treatment);
    const bool withIcon = m_educationStyle && !ghost;
    const QRectF textRect = labelBox(rect, withIcon);
    const double inset = textRect.left() - rect.left();
    const double needed = m_painter.fontMetrics().horizontalAdvance(text) + inset + 8;
    if (rect.width() >= needed || rect.width() >= 120 + inset) {
        m_painter.setPen(ink);
        m_painter.drawText(textRect, Qt::AlignVCenter | Qt::AlignLeft,
                           m_painter.fontMetrics().elidedText(text, Qt::ElideRight,
                                                              int(textRect.width())));
        return;
    }
    // A short block is labelled beside it, in the room left before the next block in its lane.
    const double room = m_layout.roomAfter(treatment, rect);
    if (room < 80 || ghost) // a few clipped letters say nothing: the tooltip does
        return;
    m_painter.setPen(m_widget.palette().color(QPalette::Text));
    // In education style the icon may be wider than a short block: start after it.
    const double start =
        m_educationStyle ? std::max(rect.right(), rect.left() + 26.0) : rect.right();
    const QRectF beside(start + 5, rect.top(), room - 10 - (start - rect.right()), rect.height());
    m_painter.drawText(beside, Qt::AlignVCenter | Qt::AlignLeft,
                       m_painter.fontMetrics().elidedText(text, Qt::ElideRight,
                                                          int(beside.width())));
}

QRectF TimelinePainter::iconDisc(const QRectF &block)
{
    const double size = std::min(block.height() - 2.0, 22.0);
    return {block.left() + 2.0, block.center().y() - size / 2.0, size, size};
}

QRectF TimelinePainter::labelBox(const QRectF &block, bool withIcon)
{
    const double left = withIcon ? iconDisc(block).right() + 5.0 - block.left() : 6.0;
    return block.adjusted(left, 0, -8, -4);
}

void TimelinePainter::paintIcon(Therapy therapy, const QRectF &block)
{
    // A white disc at the block's start with a dark glyph: readable on every block colour.
    const QRectF disc = iconDisc(block);
    const double size = disc.width();
    m_painter.save();
    m_painter.setPen(QPen(therapyColor(therapy).darker(160), 1.2));
    m_painter.setBrush(Qt::white);
    m_painter.drawEllipse(disc);
    m_painter.setPen(Qt::NoPen);
    m_painter.setBrush(QColor(0x22, 0x22, 0x22));
    const QPointF c = disc.center();
    const double r = size * 0.28;
    switch (therapy) {
    case Therapy::Alemtuzumab:
    case Therapy::Ocrelizumab:
    case Therapy::Rituximab: { // an infusion drop
        QPainterPath drop;
        drop.moveTo(c.x(), c.y() - 1.5 * r);
        drop.cubicTo(c.x() + 1.2 * r, c.y() - 0.2 * r, c.x() + r, c.y() + r, c.x(), c.y() + r);
        drop.cubicTo(c.x() - r, c.y() + r, c.x() - 1.2 * r, c.y() - 0.2 * r, c.x(),
                     c.y() - 1.5 * r);
        m_painter.drawPath(drop);
        break;
    }
    case Therapy::Fingolimod: { // a capsule
        m_painter.translate(c);
        m_painter.rotate(-35);
        m_painter.drawRoundedRect(QRectF(-1.5 * r, -0.6 * r, 3.0 * r, 1.2 * r), 0.6 * r, 0.6 * r);
        break;
    }
    case Therapy::Ahsct: // stem cells: a ring of small cells
        for (int k = 0; k < 5; ++k) {
            const double angle = k * 2.0 * std::numbers::pi / 5.0;
            m_painter.drawEllipse(QPointF(c.x() + r * std::cos(angle),
                                          c.y() + r * std::sin(angle)),
                                  0.45 * r, 0.45 * r);
        }
        break;
    }
    m_painter.restore();
}

void TimelinePainter::paintMarker(double day)
{
    const double x = m_scale.xForDay(day);
    if (x < m_scale.left() || x > m_scale.right())
        return;
    const double bottom = m_layout.lanesBottom();
    m_painter.setPen(QPen(QColor(0xD5, 0x5E, 0x00), 2.4));
    m_painter.drawLine(QPointF(x, 2), QPointF(x, bottom));
}

void TimelinePainter::paintRubberBand(const QRectF &band)
{
    if (band.isNull())
        return;
    QColor fill = m_widget.palette().color(QPalette::Highlight);
    fill.setAlpha(40);
    m_painter.setPen(QPen(m_widget.palette().color(QPalette::Highlight), 1, Qt::DashLine));
    m_painter.setBrush(fill);
    m_painter.drawRect(band);
}

void TimelinePainter::paintPlaceholder()
{
    m_painter.setPen(m_widget.palette().color(QPalette::PlaceholderText));
    m_painter.drawText(QRectF(m_scale.left(), kRulerHeight, m_scale.right() - m_scale.left(),
                              m_widget.height() - kRulerHeight),
                       Qt::AlignCenter, tr("Drag a therapy from the palette onto the timeline"));
}

void TimelinePainter::paintFocusFrame()
{
    m_painter.setPen(QPen(m_widget.palette().color(QPalette::Highlight), 1));
    m_painter.setBrush(Qt::NoBrush);
    m_painter.drawRect(QRectF(m_widget.rect()).adjusted(0.5, 0.5, -0.5, -0.5));
}

} // namespace lymph
