#pragma once
// The stacked result plots in the main window: one ResultPlot (a QCustomPlot) in a vertical
// scroll area, refilled from each new Results. Panel heights follow the window: three panels
// fit the visible height where they can stay readable (the rest scroll into view), or, in
// "fit all panels" mode, every panel shares the height. Legends sit in a column of fixed width
// beside the panels (below them in a narrow window), so the time axis keeps its width whatever
// their text. The wheel scrolls; Ctrl+wheel asks for a zoom around the day under the mouse.
// Shows a short note until the first results arrive. Draws only what the results and the
// parameter table contain.

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
    // Panels keep this height (for a panel of stretch 1) when the window is short...
    static constexpr int kMinPanelHeight = 84;
    // ...grow up to this when it is tall...
    static constexpr int kMaxPanelHeight = 240;
    // ...and squeeze to this in "fit all panels" mode.
    static constexpr int kMinFitPanelHeight = 56;
    // How many panels the visible height should hold at once.
    static constexpr int kPanelsInView = 3;
    // Room for the subtitle and the time axis, and for one panel's heading.
    static constexpr int kFrameHeight = 72;
    static constexpr int kHeadingHeight = 26;
    static constexpr int kLegendRowHeight = 19;
    // Below this plot width the legends move under the panels.
    static constexpr int kSideLegendMinWidth = 700;

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
    QSet<PlotPanel> hiddenPanels() const { return m_hidden; }
    // Every panel in the visible height, without scrolling.
    void setFitAllPanels(bool fit);
    bool fitsAllPanels() const { return m_fitAll; }
    // Dark paper for the dark theme (exports stay light).
    void setDarkStyle(bool dark);
    // Replaces the plot with a message (e.g. "Simulating…" or a failure).
    void showMessage(const QString &message);
    bool hasResults() const { return m_hasResults; }
    ResultPlot *plot() const { return m_plot; }
    QScrollArea *scrollArea() const { return m_scroll; }
    // The legend column's width for a plot `width` pixels wide (0: legends below).
    static int legendWidthFor(int width);

signals:
    // Ctrl+wheel over the plots: zoom by `factor` around `day`.
    void zoomRequested(double factor, double day);

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;
    void resizeEvent(QResizeEvent *event) override;

private:
    void redraw();
    void updateHeight();

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
    bool m_fitAll = false;
    // Height added because legends beside the panels lacked it at a layout (pinned plans add
    // entries); kept until the pinned plans, the panels shown, the fit or the width change
    // (so a sampled patient or a forecast leaving does not shrink it back at once).
    int m_legendExtra = 0;
    static constexpr int kMaxLegendExtra = 4000;
};

} // namespace lymph
