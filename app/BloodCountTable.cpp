#include "BloodCountTable.h"

#include "CliText.h"

#include "simulate/ResultTable.h"

#include <algorithm>
#include <string>
#include <vector>

namespace lymph::cli {

namespace {

QString formatCount(double cells) { return QString::number(std::max(0.0, cells), 'f', 0); }

} // namespace

BloodCountTable::BloodCountTable(const ResultTable &table, double horizonDays)
{
    std::vector<double> days;
    for (double day : {365.0, 730.0, horizonDays}) {
        if (day <= horizonDays && std::find(days.begin(), days.end(), day) == days.end())
            days.push_back(day);
    }
    const struct {
        const char *column;
        QString name;
    } counts[] = {{"lymphocytes_per_ul", tr("Lymphocytes")},
                  {"cd4_per_ul", tr("CD4 T cells")},
                  {"b_cells_per_ul", tr("CD19 B cells")}};
    QStringList header{tr("Blood counts (cells/µL)")};
    for (double day : days)
        header << tr("day %1").arg(formatNumber(day));
    m_rows << header;
    for (const auto &count : counts) {
        if (!table.has(count.column))
            continue;
        QStringList row{QStringLiteral("  ") + count.name};
        const std::string low = std::string(count.column) + "_p05";
        const std::string high = std::string(count.column) + "_p95";
        for (double day : days) {
            QString cell = formatCount(table.valueAt(count.column, day));
            if (table.has(low) && table.has(high)) {
                cell += QStringLiteral(" (%1–%2)").arg(formatCount(table.valueAt(low, day)),
                                                       formatCount(table.valueAt(high, day)));
            }
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
