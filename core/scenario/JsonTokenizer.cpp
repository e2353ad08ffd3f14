#include "scenario/JsonTokenizer.h"

#include <algorithm>

namespace lymph {

namespace {

bool isJsonSpace(char c)
{
    return c == ' ' || c == '\t' || c == '\n' || c == '\r';
}

bool isPunctuation(char c)
{
    return c == '{' || c == '}' || c == '[' || c == ']' || c == ':' || c == ',';
}

} // namespace

JsonToken JsonTokenizer::next()
{
    while (m_pos < m_text.size() && isJsonSpace(m_text[m_pos]))
        ++m_pos;
    JsonToken token;
    token.begin = m_pos;
    if (m_pos >= m_text.size()) {
        token.end = m_pos;
        return token;
    }
    const char c = m_text[m_pos];
    if (isPunctuation(c)) {
        token.kind = JsonToken::Kind::Punctuation;
        token.punctuation = c;
        token.end = m_pos + 1;
    } else if (c == '"') {
        token.kind = JsonToken::Kind::String;
        token.end = endOfString(m_pos);
    } else {
        token.kind = JsonToken::Kind::Word;
        token.end = endOfWord(m_pos);
    }
    m_pos = token.end;
    return token;
}

std::size_t JsonTokenizer::endOfString(std::size_t quote) const
{
    for (std::size_t i = quote + 1; i < m_text.size(); ++i) {
        if (m_text[i] == '\\')
            ++i;
        else if (m_text[i] == '"')
            return i + 1;
    }
    return m_text.size();
}

std::size_t JsonTokenizer::endOfWord(std::size_t first) const
{
    std::size_t i = first + 1;
    while (i < m_text.size() && !isJsonSpace(m_text[i]) && !isPunctuation(m_text[i]) &&
           m_text[i] != '"')
        ++i;
    return i;
}

TextPosition textPosition(std::string_view text, std::size_t offset)
{
    return textPositions(text, {offset}).front();
}

std::vector<TextPosition> textPositions(std::string_view text, std::vector<std::size_t> offsets)
{
    std::vector<std::size_t> order(offsets.size());
    for (std::size_t i = 0; i < order.size(); ++i)
        order[i] = i;
    std::sort(order.begin(), order.end(),
              [&offsets](std::size_t a, std::size_t b) { return offsets[a] < offsets[b]; });

    std::vector<TextPosition> positions(offsets.size());
    TextPosition position{1, 1};
    // A byte order mark is invisible in editors, so it takes no column.
    std::size_t i = text.substr(0, 3) == "\xEF\xBB\xBF" ? 3 : 0;
    for (std::size_t k : order) {
        const std::size_t offset = std::min(offsets[k], text.size());
        for (; i < offset; ++i) {
            const auto byte = static_cast<unsigned char>(text[i]);
            if (byte == '\n') {
                ++position.line;
                position.column = 1;
            } else if ((byte & 0xC0) != 0x80) {
                ++position.column;
            }
        }
        positions[k] = position;
    }
    return positions;
}

} // namespace lymph
