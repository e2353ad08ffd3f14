#include "cohort/CohortSummary.h"

#include "cohort/SummaryKernels.h"
#include "platform/HotPath.h"
#include "platform/WorkerThreads.h"

#include <algorithm>
#include <atomic>
#include <bit>
#include <cmath>
#include <cstdlib>
#include <cstring>
#include <limits>
#include <new>
#include <stdexcept>
#include <thread>

namespace lymph {

using namespace summary_kernels;

struct CohortSummary::QuantileColumn {
    std::mutex mutex;
    std::size_t offset = 0; // of this column's rows among a batch's quantile cells
    // Exact: every patient's value.
    // [patient * rows + row]: a patient's values are written in one run, not one per cache
    // line (docs/performance.md); quantiles() reads them back a tile of rows at a time. Every
    // patient writes all its slots before any is read, so they start undefined.
    LargeArray<float> samples;
    // Histogram: counts per row and bin, with each row's exact minimum and maximum.
    double floor = 0.0;
    double ceiling = 0.0;
    double belowFloor = 0.0; // the largest double below the floor
    std::uint64_t floorKey = 0;
    std::size_t bins = 0; // [0, floor), the log bins, [ceiling, ∞)
    // [row * bins + bin]: one of the two, by cohort size (countBytes).
    LargeArray<std::uint16_t> narrowCounts;
    LargeArray<std::uint32_t> wideCounts;
    std::vector<double> min, max;

