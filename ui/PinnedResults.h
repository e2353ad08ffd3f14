#pragma once
// An earlier simulation kept for comparison: its name, its results and the line style its
// curves are drawn in over the current ones.

#include "simulate/Results.h"

#include <QString>

namespace lymph {

struct PinnedResults {
    QString name;
    Results results;
    Qt::PenStyle style = Qt::DashLine;
};

} // namespace lymph
