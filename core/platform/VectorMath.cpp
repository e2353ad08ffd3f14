#include "platform/VectorMath.h"

#include <algorithm>
#include <cmath>

#if defined(LYMPH_HAVE_LIBMVEC) && defined(__x86_64__)
#include <immintrin.h>
// libmvec's two-lane entry points of the x86-64 vector function ABI ("b": SSE registers);
// glibc resolves each, when the program loads, to its SSE4.1 code or, without SSE4.1, to the
// scalar function lane by lane.
extern "C" __m128d _ZGVbN2v_exp(__m128d);
extern "C" __m128d _ZGVbN2v_log1p(__m128d);
#define LYMPH_VECTOR_MATH 1
#if defined(LYMPH_HAVE_LIBMVEC_AVX2)
// And the four-lane ones ("d": AVX2 registers), used where the CPU has AVX2, chosen when the
// program runs. Declared as AVX2 code: a 256-bit argument is passed in a register only
// between functions that both are, and clang refuses the call otherwise.
extern "C" __attribute__((target("avx2"))) __m256d _ZGVdN4v_exp(__m256d);
extern "C" __attribute__((target("avx2"))) __m256d _ZGVdN4v_log1p(__m256d);
#define LYMPH_VECTOR_MATH_AVX2 1
#endif
#endif

namespace lymph {

namespace {

enum class Function { Exp, Log1p };

template <Function F>
void applyScalar(const double *in, double *out, std::size_t n) noexcept
{
    for (std::size_t i = 0; i < n; ++i)
        out[i] = F == Function::Exp ? std::exp(in[i]) : std::log1p(in[i]);
}

// Each group of lanes through the library's function; the last, shorter group padded with
// zeros and taken through the same function, so that equal arguments give equal results
// wherever they sit.
#if defined(LYMPH_VECTOR_MATH)
template <Function F>
void applyTwo(const double *in, double *out, std::size_t n) noexcept
{
    const auto two = [](__m128d x) {
        return F == Function::Exp ? _ZGVbN2v_exp(x) : _ZGVbN2v_log1p(x);
    };
    std::size_t i = 0;
    for (; i + 2 <= n; i += 2)
        _mm_storeu_pd(out + i, two(_mm_loadu_pd(in + i)));
    if (i < n)
        out[i] = _mm_cvtsd_f64(two(_mm_set_pd(0.0, in[i])));
}
#endif

#if defined(LYMPH_VECTOR_MATH_AVX2)
template <Function F>
__attribute__((target("avx2"))) __m256d four(__m256d x) noexcept
{
    return F == Function::Exp ? _ZGVdN4v_exp(x) : _ZGVdN4v_log1p(x);
}

template <Function F>
__attribute__((target("avx2"))) void applyFour(const double *in, double *out,
                                               std::size_t n) noexcept
{
    std::size_t i = 0;
    for (; i + 4 <= n; i += 4)
        _mm256_storeu_pd(out + i, four<F>(_mm256_loadu_pd(in + i)));
    if (i < n) {
        double last[4] = {0.0, 0.0, 0.0, 0.0};
        std::copy(in + i, in + n, last);
        _mm256_storeu_pd(last, four<F>(_mm256_loadu_pd(last)));
        std::copy(last, last + (n - i), out + i);
    }
}

bool hasAvx2() noexcept
{
    static const bool has = [] {
        __builtin_cpu_init();
        return __builtin_cpu_supports("avx2") != 0;
    }();
    return has;
}
#endif

template <Function F>
void apply(const double *in, double *out, std::size_t n, int lanes) noexcept
{
    lanes = std::min(lanes, vectorMathLanes());
#if defined(LYMPH_VECTOR_MATH_AVX2)
    if (lanes >= 4)
        return applyFour<F>(in, out, n);
#endif
#if defined(LYMPH_VECTOR_MATH)
    if (lanes >= 2)
        return applyTwo<F>(in, out, n);
#endif
    applyScalar<F>(in, out, n);
}

} // namespace

void expOf(const double *in, double *out, std::size_t n) noexcept
{
    apply<Function::Exp>(in, out, n, vectorMathLanes());
}

void log1pOf(const double *in, double *out, std::size_t n) noexcept
{
    apply<Function::Log1p>(in, out, n, vectorMathLanes());
}

void expOf(const double *in, double *out, std::size_t n, int lanes) noexcept
{
    apply<Function::Exp>(in, out, n, lanes);
}

void log1pOf(const double *in, double *out, std::size_t n, int lanes) noexcept
{
    apply<Function::Log1p>(in, out, n, lanes);
}

bool usesVectorMathLibrary() noexcept
{
    return vectorMathLanes() > 1;
}

int vectorMathLanes() noexcept
{
#if defined(LYMPH_VECTOR_MATH_AVX2)
    if (hasAvx2())
        return 4;
#endif
#if defined(LYMPH_VECTOR_MATH)
    return 2;
#else
    return 1;
#endif
}

} // namespace lymph
