#include "ColumnText.h"

#include "TreatmentLabel.h"

#include <QCoreApplication>

namespace lymph {

QString columnDisplayName(const ColumnKey &key)
{
    QString name = QCoreApplication::translate("ResultColumn", columnInfo(key.column).displayName);
    if (key.antibody) { // a name that is the drug's alone is a label; within a phrase, text
        name.replace(QStringLiteral("{}"), name.startsWith(QStringLiteral("{}"))
                                               ? therapyDisplayName(*key.antibody)
                                               : therapyNameInText(*key.antibody));
    }
    return name;
}

} // namespace lymph
