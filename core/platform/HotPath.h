#pragma once
// LYMPH_HOT_PATH marks the few functions where a patient's run spends its time (the model's
// right-hand side, the integration loop, the result table, the cohort histograms). With GCC
// on x86-64 Linux/glibc it compiles them twice, for the baseline instruction set and for
// x86-64-v3 (AVX2), and the loader picks the one the CPU supports (an ifunc), so one binary
// runs everywhere and uses wide vectors where they exist. -DLYMPH_NO_CLONES=ON turns it off,
// and with it the four-lane exponentials of VectorMath.h.
//
// On one machine both variants give bit-for-bit the same results: the core is built with
// -ffp-contract=off (no fused multiply-adds that round differently), and GCC vectorises only
// element-wise loops here, never reordering a floating-point sum (that needs -ffast-math,
// refused below). Across CPUs glibc's exp/pow, and the variant of its vector math library
// the loader picks (VectorMath.h), may still differ in a last bit, as they always could;
// tests/tst_core_engine guards exact solver counts on the machine that runs it.
//
// A LYMPH_HOT_PATH function must be noexcept and report failure by its return value. GCC 12
// takes the dispatcher of a target_clones function for one that cannot throw: an exception
// leaving it skips its caller's destructors when the caller is in the same file, or calls
// std::terminate (a leaked cohort batch under AddressSanitizer showed it). Being noexcept,
// a `throw` written directly in one is a compile error (-Wterminate with -Werror); what it
// calls must not throw either (no .at(), no growing a vector), which no compiler checks.

#include <cstddef> // the C library's macros (__GLIBC__)

#ifdef __FAST_MATH__
#error "the engine's results must not depend on -ffast-math reassociation"
#endif

#if defined(__x86_64__) && defined(__GNUC__) && !defined(__clang__) && defined(__linux__) &&     \
    defined(__GLIBC__) && !defined(LYMPH_NO_CLONES)
#define LYMPH_HOT_PATH __attribute__((target_clones("arch=x86-64-v3", "default")))
#else
#define LYMPH_HOT_PATH
#endif

// Functions the hot paths call: the model's derived quantities and subset lanes, the solver's
// steps. GCC does not inline a function built for the baseline instruction set into an
// x86-64-v3 clone unless forced; as calls, the small ones cost more than their few operations
// and the large ones ran without the clone's wide vectors.
#if defined(__GNUC__)
#define LYMPH_INLINE [[gnu::always_inline]] inline
#else
#define LYMPH_INLINE inline
#endif
