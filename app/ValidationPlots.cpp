#include "ValidationPlots.h"

#include "CliText.h"
#include "FileProblemText.h"
#include "PlotStyle.h"
#include "plot/PlotExporter.h"

#include "calibration/PatientMeasure.h"
#include "cohort/Cohort.h"
#include "files/FileWriter.h"
#include "model/Calendar.h"
#include "simulate/Simulator.h"

#include <qcustomplot.h>

#include <QDir>

#include <cmath>
#include <map>
#include <mutex>
#include <tuple>

namespace lymph::cli {

namespace {

using Across = ModelMeasure::Statistic;

struct CurveKey {
    std::string design;
    std::string column;
    ModelMeasure::Kind kind;
    Across statistic;
    bool operator<(const CurveKey &o) const
    {
        return std::tie(design, column, kind, statistic) <
               std::tie(o.design, o.column, o.kind, o.statistic);
    }
};

// The model's curve: per day, the typical patient's value or the cohort's mean or median.
std::vector<double> modelCurve(const CalibrationDesign &design, const CurveKey &key,
                               const ColumnKey &column, const ParameterTable &parameters,
                               std::vector<double> &days)
{
    const bool percent = key.kind == ModelMeasure::Kind::PercentOfBaseline;
    const auto asMeasure = [&](const std::vector<double> &values) {
        std::vector<double> out = values;
        if (percent && !values.empty() && values.front() > 0.0) {
            for (double &v : out)
                v = 100.0 * v / values.front();
        }
        return out;
    };
    if (key.statistic == Across::Typical || design.cohort == 0) {
        const Results r = simulate(design.scenario, &parameters);
        days = r.table.days();
        return asMeasure(r.table.at(column));
    }
    CohortOptions options;
    options.patients = design.cohort;
    options.seed = design.seed;
    if (key.statistic == Across::Median && !percent) {
        const Results r = runCohort(design.scenario, options, &parameters);
        days = r.table.days();
        return r.table.at(column);
    }
    // Means (and medians of a share of baseline, approximated by the mean).
    std::vector<double> sum;
    std::mutex mutex;
    visitCohort(design.scenario, options,
                [&](std::size_t, const ResultTable &table, const PatientOutcome &) {
                    const std::vector<double> values = asMeasure(table.at(column));
                    const std::lock_guard lock(mutex);
                    if (sum.empty()) {
                        sum.assign(values.size(), 0.0);
                        days = table.days();
                    }
                    for (std::size_t i = 0; i < values.size(); ++i)
                        sum[i] += values[i];
                },
                &parameters);
    for (double &v : sum)
        v /= design.cohort;
    return sum;
}

} // namespace

ValidationPlots::ValidationPlots(const TargetSet &set, const std::vector<TargetResult> &results,
                                 const ParameterTable &parameters)
    : m_set(set), m_results(results), m_parameters(parameters)
{
}

QStringList ValidationPlots::existingPlots(const QDir &folder)
{
    return folder.entryList({QStringLiteral("curve-*.png")}, QDir::Files | QDir::Hidden | QDir::System);
}

QStringList ValidationPlots::write(const QString &folder, const QString &relativeFolder,
                                   QString *error,
                                   std::optional<FileProblem> *writeProblem) const
{
    std::map<CurveKey, std::vector<const TargetResult *>> curves;
    for (const TargetResult &r : m_results) {
        const ModelMeasure &m = r.target->model;
        if (m.kind != ModelMeasure::Kind::Value && m.kind != ModelMeasure::Kind::PercentOfBaseline)
            continue;
        curves[{r.target->design, columnName(m.column), m.kind, m.statistic}].push_back(&r);
    }
    QStringList images;
    int index = 0;
    for (const auto &[key, targets] : curves) {
        const CalibrationDesign &design = m_set.designs.at(key.design);
        const ColumnKey column = targets.front()->target->model.column;
        std::vector<double> days;
        const std::vector<double> curve = modelCurve(design, key, column, m_parameters, days);
        const double scale = targets.front()->target->model.scale;

        QCustomPlot plot;
        plot.setBackground(Qt::white);
        plot.plotLayout()->insertRow(0);
        const QString statistic = key.statistic == Across::Typical  ? tr("typical patient")
                                  : key.statistic == Across::Median ? tr("cohort median")
                                                                       : tr("cohort mean");
        const QString title = QStringLiteral("%1 — %2 (%3)")
                                  .arg(fromStd(design.summary), fromStd(key.column), statistic);
        plot.plotLayout()->addElement(0, 0, new QCPTextElement(&plot, title, plotstyle::font(10, true)));
        QVector<double> x, y;
        for (std::size_t i = 0; i < days.size(); ++i) {
            x.push_back(days[i] / kDaysPerMonth);
            y.push_back(curve[i] * scale);
        }
        QCPGraph *model = plot.addGraph();
        model->setData(x, y, true);
        model->setPen(QPen(plotstyle::kBlue, 2.0));
        model->setName(tr("model (%1)").arg(statistic));
        QVector<double> px, py, low, high;
        double top = 0.0;
        for (const double v : y)
            top = std::max(top, v);
        for (const TargetResult *r : targets) {
            px.push_back(r->target->model.day / kDaysPerMonth);
            py.push_back(r->target->value);
            const bool bounded = r->interval.tested && std::isfinite(r->interval.low) &&
                                 std::isfinite(r->interval.high);
            low.push_back(bounded ? r->target->value - r->interval.low : 0.0);
            high.push_back(bounded ? r->interval.high - r->target->value : 0.0);
            top = std::max(top, r->target->value + high.back());
        }
        QCPGraph *published = plot.addGraph();
        published->setData(px, py);
        published->setLineStyle(QCPGraph::lsNone);
        published->setScatterStyle(QCPScatterStyle(QCPScatterStyle::ssCircle, plotstyle::kVermillion,
                                                   plotstyle::kVermillion, 7));
        published->setName(tr("published (accepted interval)"));
        auto *bars = new QCPErrorBars(plot.xAxis, plot.yAxis);
        bars->setDataPlottable(published);
        bars->setData(low, high);
        bars->setPen(QPen(plotstyle::kVermillion, 1.5));
        bars->removeFromLegend();
        plot.xAxis->setLabel(tr("months since day 0"));
        plot.yAxis->setLabel(fromStd(targets.front()->target->unit));
        plot.xAxis->setRange(0.0, x.isEmpty() ? 1.0 : x.back());
        plot.yAxis->setRange(0.0, top * 1.15 + 1e-9);
        for (QCPAxis *axis : {plot.xAxis, plot.yAxis})
            plotstyle::styleAxis(axis);
        plot.legend->setVisible(true);
        plotstyle::styleLegend(plot.legend);
        plot.legend->setBrush(QColor(255, 255, 255, 220));

        const QString name = QStringLiteral("curve-%1.png").arg(++index, 2, 10, QLatin1Char('0'));
        const QByteArray png = PlotExporter(plot, title).png(QSize(1200, 600), error);
        if (png.isEmpty())
            return {};
        const QString path = QDir(folder).filePath(name);
        if (auto problem = writeFileSafely(path.toStdString(),
                                           std::string_view(png.data(), std::size_t(png.size())),
                                           OutputKind::Png)) {
            problem->role = "--plots";
            *error = FileProblemText::describe(*problem);
            if (writeProblem)
                *writeProblem = problem;
            return {};
        }
        QStringList ids;
        for (const TargetResult *r : targets)
            ids << QStringLiteral("`%1`").arg(fromStd(r->target->id));
        images << QStringLiteral("![%1](%2/%3)\n*%1: %4.*")
                      .arg(title, relativeFolder, name, ids.join(QStringLiteral(", ")));
    }
    return images;
}

} // namespace lymph::cli
