#pragma once
// What a palette drag carries: the id of one standard regimen (TherapyTemplate) as UTF-8 under
// a private MIME type, so only the timeline accepts it and a file drop never looks like one.

#include "scenario/TherapyTemplates.h"

#include <QMimeData>
#include <QString>

#include <memory>
#include <optional>

namespace lymph::therapymime {

inline const QString kMimeType = QStringLiteral("application/x-lymphoscope-therapy-template");

std::unique_ptr<QMimeData> encode(TherapyTemplate which);
// Nothing for other data or an unknown id.
std::optional<TherapyTemplate> decode(const QMimeData *data);

} // namespace lymph::therapymime
