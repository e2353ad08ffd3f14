#include "platform/VectorMath.h"

#include <cmath>

#if defined(LYMPH_HAVE_LIBMVEC) && defined(__x86_64__)
#include <emmintrin.h>
// libmvec's two-lane SSE entry points (the x86-64 vector function ABI, "b" for SSE): glibc
// resolves each to the best variant for the CPU when the program loads.
extern "C" __m128d _ZGVbN2v_exp(__m128d);
extern "C" __m128d _ZGVbN2v_log1p(__m128d);
#define LYMPH_VECTOR_MATH 1
#endif

namespace lymph {

namespace {

template <class Vector, class Scalar>
void apply(const double *in, double *out, std::size_t n, Vector vector, Scalar scalar) noexcept
{
    std::size_t i = 0;
#if defined(LYMPH_VECTOR_MATH)
    for (; i + 2 <= n; i += 2)
        _mm_storeu_pd(out + i, vector(_mm_loadu_pd(in + i)));
#else
    (void)vector;
#endif
    for (; i < n; ++i)
        out[i] = scalar(in[i]);
}

} // namespace

void expOf(const double *in, double *out, std::size_t n) noexcept
{
#if defined(LYMPH_VECTOR_MATH)
    apply(in, out, n, _ZGVbN2v_exp, [](double x) { return std::exp(x); });
#else
    apply(in, out, n, nullptr, [](double x) { return std::exp(x); });
#endif
}

void log1pOf(const double *in, double *out, std::size_t n) noexcept
{
#if defined(LYMPH_VECTOR_MATH)
    apply(in, out, n, _ZGVbN2v_log1p, [](double x) { return std::log1p(x); });
#else
    apply(in, out, n, nullptr, [](double x) { return std::log1p(x); });
#endif
}

bool usesVectorMathLibrary() noexcept
{
#if defined(LYMPH_VECTOR_MATH)
    return true;
#else
    return false;
#endif
}

} // namespace lymph
