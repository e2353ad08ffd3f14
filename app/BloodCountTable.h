#pragma once
// The summary's table of blood counts (lymphocytes, CD4 T cells, CD19 B cells) at day 365,
// day 730 and the horizon, with the cohort's 5th–95th percentiles when the table has them.

#include <QCoreApplication>
#include <QList>
#include <QString>
#include <QStringList>
#include <QTextStream>

namespace lymph {
class ResultTable;
} // namespace lymph

namespace lymph::cli {

class BloodCountTable {
    Q_DECLARE_TR_FUNCTIONS(BloodCountTable)

public:
    BloodCountTable(const ResultTable &table, double horizonDays);

    // Prints the table with the count names left-aligned and the values right-aligned.
    void print(QTextStream &out) const;

private:
    QList<QStringList> m_rows; // a header row, then one row per count
};

} // namespace lymph::cli
