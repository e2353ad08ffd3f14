#pragma once
// The SciPy peer (bench/peer/lsoda_peer.py): exports the first patients of the benchmark's
// cohort (resolved parameters, dose segments and the C++ curves) as JSON, runs the peer on
// them and reads back its time per patient and its deviation from the C++ curves.

#include "scenario/Scenario.h"

#include <map>
#include <optional>
#include <string>

namespace lymph::bench {

struct PeerResult {
    int patients = 0;
    double scipyMsPerPatient = 0.0;
    double scipyRhsEvalsPerPatient = 0.0;
    double cppMsPerPatient = 0.0; // the same patients, one thread, median of 3
    std::map<std::string, double> maxRelativeDeviation; // per key column
    double worstDeviation() const;
};

// Writes `patients` cohort members (seed `seed`) of `scenario` to `path`. Returns an error
// message, or nothing.
std::optional<std::string> exportPatients(const Scenario &scenario, int patients,
                                          std::uint64_t seed, const std::string &path);

// Runs the peer on `patients` members; `error` says why it could not run (e.g. no SciPy).
std::optional<PeerResult> runPeer(const Scenario &scenario, int patients, std::uint64_t seed,
                                  std::string *error);

// The tolerance the bench checks the deviation against: 0.5% of each curve's range, the
// engine's own production-versus-tight-reference criterion (tst_core_engine).
inline constexpr double kPeerTolerance = 5e-3;

} // namespace lymph::bench
