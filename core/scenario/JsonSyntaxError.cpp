#include "scenario/JsonSyntaxError.h"

#include "scenario/JsonTokenizer.h"

#include <algorithm>
#include <cctype>
#include <string>

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
std::string invalidLiteralMessage(std::string_view word, char next)
{
    if (word.empty() && next == '/')
        return "comments are not allowed in JSON";
    if (word.empty() && next == '\'')
        return "text needs double quotes, not single quotes";
    if (word.empty())
        return "unexpected character: text needs double quotes; bare words are only true, "
               "false and null";
    std::string lower(word);
    std::transform(lower.begin(), lower.end(), lower.begin(),
                   [](unsigned char c) { return static_cast<char>(std::tolower(c)); });
    std::string message = "invalid value '" + std::string(word) + "'";
    if (lower.find("nan") != std::string::npos || lower.find("inf") != std::string::npos)
        return message + ": JSON has no NaN or Infinity; write a finite number";
    return message + ": text needs double quotes; bare words are only true, false and null";
}

// "unexpected X; expected Y" → "expected Y, found X", with Y said the way a person would.
std::string unexpectedTokenMessage(const NlohmannMessage &parts)
{
    const std::size_t semicolon = parts.detail.find("; expected ");
    if (!startsWith(parts.detail, "unexpected ") || semicolon == std::string::npos)
        return parts.detail;
    const std::string found = parts.detail.substr(11, semicolon - 11);
    std::string expected = parts.detail.substr(semicolon + 11);
    if (parts.context == "object" && expected == "'}'")
        expected = "',' or '}'";
    else if (parts.context == "array" && expected == "']'")
        expected = "',' or ']'";
    else if (parts.context == "object key")
        expected = "a key in double quotes";
    else if (startsWith(expected, "'[', '{', or a literal"))
        expected = "a value";
    return "expected " + expected + ", found " + found;
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
    std::string message;
    if (startsWith(parts.detail, "invalid literal")) {
        const std::string_view word = wordAt(text, lastRead, offset);
        message = invalidLiteralMessage(word, lastRead < text.size() ? text[lastRead] : '\0');
    } else if (startsWith(parts.detail, "invalid string: ill-formed UTF-8")) {
        message = "invalid UTF-8 byte in a string (save the file as UTF-8)";
    } else if (startsWith(parts.detail, "invalid")) {
        message = parts.detail;
    } else {
        offset = endOfPreviousToken(text, lastRead);
        message = unexpectedTokenMessage(parts);
    }
    const TextPosition position = textPosition(text, offset);
    ScenarioError result;
    result.file = std::string(fileName);
    result.line = position.line;
    result.column = position.column;
    result.message = "syntax error: " + message;
    return result;
}

} // namespace lymph
