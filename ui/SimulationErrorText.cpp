#include "SimulationErrorText.h"

#include "TreatmentLabel.h"

#include <QLocale>
#include <QStringList>

namespace lymph {

namespace {

using namespace failure;

QString day(double value) { return QLocale().toString(static_cast<qlonglong>(value)); }

// Lower case: the name goes inside a sentence.
QString subsetName(Subset subset)
{
    switch (subset) {
    case BNaive: return SimulationErrorText::tr("naive B cells", "within a sentence");
    case BMemory: return SimulationErrorText::tr("memory B cells", "within a sentence");
    case Cd4Naive: return SimulationErrorText::tr("naive CD4 T cells", "within a sentence");
    case Cd4Memory: return SimulationErrorText::tr("memory CD4 T cells", "within a sentence");
    case Cd8: return SimulationErrorText::tr("CD8 T cells", "within a sentence");
    case Nk: return SimulationErrorText::tr("NK cells", "within a sentence");
    case kSubsetCount: break;
    }
    return {};
}

// One function per code: a code without one does not compile.
struct Words {
    const IssueText &issues;

    QString operator()(const InvalidScenario &c) const
    {
        return SimulationErrorText::tr("the scenario is not valid:\n%1")
            .arg(issues.describe(c.errors).join(QLatin1Char('\n')));
    }
    QString operator()(const OutputStepNotPositive &) const
    {
        return SimulationErrorText::tr("the output step must be a positive number of days");
    }
    QString operator()(const TooManyOutputRows &c) const
    {
        return SimulationErrorText::tr("an output step of %1 days over %2 days gives more than "
                                       "%3 rows; choose a larger step")
            .arg(plainNumber(c.step), plainNumber(c.horizonDays),
                 QLocale().toString(static_cast<qulonglong>(c.maxRows)));
    }
    QString operator()(const TolerancesNotPositive &) const
    {
        return SimulationErrorText::tr("the solver's tolerances must be positive");
    }
    QString operator()(const NoSteadyState &c) const
    {
        return SimulationErrorText::tr("with these model parameters the source of %1 (thymus or "
                                       "conversion, scaled by age) exceeds their turnover, so "
                                       "untreated counts would drift upwards: lower the source "
                                       "or raise the death rate")
            .arg(subsetName(c.subset));
    }
    QString operator()(const TooStiff &c) const
    {
        return SimulationErrorText::tr("the solver needed more than %1 evaluations of the model "
                                       "by day %2; the patient's parameters make it too stiff "
                                       "to simulate")
            .arg(QLocale().toString(static_cast<qlonglong>(c.evaluations)), day(c.day));
    }
    QString operator()(const StepSizeUnderflow &c) const
    {
        return SimulationErrorText::tr("internal error: the solver's step size fell to zero on "
                                       "day %1")
            .arg(plainNumber(c.day));
    }
    QString operator()(const StateNotFinite &c) const
    {
        return SimulationErrorText::tr("internal error: state %1 became non-finite on day %2")
            .arg(static_cast<qulonglong>(c.state))
            .arg(plainNumber(c.day));
    }
    QString operator()(const CorrelationNotPositiveDefinite &) const
    {
        return SimulationErrorText::tr("the correlations of the cohort variation (iiv_corr_*) "
                                       "do not form a valid correlation matrix");
    }
    QString operator()(const CohortSize &c) const
    {
        return SimulationErrorText::tr("the cohort size must be between 1 and %1, not %2")
            .arg(QLocale().toString(c.max), QLocale().toString(c.patients));
    }
    QString operator()(const CohortMemory &c) const
    {
        return SimulationErrorText::tr("not enough memory for %1 patients × %2 days")
            .arg(QLocale().toString(c.patients), day(c.horizonDays));
    }
};

} // namespace

QString SimulationErrorText::describe(const SimulationProblem &problem) const
{
    return std::visit(Words{m_issues}, problem);
}

} // namespace lymph
