#pragma once
// The value-level loops of the cohort summary (CohortSummary.cpp only): histogram bins of a
// double's top mantissa bits, fixed-point sums for means, type-7 quantile ranks, the
// insertion sort of the exact method and the large arrays they fill. Written so that GCC
// vectorises them: restrict pointers, constants in locals, memcpy for a double's bits.

#include "cohort/CohortSummary.h"
#include "platform/Allocator.h"
#include "simulate/ResultColumns.h"

#include <algorithm>
#include <bit>
#include <cmath>
#include <cstdint>
#include <cstdlib>
#include <cstring>
#include <memory>
#include <new>
#include <vector>

namespace lymph::summary_kernels {

__extension__ using Int128 = __int128;

constexpr int kMantissaBits = 52;
constexpr int kBinShift = kMantissaBits - std::countr_zero(unsigned(CohortSummary::kBinsPerOctave));
constexpr int kFixedPointBits = 32; // means: 32.32 fixed point

// Floor and ceiling exponents (powers of two) of the histogram grid, by the column's unit.
struct Range {
    int floorExponent;
    int ceilingExponent;
};

inline Range histogramRange(const ColumnKey &column)
{
    const ColumnInfo &info = columnInfo(column.column);
    return {info.histogramFloorExponent, info.histogramCeilingExponent};
}

inline std::uint64_t binKey(double x) { return std::bit_cast<std::uint64_t>(x) >> kBinShift; }
inline double keyValue(std::uint64_t key) { return std::bit_cast<double>(key << kBinShift); }

// A batch's mean cells: each value in units of 2^-32, rounded to nearest, summed as int64 over
// at most kBatchPatients patients (|v| < 2^19 keeps 64 × 2^51 far inside int64), then added
// into the cohort's 128-bit sums. The rounding adds 1.5 × 2^52: the sum's last bit is then
// the integer part, without a conversion instruction, so the loop stays in vector registers.
constexpr double kMaxMeanValue = 0x1p19;
constexpr double kRoundingShift = 0x1.8p52;
static_assert(kFixedPointBits == 32);

// The loops below run for every value of every patient. Written so that GCC vectorises them:
// restrict pointers, constants in locals, memcpy for a double's bits, an int for the flags.

// Adds one column's values to its batch sums; false if one is non-finite or out of range.
// Unsigned arithmetic: an out-of-range value's bits wrap instead of overflowing (undefined);
// the batch is then refused anyway.
inline bool addFixedPoint(const double *__restrict values, std::int64_t *__restrict sums,
                   std::size_t rows) noexcept
{
    const auto shiftBits = std::bit_cast<std::uint64_t>(kRoundingShift);
    int outOfRange = 0;
    for (std::size_t r = 0; r < rows; ++r) {
        outOfRange |= !(std::abs(values[r]) < kMaxMeanValue); // also NaN and infinity
        const double shifted = values[r] * 0x1p32 + kRoundingShift; // × 2^32 is exact
        std::uint64_t bits;
        std::memcpy(&bits, &shifted, sizeof bits);
        sums[r] = std::int64_t(std::uint64_t(sums[r]) + (bits - shiftBits)); // modulo 2^64
    }
    return outOfRange == 0;
}

// A value's histogram bin, branch-free: a value below the floor (negative ones too) counts as
// the largest double under it, whose key is floorKey − 1, hence bin 0; one at or above the
// ceiling gets the ceiling's key, floorKey + bins − 2, the last bin. Never falls as v rises.
inline std::uint16_t binOf(double v, double belowFloor, double ceiling,
                           std::uint64_t floorKey) noexcept
{
    const double clamped = std::min(std::max(v, belowFloor), ceiling);
    std::uint64_t bits;
    std::memcpy(&bits, &clamped, sizeof bits);
    return std::uint16_t((bits >> kBinShift) - (floorKey - 1));
}

// One patient's histogram bins of a column, and the rows' running minimum and maximum; false
// if a value is non-finite.

inline bool binValues(const double *__restrict values, std::size_t rows, double belowFloor,
               double ceiling, std::uint64_t floorKey, std::uint16_t *__restrict bins,
               double *__restrict min, double *__restrict max) noexcept
{
    int nonFinite = 0;
    for (std::size_t r = 0; r < rows; ++r) {
        const double v = values[r];
        nonFinite |= !(v - v == 0.0);
        bins[r] = binOf(v, belowFloor, ceiling, floorKey);
        min[r] = std::min(min[r], v);
        max[r] = std::max(max[r], v);
    }
    return nonFinite == 0;
}

// Rank (0-based order statistic) and weight of the type-7 quantile q of n values.
struct Type7 {
    std::size_t lo;
    double fraction;
};
inline Type7 type7(double q, std::size_t n)
{
    const double pos = q * double(n - 1);
    const auto lo = std::size_t(std::floor(pos));
    return {lo, lo + 1 < n ? pos - double(lo) : 0.0};
}

// Sorts one row of the exact method's values, starting from the order that sorted the row
// before it (`order`, patients by rank, updated): a patient's value changes little from one day
// to the next, so that order is nearly right and an insertion sort ends in about one pass
// (docs/performance.md). A row whose order changed a lot (more shifts than a sort would cost)
// is sorted by std::sort instead. Any correct sort gives the same order statistics: equal floats are equal bit for
// bit, as the values have no −0 (addValues stores +0).
inline void sortFromPreviousOrder(const float *values, std::vector<std::uint32_t> &order,
                           std::vector<float> &sorted)
{
    const std::size_t n = order.size();
    for (std::size_t k = 0; k < n; ++k)
        sorted[k] = values[order[k]];
    const std::size_t budget = 8 * n;
    std::size_t shifts = 0;
    for (std::size_t i = 1; i < n; ++i) {
        const float v = sorted[i];
        const std::uint32_t patient = order[i];
        std::size_t j = i;
        for (; j > 0 && v < sorted[j - 1]; --j) {
            sorted[j] = sorted[j - 1];
            order[j] = order[j - 1];
        }
        sorted[j] = v;
        order[j] = patient;
        shifts += i - j;
        if (shifts > budget) {
            std::sort(order.begin(), order.end(), [values](std::uint32_t a, std::uint32_t b) {
                return values[a] < values[b];
            });
            for (std::size_t k = 0; k < n; ++k)
                sorted[k] = values[order[k]];
            return;
        }
    }
}

// A large array of its own (allocateLarge: huge pages where it can, and the last run's memory
// when the executable keeps it). A histogram's fresh pages are zeroed by the kernel as the
// workers first touch them; memory kept from the last run is cleared in the allocating thread.
template <class T>
class LargeArray {
public:
    LargeArray() = default;
    LargeArray(std::size_t n, LargeContents contents)
        : m_data(n <= kMaxElements ? static_cast<T *>(allocateLarge(n * sizeof(T), contents))
                                   : nullptr,
                 Free{n * sizeof(T)}),
          m_size(n)
    {
        if (n > 0 && !m_data)
            throw std::bad_alloc();
    }
    T *data() { return m_data.get(); }
    const T *data() const { return m_data.get(); }
    std::size_t size() const { return m_size; }

private:
    static constexpr std::size_t kMaxElements = (std::size_t(1) << 48) / sizeof(T);
    struct Free {
        std::size_t bytes = 0;
        void operator()(T *p) const { freeLarge(p, bytes); }
    };
    std::unique_ptr<T[], Free> m_data;
    std::size_t m_size = 0;
};

// Histogram counts are 16-bit up to this cohort size (half the memory and cache), else 32-bit.
constexpr std::size_t kMaxNarrowCount = 65535;

inline std::size_t countBytes(std::size_t patients)
{
    return patients <= kMaxNarrowCount ? sizeof(std::uint16_t) : sizeof(std::uint32_t);
}

// Adds a batch of patients' bins to one column's counts, in tiles of rows, every buffered
// patient in turn: the tile's histograms (64 rows of up to 546 two-byte counts, 70 KB, in the
// second-level cache) stay there while each patient's bins are read in order.
template <class Count>
void countBins(Count *counts, std::size_t binsPerRow, const std::uint16_t *bins,
               std::size_t patients, std::size_t patientStride, std::size_t rows)
{
    constexpr std::size_t kTileRows = 64;
    for (std::size_t first = 0; first < rows; first += kTileRows) {
        const std::size_t last = std::min(rows, first + kTileRows);
        for (std::size_t p = 0; p < patients; ++p) {
            const std::uint16_t *patientBins = bins + p * patientStride;
            for (std::size_t r = first; r < last; ++r)
                ++counts[r * binsPerRow + patientBins[r]];
        }
    }
}

} // namespace lymph::summary_kernels
