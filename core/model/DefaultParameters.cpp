// Every number the model uses, with its unit and source. MODEL.md is the reference; values
// marked "fitted" were tuned so the calibration tests (tests/tst_calibration_*.cpp) pass.
#include "model/ParameterTable.h"

namespace lymph {

ParameterTable buildDefaultParameterTable()
{
    ParameterTable t;
    auto add = [&t](std::string id, double value, std::string unit, std::string source,
                    std::string note, double min, double max) {
        t.m_entries.push_back({std::move(id), value, std::move(unit), std::move(source),
                               std::move(note), min, max});
    };
    // --- Reference lines (lab-dependent: settings, not science) ---
    add("lln_lymphocytes_per_ul", 1000, "cells/µL", "MODEL.md (approx., lab-dependent)",
        "lower limit of normal, total lymphocytes", 100, 5000);
    add("lln_b_per_ul", 80, "cells/µL", "MODEL.md (approx., lab-dependent)",
        "lower limit of normal, CD19 B cells", 10, 1000);
    add("lln_cd4_per_ul", 400, "cells/µL", "MODEL.md (approx., lab-dependent)",
        "lower limit of normal, CD4 T cells", 50, 2000);
    add("lln_cd8_per_ul", 200, "cells/µL", "MODEL.md (approx., lab-dependent)",
        "lower limit of normal, CD8 T cells", 20, 2000);
    return t;
}

} // namespace lymph
