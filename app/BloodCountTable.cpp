#include "BloodCountTable.h"
#include "model/Calendar.h"

#include "CliText.h"
#include "OutcomeSpread.h"

#include <algorithm>
#include <cmath>
#include <string>
#include <vector>

namespace lymph::cli {

namespace {

QString formatCount(double cells) { return QString::number(std::max(0.0, cells), 'f', 0); }

constexpr double kSameDay = 3.0; // a horizon of "2 years" entered as 730 days is year 2

} // namespace

BloodCountTable::BloodCountTable(const std::vector<PatientOutcome> &patients, double horizonDays,
                                 bool cohort)
{
    struct Column {
        QString title;
        const CountsOnDay PatientOutcome::*counts;
    };
    std::vector<Column> columns;
    if (horizonDays >= kDaysPerYear - kSameDay)
        columns.push_back({tr("year 1"), &PatientOutcome::countsYear1});
    if (horizonDays >= 2 * kDaysPerYear - kSameDay)
        columns.push_back({tr("year 2"), &PatientOutcome::countsYear2});
    if (std::abs(horizonDays - kDaysPerYear) > kSameDay &&
        std::abs(horizonDays - 2 * kDaysPerYear) > kSameDay)
        columns.push_back({tr("day %1 (end)").arg(formatNumber(horizonDays)),
                           &PatientOutcome::countsEnd});
    const struct {
        double CountsOnDay::*count;
        QString name;
    } counts[] = {{&CountsOnDay::lymphocytes, tr("Lymphocytes")},
                  {&CountsOnDay::cd4, tr("CD4 T cells")},
                  {&CountsOnDay::bCells, tr("CD19 B cells")}};
    QStringList header{tr("Blood counts (cells/µL)")};
    for (const Column &column : columns)
        header << column.title;
    m_rows << header;
    for (const auto &count : counts) {
        QStringList row{QStringLiteral("  ") + count.name};
        for (const Column &column : columns) {
            const auto spread = spreadOf(patients, [&](const PatientOutcome &p) {
                return (p.*(column.counts)).*(count.count);
            });
            QString cell = spread ? formatCount(spread->median) : QStringLiteral("–");
            if (spread && cohort)
                cell += QStringLiteral(" (%1–%2)").arg(formatCount(spread->p05),
                                                       formatCount(spread->p95));
            row << cell;
        }
        m_rows << row;
    }
}

void BloodCountTable::print(QTextStream &out) const
{
    std::vector<qsizetype> widths(static_cast<std::size_t>(m_rows.front().size()), 0);
    for (const QStringList &row : m_rows) {
        for (qsizetype c = 0; c < row.size(); ++c) {
            auto &w = widths[static_cast<std::size_t>(c)];
            w = std::max(w, row[c].size());
        }
    }
    for (const QStringList &row : m_rows) {
        QString line = row[0].leftJustified(widths[0]);
        for (qsizetype c = 1; c < row.size(); ++c)
            line +=
                QStringLiteral("   ") + row[c].rightJustified(widths[static_cast<std::size_t>(c)]);
        out << line << '\n';
    }
}

} // namespace lymph::cli
