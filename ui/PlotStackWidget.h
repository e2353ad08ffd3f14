#pragma once
// The stacked result plots in the main window: one ResultPlot (a QCustomPlot) in a vertical
// scroll area, refilled from each new Results. Each panel keeps a readable minimum height, so
// a small window scrolls instead of squeezing labels into each other. The mouse wheel scrolls;
// Ctrl+wheel zooms the time axis. Shows a short note until the first results arrive. Draws
// only what the results and the parameter table contain.

#include "PinnedResults.h"
#include "plot/ResultPlot.h"

#include "simulate/Results.h"

#include <QList>
#include <QSet>
#include <QString>
#include <QWidget>

#include <optional>

class QLabel;
class QScrollArea;
class QStackedLayout;

namespace lymph {


class PlotStackWidget : public QWidget {
    Q_OBJECT

public:
    // Minimum plot height: the titles and footer, plus this much per panel.
    static constexpr int kFrameHeight = 160;
    static constexpr int kPanelHeight = 160;
    static constexpr int kLegendRowsHeight = 60;

    explicit PlotStackWidget(QWidget *parent = nullptr);

    void setResults(const Results &results, const QString &scenarioName);
    // Earlier results drawn over the current ones, and panels left out; both redraw at once.
    void setComparisons(const QList<PinnedResults> &pinned);
    void setPanelVisible(PlotPanel panel, bool visible);
    // One virtual patient of the cohort drawn over its medians ("show me a patient like this");
    // nothing removes it.
    void setSampledPatient(const std::optional<PinnedResults> &patient);
    bool hasSampledPatient() const { return m_sampled.has_value(); }
    // A personalised forecast (estimate/PersonalFit.h) drawn with its bands in place of the
    // population's results, which stay beside it, dotted; nothing: the population alone.
    void setPersonalised(const std::optional<Results> &forecast);
    bool isPersonalised() const { return m_personalised.has_value(); }
    // The patient's lab results, drawn as points on the panels of their quantities.
    void setMeasurements(const std::vector<Measurement> &measurements);
    bool isPanelVisible(PlotPanel panel) const { return !m_hidden.contains(panel); }
    // What the plots show: the personalised forecast when there is one.
    const Results *results() const
    {
        return m_personalised && m_results ? &*m_personalised
               : m_results                 ? &*m_results
                                           : nullptr;
    }
    // The population's results (the typical patient or the cohort), personalised or not.
    const Results *populationResults() const { return m_results ? &*m_results : nullptr; }
    // Replaces the plot with a message (e.g. "Simulating…" or a failure).
    void showMessage(const QString &message);
    bool hasResults() const { return m_hasResults; }
    ResultPlot *plot() const { return m_plot; }

    // Below this width the legends move under the panels, in as many columns as fit.
    static constexpr int kSideLegendMinWidth = 1150;
    static constexpr int kLegendColumnWidth = 270;

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;
    void resizeEvent(QResizeEvent *event) override;

private:
    void redraw();

    std::optional<Results> m_results;
    QString m_scenarioName;
    QList<PinnedResults> m_pinned;
    std::optional<PinnedResults> m_sampled;
    std::optional<Results> m_personalised;
    QSet<PlotPanel> m_hidden;
    ResultPlot *m_plot = nullptr;
    QScrollArea *m_scroll = nullptr;
    QLabel *m_message = nullptr;
    QStackedLayout *m_stack = nullptr;
    bool m_hasResults = false;
};

} // namespace lymph
