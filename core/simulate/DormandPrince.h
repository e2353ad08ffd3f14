#pragma once
// Dormand–Prince 5(4) with step-size control and dense output, for a fixed-size state, after
// Hairer, Nørsett & Wanner, "Solving Ordinary Differential Equations I" (2nd ed., 1993), §II.5
// and §II.6, and their code DOPRI5: the RMS error norm scaled by atol + rtol·max(|x₀|,|x₁|),
// the PI step-size controller (β = 0.04) and the 4th-order continuous extension ("contd5").
//
// Why not Boost.Odeint's runge_kutta_dopri5 (the engine used it until now, and the tests still
// compare against it): the method and coefficients are the same, but DOPRI5's RMS norm and PI
// controller, and last steps that land on each breakpoint instead of overshooting it, need
// fewer right-hand-side evaluations on this model (docs/performance.md), and an output point
// costs four multiply-adds per component rather than a sum over all seven stages.

#include "platform/HotPath.h"

#include <algorithm>
#include <array>
#include <cmath>
#include <cstddef>
#include <cstdint>

namespace lymph {

template <std::size_t N>
class DormandPrince45 {
public:
    using Vector = std::array<double, N>;

    // Absolute tolerances are per component (states differ in unit and size).
    DormandPrince45(double relativeTolerance, const Vector &absoluteTolerance)
        : m_rtol(relativeTolerance), m_atol(absoluteTolerance)
    {
    }

    // Starts (or restarts, after a discontinuity) at (x, t) with a first trial step dt.
    template <class System>
    void initialize(System &system, const Vector &x, double t, double dt)
    {
        m_x = x;
        m_t = m_tPrevious = t;
        m_h = dt;
        m_logFacOld = kLogFacOldMin;
        m_lastRejected = false;
        system(m_x, m_k1, m_t);
    }

    // One accepted step that ends at or before `limit` (rejected trials are retried with a
    // smaller step). Afterwards the step just taken is covered by calcState().
    // Throws StepSizeUnderflow when no step size the time can resolve meets the tolerance.
    template <class System>
    LYMPH_INLINE void doStep(System &system, double limit)
    {
        for (;;) {
            double h = m_h;
            bool clipped = false;
            // Land on the limit rather than a sliver short of it.
            if (m_t + 1.01 * h >= limit) {
                h = limit - m_t;
                clipped = true;
            }
            if (!(m_t + h > m_t)) // a step below the time's resolution would never end
                throw StepSizeUnderflow{m_t};
            const double error = attempt(system, h);
            if (!(error <= 1.0)) { // also a NaN error: retry smaller
                ++m_rejected;
                const double fac11 = std::isfinite(error) ? std::exp(kExpo1 * std::log(error)) : 1e3;
                m_h = h / std::min(kFacMaxDecrease, fac11 / kSafety);
                m_lastRejected = true;
                if (!(m_h > 1e-12 * std::max(1.0, std::abs(m_t))))
                    throw StepSizeUnderflow{m_t};
                continue;
            }
            // PI control: the new error and the previous accepted one, err^0.17 / old^0.04,
            // as one exp of logs (two glibc pow calls cost more than the step's bookkeeping).
            const double logError = std::log(std::max(error, 1e-300));
            double fac = std::exp(kExpo1 * logError - kBeta * m_logFacOld);
            fac = std::clamp(fac / kSafety, 1.0 / kFacMaxIncrease, kFacMaxDecrease);
            double hNew = h / fac;
            m_logFacOld = std::max(logError, kLogFacOldMin);
            if (m_lastRejected)
                hNew = std::min(hNew, h);
            m_lastRejected = false;
            accept(h);
            // t + (limit − t) can round a few ulps short of the limit (at negative times):
            // end exactly there, or the caller would need a sliver step.
            if (clipped)
                m_t = limit;
            // A step shortened to meet the limit says nothing about the step size the
            // solution allows; keep the longer of the two for what follows (DOPRI5 itself
            // keeps the controller's proposal; here the next piece starts with the longer).
            m_h = clipped ? std::max(hNew, m_h) : hNew;
            return;
        }
    }

