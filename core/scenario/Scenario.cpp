#include "scenario/Scenario.h"

namespace lymph {

std::string_view therapyId(Therapy therapy)
{
    switch (therapy) {
    case Therapy::Alemtuzumab: return "alemtuzumab";
    case Therapy::Ocrelizumab: return "ocrelizumab";
    case Therapy::Rituximab: return "rituximab";
    case Therapy::Fingolimod: return "fingolimod";
    case Therapy::Ahsct: return "ahsct";
    }
    return "unknown";
}

std::optional<Therapy> therapyFromId(std::string_view id)
{
    for (Therapy t : {Therapy::Alemtuzumab, Therapy::Ocrelizumab, Therapy::Rituximab,
                      Therapy::Fingolimod, Therapy::Ahsct}) {
        if (therapyId(t) == id)
            return t;
    }
    return std::nullopt;
}

bool isAntibody(Therapy therapy)
{
    return therapy == Therapy::Alemtuzumab || therapy == Therapy::Ocrelizumab ||
           therapy == Therapy::Rituximab;
}

std::string_view regimenId(AhsctRegimen regimen)
{
    return regimen == AhsctRegimen::BeamAtg ? "BEAM-ATG" : "Cy-ATG";
}

std::optional<AhsctRegimen> regimenFromId(std::string_view id)
{
    if (id == "BEAM-ATG")
        return AhsctRegimen::BeamAtg;
    if (id == "Cy-ATG")
        return AhsctRegimen::CyAtg;
    return std::nullopt;
}

} // namespace lymph
