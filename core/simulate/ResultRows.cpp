#include "simulate/ResultRows.h"

#include "platform/HotPath.h"
#include "platform/VectorMath.h"

#include <cmath>
#include <stdexcept>
#include <string>

namespace lymph {

using namespace state;

ResultRows::ResultRows(const ImmuneModel &model, const DoseSchedule &schedule,
                       const std::vector<double> &days, const RelapseFrailty &frailty,
                       double autoimmunityMultiplier, std::vector<std::vector<double>> storage)
    : m_model(model), m_schedule(schedule), m_days(days), m_frailty(frailty),
      m_autoimmunityMultiplier(autoimmunityMultiplier), m_columns(std::move(storage))
{
    // The columns in the order add() puts the values.
    for (Column c : {Column::Day, Column::Lymphocytes, Column::BCells, Column::BMemory,
                     Column::BNaive, Column::Cd4, Column::Cd4Naive, Column::Cd4Memory, Column::Cd8,
                     Column::Nk, Column::Neutrophils})
        m_keys.push_back({c});
    for (Therapy t : schedule.antibodies) {
        for (Column c : {Column::DrugLevel, Column::NeutralizingTitre, Column::AdaTitre,
                         Column::AdaEverBindingPositive, Column::AdaBindingPositive,
                         Column::AdaEverNeutralizingPositive, Column::AdaNeutralizingPositive})
            m_keys.push_back({c, t});
    }
    if (schedule.hasFingolimod)
        m_keys.push_back({Column::Fingolimod});
    // 0/1 flags below the lower limits of normal: their cohort means are the fractions.
    for (Column c : {Column::LymphocytesBelowLln, Column::BCellsBelowLln, Column::Cd4BelowLln,
                     Column::Cd8BelowLln, Column::RelapseHazard, Column::ExpectedRelapses})
        m_keys.push_back({c});
    // The probabilities, taken from their exponents in finish(): the last columns.
    m_firstProbability = m_keys.size();
    for (Column c : {Column::RelapseProbability, Column::RelapseFreeProbability,
                     Column::AutoimmunityProbability, Column::ThyroidProbability,
                     Column::ItpProbability, Column::AntiGbmProbability})
        m_keys.push_back({c});
    m_columns.resize(m_keys.size());
    for (auto &column : m_columns)
        column.resize(days.size()); // every value is written by add()
}

LYMPH_HOT_PATH void ResultRows::write(const State &x) noexcept
{
    const ModelParameters &p = m_model.parameters();
    m_column = 0;
    put(m_days[m_row]);
    double lymphocytes = 0.0;
    for (std::size_t i = 0; i < kSubsetCount; ++i)
        lymphocytes += x[blood(i)];
    const double bCells = x[blood(BNaive)] + x[blood(BMemory)];
    const double cd4 = x[blood(Cd4Naive)] + x[blood(Cd4Memory)];
    put(lymphocytes);
    put(bCells);
    put(x[blood(BMemory)]);
    put(x[blood(BNaive)]);
    put(cd4);
    put(x[blood(Cd4Naive)]);
    put(x[blood(Cd4Memory)]);
    put(x[blood(Cd8)]);
    put(x[blood(Nk)]);
    put(m_model.neutrophils(x));

    // Ever-positive flags: the running maximum of the flag, row after row.
    const auto ever = [this](double flag) {
        return m_row == 0 ? flag : std::max(flag, m_columns[m_column][m_row - 1]);
    };
    for (Therapy t : m_schedule.antibodies) {
        const std::size_t a = antibodyIndex(t);
        const double titre = x[adaTitre(a)];
        const double neutralizingTitre = m_model.neutralizingTitre(x, a);
        const double positive = titre >= p.adaBindingThreshold ? 1.0 : 0.0;
        const double neutralizing = neutralizingTitre >= p.adaNeutralThreshold ? 1.0 : 0.0;
        put(m_model.concentration(x, a));
        put(neutralizingTitre);
        put(titre);
        put(ever(positive));
        put(positive);
        put(ever(neutralizing));
        put(neutralizing);
    }
    if (m_schedule.hasFingolimod)
        put(x[Fingolimod]);

    put(lymphocytes < p.llnLymphocytes ? 1.0 : 0.0);
    put(bCells < p.llnB ? 1.0 : 0.0);
    put(cd4 < p.llnCd4 ? 1.0 : 0.0);
    put(x[blood(Cd8)] < p.llnCd8 ? 1.0 : 0.0);

    // The probabilities' exponentials are taken a whole column at a time, in finish(); until
    // then their columns hold the exponents.
    const double z = m_frailty.value.value_or(1.0);
    const double expected = x[CumulativeHazard];
    put(z * m_model.patient().baselineArr * m_model.relapseHazardRelative(x));
    put(z * expected);
    // A sampled frailty: P(no relapse) = exp(−z·E). Without one, averaged over the gamma
    // frailty of variance v: (1 + v·E)^(−1/v) = exp(−log1p(v·E) / v); here v·E, for log1p.
    put(0.0); // P(relapse), 1 − P(no relapse)
    put(m_frailty.value ? -z * expected : m_frailty.variance * expected);
    const double k = m_autoimmunityMultiplier;
    const double exposure = x[AutoimmunityExposure];
    for (const double rate : {p.aiThyroid + p.aiItp + p.aiGbm, p.aiThyroid, p.aiItp, p.aiGbm})
        put(-k * rate * exposure); // 1 − exp(−k·rate·exposure)
    ++m_row;
}

void ResultRows::takeExponentials() noexcept
{
    const std::size_t rows = m_row;
    double *relapse = m_columns[m_firstProbability].data();
    double *relapseFree = m_columns[m_firstProbability + 1].data();
    if (!m_frailty.value) {
        log1pOf(relapseFree, relapseFree, rows);
        const double scale = -1.0 / m_frailty.variance;
        for (std::size_t r = 0; r < rows; ++r)
            relapseFree[r] *= scale;
    }
    expOf(relapseFree, relapseFree, rows);
    for (std::size_t r = 0; r < rows; ++r)
        relapse[r] = 1.0 - relapseFree[r];
    for (std::size_t c = m_firstProbability + 2; c < m_columns.size(); ++c) {
        double *probability = m_columns[c].data();
        expOf(probability, probability, rows);
        for (std::size_t r = 0; r < rows; ++r)
            probability[r] = 1.0 - probability[r];
    }
}

ResultTable ResultRows::finish()
{
    if (m_extraRows)
        throw std::logic_error("more result rows than days");
    if (m_row != m_days.size())
        throw std::logic_error("fewer result rows than days");
    takeExponentials();
    ResultTable table;
    for (std::size_t c = 0; c < m_keys.size(); ++c)
        table.addColumn(m_keys[c], std::move(m_columns[c]));
    return table;
}

ResultTable buildResultTable(const ImmuneModel &model, const DoseSchedule &schedule,
                             const PatientTrajectory &trajectory, const RelapseFrailty &frailty,
                             double autoimmunityMultiplier)
{
    ResultRows rows(model, schedule, trajectory.days, frailty, autoimmunityMultiplier);
    for (const State &x : trajectory.states)
        rows.add(x);
    return rows.finish();
}

} // namespace lymph
