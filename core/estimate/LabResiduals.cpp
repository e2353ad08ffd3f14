#include "estimate/LabResiduals.h"

#include "estimate/FitProblem.h"
#include "simulate/PatientRun.h"
#include "simulate/ResultRows.h"

#include <algorithm>
#include <cmath>

namespace lymph {

namespace {

constexpr std::size_t kMinMeasurements = 2;
// Two results of one quantity on one day further apart than this many standard deviations of
// their difference are not assay error.
constexpr double kContradiction = 6.0;

double logOf(double value, const MeasuredQuantity &q)
{
    return std::log(value + q.floor);
}

void refuseDegenerate(const std::vector<Measurement> &measurements, const DoseSchedule &schedule)
{
    if (measurements.empty())
        throw FitError(fit_failure::NoMeasurements{});
    if (measurements.size() < kMinMeasurements)
        throw FitError(fit_failure::TooFewMeasurements{measurements.size(), kMinMeasurements});
    const bool oneDay = std::all_of(measurements.begin(), measurements.end(), [&](const auto &m) {
        return m.day == measurements.front().day;
    });
    if (oneDay)
        throw FitError(fit_failure::AllOnOneDay{measurements.front().day});
    for (const Measurement &m : measurements) {
        const MeasuredQuantity *q = measuredQuantity(m.quantity);
        if (q == nullptr)
            continue; // the scenario's rules have refused it already
        const auto &antibody = q->column.antibody;
        if (antibody && std::find(schedule.antibodies.begin(), schedule.antibodies.end(),
                                  *antibody) == schedule.antibodies.end())
            throw FitError(fit_failure::QuantityNotInPlan{m.quantity, *antibody});
    }
    for (std::size_t a = 0; a < measurements.size(); ++a) {
        for (std::size_t b = a + 1; b < measurements.size(); ++b) {
            const Measurement &x = measurements[a], &y = measurements[b];
            const MeasuredQuantity *q = measuredQuantity(x.quantity);
            if (q == nullptr || x.quantity != y.quantity || x.day != y.day)
                continue;
            const double difference = std::fabs(logOf(x.value, *q) - logOf(y.value, *q));
            if (difference > kContradiction * std::sqrt(2.0) * q->errorCv)
                throw FitError(
                    fit_failure::ContradictoryMeasurements{x.quantity, x.day, x.value, y.value});
        }
    }
}

// The schedule's segments up to `day`, the last one cut there.
DoseSchedule truncated(const DoseSchedule &schedule, double day)
{
    DoseSchedule cut = schedule;
    cut.segments.clear();
    for (const Segment &segment : schedule.segments) {
        if (segment.start > day)
            break;
        cut.segments.push_back(segment);
        cut.segments.back().end = std::min(segment.end, day);
    }
    return cut;
}

} // namespace

LabResiduals::LabResiduals(const SimulationSetup &setup,
                           const std::vector<Measurement> &measurements,
                           const SimulationOptions &options)
    : m_setup(setup), m_options(options)
{
    refuseDegenerate(measurements, setup.schedule);
    for (const Measurement &m : measurements)
        m_days.push_back(m.day);
    std::sort(m_days.begin(), m_days.end());
    m_days.erase(std::unique(m_days.begin(), m_days.end()), m_days.end());
    for (const Measurement &m : measurements) {
        const MeasuredQuantity *q = measuredQuantity(m.quantity);
        if (q == nullptr)
            continue;
        const auto row =
            std::size_t(std::lower_bound(m_days.begin(), m_days.end(), m.day) - m_days.begin());
        m_results.push_back({q, m.value, row});
    }
    m_schedule = truncated(setup.schedule, m_days.back());
}

std::vector<double> LabResiduals::modelValues(const FactorValues &values) const
{
    const IndividualEffects patient = applyFactors(values, m_setup.parameters, m_setup.patient);
    const ImmuneModel model(patient.parameters, patient.patient);
    ResultRows rows(model, m_schedule, m_days,
                    {patient.relapseFrailty, m_setup.parameters.relapseFrailtyVariance},
                    patient.autoimmunityMultiplier);
    try {
        integratePatient(model, m_schedule, m_days, m_options.relativeTolerance,
                         m_options.absoluteTolerance, rows);
    } catch (const SimulationError &) {
        return {};
    }
    const ResultTable table = rows.finish();
    std::vector<double> out;
    out.reserve(m_results.size());
    for (const Result &r : m_results) {
        const std::vector<double> *column = table.column(r.quantity->column);
        if (column == nullptr || r.row >= column->size())
            return {};
        out.push_back((*column)[r.row]);
    }
    return out;
}

bool LabResiduals::operator()(const FactorValues &values, double *residuals) const
{
    const std::vector<double> model = modelValues(values);
    if (model.size() != m_results.size())
        return false;
    for (std::size_t i = 0; i < m_results.size(); ++i) {
        const MeasuredQuantity &q = *m_results[i].quantity;
        residuals[i] =
            (logOf(m_results[i].value, q) - logOf(std::max(0.0, model[i]), q)) / q.errorCv;
    }
    return true;
}

} // namespace lymph
