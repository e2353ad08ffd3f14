// The least-squares estimator (core/estimate) on problems whose answers are known: a weighted
// straight line (estimate and covariance in closed form), an exponential decay, a pair of
// parameters only their product can tell apart, bounds, and a model that cannot be evaluated
// everywhere.

#include "estimate/LeastSquares.h"

#include <QtTest>

#include <Eigen/Dense>

#include <cmath>
#include <random>
#include <stdexcept>

using namespace lymph;

class EstimateTest : public QObject {
    Q_OBJECT

private slots:
    void weightedLineMatchesClosedForm();
    void exponentialDecayIsRecovered();
    void productOnlyIsNotIdentifiable();
    void boundsHold();
    void failedEvaluationsAreAvoided();
    void threadsGiveTheSameEstimate();
    void badStartIsRefused();
};

namespace {

// y = a + b·x with a known standard deviation per point.
struct Line {
    std::vector<double> x{0, 1, 2, 3, 4, 5, 6, 7};
    std::vector<double> y{1.1, 2.9, 5.2, 6.8, 9.1, 11.2, 12.7, 15.1};
    std::vector<double> sd{0.2, 0.3, 0.2, 0.5, 0.3, 0.4, 0.2, 0.6};

    ResidualFunction residuals() const
    {
        return [this](const std::vector<double> &v, std::vector<double> &r) {
            for (std::size_t i = 0; i < x.size(); ++i)
                r[i] = (v[0] + v[1] * x[i] - y[i]) / sd[i];
            return true;
        };
    }
};

} // namespace

void EstimateTest::weightedLineMatchesClosedForm()
{
    const Line line;
    const Estimate e =
        estimateLeastSquares({{"a", 0.0, 0.0, 0.0, false}, {"b", 0.0, 0.0, 0.0, false}},
                             line.x.size(), line.residuals());
    QVERIFY2(e.converged, e.report.c_str());

    // Weighted normal equations: β = (XᵀWX)⁻¹XᵀWy, covariance (XᵀWX)⁻¹.
    Eigen::MatrixXd X(line.x.size(), 2);
    Eigen::VectorXd y(line.x.size()), w(line.x.size());
    for (std::size_t i = 0; i < line.x.size(); ++i) {
        X(Eigen::Index(i), 0) = 1.0;
        X(Eigen::Index(i), 1) = line.x[i];
        y(Eigen::Index(i)) = line.y[i];
        w(Eigen::Index(i)) = 1.0 / (line.sd[i] * line.sd[i]);
    }
    const Eigen::MatrixXd information = X.transpose() * w.asDiagonal() * X;
    const Eigen::MatrixXd covariance = information.inverse();
    const Eigen::VectorXd beta = covariance * X.transpose() * w.asDiagonal() * y;
    QVERIFY(std::fabs(e.values[0] - beta(0)) < 1e-6);
    QVERIFY(std::fabs(e.values[1] - beta(1)) < 1e-6);
    QCOMPARE(e.covariance.rows(), Eigen::Index(2));
    QVERIFY((e.covariance - covariance).cwiseAbs().maxCoeff() < 1e-6 * covariance.norm());
    QVERIFY(std::fabs(e.standardErrors[1] - std::sqrt(covariance(1, 1))) < 1e-6);
    const double rho = covariance(0, 1) / std::sqrt(covariance(0, 0) * covariance(1, 1));
    QVERIFY(std::fabs(e.correlation(0, 1) - rho) < 1e-6);
    QVERIFY(e.identifiable[0] && e.identifiable[1]);
    QVERIFY(e.finalCost < e.initialCost);
}

void EstimateTest::exponentialDecayIsRecovered()
{
    // y = A·exp(−k·t) with 5% multiplicative noise: log residuals over 0.05.
    const double A = 800.0, k = 0.03, cv = 0.05;
    std::mt19937_64 rng(3);
    std::normal_distribution<double> noise(0.0, cv);
    std::vector<double> t, logY;
    for (double day = 0; day <= 120; day += 10) {
        t.push_back(day);
        logY.push_back(std::log(A) - k * day + noise(rng));
    }
    int calls = 0;
    const ResidualFunction f = [&](const std::vector<double> &v, std::vector<double> &r) {
        ++calls;
        for (std::size_t i = 0; i < t.size(); ++i)
            r[i] = (std::log(v[0]) - v[1] * t[i] - logY[i]) / cv;
        return true;
    };
    const Estimate e = estimateLeastSquares(
        {{"A", 100.0, 1.0, 1e5, true}, {"k", 0.1, 1e-4, 1.0, true}}, t.size(), f);
    QVERIFY2(e.converged, e.report.c_str());
    // Within three standard errors of the truth (on the log scale).
    QVERIFY(std::fabs(std::log(e.values[0]) - std::log(A)) < 3 * e.standardErrors[0]);
    QVERIFY(std::fabs(std::log(e.values[1]) - std::log(k)) < 3 * e.standardErrors[1]);
    QVERIFY(e.standardErrors[0] > 0.0 && e.standardErrors[0] < 0.1);
    // A higher start needs a faster decay to fit the same points: log A and log k correlate.
    QVERIFY(e.correlation(0, 1) > 0.0);
    QVERIFY(e.iterations > 0 && calls > 0);
    QVERIFY(!e.report.empty());
}

