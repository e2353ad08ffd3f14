#include "CurveDeviation.h"

#include <algorithm>
#include <cmath>
#include <limits>

namespace lymph::bench {

Deviations maxRelativeDeviation(const ResultTable &table, const ResultTable &reference)
{
    Deviations out;
    for (const char *name : kKeyColumns) {
        const std::vector<double> *b = reference.column(name);
        if (!b)
            continue;
        const std::vector<double> *a = table.column(name);
        if (!a || a->size() != b->size()) {
            out[name] = std::numeric_limits<double>::infinity();
            continue;
        }
        double largest = 0.0, scale = 0.0;
        bool finite = true; // a NaN would not compare larger than anything
        for (std::size_t i = 0; i < b->size(); ++i) {
            finite = finite && std::isfinite((*a)[i]);
            largest = std::max(largest, std::abs((*a)[i] - (*b)[i]));
            scale = std::max(scale, std::abs((*b)[i]));
        }
        out[name] = !finite ? std::numeric_limits<double>::infinity()
                    : scale > 0.0 ? largest / scale
                                  : 0.0;
    }
    return out;
}

void keepLargest(Deviations &into, const Deviations &more)
{
    for (const auto &[column, deviation] : more) {
        auto [it, inserted] = into.try_emplace(column, deviation);
        if (!inserted)
            it->second = std::max(it->second, deviation);
    }
}

std::pair<std::string, double> worstColumn(const Deviations &deviations)
{
    std::pair<std::string, double> worst{std::string(), 0.0};
    for (const auto &[column, deviation] : deviations) {
        if (worst.first.empty() || deviation > worst.second)
            worst = {column, deviation};
    }
    return worst;
}

} // namespace lymph::bench
