#pragma once
// The view for the room with the patient: large simplified plots, plain-language sentences
// written from the results, and a play control that walks through the months with a moving
// marker (on these plots and, through markerDayChanged, on the timeline) and says what the
// results show at that month.

#include "decision/DecisionSummary.h"
#include "scenario/Scenario.h"
#include "simulate/Results.h"
#include "summary/PlainFacts.h"

#include <QTimer>
#include <QWidget>

#include <optional>

class QCheckBox;
class QLabel;
class QPushButton;
class QSlider;
class QSplitter;

namespace lymph {

class EducationPlot;
class OutcomeIconArrays;

class EducationView : public QWidget {
    Q_OBJECT

public:
    // Months the marker moves per second of playing.
    static constexpr double kMonthsPerSecond = 4.0;
    // Below this the plot scrolls rather than squeeze its three panels into each other.
    static constexpr int kMinimumPlotHeight = 420;

    explicit EducationView(QWidget *parent = nullptr);

    void setResults(const Scenario &scenario, const Results &results);
    // The plan (and the one compared against) in 100 people, as icon arrays.
    void setDecision(const DecisionSummary &decision);
    void setDarkStyle(bool dark);
    OutcomeIconArrays *iconArrays() const { return m_arrays; }
    QSplitter *splitter() const { return m_split; }
    EducationPlot *plot() const { return m_plot; }
    QStringList captions() const { return m_captions; }
    // What the results show at `day` ("Month 14: immune cells at 65 % of their usual level…").
    QString momentText(double day) const;
    QString currentMomentText() const;

    void play();
    void pause();
    bool isPlaying() const { return m_timer.isActive(); }
    void setMarkerDay(double day);
    std::optional<double> markerDay() const { return m_markerDay; }

signals:
    void markerDayChanged(std::optional<double> day);

protected:
    void showEvent(QShowEvent *event) override;
    void resizeEvent(QResizeEvent *event) override;

private:
    // Plots and words share the width 3:2 until the user drags the divider.
    void shareWidth();
    void tick();
    void updateMoment();
    void showCaptions();

    std::optional<Results> m_results;
    std::optional<PlainFacts> m_facts;
    std::optional<PlanFigures> m_shownFigures; // the icon arrays' figures for this plan
    QStringList m_captions;
    std::optional<double> m_markerDay;
    QTimer m_timer;
    EducationPlot *m_plot = nullptr;
    QLabel *m_captionText = nullptr;
    QLabel *m_title = nullptr;
    QLabel *m_moment = nullptr;
    QPushButton *m_play = nullptr;
    QSlider *m_slider = nullptr;
    QCheckBox *m_cellTypes = nullptr;
    QSplitter *m_split = nullptr;
    OutcomeIconArrays *m_arrays = nullptr;
    bool m_dividerMoved = false;
};

} // namespace lymph
