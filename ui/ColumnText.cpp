#include "ColumnText.h"

#include "TreatmentLabel.h"

#include <QCoreApplication>

namespace lymph {

QString columnDisplayName(const ColumnKey &key)
{
    QString name = QCoreApplication::translate("ResultColumn", columnInfo(key.column).displayName);
    if (key.antibody)
        name.replace(QStringLiteral("{}"), therapyDisplayName(*key.antibody));
    return name;
}

} // namespace lymph
