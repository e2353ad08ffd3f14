#include "platform/VectorMath.h"

#include <cmath>

#if defined(LYMPH_HAVE_LIBMVEC) && defined(__x86_64__)
#include <immintrin.h>
// libmvec's two-lane entry points of the x86-64 vector function ABI ("b": SSE registers);
// glibc resolves each, when the program loads, to its SSE4.1 code or, without SSE4.1, to the
// scalar function lane by lane.
extern "C" __m128d _ZGVbN2v_exp(__m128d);
extern "C" __m128d _ZGVbN2v_log1p(__m128d);
#define LYMPH_VECTOR_MATH 1
#if defined(__GNUC__) && !defined(__clang__)
// And the four-lane ones ("d": AVX2 registers), for CPUs that have AVX2, chosen when the
// program runs. Clang 14 refuses a 256-bit argument outside code built for AVX throughout,
// so its builds keep two lanes.
extern "C" __m256d _ZGVdN4v_exp(__m256d);
extern "C" __m256d _ZGVdN4v_log1p(__m256d);
#define LYMPH_VECTOR_MATH_AVX2 1
#endif
#endif

namespace lymph {

namespace {

#if defined(LYMPH_VECTOR_MATH_AVX2)
using Lanes4 = __m256d (*)(__m256d);

__attribute__((target("avx2"))) void apply4(const double *in, double *out, std::size_t n,
                                            Lanes4 vector) noexcept
{
    std::size_t i = 0;
    for (; i + 4 <= n; i += 4)
        _mm256_storeu_pd(out + i, vector(_mm256_loadu_pd(in + i)));
    if (i < n) { // the last one to three, padded: through the same function as the others
        double last[4] = {0.0, 0.0, 0.0, 0.0};
        for (std::size_t k = i; k < n; ++k)
            last[k - i] = in[k];
        _mm256_storeu_pd(last, vector(_mm256_loadu_pd(last)));
        for (std::size_t k = i; k < n; ++k)
            out[k] = last[k - i];
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

template <class Vector, class Scalar>
void apply(const double *in, double *out, std::size_t n, Vector vector, Scalar scalar) noexcept
{
#if defined(LYMPH_VECTOR_MATH)
    (void)scalar;
    std::size_t i = 0;
    for (; i + 2 <= n; i += 2)
        _mm_storeu_pd(out + i, vector(_mm_loadu_pd(in + i)));
    if (i < n) { // the last, alone: through the same function, so equal inputs give equal results
        const __m128d last = vector(_mm_set_pd(0.0, in[i]));
        out[i] = _mm_cvtsd_f64(last);
    }
#else
    (void)vector;
    for (std::size_t i = 0; i < n; ++i)
        out[i] = scalar(in[i]);
#endif
}

} // namespace

// libmvec's function where it is used, else nothing (apply() then takes the scalar one).
#if defined(LYMPH_VECTOR_MATH)
#define LYMPH_VECTOR_FUNCTION(f) f
#else
#define LYMPH_VECTOR_FUNCTION(f) nullptr
#endif

void expOf(const double *in, double *out, std::size_t n) noexcept
{
#if defined(LYMPH_VECTOR_MATH_AVX2)
    if (hasAvx2())
        return apply4(in, out, n, _ZGVdN4v_exp);
#endif
    apply(in, out, n, LYMPH_VECTOR_FUNCTION(_ZGVbN2v_exp), [](double x) { return std::exp(x); });
}

void log1pOf(const double *in, double *out, std::size_t n) noexcept
{
#if defined(LYMPH_VECTOR_MATH_AVX2)
    if (hasAvx2())
        return apply4(in, out, n, _ZGVdN4v_log1p);
#endif
    apply(in, out, n, LYMPH_VECTOR_FUNCTION(_ZGVbN2v_log1p),
          [](double x) { return std::log1p(x); });
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
