#include "scenario/JsonPrinter.h"

#include <algorithm>

namespace lymph {

using nlohmann::ordered_json;

namespace {

constexpr std::size_t kMaxLineWidth = 100;
constexpr int kIndentStep = 2;

std::string scalarText(const ordered_json &value)
{
    return value.dump(-1, ' ', false, ordered_json::error_handler_t::replace);
}

std::string keyText(const std::string &key)
{
    return scalarText(ordered_json(key)) + ": ";
}

bool isFlat(const ordered_json &value)
{
    return std::none_of(value.begin(), value.end(),
                        [](const ordered_json &child) { return child.is_structured(); });
}

// {"day": 0, "mg": 12} or [1, 2]
std::string oneLine(const ordered_json &value)
{
    std::string text(1, value.is_object() ? '{' : '[');
    bool first = true;
    for (auto it = value.begin(); it != value.end(); ++it) {
        if (!first)
            text += ", ";
        first = false;
        if (value.is_object())
            text += keyText(it.key());
        text += scalarText(*it);
    }
    return text + (value.is_object() ? '}' : ']');
}

class Printer {
public:
    std::string take() { return std::move(m_out); }

    void print(const ordered_json &value, int indent, std::size_t prefixWidth)
    {
        if (!value.is_structured()) {
            m_out += scalarText(value);
            return;
        }
        if (isFlat(value)) {
            const std::string line = oneLine(value);
            if (value.empty() ||
                static_cast<std::size_t>(indent) + prefixWidth + line.size() + 1 <= kMaxLineWidth) {
                m_out += line;
                return;
            }
        }
        printExpanded(value, indent);
    }

private:
    void printExpanded(const ordered_json &value, int indent)
    {
        m_out += value.is_object() ? '{' : '[';
        const std::string childIndent(static_cast<std::size_t>(indent + kIndentStep), ' ');
        bool first = true;
        for (auto it = value.begin(); it != value.end(); ++it) {
            m_out += first ? "\n" : ",\n";
            first = false;
            m_out += childIndent;
            std::size_t prefixWidth = 0;
            if (value.is_object()) {
                const std::string key = keyText(it.key());
                m_out += key;
                prefixWidth = key.size();
            }
            print(*it, indent + kIndentStep, prefixWidth);
        }
        m_out += '\n' + std::string(static_cast<std::size_t>(indent), ' ');
        m_out += value.is_object() ? '}' : ']';
    }

    std::string m_out;
};

} // namespace

std::string printJson(const ordered_json &value)
{
    Printer printer;
    printer.print(value, 0, 0);
    return printer.take();
}

} // namespace lymph
