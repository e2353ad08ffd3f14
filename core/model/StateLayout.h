#pragma once
// Index map of the ODE state vector. Cell pools are cells/µL in blood-equivalent units;
// marrow, lymphoid marrow, repertoire and neutrophil stages are fractions of normal
// (1 = untreated).

#include <array>
#include <cstddef>

namespace lymph {

enum Subset : std::size_t { BNaive, BMemory, Cd4Naive, Cd4Memory, Cd8, Nk, kSubsetCount };

namespace state {
constexpr std::size_t blood(std::size_t subset) { return subset; }
constexpr std::size_t node(std::size_t subset) { return kSubsetCount + subset; }
constexpr std::size_t BPrecursor1 = 12;   // pro/pre-B in marrow
constexpr std::size_t BPrecursor2 = 13;   // pre-B (CD20+) to immature
constexpr std::size_t Baff = 14;          // BAFF-like signal, 0 at baseline
constexpr std::size_t Marrow = 15;        // myeloid marrow function
constexpr std::size_t LymphoidMarrow = 16;
constexpr std::size_t Repertoire = 17;    // pathogenic memory repertoire (immune reset)
constexpr std::size_t Fingolimod = 18;    // ng/mL fingolimod-phosphate
constexpr std::size_t Atg = 19;           // mg/kg active ATG
constexpr std::size_t CumulativeHazard = 20; // expected relapses (frailty 1)
constexpr std::size_t AutoimmunityLag1 = 21;
constexpr std::size_t AutoimmunityLag2 = 22;
constexpr std::size_t AutoimmunityExposure = 23;
constexpr std::size_t kAntibodyCount = 3; // alemtuzumab, ocrelizumab, rituximab
constexpr std::size_t central(std::size_t antibody) { return 24 + 2 * antibody; } // mg
constexpr std::size_t peripheral(std::size_t antibody) { return 25 + 2 * antibody; }
constexpr std::size_t adaActivated(std::size_t antibody) { return 30 + 4 * antibody; }
constexpr std::size_t adaResponding(std::size_t antibody) { return 31 + 4 * antibody; }
constexpr std::size_t adaTitre(std::size_t antibody) { return 32 + 4 * antibody; }
constexpr std::size_t adaMemory(std::size_t antibody) { return 33 + 4 * antibody; }
constexpr std::size_t RelapseDrive = 42;     // lagged relative relapse hazard
constexpr std::size_t FingolimodEffect = 43; // ng/mL at the effect site (S1P1 receptors)
constexpr std::size_t PrimedPool = 44;       // primed cells held in nodes by fingolimod, 0..1
constexpr std::size_t ThymusWave1 = 45;      // thymic rebound after aHSCT, two stages
constexpr std::size_t ThymusWave2 = 46;
constexpr std::size_t Neutrophil1 = 47;      // neutrophil maturation, fractions of normal
constexpr std::size_t Neutrophil2 = 48;      // blood neutrophils / normal
constexpr std::size_t kSize = 49;
} // namespace state

using State = std::array<double, state::kSize>;

} // namespace lymph
