#pragma once
// Collects per-patient result tables into cohort columns as the patients finish: medians with
// 5/25/75/95th percentiles for levels, means for 0/1 flags, probabilities and expected counts.
// Nothing here depends on the order in which patients arrive, so a cohort is identical on any
// thread count.
//
// Quantiles. Small cohorts keep every patient's value (as float) and take exact quantiles
// (type 7: linear between order statistics, as R and NumPy by default). Larger cohorts, where
// that would hold more than the histograms below, count each value into a fixed histogram per
// (column, output row) instead, so memory is columns × rows × bins whatever the cohort size.
//
// Error bound of the histogram quantiles. Bins follow the binary representation of a double:
// every octave [2^e, 2^(e+1)) is cut into kBinsPerOctave = 16 equal bins, between a floor and a
// ceiling (powers of two) chosen per unit (cells/µL, µg/mL, titre, ...). One bin holds
// [0, floor), one [ceiling, ∞). A bin above the floor has width ≤ x/16 for every x in it, and
// the exact minimum and maximum of every cell are kept. An order statistic is estimated
// inside the bin that holds it (linear in rank, clamped to [min, max]), so it is off by at
// most the bin's width; a type-7 quantile is a convex combination of two order statistics,
// hence
//         |estimate − exact| ≤ exact / 16 + floor           (kRelativeErrorBound = 1/16)
// for every column whose values are non-negative (all are: counts, levels, titres, hazards)
// and stay below the ceiling (values above it are still bounded by the kept maximum).
// tests/tst_core_cohort.cpp checks this against exact quantiles.
//
// Means. Each value is added as a 32.32 fixed-point integer (rounded to nearest), so sums are
// exact integers and do not depend on the order of addition; 0/1 columns are exact, other
// means are within 2^-33 of the exact mean of the doubles. A mean column's values must lie
// within ±2^19 (they are fractions, probabilities and expected relapse counts).

#include "simulate/ResultTable.h"

#include <atomic>
#include <cstdint>
#include <memory>
#include <mutex>
#include <string>
#include <vector>

namespace lymph {

class CohortSummary {
public:
    enum class Method { Exact, Histogram };

    // `layout` is any one patient's table: it fixes the columns and the days. The method is
    // the one that needs less memory for `patients`.
    CohortSummary(const ResultTable &layout, std::size_t patients);
    CohortSummary(const ResultTable &layout, std::size_t patients, Method method);
    ~CohortSummary();
    CohortSummary(const CohortSummary &) = delete;
    CohortSummary &operator=(const CohortSummary &) = delete;

    // A worker's private accumulator: add() buffers up to `capacity` patients there and
    // merges them into the summary when full (the histograms are then updated row by row for
    // many patients at once, which keeps their cache lines hot); flush() merges the rest.
    class Batch;
    // shared_ptr: Batch is private to the .cpp
    std::shared_ptr<Batch> newBatch(std::size_t capacity = kBatchPatients) const;
    // Adds one patient's table; safe to call concurrently with different batches, each
    // patient exactly once. If it throws (a non-finite or out-of-range value), part of the
    // patient may be in the batch and the summary: discard both.
    void add(Batch &batch, std::size_t patient, const ResultTable &table);
    void flush(Batch &batch) noexcept;
    // add() and flush() through a batch of one (for a few patients).
    void add(std::size_t patient, const ResultTable &table);
    static constexpr std::size_t kBatchPatients = 64;
    // Patients added and flushed so far must be all `patients` (the stores of those missing
    // would be read undefined): throws std::logic_error otherwise. threads ≥ 1.
    ResultTable finish(unsigned threads) const;

    Method method() const { return m_method; }
    // The method that holds less memory for this layout and cohort size.
    static Method chooseMethod(const ResultTable &layout, std::size_t patients);
    // What storedBytes() will be for this layout and cohort size, before allocating it.
    static std::size_t plannedBytes(const ResultTable &layout, std::size_t patients);
    // Bytes of the quantile store and the sums (what grows with the output grid).
    std::size_t storedBytes() const;

    static bool isAveraged(const ColumnKey &column);
    static constexpr double kQuantiles[] = {0.05, 0.25, 0.5, 0.75, 0.95};
    static constexpr int kBinsPerOctave = 16;
    static constexpr double kRelativeErrorBound = 1.0 / kBinsPerOctave;
    // The histogram's floor for a column: quantiles are within exact/16 + floor.
    static double histogramFloor(const ColumnKey &column);
    static double histogramCeiling(const ColumnKey &column);

private:
    struct QuantileColumn;
    struct MeanColumn;

    std::vector<std::vector<double>> quantiles(const QuantileColumn &column) const;
    std::size_t addValues(Batch &batch, std::size_t patient, const ResultTable &table) noexcept;

    std::size_t m_patients;
    Method m_method;
    std::vector<std::string> m_names;
    std::vector<ColumnKey> m_keys;
    std::vector<double> m_days;
    std::vector<std::unique_ptr<QuantileColumn>> m_quantiles; // by column, null if averaged
    std::vector<std::unique_ptr<MeanColumn>> m_means;         // by column, null if quantiled
    std::size_t m_quantileCells = 0; // rows of every quantile column, one after the other
    std::size_t m_meanCells = 0;
    std::atomic<std::size_t> m_flushed{0}; // patients merged by flush()
};

} // namespace lymph
