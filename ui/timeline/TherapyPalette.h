#pragma once
// The drug palette: every standard regimen (TherapyTemplate) as an entry the user drags onto
// the timeline, or activates with Enter / double-click to append it after the last treatment.

#include "scenario/TherapyTemplates.h"

#include <QListWidget>

namespace lymph {

class TherapyPalette : public QListWidget {
    Q_OBJECT

public:
    explicit TherapyPalette(QWidget *parent = nullptr);

    // Translated palette texts, e.g. "Alemtuzumab, course 1" and "12 mg/day × 5 days".
    static QString templateName(TherapyTemplate which);
    static QString templateDetail(TherapyTemplate which);

    TherapyTemplate templateAt(int row) const;

signals:
    void templateActivated(lymph::TherapyTemplate which);

protected:
    QStringList mimeTypes() const override;
    QMimeData *mimeData(const QList<QListWidgetItem *> &items) const override;
};

} // namespace lymph
