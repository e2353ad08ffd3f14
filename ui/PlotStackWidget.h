#pragma once
// The stacked result plots in the main window: one ResultPlot (a QCustomPlot) in a vertical
// scroll area, refilled from each new Results. Each panel keeps a readable minimum height, so
// a small window scrolls instead of squeezing labels into each other. The mouse wheel scrolls;
// Ctrl+wheel zooms the time axis. Shows a short note until the first results arrive. Draws
// only what the results and the parameter table contain.

#include "simulate/Results.h"

#include <QString>
#include <QWidget>

class QLabel;
class QScrollArea;
class QStackedLayout;

namespace lymph {

class ResultPlot;

class PlotStackWidget : public QWidget {
    Q_OBJECT

public:
    // Minimum plot height: the titles and footer, plus this much per panel.
    static constexpr int kFrameHeight = 160;
    static constexpr int kPanelHeight = 160;

    explicit PlotStackWidget(QWidget *parent = nullptr);

    void setResults(const Results &results, const QString &scenarioName);
    // Replaces the plot with a message (e.g. "Simulating…" or a failure).
    void showMessage(const QString &message);
    bool hasResults() const { return m_hasResults; }
    ResultPlot *plot() const { return m_plot; }

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    ResultPlot *m_plot = nullptr;
    QScrollArea *m_scroll = nullptr;
    QLabel *m_message = nullptr;
    QStackedLayout *m_stack = nullptr;
    bool m_hasResults = false;
};

} // namespace lymph
