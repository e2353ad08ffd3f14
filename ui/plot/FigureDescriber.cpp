#include "plot/FigureDescriber.h"

#include "ColumnText.h"
#include "PlotStyle.h"

#include "simulate/Results.h"

#include <QLocale>

#include <algorithm>
#include <cmath>
#include <optional>

namespace lymph {

namespace {

constexpr double kDrugFloor = 0.01;                // µg/mL, bottom of the concentration axis
constexpr double kYearsAbove = 6.0 * kDaysPerYear; // longer horizons are shown in years

// A round number (1, 1.5, 2, 2.5, 3, 4, 5, 6, 8 or 10 times a power of ten), at least `value`.
double niceCeiling(double value)
{
    if (!(value > 0.0) || !std::isfinite(value))
        return 1.0;
    const double magnitude = std::pow(10.0, std::floor(std::log10(value)));
    for (double step : {1.0, 1.5, 2.0, 2.5, 3.0, 4.0, 5.0, 6.0, 8.0, 10.0}) {
        if (step * magnitude >= value * (1.0 - 1e-12))
            return step * magnitude;
    }
    return 10.0 * magnitude;
}

double logCeiling(double value)
{
    return std::pow(10.0, std::ceil(std::log10(value)));
}

// Builds the panels of one figure from the current results and the overlays.
class Describer {
public:
    Describer(const Results &results, const FigureDescriber::Options &options, FigureSpec &figure)
        : m_results(results), m_options(options), m_figure(figure)
    {
    }

    void drugs();
    void cells();
    void ada();
    void relapse();
    void autoimmunity();

private:
    PanelSpec &addPanel(PlotPanel kind, const QString &valueLabel, AxisScale scale, double stretch);
    // The current results' curve (with its band) and the overlays' copies; false when the
    // current results lack the column.
    bool addCurves(PanelSpec &panel, const ColumnKey &key, const QString &name, const QPen &pen,
                   AxisSide axis = AxisSide::Left, double factor = 1.0, double floor = 0.0,
                   bool overlay = true);
    void addShades(PanelSpec &panel);
    // The patient's results of `key`'s quantity as points in the curve's colour.
    void addMeasurements(PanelSpec &panel, const ColumnKey &key, const QString &name,
                         const QPen &pen, AxisSide axis, double factor, double floor);
    QVector<double> keysOf(const Results &results) const;
    static QVector<double> valuesOf(const std::vector<double> &source, double factor, double floor);
    double maxOf(const ColumnKey &key, double factor = 1.0) const;
    std::vector<const Results *> sources() const;
    std::vector<Therapy> antibodiesWith(Column column) const;
    std::optional<double> parameter(const char *id) const;

