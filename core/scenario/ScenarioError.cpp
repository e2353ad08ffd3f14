#include "scenario/ScenarioIo.h"

namespace lymph {

// "file:line:col: field.path: message", leaving out the parts that are not known.
std::string ScenarioError::toString() const
{
    std::string where = file;
    if (line > 0) {
        if (!where.empty())
            where += ':';
        where += std::to_string(line) + ':' + std::to_string(column);
    }
    std::string text;
    if (!where.empty())
        text = where + ": ";
    if (!fieldPath.empty())
        text += fieldPath + ": ";
    return text + message();
}

} // namespace lymph
