#pragma once
// Parameter values as plain fields for the right-hand side (no string look-ups in the hot
// loop). Built from a ParameterTable; the fields are generated from ParameterList.h.

#include "model/ParameterList.h"

namespace lymph {

class ParameterTable;

struct ModelParameters {
#define LYMPH_DECLARE_FIELD(field, id, val, unit, lo, hi, source, note) double field = val;
    LYMPH_PARAMETER_LIST(LYMPH_DECLARE_FIELD)
#undef LYMPH_DECLARE_FIELD

    static ModelParameters fromTable(const ParameterTable &table);
};

} // namespace lymph