    // The value range of a bin (the outer bins are closed by the row's min and max).
    std::pair<double, double> edges(std::size_t b, std::size_t row) const
    {
        if (b == 0)
            return {std::min(0.0, min[row]), floor};
        if (b == bins - 1)
            return {ceiling, max[row]};
        return {keyValue(floorKey + b - 1), keyValue(floorKey + b)};
    }
};

struct CohortSummary::MeanColumn {
    std::mutex mutex;
    std::size_t offset = 0; // of this column's rows among a batch's mean cells
    std::vector<Int128> sums; // per row, in units of 2^-32
};

class CohortSummary::Batch {
public:
    std::size_t capacity = 0; // patients it buffers before it merges them
    std::size_t patients = 0;
    // [patient in batch][quantile cell] (histograms), each patient's written before it is read
    LargeArray<std::uint16_t> bins;
    std::vector<double> min, max;    // [quantile cell] (histograms)
    std::vector<std::int64_t> sums;  // [mean cell], see addFixedPoint
};

bool CohortSummary::isAveraged(const ColumnKey &column)
{
    return columnInfo(column.column).aggregation == Aggregation::Mean;
}

double CohortSummary::histogramFloor(const ColumnKey &column)
{
    return std::ldexp(1.0, histogramRange(column).floorExponent);
}

double CohortSummary::histogramCeiling(const ColumnKey &column)
{
    return std::ldexp(1.0, histogramRange(column).ceilingExponent);
}

namespace {
// Every column of a table the summary takes must be one of the schema's.
std::vector<ColumnKey> summaryKeys(const ResultTable &layout)
{
    std::vector<ColumnKey> keys;
    for (std::size_t c = 0; c < layout.keys().size(); ++c) {
        if (!layout.keys()[c])
            throw std::logic_error("a cohort cannot summarise column '" + layout.names()[c] + "'");
        keys.push_back(*layout.keys()[c]);
    }
    if (keys.empty() || keys.front().column != Column::Day)
        throw std::logic_error("a cohort summary's first column is the day");
    return keys;
}

struct Footprint {
    std::size_t bins = 0;      // histogram bins of all quantile columns, per row
    std::size_t quantiles = 0; // quantile columns
    std::size_t means = 0;     // mean columns
};

Footprint footprint(const ResultTable &layout)
{
    Footprint f;
    for (const ColumnKey &key : summaryKeys(layout)) {
        if (key.column == Column::Day)
            continue;
        if (CohortSummary::isAveraged(key)) {
            ++f.means;
            continue;
        }
        const Range range = histogramRange(key);
        f.bins += std::size_t(range.ceilingExponent - range.floorExponent) *
                      CohortSummary::kBinsPerOctave + 2;
        ++f.quantiles;
    }
    return f;
}
} // namespace

CohortSummary::Method CohortSummary::chooseMethod(const ResultTable &layout,
                                                  std::size_t patients)
{
    // Exact quantiles keep 4 bytes per patient and row, the histograms up to 4 bytes per bin
    // and row: exact while they hold no more than 32-bit histograms would (16-bit counts
    // halve that, but would make the window's 200-patient bands approximate).
    const Footprint f = footprint(layout);
    return patients * f.quantiles > f.bins ? Method::Histogram : Method::Exact;
}

std::size_t CohortSummary::plannedBytes(const ResultTable &layout, std::size_t patients)
{
    const Footprint f = footprint(layout);
    const std::size_t rows = layout.rowCount();
    const std::size_t perRow =
        chooseMethod(layout, patients) == Method::Exact
            ? patients * f.quantiles * sizeof(float)
            : f.bins * countBytes(patients) + f.quantiles * 2 * sizeof(double);
    return rows * (perRow + f.means * 16); // 16: a 128-bit fixed-point sum per mean cell
}

CohortSummary::CohortSummary(const ResultTable &layout, std::size_t patients)
    : CohortSummary(layout, patients, chooseMethod(layout, patients))
{
}

CohortSummary::CohortSummary(const ResultTable &layout, std::size_t patients, Method method)
    : m_patients(patients), m_method(method), m_names(layout.names()),
      m_keys(summaryKeys(layout)), m_days(layout.days())
{
    if (patients == 0)
        throw std::logic_error("a cohort needs at least one patient");
    const std::size_t rows = m_days.size();
    m_quantiles.resize(m_names.size());
    m_means.resize(m_names.size());
    for (std::size_t c = 1; c < m_names.size(); ++c) {
        if (isAveraged(m_keys[c])) {
            m_means[c] = std::make_unique<MeanColumn>();
            m_means[c]->sums.assign(rows, 0);
            m_means[c]->offset = m_meanCells;
            m_meanCells += rows;
            continue;
        }
        auto column = std::make_unique<QuantileColumn>();
        column->offset = m_quantileCells;
        m_quantileCells += rows;
        if (method == Method::Exact) {
            if (patients > std::numeric_limits<std::uint32_t>::max())
                throw std::length_error("exact cohort quantiles take fewer than 2^32 patients");
            column->samples = LargeArray<float>(rows * patients, LargeContents::Undefined);
        } else {
            const Range range = histogramRange(m_keys[c]);
            column->floor = std::ldexp(1.0, range.floorExponent);
            column->ceiling = std::ldexp(1.0, range.ceilingExponent);
            column->belowFloor = std::nextafter(column->floor, 0.0);
            column->floorKey = binKey(column->floor);
            column->bins =
                std::size_t(range.ceilingExponent - range.floorExponent) * kBinsPerOctave + 2;
            if (countBytes(patients) == sizeof(std::uint16_t))
                column->narrowCounts =
                    LargeArray<std::uint16_t>(rows * column->bins, LargeContents::Zero);
            else
                column->wideCounts =
                    LargeArray<std::uint32_t>(rows * column->bins, LargeContents::Zero);
            column->min.assign(rows, HUGE_VAL);
            column->max.assign(rows, -HUGE_VAL);
        }
        m_quantiles[c] = std::move(column);
    }
}

CohortSummary::~CohortSummary() = default;

std::size_t CohortSummary::storedBytes() const
{
    std::size_t bytes = 0;
    for (const auto &q : m_quantiles) {
        if (q)
            bytes += q->samples.size() * sizeof(float) +
                     q->narrowCounts.size() * sizeof(std::uint16_t) +
                     q->wideCounts.size() * sizeof(std::uint32_t) +
                     (q->min.size() + q->max.size()) * sizeof(double);
    }
    for (const auto &m : m_means) {
        if (m)
            bytes += m->sums.size() * sizeof(Int128);
    }
    return bytes;
}

std::shared_ptr<CohortSummary::Batch> CohortSummary::newBatch(std::size_t capacity) const
{
    auto batch = std::make_shared<Batch>();
    batch->capacity = std::clamp<std::size_t>(capacity, 1, kBatchPatients); // see addFixedPoint
    if (m_method == Method::Histogram) {
        batch->bins = LargeArray<std::uint16_t>(batch->capacity * m_quantileCells,
                                                LargeContents::Undefined);
        batch->min.assign(m_quantileCells, HUGE_VAL);
        batch->max.assign(m_quantileCells, -HUGE_VAL);
    }
    batch->sums.assign(m_meanCells, 0);
    return batch;
}

void CohortSummary::add(Batch &batch, std::size_t patient, const ResultTable &table)
{
    if (patient >= m_patients || table.names() != m_names || table.rowCount() != m_days.size())
        throw std::logic_error("cohort patients must share the same columns and rows");
    if (const std::size_t c = addValues(batch, patient, table); c < m_names.size()) {
        if (m_means[c])
            throw std::range_error("a cohort patient's " + m_names[c] +
                                   " is non-finite or beyond ±2^19");
        throw std::logic_error("a cohort patient has a non-finite " + m_names[c]);
    }
}

// The column with a value it refused, or the column count.
LYMPH_HOT_PATH std::size_t CohortSummary::addValues(Batch &batch, std::size_t patient,
                                                    const ResultTable &table) noexcept
{
    const std::size_t rows = m_days.size();
    for (std::size_t c = 1; c < m_names.size(); ++c) {
        const double *values = table.columns()[c].data();
        if (const MeanColumn *mean = m_means[c].get()) {
            if (!addFixedPoint(values, batch.sums.data() + mean->offset, rows))
                return c;
            continue;
        }
        const QuantileColumn &column = *m_quantiles[c];
        if (m_method == Method::Exact) { // each patient has its own slots
            float *samples = m_quantiles[c]->samples.data();
            int bad = 0;
            float *mine = samples + patient * rows;
            constexpr double kFloatMax = std::numeric_limits<float>::max();
            for (std::size_t r = 0; r < rows; ++r) {
                bad |= !(values[r] - values[r] == 0.0);
                // Beyond float's range the cast is undefined (x86 gives ∞, and ∞ − ∞ a NaN
                // band); no physical value comes near, but a hostile scenario may.
                const double v = std::clamp(values[r], -kFloatMax, kFloatMax);
                mine[r] = float(v) + 0.0f; // −0 (also a tiny negative) as +0
            }
            if (bad)
                return c;
            continue;
        }
        if (!binValues(values, rows, column.belowFloor, column.ceiling, column.floorKey,
                       batch.bins.data() + batch.patients * m_quantileCells + column.offset,
                       batch.min.data() + column.offset, batch.max.data() + column.offset))
            return c;
    }
    if (++batch.patients == batch.capacity) // both methods: the int64 mean sums
        flush(batch);
    return m_names.size();
}

LYMPH_HOT_PATH void CohortSummary::flush(Batch &batch) noexcept
{
    if (batch.patients == 0) // nothing buffered: its sums are zero
        return;
    const std::size_t rows = m_days.size();
    for (std::size_t c = 1; c < m_names.size(); ++c) {
        if (MeanColumn *mean = m_means[c].get()) {
            const std::lock_guard lock(mean->mutex);
            const std::int64_t *sums = batch.sums.data() + mean->offset;
            for (std::size_t r = 0; r < rows; ++r)
                mean->sums[r] += sums[r];
            continue;
        }
        if (m_method == Method::Exact)
            continue;
        QuantileColumn &column = *m_quantiles[c];
        const std::lock_guard lock(column.mutex);
        const std::uint16_t *bins = batch.bins.data() + column.offset;
        const double *min = batch.min.data() + column.offset;
        const double *max = batch.max.data() + column.offset;
        if (column.wideCounts.size() > 0)
            countBins(column.wideCounts.data(), column.bins, bins, batch.patients,
                      m_quantileCells, rows);
        else
            countBins(column.narrowCounts.data(), column.bins, bins, batch.patients,
                      m_quantileCells, rows);
        for (std::size_t r = 0; r < rows; ++r) {
            column.min[r] = std::min(column.min[r], min[r]);
            column.max[r] = std::max(column.max[r], max[r]);
        }
    }
    m_flushed += batch.patients;
    batch.patients = 0;
    std::fill(batch.min.begin(), batch.min.end(), HUGE_VAL);
    std::fill(batch.max.begin(), batch.max.end(), -HUGE_VAL);
    std::fill(batch.sums.begin(), batch.sums.end(), std::int64_t(0));
}

void CohortSummary::add(std::size_t patient, const ResultTable &table)
{
    const auto batch = newBatch(1);
    add(*batch, patient, table);
    flush(*batch);
}

// Median, p05, p95, p25, p75 of every row (the order of the output columns).
std::vector<std::vector<double>> CohortSummary::quantiles(const QuantileColumn &column) const
{
    const std::size_t rows = m_days.size();
    constexpr std::size_t kCount = std::size(kQuantiles);
    std::vector<std::vector<double>> q(kCount, std::vector<double>(rows));
    if (m_method == Method::Exact) {
        // Each row sorted, from the order of the row before (sortFromPreviousOrder).
        std::vector<std::uint32_t> order(m_patients);
        for (std::size_t k = 0; k < m_patients; ++k)
            order[k] = std::uint32_t(k);
        // Rows are transposed a tile at a time: 16 rows of a patient are 64 bytes, one or two
        // cache lines.
        constexpr std::size_t kTileRows = 16;
        std::vector<float> tile(kTileRows * m_patients), row(m_patients);
        const float *samples = column.samples.data();
        for (std::size_t first = 0; first < rows; first += kTileRows) {
            const std::size_t count = std::min(kTileRows, rows - first);
            for (std::size_t p = 0; p < m_patients; ++p) {
                const float *mine = samples + p * rows + first;
                for (std::size_t k = 0; k < count; ++k)
                    tile[k * m_patients + p] = mine[k];
            }
            for (std::size_t k = 0; k < count; ++k) {
                sortFromPreviousOrder(tile.data() + k * m_patients, order, row);
                for (std::size_t i = 0; i < kCount; ++i) {
                    const Type7 t = type7(kQuantiles[i], m_patients);
                    const double lo = row[t.lo];
                    q[i][first + k] =
                        t.fraction > 0.0 ? lo + t.fraction * (row[t.lo + 1] - lo) : lo;
                }
            }
        }
    } else {
        // The order statistics each quantile needs, in ascending rank.
        std::vector<std::size_t> ranks;
        for (double p : kQuantiles) {
            const Type7 t = type7(p, m_patients);
            ranks.push_back(t.lo);
            ranks.push_back(std::min(t.lo + 1, m_patients - 1));
        }
        std::vector<double> order(ranks.size());
        const auto scan = [&](const auto *counts) {
            for (std::size_t r = 0; r < rows; ++r) {
                const auto *row = counts + r * column.bins;
                // The bins below the row's minimum are empty: most of a row's 300-odd bins,
                // as a cohort's values at one time span a few octaves of the grid's 20-odd.
                std::size_t below = 0, k = 0;
                for (std::size_t b = binOf(column.min[r], column.belowFloor, column.ceiling,
                                           column.floorKey);
                     b < column.bins && k < ranks.size(); ++b) {
                    const std::size_t n = row[b];
                    while (k < ranks.size() && ranks[k] < below + n) {
                        // Uniform in rank inside the bin, then within the row's exact range.
                        const auto [lo, hi] = column.edges(b, r);
                        const double position = (double(ranks[k] - below) + 0.5) / double(n);
                        order[k] =
                            std::clamp(lo + position * (hi - lo), column.min[r], column.max[r]);
                        ++k;
                    }
                    below += n;
                }
                for (std::size_t i = 0; i < kCount; ++i) {
                    const Type7 t = type7(kQuantiles[i], m_patients);
                    const double lo = order[2 * i], hi = order[2 * i + 1];
                    q[i][r] = t.fraction > 0.0 ? lo + t.fraction * (hi - lo) : lo;
                }
            }
        };
        if (column.wideCounts.size() > 0)
            scan(column.wideCounts.data());
        else
            scan(column.narrowCounts.data());
    }
    std::vector<std::vector<double>> ordered;
    for (std::size_t k : {2u, 0u, 4u, 1u, 3u}) // the median keeps the plain name
        ordered.push_back(std::move(q[k]));
    return ordered;
}

ResultTable CohortSummary::finish(unsigned threads) const
{
    if (m_flushed.load() != m_patients)
        throw std::logic_error("a cohort summary is finished only with all its patients");
    // Columns are summarised on their own, spread over the threads, then added in their fixed
    // order.
    const std::size_t rows = m_days.size();
    std::vector<std::vector<std::vector<double>>> done(m_names.size());
    const auto summarise = [&](std::size_t c) {
        if (m_quantiles[c]) {
            done[c] = quantiles(*m_quantiles[c]);
            return;
        }
        std::vector<double> mean(rows);
        const double scale = std::ldexp(1.0, -kFixedPointBits) / double(m_patients);
        for (std::size_t r = 0; r < rows; ++r)
            mean[r] = double(m_means[c]->sums[r]) * scale;
        done[c].push_back(std::move(mean));
    };
    std::atomic<std::size_t> next{1};
    runOnThreads(threads, [&](const std::atomic<bool> &failed) {
        for (std::size_t c = next++; c < m_names.size() && !failed; c = next++)
            summarise(c);
    });

    ResultTable table;
    table.addColumn(ColumnKey{Column::Day}, m_days);
    // The order of series[1…4]: the 5th, 95th, 25th and 75th percentiles (kQuantiles 0, 4, 1, 3).
    const Statistic order[] = {Statistic::P05, Statistic::P95, Statistic::P25, Statistic::P75};
    for (std::size_t c = 1; c < m_names.size(); ++c) {
        auto &series = done[c];
        table.addColumn(m_keys[c], std::move(series[0]));
        if (!m_quantiles[c])
            continue;
        for (std::size_t k = 0; k < 4; ++k)
            table.addColumn(m_keys[c].with(order[k]), std::move(series[k + 1]));
    }
    return table;
}

} // namespace lymph
