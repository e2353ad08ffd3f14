#include "simulate/ResultColumns.h"

#include <array>
#include <stdexcept>

namespace lymph {

namespace {

using enum ColumnUnit;
using A = Aggregation;
using P = ResultPanel;

// Histogram ranges by unit (powers of two): cells/µL 0.0078…131,072; drug levels
// 6.1e-5…2,048; titres 0.00098…131,072 (binding-positive at 1); hazards 6.1e-5…128 a year.
constexpr int kCellsFloor = -7, kCellsCeiling = 17;
constexpr int kLevelFloor = -14, kLevelCeiling = 11;
constexpr int kTitreFloor = -10, kTitreCeiling = 17;
constexpr int kHazardFloor = -14, kHazardCeiling = 7;

constexpr ColumnInfo cells(Column c, std::string_view name, const char *display,
                           const char *lln = nullptr)
{
    return {c,           name,          display, CellsPerUl, A::Quantiles,
            kCellsFloor, kCellsCeiling, lln,     P::Cells,   false};
}

constexpr ColumnInfo mean(Column c, std::string_view name, const char *display, ColumnUnit unit,
                          ResultPanel panel = P::None, bool perAntibody = false)
{
    return {c, name, display, unit, A::Mean, 0, 0, nullptr, panel, perAntibody};
}

// lupdate reads QT_TRANSLATE_NOOP where it is written, so each display name carries its own.

// In the order of the Column enum.
constexpr std::array kColumns = {
    ColumnInfo{Column::Day, "day", QT_TRANSLATE_NOOP("ResultColumn", "day"), Days, A::Key, 0, 0,
               nullptr, P::None, false},
    cells(Column::Lymphocytes, "lymphocytes_per_ul",
          QT_TRANSLATE_NOOP("ResultColumn", "Lymphocytes"), "lln_lymphocytes_per_ul"),
    cells(Column::BCells, "b_cells_per_ul", QT_TRANSLATE_NOOP("ResultColumn", "CD19 B cells"),
          "lln_b_per_ul"),
    cells(Column::BMemory, "b_memory_per_ul", QT_TRANSLATE_NOOP("ResultColumn", "Memory B cells"),
          nullptr),
    cells(Column::BNaive, "b_naive_per_ul",
          QT_TRANSLATE_NOOP("ResultColumn", "Naive and transitional B cells"), nullptr),
    cells(Column::Cd4, "cd4_per_ul", QT_TRANSLATE_NOOP("ResultColumn", "CD4 T cells"),
          "lln_cd4_per_ul"),
    cells(Column::Cd4Naive, "cd4_naive_per_ul",
          QT_TRANSLATE_NOOP("ResultColumn", "Naive CD4 T cells"), nullptr),
    cells(Column::Cd4Memory, "cd4_memory_per_ul",
          QT_TRANSLATE_NOOP("ResultColumn", "Memory CD4 T cells"), nullptr),
    cells(Column::Cd8, "cd8_per_ul", QT_TRANSLATE_NOOP("ResultColumn", "CD8 T cells"),
          "lln_cd8_per_ul"),
    cells(Column::Nk, "nk_per_ul", QT_TRANSLATE_NOOP("ResultColumn", "NK cells"), nullptr),
    ColumnInfo{Column::Neutrophils, "neutrophils_per_ul",
               QT_TRANSLATE_NOOP("ResultColumn", "Neutrophils"), CellsPerUl, A::Quantiles,
               kCellsFloor, kCellsCeiling, nullptr, P::None, false},
    ColumnInfo{Column::DrugLevel, "{}_ug_per_ml", QT_TRANSLATE_NOOP("ResultColumn", "{}"), UgPerMl,
               A::Quantiles, kLevelFloor, kLevelCeiling, nullptr, P::Drugs, true},
    ColumnInfo{Column::NeutralizingTitre, "ada_{}_neutralizing_titer",
               QT_TRANSLATE_NOOP("ResultColumn", "Neutralising ADA against {}"), Titre,
               A::Quantiles, kTitreFloor, kTitreCeiling, nullptr, P::None, true},
    ColumnInfo{Column::AdaTitre, "ada_{}_titer",
               QT_TRANSLATE_NOOP("ResultColumn", "ADA against {}"), Titre, A::Quantiles,
               kTitreFloor, kTitreCeiling, nullptr, P::Ada, true},
    mean(Column::AdaEverBindingPositive, "ada_{}_ever_binding_positive",
         QT_TRANSLATE_NOOP("ResultColumn", "Ever binding-positive for ADA against {}"), Flag,
         P::None, true),
    mean(Column::AdaBindingPositive, "ada_{}_binding_positive",
         QT_TRANSLATE_NOOP("ResultColumn", "Binding-positive for ADA against {}"), Flag, P::None,
         true),
    mean(Column::AdaEverNeutralizingPositive, "ada_{}_ever_neutralizing_positive",
         QT_TRANSLATE_NOOP("ResultColumn", "Ever neutralising ADA against {}"), Flag, P::None,
         true),
    mean(Column::AdaNeutralizingPositive, "ada_{}_neutralizing_positive",
         QT_TRANSLATE_NOOP("ResultColumn", "Neutralising ADA against {}"), Flag, P::None, true),
    ColumnInfo{Column::Fingolimod, "fingolimod_ng_per_ml",
               QT_TRANSLATE_NOOP("ResultColumn", "Fingolimod-phosphate"), NgPerMl, A::Quantiles,
               kLevelFloor, kLevelCeiling, nullptr, P::None, false},
    mean(Column::LymphocytesBelowLln, "lymphocytes_below_lln",
         QT_TRANSLATE_NOOP("ResultColumn", "Lymphocytes below the LLN"), Flag, P::None, false),
    mean(Column::BCellsBelowLln, "b_cells_below_lln",
         QT_TRANSLATE_NOOP("ResultColumn", "B cells below the LLN"), Flag, P::None, false),
    mean(Column::Cd4BelowLln, "cd4_below_lln",
         QT_TRANSLATE_NOOP("ResultColumn", "CD4 T cells below the LLN"), Flag, P::None, false),
    mean(Column::Cd8BelowLln, "cd8_below_lln",
         QT_TRANSLATE_NOOP("ResultColumn", "CD8 T cells below the LLN"), Flag, P::None, false),
    ColumnInfo{Column::RelapseHazard, "relapse_hazard_per_year",
               QT_TRANSLATE_NOOP("ResultColumn", "relapse rate"), PerYear, A::Quantiles,
               kHazardFloor, kHazardCeiling, nullptr, P::Relapse, false},
    mean(Column::ExpectedRelapses, "expected_relapses",
         QT_TRANSLATE_NOOP("ResultColumn", "expected relapses"), Relapses, P::None, false),
    mean(Column::RelapseProbability, "relapse_probability",
         QT_TRANSLATE_NOOP("ResultColumn", "P(≥1 relapse)"), Probability, P::Relapse, false),
    mean(Column::RelapseFreeProbability, "relapse_free_probability",
         QT_TRANSLATE_NOOP("ResultColumn", "relapse-free"), Probability, P::None, false),
    mean(Column::AutoimmunityProbability, "autoimmunity_probability",
         QT_TRANSLATE_NOOP("ResultColumn", "P(≥1 autoimmune event)"), Probability, P::Autoimmunity,
         false),
    mean(Column::ThyroidProbability, "thyroid_autoimmunity_probability",
         QT_TRANSLATE_NOOP("ResultColumn", "thyroid autoimmunity"), Probability, P::None, false),
    mean(Column::ItpProbability, "itp_probability",
         QT_TRANSLATE_NOOP("ResultColumn", "immune thrombocytopenia"), Probability, P::None, false),
    mean(Column::AntiGbmProbability, "anti_gbm_probability",
         QT_TRANSLATE_NOOP("ResultColumn", "anti-GBM disease"), Probability, P::None, false),
};

constexpr bool inEnumOrder()
{
    for (std::size_t i = 0; i < kColumns.size(); ++i) {
        if (static_cast<std::size_t>(kColumns[i].column) != i)
            return false;
    }
    return true;
}
static_assert(inEnumOrder(), "kColumns follows the Column enum");

constexpr Statistic kStatistics[] = {Statistic::Value, Statistic::P05, Statistic::P25,
                                     Statistic::P75, Statistic::P95};

} // namespace

const ColumnInfo &columnInfo(Column column)
{
    return kColumns[static_cast<std::size_t>(column)];
}

std::string_view statisticSuffix(Statistic statistic)
{
    switch (statistic) {
    case Statistic::Value: return "";
    case Statistic::P05: return "_p05";
    case Statistic::P25: return "_p25";
    case Statistic::P75: return "_p75";
    case Statistic::P95: return "_p95";
    }
    return "";
}

std::string columnName(const ColumnKey &key)
{
    const ColumnInfo &info = columnInfo(key.column);
    std::string name(info.name);
    if (info.perAntibody) {
        if (!key.antibody)
            throw std::logic_error("column '" + name + "' needs an antibody");
        name.replace(name.find("{}"), 2, therapyId(*key.antibody));
    }
    return name + std::string(statisticSuffix(key.statistic));
}

std::optional<ColumnKey> parseColumnName(std::string_view name)
{
    for (const ColumnInfo &info : kColumns) {
        for (Statistic s : kStatistics) {
            if (!info.perAntibody) {
                if (columnName({info.column, std::nullopt, s}) == name)
                    return ColumnKey{info.column, std::nullopt, s};
                continue;
            }
            for (Therapy t : kAntibodies) {
                if (columnName({info.column, t, s}) == name)
                    return ColumnKey{info.column, t, s};
            }
        }
    }
    return std::nullopt;
}

} // namespace lymph
