#pragma once
// The printable handout for a patient: two A4 pages. Page 1: the plan, the not-a-prediction
// statement and the simplified plots. Page 2: what the simulation shows in plain words, the
// comparison with other strategies when there are any, and where the numbers come from.
// Written to PDF (QPdfWriter) or a printer (QPrinter) by the same painting code; used by the
// window and by `lymphoscope-cli report`.

#include "PinnedResults.h"

#include "scenario/Scenario.h"
#include "simulate/Results.h"

#include <QCoreApplication>
#include <QList>
#include <QString>

class QPagedPaintDevice;

namespace lymph {

class HandoutWriter {
    Q_DECLARE_TR_FUNCTIONS(HandoutWriter)

public:
    static constexpr int kPages = 2;

    HandoutWriter(const Scenario &scenario, const Results &results,
                  const QList<PinnedResults> &comparisons = {});

    // The whole handout as a PDF, or an empty array with `error` set.
    QByteArray pdf(QString *error = nullptr) const;
    // Paints both pages on a device that is already set up (a QPdfWriter or a QPrinter).
    bool paint(QPagedPaintDevice *device, QString *error = nullptr) const;

private:
    const Scenario &m_scenario;
    const Results &m_results;
    QList<PinnedResults> m_comparisons;
};

} // namespace lymph
