#pragma once
// Builds a nlohmann::json value through nlohmann's SAX interface, refusing nesting beyond a
// limit before a deep value is built, and noting duplicated keys (nlohmann would silently keep
// the last). SAX rather than json::parse with a callback: in nlohmann 3.11 the callback parser
// rescans the enclosing container after every object, so a 1 MB array of {} takes a minute
// instead of milliseconds. SAX also reports the position of every parse error.

#include <nlohmann/json.hpp>

#include <cstddef>
#include <optional>
#include <string>
#include <vector>

namespace lymph {

class JsonDocumentBuilder {
public:
    using json = nlohmann::json;

    struct Failure {
        enum class Kind { Syntax, NumberOverflow, TooDeep };
        Kind kind = Kind::Syntax;
        std::size_t charactersRead = 0; // nlohmann's position: the offending byte is one before
        std::string nlohmannMessage;    // empty for TooDeep
        std::string path;               // the field being read when parsing stopped
    };

    explicit JsonDocumentBuilder(int maxDepth) : m_maxDepth(maxDepth) {}

    json &root() { return m_root; }
    const std::optional<Failure> &failure() const { return m_failure; }
    const std::vector<std::string> &duplicateKeyPaths() const { return m_duplicates; }

    // The SAX interface nlohmann::json::sax_parse calls.
    bool null() { return addValue(nullptr); }
    bool boolean(bool value) { return addValue(value); }
    bool number_integer(json::number_integer_t value) { return addValue(value); }
    bool number_unsigned(json::number_unsigned_t value) { return addValue(value); }
    bool number_float(json::number_float_t value, const json::string_t &)
    {
        return addValue(value);
    }
    bool string(json::string_t &value) { return addValue(std::move(value)); }
    bool binary(json::binary_t &value) { return addValue(json::binary(std::move(value))); }
    bool start_object(std::size_t) { return openContainer(json::object()); }
    bool start_array(std::size_t) { return openContainer(json::array()); }
    bool end_object() { return closeContainer(); }
    bool end_array() { return closeContainer(); }
    bool key(json::string_t &key);
    bool parse_error(std::size_t position, const std::string &lastToken,
                     const json::exception &error);

private:
    struct Open {
        json *value = nullptr;
        std::string path;
        std::string key; // objects: the member being read
    };

    std::string currentPath() const;
    json *place(json value);
    bool addValue(json value);
    bool openContainer(json value);
    bool closeContainer();

    int m_maxDepth;
    json m_root;
    std::vector<Open> m_open;
    std::optional<Failure> m_failure;
    std::vector<std::string> m_duplicates;
};

} // namespace lymph
