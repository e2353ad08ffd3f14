#pragma once
// An icon array: 100 small figures of people in rows of ten, the first `count` filled, so "21
// in 100" is seen as 21 people rather than read as a number (Trevena et al. 2013). Painted by
// the same function on screen and in the handout.

#include <QColor>
#include <QString>
#include <QWidget>

class QPainter;

namespace lymph {

class IconArray : public QWidget {
    Q_OBJECT

public:
    static constexpr int kPeople = 100;
    static constexpr int kPerRow = 10;

    explicit IconArray(QWidget *parent = nullptr);

    void setCount(int count);
    int count() const { return m_count; }
    void setColor(const QColor &color);

    // 100 people in `area` (10 × 10), the first `count` filled with `color`, the others drawn
    // in `empty` outline.
    static void paint(QPainter &painter, const QRectF &area, int count, const QColor &color,
                      const QColor &empty);

    QSize sizeHint() const override { return {150, 150}; }
    QSize minimumSizeHint() const override { return {90, 90}; }
    bool hasHeightForWidth() const override { return true; }
    int heightForWidth(int width) const override { return width; }

protected:
    void paintEvent(QPaintEvent *event) override;

private:
    int m_count = 0;
    QColor m_color;
};

} // namespace lymph
