// Builds the parameter table and the engine's parameter struct from the one list in
// ParameterList.h.
#include "model/ModelParameters.h"
#include "model/ParameterTable.h"

namespace lymph {

ParameterTable buildDefaultParameterTable()
{
    ParameterTable t;
#define LYMPH_TABLE_ROW(field, id, val, unit, lo, hi, source, note)                          \
    t.m_entries.push_back({id, val, unit, source, note, lo, hi});
    LYMPH_PARAMETER_LIST(LYMPH_TABLE_ROW)
#undef LYMPH_TABLE_ROW
    return t;
}

ModelParameters ModelParameters::fromTable(const ParameterTable &table)
{
    ModelParameters p;
#define LYMPH_READ_FIELD(field, id, val, unit, lo, hi, source, note) p.field = table.value(id);
    LYMPH_PARAMETER_LIST(LYMPH_READ_FIELD)
#undef LYMPH_READ_FIELD
    return p;
}

} // namespace lymph
