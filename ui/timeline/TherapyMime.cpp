#include "TherapyMime.h"

namespace lymph::therapymime {

std::unique_ptr<QMimeData> encode(TherapyTemplate which)
{
    auto data = std::make_unique<QMimeData>();
    const std::string_view id = templateId(which);
    data->setData(kMimeType, QByteArray(id.data(), static_cast<qsizetype>(id.size())));
    return data;
}

std::optional<TherapyTemplate> decode(const QMimeData *data)
{
    if (!data || !data->hasFormat(kMimeType))
        return std::nullopt;
    const QByteArray id = data->data(kMimeType);
    return templateFromId(std::string_view(id.constData(), static_cast<std::size_t>(id.size())));
}

} // namespace lymph::therapymime
