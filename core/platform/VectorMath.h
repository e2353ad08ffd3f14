#pragma once
// exp and log1p over whole arrays: the result table's probabilities, five a day for ten years
// of daily rows. With glibc (2.35 or later) on x86-64 they go through its vector math library
// (libmvec, the functions GCC itself calls for vectorised loops), four at a time where the CPU
// has AVX2, else two; glibc tests them to stay within 4 ulp of the
// exact result (glibc wiki, "libmvec"), as its scalar exp and log1p stay within 1. On the
// development VM an exp costs 1.2 ns four at a time, 2.1 ns two at a time and 3–5.5 ns alone
// (docs/performance.md). Elsewhere they are std::exp and std::log1p. Every element of a run
// takes the same path, so equal arguments give equal results. `in` and `out` may be the same
// array.

#include <cstddef>

namespace lymph {

void expOf(const double *in, double *out, std::size_t n) noexcept;
void log1pOf(const double *in, double *out, std::size_t n) noexcept;

// The same through `lanes` arguments at a time (1: the scalar functions), or as many as the
// machine offers where it offers fewer: for tests that hold each path to the scalar one.
void expOf(const double *in, double *out, std::size_t n, int lanes) noexcept;
void log1pOf(const double *in, double *out, std::size_t n, int lanes) noexcept;

// Whether the vector library is in use (else the scalar functions), and how many arguments
// its functions take at once: 4 on CPUs with AVX2 (not in a -DLYMPH_NO_CLONES=ON build, which
// keeps to the baseline instruction set), else 2; 1 without it.
bool usesVectorMathLibrary() noexcept;
int vectorMathLanes() noexcept;

} // namespace lymph
