#include "simulate/InfectionWindows.h"

namespace lymph {

std::string_view infectionWindowLabel(InfectionWindow::Kind kind)
{
    switch (kind) {
    case InfectionWindow::Kind::Lymphocytes500: return "lymphocytes < 500/µL";
    case InfectionWindow::Kind::Lymphocytes200: return "lymphocytes < 200/µL";
    case InfectionWindow::Kind::Neutrophils500: return "neutrophils < 500/µL";
    }
    return "";
}

std::vector<InfectionWindow> findInfectionWindows(const ResultTable &table, bool neutrophils)
{
    std::vector<InfectionWindow> windows;
    const auto &days = table.days();
    auto scan = [&](const std::vector<double> &values, double threshold, InfectionWindow::Kind kind) {
        bool open = false;
        InfectionWindow w{kind, 0.0, 0.0};
        for (std::size_t r = 0; r < days.size(); ++r) {
            const bool below = values[r] < threshold;
            if (below && !open) {
                w.startDay = days[r];
                open = true;
            } else if (!below && open) {
                w.endDay = days[r];
                windows.push_back(w);
                open = false;
            }
        }
        if (open) {
            w.endDay = days.back();
            windows.push_back(w);
        }
    };
    scan(table.at(ColumnKey{Column::Lymphocytes}), 500.0, InfectionWindow::Kind::Lymphocytes500);
    scan(table.at(ColumnKey{Column::Lymphocytes}), 200.0, InfectionWindow::Kind::Lymphocytes200);
    if (neutrophils)
        scan(table.at(ColumnKey{Column::Neutrophils}), 500.0, InfectionWindow::Kind::Neutrophils500);
    return windows;
}

} // namespace lymph
