#include "FitProblemText.h"

#include "IssueText.h"
#include "TreatmentLabel.h"

#include <QLocale>

namespace lymph {

namespace {

using namespace fit_failure;

QString number(double value)
{
    return plainNumber(value);
}

struct Words {
    QString operator()(const NoMeasurements &) const
    {
        return FitProblemText::tr("there are no measurements to fit: add the patient's lab "
                                  "results (at least 2, on at least 2 days)");
    }
    QString operator()(const TooFewMeasurements &c) const
    {
        return FitProblemText::tr("a fit needs at least %1 measurements, there is %2")
            .arg(QLocale().toString(qulonglong(c.needed)), QLocale().toString(qulonglong(c.count)));
    }
    QString operator()(const AllOnOneDay &c) const
    {
        return FitProblemText::tr("every measurement is on day %1: a fit needs results from at "
                                  "least 2 days")
            .arg(number(c.day));
    }
    QString operator()(const QuantityNotInPlan &c) const
    {
        return FitProblemText::tr("%1 was measured, but the plan gives no %2")
            .arg(QString::fromStdString(c.quantity), therapyNameInText(c.therapy));
    }
    QString operator()(const ContradictoryMeasurements &c) const
    {
        return FitProblemText::tr("two results of %1 on day %2 (%3 and %4) differ by far more "
                                  "than the assay error: please check them")
            .arg(QString::fromStdString(c.quantity), number(c.day), number(c.first),
                 number(c.second));
    }
    QString operator()(const NotConverged &c) const
    {
        return FitProblemText::tr("the fit found no optimum after %1 iterations").arg(c.iterations);
    }
};

} // namespace

QString FitProblemText::describe(const FitProblem &problem)
{
    return std::visit(Words{}, problem);
}

} // namespace lymph
