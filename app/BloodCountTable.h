#pragma once
// The summary's table of blood counts (lymphocytes, CD4 T cells, CD19 B cells) at 1 and 2
// years and at the horizon, measured on the daily grid; for a cohort, the median with the
// 5th–95th percentile across its patients.

#include "simulate/PatientOutcome.h"

#include <QCoreApplication>
#include <QList>
#include <QString>
#include <QStringList>
#include <QTextStream>

#include <vector>

namespace lymph::cli {

class BloodCountTable {
    Q_DECLARE_TR_FUNCTIONS(BloodCountTable)

public:
    BloodCountTable(const std::vector<PatientOutcome> &patients, double horizonDays, bool cohort);

    // Prints the table with the count names left-aligned and the values right-aligned.
    void print(QTextStream &out) const;

private:
    QList<QStringList> m_rows; // a header row, then one row per count
};

} // namespace lymph::cli
