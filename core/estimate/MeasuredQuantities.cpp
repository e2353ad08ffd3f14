#include "estimate/MeasuredQuantities.h"

namespace lymph {

namespace {

// Residual error of counts: the analytical CV of automated and flow-cytometric absolute counts
// is a few per cent; a patient's counts also move from day to day and over the day (diurnal
// rhythm, infections, corticosteroids), and the model is a model. The CVs below are
// assumptions on that whole spread, stated here so that a fit can be judged against them.
constexpr const char *kCountSource =
    "assumption: analytical CV of absolute counts ~5-10% plus day-to-day and diurnal variation";
constexpr const char *kLevelSource =
    "ligand-binding assays are accepted within 20% precision, 25% at the lower limit of "
    "quantification (FDA Bioanalytical Method Validation guidance, 2018); floor at a typical "
    "LLOQ (approx.)";
constexpr const char *kTitreSource =
    "assumption: titres are read in twofold dilution steps, about one step of uncertainty";

std::vector<MeasuredQuantity> build()
{
    const auto count = [](Column c, double max, double cv, double floor) {
        const ColumnKey key{c};
        return MeasuredQuantity{key, columnName(key), "cells/µL", max, cv, floor, kCountSource};
    };
    std::vector<MeasuredQuantity> list = {
        count(Column::Lymphocytes, 50000, 0.15, 20), count(Column::Cd4, 20000, 0.20, 10),
        count(Column::Cd8, 20000, 0.20, 10),         count(Column::BCells, 20000, 0.20, 5),
        count(Column::Nk, 20000, 0.25, 10),          count(Column::Neutrophils, 100000, 0.20, 50),
    };
    for (Therapy t : kAntibodies) {
        const ColumnKey level{Column::DrugLevel, t};
        list.push_back({level, columnName(level), "µg/mL", 10000, 0.25, 0.01, kLevelSource});
        const ColumnKey titre{Column::AdaTitre, t};
        list.push_back({titre, columnName(titre), "titre units", 1e6, 0.5, 0.1, kTitreSource});
    }
    return list;
}

} // namespace

const std::vector<MeasuredQuantity> &measuredQuantities()
{
    static const std::vector<MeasuredQuantity> list = build();
    return list;
}

const MeasuredQuantity *measuredQuantity(std::string_view name)
{
    for (const MeasuredQuantity &q : measuredQuantities()) {
        if (q.name == name)
            return &q;
    }
    return nullptr;
}

std::vector<std::string> measuredQuantityNames()
{
    std::vector<std::string> names;
    for (const MeasuredQuantity &q : measuredQuantities())
        names.push_back(q.name);
    return names;
}

} // namespace lymph