    // The continuous extension inside the last accepted step (4th order).
    LYMPH_INLINE void calcState(double t, Vector &out) const
    {
        const double theta = (t - m_tPrevious) / m_hDone;
        for (std::size_t i = 0; i < N; ++i)
            out[i] = dense(theta, m_r1[i], m_r2[i], m_r3[i], m_r4[i], m_r5[i]);
    }

    // Shampine's 4th-order continuous extension of one component, θ of the way through a step.
    LYMPH_INLINE static double dense(double theta, double r1, double r2, double r3, double r4,
                                     double r5)
    {
        const double theta1 = 1.0 - theta;
        return r1 + theta * (r2 + theta1 * (r3 + theta * (r4 + theta1 * r5)));
    }

    // The last accepted step's continuous extension, kept to be evaluated later.
    struct DenseStep {
        double start = 0.0, length = 1.0, inverseLength = 1.0;
        Vector r1{}, r2{}, r3{}, r4{}, r5{};
        // Component i, or all of them, at time t (the polynomial of calcState; a product,
        // not a quotient, since a lookup costs more than the step's own output here).
        LYMPH_INLINE double at(double t, std::size_t i) const
        {
            return dense((t - start) * inverseLength, r1[i], r2[i], r3[i], r4[i], r5[i]);
        }
        LYMPH_INLINE void all(double t, Vector &out) const
        {
            const double theta = (t - start) * inverseLength;
            for (std::size_t i = 0; i < N; ++i)
                out[i] = dense(theta, r1[i], r2[i], r3[i], r4[i], r5[i]);
        }
    };
    DenseStep denseStep() const
    {
        return {m_tPrevious, m_hDone, 1.0 / m_hDone, m_r1, m_r2, m_r3, m_r4, m_r5};
    }

    double currentTime() const { return m_t; }
    const Vector &currentState() const { return m_x; }
    double suggestedStep() const { return m_h; }
    std::int64_t rejectedSteps() const { return m_rejected; }

    struct StepSizeUnderflow {
        double t;
    };

private:
    // Hairer & Wanner's controller constants for DOPRI5.
    static constexpr double kSafety = 0.9;
    static constexpr double kBeta = 0.04;
    static constexpr double kExpo1 = 0.2 - kBeta * 0.75;
    static constexpr double kFacMaxDecrease = 5.0;  // h shrinks at most 5× per trial
    static constexpr double kFacMaxIncrease = 10.0; // and grows at most 10×
    static constexpr double kLogFacOldMin = -9.210340371976182; // log(1e-4), DOPRI5's floor

    // Butcher tableau (Dormand & Prince 1980).
    static constexpr double c2 = 1.0 / 5, c3 = 3.0 / 10, c4 = 4.0 / 5, c5 = 8.0 / 9;
    static constexpr double a21 = 1.0 / 5;
    static constexpr double a31 = 3.0 / 40, a32 = 9.0 / 40;
    static constexpr double a41 = 44.0 / 45, a42 = -56.0 / 15, a43 = 32.0 / 9;
    static constexpr double a51 = 19372.0 / 6561, a52 = -25360.0 / 2187, a53 = 64448.0 / 6561,
                            a54 = -212.0 / 729;
    static constexpr double a61 = 9017.0 / 3168, a62 = -355.0 / 33, a63 = 46732.0 / 5247,
                            a64 = 49.0 / 176, a65 = -5103.0 / 18656;
    static constexpr double a71 = 35.0 / 384, a73 = 500.0 / 1113, a74 = 125.0 / 192,
                            a75 = -2187.0 / 6784, a76 = 11.0 / 84;
    // 5th minus 4th order weights: the local error estimate.
    static constexpr double e1 = 71.0 / 57600, e3 = -71.0 / 16695, e4 = 71.0 / 1920,
                            e5 = -17253.0 / 339200, e6 = 22.0 / 525, e7 = -1.0 / 40;
    // Dense output (Shampine 1986, as in DOPRI5's contd5).
    static constexpr double d1 = -12715105075.0 / 11282082432.0,
                            d3 = 87487479700.0 / 32700410799.0,
                            d4 = -10690763975.0 / 1880347072.0,
                            d5 = 701980252875.0 / 199316789632.0,
                            d6 = -1453857185.0 / 822651844.0, d7 = 69997945.0 / 29380423.0;

