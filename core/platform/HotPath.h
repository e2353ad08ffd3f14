#pragma once
// LYMPH_HOT_PATH marks the few functions where a patient's run spends its time (the model's
// right-hand side, the integration loop). On x86-64 with GCC it compiles them twice, for the
// baseline instruction set and for x86-64-v3 (AVX2), and the loader picks the one the CPU
// supports, so one binary runs everywhere and uses wide vectors where they exist.
//
// Results are bit-for-bit the same in both: the core is built with -ffp-contract=off (no fused
// multiply-adds that round differently), and these functions have no reductions the compiler
// could reorder. tests/tst_core_engine guards exact solver counts, which would show a change.

#if defined(__x86_64__) && defined(__GNUC__) && !defined(__clang__) && !defined(LYMPH_NO_CLONES)
#define LYMPH_HOT_PATH __attribute__((target_clones("arch=x86-64-v3", "default")))
#else
#define LYMPH_HOT_PATH
#endif
