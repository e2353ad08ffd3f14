#pragma once
// A forgiving scanner over JSON text that only finds where tokens begin and end. nlohmann's
// parser does not expose positions, so error locations are recovered with this.

#include <cstddef>
#include <string_view>
#include <vector>

namespace lymph {

struct JsonToken {
    enum class Kind { Punctuation, String, Word, End };
    Kind kind = Kind::End;
    std::size_t begin = 0; // offset of the first byte
    std::size_t end = 0;   // offset past the last byte
    char punctuation = 0;  // one of {}[]:, for Kind::Punctuation
};

class JsonTokenizer {
public:
    explicit JsonTokenizer(std::string_view text) : m_text(text) {}
    JsonToken next();

private:
    std::size_t endOfString(std::size_t quote) const;
    std::size_t endOfWord(std::size_t first) const;

    std::string_view m_text;
    std::size_t m_pos = 0;
};

struct TextPosition {
    int line = 0;   // 1-based
    int column = 0; // 1-based, in characters (UTF-8 code points), as editors count
};
TextPosition textPosition(std::string_view text, std::size_t offset);
// The same for many offsets in one pass over the text (a file may have thousands of errors).
std::vector<TextPosition> textPositions(std::string_view text, std::vector<std::size_t> offsets);

} // namespace lymph
