#include "TherapySwatch.h"

#include "PlotStyle.h"

#include <QPainter>
#include <QPixmap>

namespace lymph {

QColor therapyColor(Therapy therapy)
{
    switch (therapy) {
    case Therapy::Alemtuzumab:
    case Therapy::Ocrelizumab:
    case Therapy::Rituximab: return plotstyle::therapyPen(therapy).color();
    case Therapy::Fingolimod: return plotstyle::kBluishGreen;
    case Therapy::Ahsct: return plotstyle::kBlue;
    }
    return plotstyle::kMutedText;
}

QColor therapyTextColor(Therapy therapy)
{
    const QColor fill = therapyColor(therapy);
    // Relative luminance decides black or white text (WCAG contrast).
    const double luminance = 0.2126 * fill.redF() + 0.7152 * fill.greenF() + 0.0722 * fill.blueF();
    return luminance > 0.45 ? QColor(0x11, 0x11, 0x11) : QColor(Qt::white);
}

QIcon therapySwatch(Therapy therapy)
{
    QPixmap pixmap(36, 36);
    pixmap.fill(Qt::transparent);
    QPainter painter(&pixmap);
    painter.setRenderHint(QPainter::Antialiasing);
    painter.setPen(Qt::NoPen);
    painter.setBrush(therapyColor(therapy));
    painter.drawRoundedRect(QRectF(3, 3, 30, 30), 7, 7);
    return QIcon(pixmap);
}

} // namespace lymph
