#include "platform/VectorMath.h"

#include <cmath>

#if defined(LYMPH_HAVE_LIBMVEC) && defined(__x86_64__)
#include <emmintrin.h>
// libmvec's two-lane entry points of the x86-64 vector function ABI ("b": SSE registers);
// glibc resolves each, when the program loads, to its SSE4.1 code or, without SSE4.1, to the
// scalar function lane by lane.
extern "C" __m128d _ZGVbN2v_exp(__m128d);
extern "C" __m128d _ZGVbN2v_log1p(__m128d);
#define LYMPH_VECTOR_MATH 1
#endif

namespace lymph {

namespace {

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
    apply(in, out, n, LYMPH_VECTOR_FUNCTION(_ZGVbN2v_exp), [](double x) { return std::exp(x); });
}

void log1pOf(const double *in, double *out, std::size_t n) noexcept
{
    apply(in, out, n, LYMPH_VECTOR_FUNCTION(_ZGVbN2v_log1p),
          [](double x) { return std::log1p(x); });
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
