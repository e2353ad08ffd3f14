#pragma once
// Time units of the whole program: days from day 0, years of 365.25 days, months a twelfth of
// that (30.44 days). Every conversion to months or years uses these two constants.

namespace lymph {

inline constexpr double kDaysPerYear = 365.25;
inline constexpr double kDaysPerMonth = kDaysPerYear / 12.0;

} // namespace lymph
