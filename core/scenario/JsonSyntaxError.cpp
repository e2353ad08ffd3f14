#include "scenario/JsonSyntaxError.h"

#include "scenario/JsonTokenizer.h"

#include <algorithm>
#include <cctype>
#include <cstdlib>
#include <optional>
#include <string>
#include <utility>

namespace lymph {

namespace {

// nlohmann: "[json.exception.parse_error.101] parse error at line 4, column 8: syntax error
// while parsing object - unexpected string literal; expected '}'"
struct NlohmannMessage {
    std::string context; // "object", "object key", "array", "value", ...
    std::string detail;  // "unexpected string literal; expected '}'"
};

NlohmannMessage splitMessage(const std::string &what)
{
    static const std::string kContextMark = "while parsing ";
    NlohmannMessage parts;
    const std::size_t contextAt = what.find(kContextMark);
    const std::size_t dash = what.find(" - ", contextAt == std::string::npos ? 0 : contextAt);
    if (contextAt == std::string::npos || dash == std::string::npos) {
        const std::size_t colon = what.find(": ");
        parts.detail = colon == std::string::npos ? what : what.substr(colon + 2);
        return parts;
    }
    const std::size_t contextBegin = contextAt + kContextMark.size();
    parts.context = what.substr(contextBegin, dash - contextBegin);
    parts.detail = what.substr(dash + 3);
    // "last read" echoes nlohmann's token buffer, which is more confusing than helpful.
    if (const std::size_t lastRead = parts.detail.find("; last read");
        lastRead != std::string::npos)
        parts.detail.erase(lastRead);
    return parts;
}

bool startsWith(std::string_view text, std::string_view prefix)
{
    return text.substr(0, prefix.size()) == prefix;
}

bool isWordChar(char c)
{
    return std::isalnum(static_cast<unsigned char>(c)) != 0 || c == '+' || c == '-' || c == '.';
}

// The bare word the lexer gave up on ("NaN", "tru"), which may start before the error offset.
std::string_view wordAt(std::string_view text, std::size_t offset, std::size_t &begin)
{
    begin = std::min(offset, text.size());
    while (begin > 0 && isWordChar(text[begin - 1]))
        --begin;
    std::size_t end = std::min(offset, text.size());
    while (end < text.size() && isWordChar(text[end]))
        ++end;
    return text.substr(begin, end - begin);
}

// A missing comma is noticed only at the next token, often on the next line; the mistake sits
// just after the previous token, which is where compilers point too.
std::size_t endOfPreviousToken(std::string_view text, std::size_t offset)
{
    JsonTokenizer tokens(text);
    std::size_t previousEnd = offset;
    bool found = false;
    for (JsonToken token = tokens.next(); token.kind != JsonToken::Kind::End;
         token = tokens.next()) {
        if (token.end > offset)
            break;
        previousEnd = token.end;
        found = true;
    }
    return found ? previousEnd : offset;
}

// `next` is the character where the lexer stopped, for the cases without a word.
IssueCode invalidLiteral(std::string_view word, char next)
{
    if (word.empty() && next == '/')
        return issue::SyntaxComment{};
    if (word.empty() && next == '\'')
        return issue::SyntaxSingleQuotes{};
    std::string lower(word);
    std::transform(lower.begin(), lower.end(), lower.begin(),
                   [](unsigned char c) { return static_cast<char>(std::tolower(c)); });
    if (lower.find("nan") != std::string::npos || lower.find("inf") != std::string::npos)
        return issue::SyntaxNanOrInfinity{std::string(word)};
    return issue::SyntaxBareWord{std::string(word)};
}

// nlohmann's lexer messages after "invalid", as codes.
IssueCode invalidToken(const std::string &detail)
{
    static const std::string kControl = "invalid string: control character U+";
    if (startsWith(detail, "invalid string: ill-formed UTF-8"))
        return issue::SyntaxBadUtf8{};
    if (startsWith(detail, kControl)) {
        const std::string hex = detail.substr(kControl.size(), 4);
        return issue::SyntaxControlCharacter{
            static_cast<unsigned>(std::strtoul(hex.c_str(), nullptr, 16))};
    }
    if (startsWith(detail, "invalid string: missing closing quote"))
        return issue::SyntaxUnterminatedString{};
    if (startsWith(detail, "invalid string"))
        return issue::SyntaxBadEscape{}; // after a backslash, or a \u escape's surrogates
    if (startsWith(detail, "invalid number"))
        return issue::SyntaxBadNumber{};
    return issue::SyntaxOther{detail};
}

// nlohmann's token names ("string literal", "'}'", ...) as codes.
std::optional<issue::JsonToken> tokenNamed(std::string_view name)
{
    using issue::JsonToken;
    static const std::pair<std::string_view, JsonToken> kNames[] = {
        {"string literal", JsonToken::String},     {"number literal", JsonToken::Number},
        {"true literal", JsonToken::True},         {"false literal", JsonToken::False},
        {"null literal", JsonToken::Null},         {"'['", JsonToken::ArrayStart},
        {"'{'", JsonToken::ObjectStart},           {"']'", JsonToken::ArrayEnd},
        {"'}'", JsonToken::ObjectEnd},             {"':'", JsonToken::Colon},
        {"','", JsonToken::Comma},                 {"end of input", JsonToken::EndOfInput},
        {"'[', '{', or a literal", JsonToken::Value}};
    for (const auto &[text, token] : kNames) {
        if (name == text)
            return token;
    }
    return std::nullopt;
}

// "unexpected X; expected Y" → expected Y, found X, with Y said the way a person would.
IssueCode unexpectedToken(const NlohmannMessage &parts)
{
    using issue::JsonToken;
    const std::size_t semicolon = parts.detail.find("; expected ");
    if (!startsWith(parts.detail, "unexpected ") || semicolon == std::string::npos)
        return issue::SyntaxOther{parts.detail};
    const auto found = tokenNamed(std::string_view(parts.detail).substr(11, semicolon - 11));
    auto expected = tokenNamed(std::string_view(parts.detail).substr(semicolon + 11));
    if (parts.context == "object key")
        expected = JsonToken::Key;
    if (!found || !expected)
        return issue::SyntaxOther{parts.detail};
    if (parts.context == "object" && *expected == JsonToken::ObjectEnd)
        expected = JsonToken::CommaOrObjectEnd;
    else if (parts.context == "array" && *expected == JsonToken::ArrayEnd)
        expected = JsonToken::CommaOrArrayEnd;
    return issue::SyntaxUnexpected{*expected, *found};
}

} // namespace

ScenarioError syntaxError(std::string_view text, std::size_t charactersRead,
                          const std::string &nlohmannMessage, std::string_view fileName)
{
    const NlohmannMessage parts = splitMessage(nlohmannMessage);
    // The offending character is the last one read.
    const std::size_t lastRead =
        std::min<std::size_t>(charactersRead == 0 ? 0 : charactersRead - 1, text.size());
    std::size_t offset = lastRead;
    ScenarioError result;
    if (startsWith(parts.detail, "invalid literal")) {
        const std::string_view word = wordAt(text, lastRead, offset);
        result.code = invalidLiteral(word, lastRead < text.size() ? text[lastRead] : '\0');
    } else if (startsWith(parts.detail, "invalid")) {
        result.code = invalidToken(parts.detail);
    } else {
        offset = endOfPreviousToken(text, lastRead);
        result.code = unexpectedToken(parts);
    }
    const TextPosition position = textPosition(text, offset);
    result.file = std::string(fileName);
    result.line = position.line;
    result.column = position.column;
    return result;
}

} // namespace lymph