void EstimateTest::productOnlyIsNotIdentifiable()
{
    // y = a·b·x: only the product is determined.
    const std::vector<double> x{1, 2, 3, 4}, y{2.1, 3.9, 6.2, 7.9};
    const ResidualFunction f = [&](const std::vector<double> &v, std::vector<double> &r) {
        for (std::size_t i = 0; i < x.size(); ++i)
            r[i] = (v[0] * v[1] * x[i] - y[i]) / 0.1;
        return true;
    };
    const Estimate e =
        estimateLeastSquares({{"a", 1.0, 0.0, 0.0, true}, {"b", 1.0, 0.0, 0.0, true}}, x.size(), f);
    QVERIFY(e.values[0] * e.values[1] > 1.9 && e.values[0] * e.values[1] < 2.1);
    QCOMPARE(e.identifiable.size(), std::size_t(2));
    QVERIFY(!e.identifiable[0]);
    QVERIFY(!e.identifiable[1]);
    QCOMPARE(e.correlation.rows(), Eigen::Index(2));
    QVERIFY(std::fabs(std::fabs(e.correlation(0, 1)) - 1.0) < 1e-3);

    // A third parameter the data do determine stays identifiable beside them.
    const ResidualFunction g = [&](const std::vector<double> &v, std::vector<double> &r) {
        for (std::size_t i = 0; i < x.size(); ++i)
            r[i] = (v[0] * v[1] * x[i] + v[2] - y[i]) / 0.1;
        return true;
    };
    const Estimate h = estimateLeastSquares(
        {{"a", 1.0, 0.0, 0.0, true}, {"b", 1.0, 0.0, 0.0, true}, {"c", 0.5, 0.0, 0.0, false}},
        x.size(), g);
    QVERIFY(!h.identifiable[0] && !h.identifiable[1] && h.identifiable[2]);
}

void EstimateTest::boundsHold()
{
    // The unconstrained slope is about 2; bounded at 1.5 it must stop there.
    const Line line;
    const Estimate e = estimateLeastSquares(
        {{"a", 1.0, 0.0, 0.0, false}, {"b", 1.0, 0.5, 1.5, true}}, line.x.size(), line.residuals());
    QVERIFY(e.values[1] <= 1.5 + 1e-12);
    QVERIFY(e.values[1] > 1.5 - 1e-6);
}

void EstimateTest::failedEvaluationsAreAvoided()
{
    // The model cannot be evaluated for a slope above 2.5: steps there are rejected, and the
    // optimum below is still found.
    const Line line;
    const auto inner = line.residuals();
    const ResidualFunction f = [&](const std::vector<double> &v, std::vector<double> &r) {
        return v[1] <= 2.5 && inner(v, r);
    };
    const Estimate e = estimateLeastSquares(
        {{"a", 5.0, 0.0, 0.0, false}, {"b", 0.2, 0.0, 0.0, true}}, line.x.size(), f);
    QVERIFY2(e.converged, e.report.c_str());
    QVERIFY(std::fabs(e.values[1] - 2.0) < 0.2);

    // Failing at the start: no estimate, and a report that says so.
    const ResidualFunction never = [](const std::vector<double> &, std::vector<double> &) {
        return false;
    };
    const Estimate none = estimateLeastSquares({{"a", 1.0, 0.0, 0.0, true}}, 3, never);
    QVERIFY(!none.converged);
    QVERIFY(none.covariance.size() == 0);
    QVERIFY(!none.report.empty());
}

void EstimateTest::threadsGiveTheSameEstimate()
{
    const Line line;
    EstimateOptions options;
    options.threads = 2;
    const auto parameters =
        std::vector<FreeParameter>{{"a", 0.5, 0.0, 0.0, false}, {"b", 0.5, 0.0, 0.0, true}};
    const Estimate one = estimateLeastSquares(parameters, line.x.size(), line.residuals());
    const Estimate two = estimateLeastSquares(parameters, line.x.size(), line.residuals(), options);
    QCOMPARE(one.values, two.values);
    QCOMPARE(one.iterations, two.iterations);
}

void EstimateTest::badStartIsRefused()
{
    const Line line;
    QVERIFY_THROWS_EXCEPTION(
        std::invalid_argument,
        estimateLeastSquares({{"a", -1.0, 0.0, 0.0, true}}, 8, line.residuals()));
    QVERIFY_THROWS_EXCEPTION(
        std::invalid_argument,
        estimateLeastSquares({{"a", 3.0, 0.0, 2.0, false}}, 8, line.residuals()));
}

QTEST_APPLESS_MAIN(EstimateTest)
#include "tst_core_estimate.moc"