    const Results &m_results;
    const FigureDescriber::Options &m_options;
    FigureSpec &m_figure;
};

PanelSpec &Describer::addPanel(PlotPanel kind, const QString &valueLabel, AxisScale scale,
                               double stretch)
{
    PanelSpec panel;
    panel.kind = kind;
    panel.title = FigureDescriber::panelName(kind);
    panel.stretch = stretch;
    panel.left.label = valueLabel;
    panel.left.scale = scale;
    panel.left.ticks = scale == AxisScale::Log ? AxisTicks::Log : AxisTicks::Plain;
    m_figure.panels.push_back(std::move(panel));
    return m_figure.panels.back();
}

std::vector<const Results *> Describer::sources() const
{
    std::vector<const Results *> all{&m_results};
    for (const PlotOverlay &other : m_options.overlays) {
        if (other.results)
            all.push_back(other.results);
    }
    return all;
}

QVector<double> Describer::keysOf(const Results &results) const
{
    const std::vector<double> &days = results.table.days();
    QVector<double> keys;
    keys.reserve(static_cast<qsizetype>(days.size()));
    for (double day : days)
        keys.push_back(m_figure.toKey(day));
    return keys;
}

QVector<double> Describer::valuesOf(const std::vector<double> &source, double factor, double floor)
{
    QVector<double> out;
    out.reserve(static_cast<qsizetype>(source.size()));
    for (double v : source) {
        double scaled = v * factor;
        // On a log axis, values under the floor run off the bottom of the panel.
        if (floor > 0.0 && !(scaled >= floor * 0.1))
            scaled = floor * 0.1;
        out.push_back(scaled);
    }
    return out;
}

double Describer::maxOf(const ColumnKey &key, double factor) const
{
    double result = 0.0;
    for (const Results *source : sources()) {
        for (const ColumnKey &which : {key, key.with(Statistic::P95)}) {
            if (const std::vector<double> *c = source->table.column(which)) {
                for (double v : *c) {
                    if (std::isfinite(v))
                        result = std::max(result, v * factor);
                }
            }
        }
    }
    return result;
}

std::vector<Therapy> Describer::antibodiesWith(Column column) const
{
    std::vector<Therapy> present;
    for (Therapy t : kAntibodies) {
        const auto all = sources();
        if (std::any_of(all.begin(), all.end(), [&](const Results *r) {
                return r->table.has(ColumnKey{column, t});
            }))
            present.push_back(t);
    }
    return present;
}

std::optional<double> Describer::parameter(const char *id) const
{
    if (const Parameter *p = m_results.parameters.find(id))
        return p->value;
    return std::nullopt;
}

bool Describer::addCurves(PanelSpec &panel, const ColumnKey &key, const QString &name,
                          const QPen &pen, AxisSide axis, double factor, double floor, bool overlay)
{
    const std::vector<double> *current = m_results.table.column(key);
    if (current) {
        CurveSpec curve;
        curve.name = name;
        curve.pen = pen;
        curve.axis = axis;
        curve.keys = keysOf(m_results);
        curve.values = valuesOf(*current, factor, floor);
        const auto *low = m_results.table.column(key.with(Statistic::P05));
        const auto *high = m_results.table.column(key.with(Statistic::P95));
        if (low && high) {
            curve.bandLow = valuesOf(*low, factor, floor);
            curve.bandHigh = valuesOf(*high, factor, floor);
        }
        curve.readout = true;
        curve.percent = factor == 100.0;
        panel.curves.push_back(std::move(curve));
        addMeasurements(panel, key, name, pen, axis, factor, floor);
    }
    if (!overlay)
        return current != nullptr;
    bool legendNeeded = !current; // a curve only pinned scenarios have is named in its own style
    for (const PlotOverlay &other : m_options.overlays) {
        const std::vector<double> *values =
            other.results ? other.results->table.column(key) : nullptr;
        if (!values)
            continue;
        CurveSpec copy;
        copy.pen = plotstyle::overlayPen(pen);
        if (other.style == OverlayStyle::Population)
            copy.pen.setStyle(Qt::DotLine);
        copy.marker = overlayMarker(other.style);
        copy.axis = axis;
        copy.keys = keysOf(*other.results);
        copy.values = valuesOf(*values, factor, floor);
        copy.name = legendNeeded ? FigureDescriber::tr("%1 (pinned only)").arg(name) : other.name;
        copy.inLegend = legendNeeded;
        legendNeeded = false;
        panel.curves.push_back(std::move(copy));
    }
    return current != nullptr;
}

void Describer::addMeasurements(PanelSpec &panel, const ColumnKey &key, const QString &name,
                                const QPen &pen, AxisSide axis, double factor, double floor)
{
    const std::string quantity = columnName(key);
    CurveSpec points;
    for (const Measurement &m : m_options.measurements) {
        if (m.quantity != quantity)
            continue;
        points.keys.push_back(m_figure.toKey(m.day));
        points.values.push_back(valuesOf({m.value}, factor, floor).front());
    }
    if (points.keys.isEmpty())
        return;
    points.name = FigureDescriber::tr("%1, measured").arg(name);
    points.pen = pen;
    points.pen.setStyle(Qt::SolidLine);
    points.axis = axis;
    points.points = true;
    panel.curves.push_back(std::move(points));
}

void Describer::drugs()
{
    // Drugs of pinned scenarios too, so a comparison never hides the other strategy's drug.
    const std::vector<Therapy> present = antibodiesWith(Column::DrugLevel);
    if (present.empty())
        return;
    PanelSpec &panel =
        addPanel(PlotPanel::Drugs, FigureDescriber::tr("µg/mL"), AxisScale::Log, 1.0);
    panel.unit = FigureDescriber::tr(" µg/mL");
    double top = kDrugFloor * 100.0;
    for (Therapy t : present) {
        const ColumnKey key{Column::DrugLevel, t};
        addCurves(panel, key, columnDisplayName(key), plotstyle::therapyPen(t), AxisSide::Left, 1.0,
                  kDrugFloor);
        top = std::max(top, maxOf(key) * 1.5);
    }
    panel.left.lower = kDrugFloor;
    panel.left.upper = logCeiling(top);
}

void Describer::addShades(PanelSpec &panel)
{
    using Kind = InfectionWindow::Kind;
    const struct {
        Kind kind;
        QString name;
    } kinds[] = {
        {Kind::Lymphocytes500, FigureDescriber::tr("lymphocytes < 500/µL")},
        {Kind::Lymphocytes200, FigureDescriber::tr("lymphocytes < 200/µL")},
        {Kind::Neutrophils500, FigureDescriber::tr("neutrophils < 500/µL")},
    };
    // Drawn in this order, so the deeper lymphopenia lies over the milder one.
    for (const auto &k : kinds) {
        bool any = false;
        for (const InfectionWindow &w : m_results.infectionWindows) {
            if (w.kind != k.kind || !(w.endDay > w.startDay))
                continue;
            panel.shades.push_back({m_figure.toKey(w.startDay), m_figure.toKey(w.endDay),
                                    plotstyle::windowBrush(k.kind)});
            any = true;
        }
        if (any)
            panel.shadeLegend.push_back({k.name, plotstyle::windowBrush(k.kind), Qt::NoPen});
    }
}

void Describer::cells()
{
    struct Subset {
        Column column;
        bool overlaid; // CD8 and NK are not overlaid for pinned scenarios: too many lines
    };
    const Subset subsets[] = {
        {Column::Lymphocytes, true}, {Column::Cd4, true}, {Column::Cd8, false},
        {Column::BCells, true},      {Column::Nk, false},
    };
    if (std::none_of(std::begin(subsets), std::end(subsets),
                     [this](const Subset &s) { return m_results.table.has(ColumnKey{s.column}); }))
        return;
    PanelSpec &panel =
        addPanel(PlotPanel::Cells, FigureDescriber::tr("cells/µL"), AxisScale::Linear, 1.7);
    panel.unit = FigureDescriber::tr("/µL");
    addShades(panel);
    double top = 0.0;
    int index = 0;
    for (const Subset &s : subsets) {
        const ColumnKey key{s.column};
        if (addCurves(panel, key, columnDisplayName(key), plotstyle::cellPen(index), AxisSide::Left,
                      1.0, 0.0, s.overlaid))
            top = std::max(top, maxOf(key));
        ++index;
    }
    // One legend entry for the lower limits of normal, each dotted in its subset's colour: four
    // entries made the panel's legend taller than a panel fits in a 768-pixel-high window.
    index = 0;
    bool named = false;
    for (const Subset &s : subsets) {
        const char *llnId = columnInfo(s.column).llnParameter;
        const std::optional<double> lln = llnId ? parameter(llnId) : std::nullopt;
        if (lln && m_results.table.has(ColumnKey{s.column})) {
            panel.levels.push_back(
                {*lln, named ? QString() : FigureDescriber::tr("LLN (dotted)"),
                 plotstyle::referencePen(plotstyle::cellPen(index).color())});
            named = true;
            top = std::max(top, *lln);
        }
        ++index;
    }
    panel.left.upper = niceCeiling(top * 1.08);
}

void Describer::ada()
{
    const std::vector<Therapy> present = antibodiesWith(Column::AdaTitre);
    if (present.empty())
        return;
    const std::optional<double> threshold = parameter("ada_binding_threshold");
    // The positivity threshold is a labelled line in the panel: an axis title that also
    // named it was longer than a short panel is tall.
    PanelSpec &panel = addPanel(PlotPanel::Ada, FigureDescriber::tr("titre"), AxisScale::Log, 1.0);
    const double floor = threshold && *threshold > 0.0 ? *threshold / 100.0 : 0.01;
    double top = floor * 100.0;
    for (Therapy t : present) {
        const ColumnKey key{Column::AdaTitre, t};
        addCurves(panel, key, columnDisplayName(key), plotstyle::therapyPen(t), AxisSide::Left, 1.0,
                  floor);
        top = std::max(top, maxOf(key) * 2.0);
    }
    if (threshold && *threshold > 0.0) {
        panel.levels.push_back({*threshold, FigureDescriber::tr("binding-positive threshold"),
                                plotstyle::referencePen(plotstyle::kThreshold)});
        top = std::max(top, *threshold * 10.0);
    }
    panel.left.lower = floor;
    panel.left.upper = logCeiling(top);
}

void Describer::relapse()
{
    const ColumnKey hazardKey{Column::RelapseHazard};
    const ColumnKey probabilityKey{Column::RelapseProbability};
    const bool hazard = m_results.table.has(hazardKey);
    const bool probability = m_results.table.has(probabilityKey);
    if (!hazard && !probability)
        return;
    PanelSpec &panel = addPanel(PlotPanel::Relapse, FigureDescriber::tr("relapses per year"),
                                AxisScale::Linear, 1.0);
    panel.unit = FigureDescriber::tr("/year");
    if (hazard) {
        addCurves(panel, hazardKey, columnDisplayName(hazardKey), plotstyle::outcomePen(0));
        panel.left.upper = niceCeiling(maxOf(hazardKey) * 1.1);
    } else {
        panel.left.visible = false;
    }
    if (probability) {
        panel.right = {FigureDescriber::tr("P(≥1 relapse) %"),
                       AxisScale::Linear,
                       AxisTicks::Percent,
                       0.0,
                       100.0,
                       true};
        addCurves(panel, probabilityKey, columnDisplayName(probabilityKey),
                  plotstyle::outcomePen(1), AxisSide::Right, 100.0);
    }
}

void Describer::autoimmunity()
{
    const ColumnKey key{Column::AutoimmunityProbability};
    if (!m_results.table.has(key))
        return;
    // The axis says only "%": the title names the probability, and a longer label ran into
    // the title of a short panel.
    PanelSpec &panel = addPanel(PlotPanel::Autoimmunity, FigureDescriber::tr("%"),
                                AxisScale::Linear, 0.9);
    addCurves(panel, key, columnDisplayName(key), plotstyle::outcomePen(2), AxisSide::Left, 100.0);
    const double top = std::max(maxOf(key, 100.0) * 1.15, 5.0);
    panel.left.upper = top > 50.0 ? 100.0 : niceCeiling(top);
    panel.left.ticks = AxisTicks::Percent;
}

} // namespace

QString FigureDescriber::panelName(PlotPanel panel)
{
    switch (panel) {
    case PlotPanel::Drugs: return tr("Serum drug concentration");
    case PlotPanel::Cells: return tr("Blood lymphocyte subsets");
    case PlotPanel::Ada: return tr("Anti-drug antibodies (ADA)");
    case PlotPanel::Relapse: return tr("Relapse rate and cumulative probability");
    case PlotPanel::Autoimmunity: return tr("Secondary autoimmunity, cumulative probability (%)");
    }
    return {};
}

FigureSpec FigureDescriber::describe(const Results &results, const Options &options)
{
    FigureSpec figure;
    const std::vector<double> *days = results.table.column(ColumnKey{Column::Day});
    const double horizon = days && !days->empty() ? days->back() : 1.0;
    figure.inYears = horizon > kYearsAbove;
    figure.daysPerUnit = figure.inYears ? kDaysPerYear : kDaysPerMonth;
    figure.timeEnd = std::max(figure.toKey(horizon), 1e-6);
    figure.timeLabel =
        figure.inYears ? tr("Time since day 0 (years)") : tr("Time since day 0 (months)");
    figure.title = options.scenarioName;
    figure.subtitle =
        results.fittedMeasurements > 0
            ? tr("Personalised forecast fitted to %n lab result(s): medians with 90% credible "
                 "bands; the population's curves dotted",
                 nullptr, int(results.fittedMeasurements))
        : results.cohortSize > 0
            ? tr("Virtual cohort of %1 patients: medians with 5th–95th percentile bands; "
                 "probabilities are cohort means")
                  .arg(QLocale().toString(results.cohortSize))
            : tr("Typical patient (population-average parameters)");
    // A narrow window breaks the subtitle where its clauses meet, rather than clip it.
    if (options.narrow)
        figure.subtitle.replace(QStringLiteral("; "), QStringLiteral(";\n"));
    figure.footer = tr("Simulation for exploration and education, not a clinical prediction. "
                       "Lymphoscope %1")
                        .arg(options.version);

    if (days && !days->empty()) {
        Describer describer(results, options, figure);
        const std::pair<PlotPanel, void (Describer::*)()> panels[] = {
            {PlotPanel::Drugs, &Describer::drugs},
            {PlotPanel::Cells, &Describer::cells},
            {PlotPanel::Ada, &Describer::ada},
            {PlotPanel::Relapse, &Describer::relapse},
            {PlotPanel::Autoimmunity, &Describer::autoimmunity}};
        for (const auto &[kind, add] : panels) {
            if (!options.hidden.contains(kind))
                (describer.*add)();
        }
    }
    for (PanelSpec &panel : figure.panels) {
        const bool banded = std::any_of(panel.curves.begin(), panel.curves.end(),
                                        [](const CurveSpec &c) { return !c.bandLow.isEmpty(); });
        if (banded) {
            panel.bandLegend.push_back({tr("cohort 5th–95th percentile"),
                                        QBrush(plotstyle::bandLegendColor()), Qt::NoPen});
        }
        const bool current = std::any_of(panel.curves.begin(), panel.curves.end(),
                                         [](const CurveSpec &c) { return c.readout; });
        if (!current)
            continue;
        for (const PlotOverlay &other : options.overlays) {
            // A legend-only line: the overlay's markers on a neutral grey line.
            const QPen sample(plotstyle::kMutedText, 1.3);
            panel.overlayLegend.push_back(
                {other.name, Qt::NoBrush, sample, overlayMarker(other.style)});
        }
    }
    return figure;
}

} // namespace lymph
