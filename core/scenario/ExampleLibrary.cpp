#include "scenario/ExampleLibrary.h"

namespace lymph {

const char *exampleJson(const std::string &name)
{
    for (const auto &example : embeddedExamples()) {
        if (name == example.name)
            return example.json;
    }
    return nullptr;
}

std::vector<std::string> exampleNames()
{
    std::vector<std::string> names;
    for (const auto &example : embeddedExamples())
        names.emplace_back(example.name);
    return names;
}

} // namespace lymph
