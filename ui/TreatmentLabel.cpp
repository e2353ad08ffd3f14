#include "TreatmentLabel.h"

#include <QCoreApplication>

namespace lymph {

QString therapyDisplayName(Therapy therapy)
{
    switch (therapy) {
    case Therapy::Alemtuzumab:
        return QCoreApplication::translate("TreatmentLabel", "Alemtuzumab");
    case Therapy::Ocrelizumab:
        return QCoreApplication::translate("TreatmentLabel", "Ocrelizumab");
    case Therapy::Rituximab:
        return QCoreApplication::translate("TreatmentLabel", "Rituximab");
    case Therapy::Fingolimod:
        return QCoreApplication::translate("TreatmentLabel", "Fingolimod");
    case Therapy::Ahsct:
        return QCoreApplication::translate("TreatmentLabel", "aHSCT");
    }
    return {};
}

} // namespace lymph
