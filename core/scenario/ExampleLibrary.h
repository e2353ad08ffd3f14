#pragma once
// The built-in example scenarios (resources/examples/*.lymphoscope.json), embedded at build
// time so that every front end can load them by name without files or Qt resources.

#include <string>
#include <vector>

namespace lymph {

struct EmbeddedExample {
    const char *name; // file name without ".lymphoscope.json"
    const char *json;
};
const std::vector<EmbeddedExample> &embeddedExamples();

inline constexpr const char *kDefaultExampleName = "alemtuzumab-then-ahsct";

// JSON text of a built-in example, or nullptr.
const char *exampleJson(const std::string &name);
std::vector<std::string> exampleNames();

} // namespace lymph
