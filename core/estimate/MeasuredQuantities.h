#pragma once
// What a patient's lab results can be (scenario `measurements`): the result columns a lab
// measures, the most a real result can be, and the residual error of each, with its source.
// The scenario's rules refuse other quantities and values; the personalised fit weighs each
// result by its error (docs/model.md §11).

#include "simulate/ResultColumns.h"

#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace lymph {

struct MeasuredQuantity {
    ColumnKey column;
    std::string name; // the result column's CSV name
    const char *unit; // as the column schema shows it ("cells/µL")
    double max;       // larger results are not physiological (a slip of the keyboard)
    // Residual error: log(result + floor) − log(model + floor) is normal with this standard
    // deviation, i.e. a proportional error of about errorCv above the floor and an additive
    // one of about errorCv·floor below it (a count of 0 stays usable).
    double errorCv;
    double floor;
    const char *errorSource;
};

// Every quantity, the antibodies' levels and titres for each antibody.
const std::vector<MeasuredQuantity> &measuredQuantities();
const MeasuredQuantity *measuredQuantity(std::string_view name);
std::vector<std::string> measuredQuantityNames();

} // namespace lymph
