#pragma once
// The look of the result plots in one place: Okabe–Ito colours (safe for colour-blind readers),
// line styles, fonts and axis styling. Appearance only; no numbers from the model.

#include "plot/FigureSpec.h"
#include "scenario/Scenario.h"
#include "simulate/Results.h"

#include <qcustomplot.h>

#include <QBrush>
#include <QColor>
#include <QFont>
#include <QPen>
#include <QSharedPointer>

namespace lymph::plotstyle {

// Okabe & Ito (2008), "Color Universal Design".
inline const QColor kBlack{0x00, 0x00, 0x00};
inline const QColor kOrange{0xE6, 0x9F, 0x00};
inline const QColor kSkyBlue{0x56, 0xB4, 0xE9};
inline const QColor kBluishGreen{0x00, 0x9E, 0x73};
inline const QColor kBlue{0x00, 0x72, 0xB2};
inline const QColor kVermillion{0xD5, 0x5E, 0x00};
inline const QColor kReddishPurple{0xCC, 0x79, 0xA7};

inline const QColor kText{0x22, 0x22, 0x22};
inline const QColor kMutedText{0x55, 0x55, 0x55};
inline const QColor kAxis{0x55, 0x55, 0x55};
inline const QColor kGrid{0xE3, 0xE3, 0xE3};
inline const QColor kThreshold{0x55, 0x55, 0x55};
inline const QColor kSwatchBorder{0x99, 0x99, 0x99};

// The plot's "paper" and ink. Light everywhere on paper (exports, handouts); dark in the dark
// theme's window, where a white plot would glare. Curve colours stay the Okabe–Ito set; ink
// that would vanish on the dark paper (black, dark greys) and opaque fills are mapped.
struct PlotColors {
    bool dark = false;
    QColor background{Qt::white};
    QColor text = kText;
    QColor mutedText = kMutedText;
    QColor axis = kAxis;
    QColor grid = kGrid;

    QColor ink(const QColor &color) const;
    QPen ink(QPen pen) const;
    QBrush fill(QBrush brush) const;
};
PlotColors lightColors();
PlotColors darkColors();

QFont font(double pointSize, bool bold = false, bool italic = false);
void styleAxis(QCPAxis *axis, const PlotColors &colors = lightColors());
void styleLegend(QCPLegend *legend, const PlotColors &colors = lightColors());
QSharedPointer<QCPAxisTicker> timeTicker(double span, bool years);
QSharedPointer<QCPAxisTicker> logTicker();
// Ticks of a 0…upper % axis: every `step` from 100 % up, else about four nice steps.
QSharedPointer<QCPAxisTicker> percentTicker(double upper, double step = 25.0);

QPen therapyPen(Therapy therapy);
// 0 lymphocytes, 1 CD4, 2 CD8, 3 B cells, 4 NK.
QPen cellPen(int subset);
// 0 relapse rate, 1 relapse probability, 2 autoimmunity.
QPen outcomePen(int index);
// Dashed horizontal reference line (LLN, threshold) in `color`.
QPen referencePen(const QColor &color);
QBrush bandColor(const QColor &lineColor);
QColor bandLegendColor();
QBrush windowBrush(InfectionWindow::Kind kind);
// An overlaid curve (a pinned plan, a sampled patient): the curve's own colour and dashes,
// thinner and lighter, so it reads as a copy of that curve; its markers (overlayMarker) say
// whose copy it is.
QPen overlayPen(const QPen &curvePen);
QCPScatterStyle scatterStyle(CurveMarker marker, const QColor &color);

} // namespace lymph::plotstyle
