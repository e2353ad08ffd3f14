#pragma once
// The printable handout for a patient, on A4 pages. Page 1: the plan, the not-a-prediction
// statement and the simplified plots. Then, flowing onto as many pages as the language needs
// (nothing is ever cut): what the plan means for 100 people like the patient, outcome by
// outcome as icon arrays with natural frequencies and their range, beside the plan compared
// against when there is one, with the trade-off in one sentence and a table of differences;
// the plain-language sentences; where the numbers come from; the closing statement. Written to
// PDF (QPdfWriter) or a printer (QPrinter) by the same painting code; used by the window and
// by `lymphoscope-cli report`.

#include "PinnedResults.h"
#include "PlanStrip.h"
#include "decision/DecisionSummary.h"

#include "scenario/Scenario.h"
#include "simulate/Results.h"

#include <QCoreApplication>
#include <QList>
#include <QString>

#include <optional>

class QPagedPaintDevice;
class QPainter;

namespace lymph {

class HandoutWriter {
    Q_DECLARE_TR_FUNCTIONS(HandoutWriter)

public:
    // `decision`: the plans as the window's comparison names and measures them; without it
    // the plan and the comparisons are named from their scenarios and measured here.
    HandoutWriter(const Scenario &scenario, const Results &results,
                  const QList<PinnedResults> &comparisons = {},
                  std::optional<DecisionSummary> decision = std::nullopt);

    // The whole handout as a PDF, or an empty array with `error` set.
    QByteArray pdf(QString *error = nullptr);
    // Paints every page on a device that is already set up (a QPdfWriter or a QPrinter).
    bool paint(QPagedPaintDevice *device, QString *error = nullptr);
    // Pages of the last handout painted.
    int pageCount() const { return m_pages; }
    // Where page 1's time axes ran (page coordinates) in the last handout painted: the plan
    // strip's as it drew it and the plots' below it, which are meant to be the same.
    struct PageOneAxes {
        PlanStrip::AxisSpan stripAxis, plotAxis;
    };
    const PageOneAxes &pageOneAxes() const { return m_pageOne; }
    // The plans and their figures (measured on first use).
    const DecisionSummary &decision();

private:
    // One pass over the pages; `total` is written in the footers (0: not known yet).
    bool paintPages(QPagedPaintDevice *device, int total, QString *error);

    const Scenario &m_scenario;
    const Results &m_results;
    QList<PinnedResults> m_comparisons;
    std::optional<DecisionSummary> m_decision;
    bool m_figuresTried = false; // a plan the engine refused is not run again on every page
    int m_pages = 0;
    PageOneAxes m_pageOne;
};

} // namespace lymph
