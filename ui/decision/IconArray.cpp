#include "IconArray.h"

#include <QPainter>
#include <QPainterPath>

#include <algorithm>

namespace lymph {

IconArray::IconArray(QWidget *parent) : QWidget(parent), m_color(0xD5, 0x5E, 0x00)
{
    setSizePolicy(QSizePolicy::Preferred, QSizePolicy::Preferred);
}

void IconArray::setCount(int count)
{
    m_count = std::clamp(count, 0, kPeople);
    setAccessibleDescription(tr("%1 of 100 figures filled").arg(m_count));
    update();
}

void IconArray::setColor(const QColor &color)
{
    m_color = color;
    update();
}

void IconArray::paint(QPainter &painter, const QRectF &area, int count, const QColor &color,
                      const QColor &empty)
{
    const double side = std::min(area.width(), area.height());
    const double cell = side / kPerRow;
    const QPointF origin(area.left() + (area.width() - side) / 2.0,
                         area.top() + (area.height() - side) / 2.0);
    painter.save();
    painter.setRenderHint(QPainter::Antialiasing);
    for (int i = 0; i < kPeople; ++i) {
        const double x = origin.x() + (i % kPerRow) * cell;
        const double y = origin.y() + (i / kPerRow) * cell;
        // A person: a head and shoulders, filled when counted.
        QPainterPath person;
        const double head = cell * 0.26;
        person.addEllipse(QPointF(x + cell / 2.0, y + cell * 0.27), head / 2.0 * 1.2, head / 2.0 * 1.2);
        person.addRoundedRect(QRectF(x + cell * 0.22, y + cell * 0.46, cell * 0.56, cell * 0.44),
                              cell * 0.2, cell * 0.2);
        if (i < count) {
            painter.setPen(Qt::NoPen);
            painter.setBrush(color);
        } else {
            painter.setPen(QPen(empty, std::max(0.6, cell * 0.06)));
            painter.setBrush(Qt::NoBrush);
        }
        painter.drawPath(person);
    }
    painter.restore();
}

void IconArray::paintEvent(QPaintEvent *)
{
    QPainter painter(this);
    QColor empty = palette().color(QPalette::WindowText);
    empty.setAlpha(110);
    paint(painter, QRectF(rect()).adjusted(2, 2, -2, -2), m_count, m_color, empty);
}

} // namespace lymph