    // Computes the trial step of size h into m_xNew / m_k7; returns the scaled error norm.
    // Inlined, so that the caller's x86-64-v3 clone (HotPath.h) vectorises the stages with
    // it; as a function of its own it was compiled for the baseline instruction set only.
    template <class System>
    LYMPH_INLINE double attempt(System &system, double h)
    {
        const double t = m_t;
        Vector &y = m_y;
        for (std::size_t i = 0; i < N; ++i)
            y[i] = m_x[i] + h * a21 * m_k1[i];
        system(y, m_k2, t + c2 * h);
        for (std::size_t i = 0; i < N; ++i)
            y[i] = m_x[i] + h * (a31 * m_k1[i] + a32 * m_k2[i]);
        system(y, m_k3, t + c3 * h);
        for (std::size_t i = 0; i < N; ++i)
            y[i] = m_x[i] + h * (a41 * m_k1[i] + a42 * m_k2[i] + a43 * m_k3[i]);
        system(y, m_k4, t + c4 * h);
        for (std::size_t i = 0; i < N; ++i)
            y[i] = m_x[i] + h * (a51 * m_k1[i] + a52 * m_k2[i] + a53 * m_k3[i] + a54 * m_k4[i]);
        system(y, m_k5, t + c5 * h);
        for (std::size_t i = 0; i < N; ++i)
            y[i] = m_x[i] + h * (a61 * m_k1[i] + a62 * m_k2[i] + a63 * m_k3[i] + a64 * m_k4[i] +
                                 a65 * m_k5[i]);
        system(y, m_k6, t + h);
        for (std::size_t i = 0; i < N; ++i)
            m_xNew[i] = m_x[i] + h * (a71 * m_k1[i] + a73 * m_k3[i] + a74 * m_k4[i] +
                                      a75 * m_k5[i] + a76 * m_k6[i]);
        system(m_xNew, m_k7, t + h);
        double sum = 0.0;
        for (std::size_t i = 0; i < N; ++i) {
            const double err = h * (e1 * m_k1[i] + e3 * m_k3[i] + e4 * m_k4[i] + e5 * m_k5[i] +
                                    e6 * m_k6[i] + e7 * m_k7[i]);
            const double scale =
                m_atol[i] + m_rtol * std::max(std::abs(m_x[i]), std::abs(m_xNew[i]));
            sum += (err / scale) * (err / scale);
        }
        return std::sqrt(sum / double(N));
    }

    LYMPH_INLINE void accept(double h)
    {
        for (std::size_t i = 0; i < N; ++i) {
            const double difference = m_xNew[i] - m_x[i];
            const double bspl = h * m_k1[i] - difference;
            m_r1[i] = m_x[i];
            m_r2[i] = difference;
            m_r3[i] = bspl;
            m_r4[i] = difference - h * m_k7[i] - bspl;
            m_r5[i] = h * (d1 * m_k1[i] + d3 * m_k3[i] + d4 * m_k4[i] + d5 * m_k5[i] +
                           d6 * m_k6[i] + d7 * m_k7[i]);
            // In the same pass, not as two array copies after it: GCC made those `rep movsq`,
            // each with a start-up of tens of cycles, twice a step (docs/performance.md).
            m_x[i] = m_xNew[i];
            m_k1[i] = m_k7[i]; // first same as last
        }
        m_tPrevious = m_t;
        m_t += h;
        m_hDone = h;
    }

    double m_rtol;
    Vector m_atol;
    double m_t = 0.0, m_tPrevious = 0.0, m_h = 0.0, m_hDone = 1.0;
    double m_logFacOld = kLogFacOldMin; // log of the last accepted error (facold)
    bool m_lastRejected = false;
    std::int64_t m_rejected = 0;
    Vector m_x{}, m_xNew{}, m_y{};
    Vector m_k1{}, m_k2{}, m_k3{}, m_k4{}, m_k5{}, m_k6{}, m_k7{};
    Vector m_r1{}, m_r2{}, m_r3{}, m_r4{}, m_r5{};
};

} // namespace lymph
