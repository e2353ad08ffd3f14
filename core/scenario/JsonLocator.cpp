#include "scenario/JsonLocator.h"

#include "scenario/FieldPath.h"
#include "scenario/JsonTokenizer.h"

#include <nlohmann/json.hpp>

#include <vector>

namespace lymph {

namespace {

// Keys with escapes are rare; let the real parser decode those.
std::string decodeKey(std::string_view token)
{
    if (token.size() < 2)
        return {};
    if (token.find('\\') == std::string_view::npos)
        return std::string(token.substr(1, token.size() - 2));
    try {
        return nlohmann::json::parse(token).get<std::string>();
    } catch (const nlohmann::json::exception &) {
        return std::string(token);
    }
}

struct Container {
    bool isObject = false;
    std::string path;
    std::size_t index = 0; // arrays: the element being read
    bool expectKey = true; // objects: the next string is a key
    std::string key;       // objects: the member being read
};

std::string valuePath(const std::vector<Container> &open)
{
    if (open.empty())
        return {};
    const Container &top = open.back();
    return top.isObject ? memberPath(top.path, top.key) : elementPath(top.path, top.index);
}

// The scanner runs on text that nlohmann already accepted up to the nesting limit, so this is
// only a guard against being handed something else.
constexpr std::size_t kMaxOpenContainers = 64;

} // namespace

JsonLocator::JsonLocator(std::string_view text)
{
    scan(text);
}

void JsonLocator::scan(std::string_view text)
{
    JsonTokenizer tokens(text);
    std::vector<Container> open;
    for (JsonToken token = tokens.next(); token.kind != JsonToken::Kind::End;
         token = tokens.next()) {
        if (token.kind == JsonToken::Kind::String && !open.empty() && open.back().isObject &&
            open.back().expectKey) {
            open.back().key = decodeKey(text.substr(token.begin, token.end - token.begin));
            open.back().expectKey = false;
            continue;
        }
        if (token.kind != JsonToken::Kind::Punctuation) {
            // Later duplicates win, as in the parsed value.
            m_offsets[valuePath(open)] = token.begin;
            continue;
        }
        switch (token.punctuation) {
        case '{':
        case '[': {
            if (open.size() >= kMaxOpenContainers)
                return;
            std::string path = valuePath(open);
            m_offsets[path] = token.begin;
            Container container;
            container.isObject = token.punctuation == '{';
            container.path = std::move(path);
            open.push_back(std::move(container));
            break;
        }
        case '}':
        case ']':
            if (!open.empty())
                open.pop_back();
            break;
        case ',':
            if (!open.empty()) {
                if (open.back().isObject)
                    open.back().expectKey = true;
                else
                    ++open.back().index;
            }
            break;
        default: break;
        }
    }
}

std::optional<std::size_t> JsonLocator::offsetOf(std::string_view path) const
{
    std::string current(path);
    for (;;) {
        if (auto it = m_offsets.find(current); it != m_offsets.end())
            return it->second;
        if (current.empty())
            return std::nullopt;
        current = parentPath(current);
    }
}

std::optional<std::size_t> offsetDeeperThan(std::string_view text, int depth)
{
    JsonTokenizer tokens(text);
    int open = 0;
    for (JsonToken token = tokens.next(); token.kind != JsonToken::Kind::End;
         token = tokens.next()) {
        if (token.punctuation == '{' || token.punctuation == '[') {
            if (++open > depth)
                return token.begin;
        } else if (token.punctuation == '}' || token.punctuation == ']') {
            --open;
        }
    }
    return std::nullopt;
}

} // namespace lymph
