#include "CalibrationFitReport.h"

#include "CliText.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

#include <cmath>

namespace lymph::cli {

namespace {

// A correlation this strong means the figures fix a combination, not each parameter.
constexpr double kStrongCorrelation = 0.9;

QString significant(double v) { return QString::number(v, 'g', 4); }

QString residualText(const std::optional<double> &r)
{
    return r ? QString::number(*r, 'f', 2) : QStringLiteral("—");
}

} // namespace

CalibrationFitReport::CalibrationFitReport(const CalibrationFitResult &fit) : m_fit(fit) {}

QString CalibrationFitReport::text() const
{
    const Estimate &e = m_fit.estimate;
    QString out;
    out += tr("Parameters fitted: %1. Published figures fitted to: %2.\n")
               .arg(m_fit.parameters.size())
               .arg(m_fit.after.size());
    out += fromStd(e.report) + QLatin1Char('\n');
    out += tr("Cost ½·Σr²: %1 → %2 (iterations: %3). Figures passing: %4 → %5.\n\n")
               .arg(significant(e.initialCost), significant(e.finalCost))
               .arg(e.iterations)
               .arg(passedCount(m_fit.before))
               .arg(passedCount(m_fit.after));
    out += QStringLiteral("%1 %2 %3 %4 %5\n")
               .arg(tr("parameter"), -44)
               .arg(tr("start"), 11)
               .arg(tr("estimate"), 11)
               .arg(tr("SE ×/÷"), 8)
               .arg(tr("95% interval"));
    for (std::size_t i = 0; i < m_fit.parameters.size(); ++i) {
        QString se = QStringLiteral("—"), interval = tr("(no covariance)");
        if (i < e.standardErrors.size()) {
            const double s = e.standardErrors[i];
            se = QString::number(std::exp(s), 'f', 2);
            interval = QStringLiteral("%1 – %2")
                           .arg(significant(e.values[i] * std::exp(-kZ95 * s)),
                                significant(e.values[i] * std::exp(kZ95 * s)));
        }
        if (i < e.identifiable.size() && !e.identifiable[i])
            interval += tr("  not identifiable from these figures");
        out += QStringLiteral("%1 %2 %3 %4 %5\n")
                   .arg(fromStd(m_fit.parameters[i]), -44)
                   .arg(significant(m_fit.initial[i]), 11)
                   .arg(significant(e.values[i]), 11)
                   .arg(se, 8)
                   .arg(interval);
    }
    if (e.correlation.size() > 0) {
        QStringList strong;
        for (Eigen::Index i = 0; i < e.correlation.rows(); ++i)
            for (Eigen::Index j = i + 1; j < e.correlation.cols(); ++j)
                if (std::fabs(e.correlation(i, j)) >= kStrongCorrelation)
                    strong << QStringLiteral("%1 ~ %2 (%3)")
                                  .arg(fromStd(m_fit.parameters[std::size_t(i)]),
                                       fromStd(m_fit.parameters[std::size_t(j)]))
                                  .arg(e.correlation(i, j), 0, 'f', 2);
        out += strong.isEmpty()
                   ? tr("\nNo two estimates correlate beyond ±%1.\n").arg(kStrongCorrelation)
                   : tr("\nStrongly correlated (the figures fix a combination): %1\n")
                         .arg(strong.join(QStringLiteral("; ")));
    }
    out += QStringLiteral("\n%1 %2 %3 %4\n")
               .arg(tr("target"), -52)
               .arg(tr("residual before"), 16)
               .arg(tr("after"), 8)
               .arg(tr("outcome"));
    for (std::size_t i = 0; i < m_fit.after.size(); ++i) {
        const TargetResult &a = m_fit.after[i];
        out += QStringLiteral("%1 %2 %3 %4\n")
                   .arg(fromStd(a.target->id), -52)
                   .arg(residualText(calibrationResidual(m_fit.before[i])), 16)
                   .arg(residualText(calibrationResidual(a)), 8)
                   .arg(a.passed ? tr("pass") : tr("fail"));
    }
    out += tr("\nThe SE is on the log scale (a ×/÷ factor), from the Jacobian at the estimate; the "
              "figures' residuals are log distances over the spread their published uncertainty "
              "implies. An estimate becomes the model's value only when it is copied into the "
              "parameter table with this calibration as its source.\n");
    return out;
}

QByteArray CalibrationFitReport::json() const
{
    const Estimate &e = m_fit.estimate;
    QJsonArray parameters;
    for (std::size_t i = 0; i < m_fit.parameters.size(); ++i) {
        QJsonObject p;
        p[QStringLiteral("id")] = fromStd(m_fit.parameters[i]);
        p[QStringLiteral("start")] = m_fit.initial[i];
        p[QStringLiteral("estimate")] = e.values[i];
        if (i < e.standardErrors.size())
            p[QStringLiteral("log_se")] = e.standardErrors[i];
        if (i < e.identifiable.size())
            p[QStringLiteral("identifiable")] = bool(e.identifiable[i]);
        parameters.append(p);
    }
    QJsonArray correlation;
    for (Eigen::Index i = 0; i < e.correlation.rows(); ++i) {
        QJsonArray row;
        for (Eigen::Index j = 0; j < e.correlation.cols(); ++j)
            row.append(e.correlation(i, j));
        correlation.append(row);
    }
    QJsonArray targets;
    for (std::size_t i = 0; i < m_fit.after.size(); ++i) {
        const TargetResult &a = m_fit.after[i];
        QJsonObject t;
        t[QStringLiteral("id")] = fromStd(a.target->id);
        if (const auto r = calibrationResidual(m_fit.before[i]))
            t[QStringLiteral("residual_before")] = *r;
        if (const auto r = calibrationResidual(a))
            t[QStringLiteral("residual_after")] = *r;
        if (a.model)
            t[QStringLiteral("model_after")] = *a.model;
        t[QStringLiteral("passed_before")] = m_fit.before[i].passed;
        t[QStringLiteral("passed_after")] = a.passed;
        targets.append(t);
    }
    QJsonObject root;
    root[QStringLiteral("parameters")] = parameters;
    root[QStringLiteral("correlation")] = correlation;
    root[QStringLiteral("targets")] = targets;
    root[QStringLiteral("initial_cost")] = e.initialCost;
    root[QStringLiteral("final_cost")] = e.finalCost;
    root[QStringLiteral("iterations")] = e.iterations;
    root[QStringLiteral("converged")] = e.converged;
    root[QStringLiteral("passed_before")] = passedCount(m_fit.before);
    root[QStringLiteral("passed_after")] = passedCount(m_fit.after);
    root[QStringLiteral("report")] = fromStd(e.report);
    return QJsonDocument(root).toJson(QJsonDocument::Indented);
}

} // namespace lymph::cli
