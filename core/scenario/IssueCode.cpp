#include "scenario/IssueCode.h"

#include "files/FileText.h"
#include "scenario/MessageText.h"

#include <cstdio>

namespace lymph {

namespace {

using namespace issue;

std::string number(double value) { return formatNumber(value); }

std::string unitSuffix(Unit unit)
{
    switch (unit) {
    case Unit::None: return "";
    case Unit::Days: return " days";
    case Unit::Kilograms: return " kg";
    case Unit::Years: return " years";
    case Unit::RelapsesPerYear: return " relapses per year";
    case Unit::MgPerDay: return " mg per day";
    }
    return "";
}

std::string list(const std::vector<std::string> &items)
{
    std::string text;
    for (const std::string &item : items)
        text += (text.empty() ? "" : ", ") + item;
    return text;
}

std::string didYouMean(const std::optional<std::string> &suggestion)
{
    return suggestion ? " (did you mean " + quoteText(*suggestion) + "?)" : "";
}

std::string expectedWords(JsonType type)
{
    switch (type) {
    case JsonType::Number: return "a number";
    case JsonType::String: return "a string in quotes";
    case JsonType::Object: return "an object {...}";
    case JsonType::Array: return "an array [...]";
    case JsonType::Boolean: return "true or false";
    case JsonType::Null: return "null";
    }
    return "";
}

std::string foundWords(JsonType type, const std::string &text)
{
    switch (type) {
    case JsonType::String: return "the string " + text;
    case JsonType::Object: return "an object";
    case JsonType::Array: return "an array";
    case JsonType::Null: return "null";
    case JsonType::Number:
    case JsonType::Boolean: break;
    }
    return text;
}

// nlohmann's names for what it found, and ours for what it expected.
std::string tokenWords(JsonToken token)
{
    switch (token) {
    case JsonToken::String: return "string literal";
    case JsonToken::Number: return "number literal";
    case JsonToken::True: return "true literal";
    case JsonToken::False: return "false literal";
    case JsonToken::Null: return "null literal";
    case JsonToken::ArrayStart: return "'['";
    case JsonToken::ObjectStart: return "'{'";
    case JsonToken::ArrayEnd: return "']'";
    case JsonToken::ObjectEnd: return "'}'";
    case JsonToken::Colon: return "':'";
    case JsonToken::Comma: return "','";
    case JsonToken::EndOfInput: return "end of input";
    case JsonToken::Value: return "a value";
    case JsonToken::Key: return "a key in double quotes";
    case JsonToken::CommaOrObjectEnd: return "',' or '}'";
    case JsonToken::CommaOrArrayEnd: return "',' or ']'";
    }
    return "";
}

std::string syntax(const std::string &text) { return "syntax error: " + text; }

const std::string kBareWords = "text needs double quotes; bare words are only true, false and null";

// One function per code: a code without one does not compile.
struct English {
    std::string operator()(const NotFinite &) const { return "must be a finite number"; }
    std::string operator()(const OutOfRange &c) const
    {
        const std::string bounds =
            c.minExclusive ? "must be more than " + number(c.min) + " and at most "
                           : "must be between " + number(c.min) + " and ";
        return bounds + number(c.max) + unitSuffix(c.unit) + ", got " + number(c.value);
    }
    std::string operator()(const HorizonOutOfRange &c) const
    {
        return "must be more than 0 and at most " + number(c.max) + " days (" +
               number(c.max / 365.25) + " years), got " + number(c.value);
    }
    std::string operator()(const DoseOutOfRange &c) const
    {
        return "must be more than 0 and at most " + number(c.max) + " mg per " +
               std::string(therapyId(c.therapy)) + " infusion, got " + number(c.value);
    }
    std::string operator()(const DayBeforeStart &c) const
    {
        return "must be 0 or later (days count from the scenario's day 0), got " + number(c.day);
    }
    std::string operator()(const DayAfterHorizon &c) const
    {
        return "must be within the horizon (day " + number(c.horizonDays) + "), got " +
               number(c.day);
    }
    std::string operator()(const StopNotAfterStart &c) const
    {
        return "must be after the first day (" + number(c.startDay) + "), got " +
               number(c.stopDay);
    }
    std::string operator()(const ConditioningBeforeStart &c) const
    {
        const std::string days = std::to_string(c.conditioningDays);
        return "the " + std::string(regimenId(c.regimen)) + " reinfusion must be on day " + days +
               " or later, so that conditioning (days -" + days +
               " to -1 before it) falls inside the scenario; got " + number(c.day);
    }
    std::string operator()(const NoInfusions &) const { return "needs at least one infusion"; }
    std::string operator()(const TooManyTreatments &c) const
    {
        return "at most " + std::to_string(c.max) + " treatments are allowed, got " +
               std::to_string(c.count);
    }
    std::string operator()(const TooManyInfusions &c) const
    {
        return "at most " + std::to_string(c.max) + " infusions per treatment are allowed, got " +
               std::to_string(c.count);
    }
    std::string operator()(const TextTooLong &c) const
    {
        return "must be at most " + std::to_string(c.maxChars) + " characters long, got " +
               std::to_string(c.length);
    }
    std::string operator()(const InvalidUtf8 &) const { return "must be valid UTF-8 text"; }
    std::string operator()(const UnknownParameter &c) const
    {
        std::string text = "unknown parameter '" + c.id + "'";
        if (c.suggestion)
            text += " (did you mean '" + *c.suggestion + "'?)";
        return text;
    }
    std::string operator()(const ParameterOutOfRange &c) const
    {
        return "must be between " + number(c.min) + " and " + number(c.max) +
               (c.unit.empty() ? "" : " " + c.unit) + ", got " + number(c.value);
    }
    std::string operator()(const UnknownQuantity &c) const
    {
        return "unknown measured quantity " + quoteText(c.name) + didYouMean(c.suggestion) +
               "; known quantities: " + list(c.known);
    }
    std::string operator()(const MeasurementOutOfRange &c) const
    {
        return "must be between 0 and " + number(c.max) + " " + c.unit + " (a plausible " +
               c.quantity + "), got " + number(c.value);
    }
    std::string operator()(const TooManyMeasurements &c) const
    {
        return "at most " + std::to_string(c.max) + " measurements are allowed, got " +
               std::to_string(c.count);
    }
    std::string operator()(const UnknownFactor &c) const
    {
        return "unknown patient factor " + quoteText(c.name) + didYouMean(c.suggestion) +
               "; known factors: " + list(c.known);
    }
    std::string operator()(const UnknownFactorLabel &c) const
    {
        return "unknown value " + quoteText(c.label) + "; allowed: " + list(c.known);
    }
    std::string operator()(const InfusionsOverlap &c) const
    {
        return "overlapping infusions of " + std::string(therapyId(c.therapy)) + " on day " +
               std::to_string(c.day) + ": " + c.firstPath + " and " + c.secondPath;
    }
    std::string operator()(const FingolimodOverlap &c) const
    {
        return "overlapping fingolimod periods: " + c.earlierPath + " (days " +
               number(c.earlierStart) + " to " + number(c.earlierStop) + ") and " + c.laterPath +
               " (days " + number(c.laterStart) + " to " + number(c.laterStop) + ")";
    }
    std::string operator()(const AhsctTooClose &c) const
    {
        return "two aHSCTs less than " + number(c.minDays) + " days apart: " + c.earlierPath +
               " (day " + number(c.earlierDay) + ") and " + c.laterPath + " (day " +
               number(c.laterDay) + ")";
    }
    std::string operator()(const WrongType &c) const
    {
        return "expected " + expectedWords(c.expected) + ", got " +
               foundWords(c.found, c.foundText);
    }
    std::string operator()(const MissingKey &c) const
    {
        return "missing required key " + quoteText(c.key);
    }
    std::string operator()(const UnknownKey &c) const
    {
        std::string text = "unknown key " + quoteText(c.key);
        if (c.owner)
            text += " for " + std::string(therapyId(*c.owner));
        return text + didYouMean(c.suggestion) + "; allowed keys: " + list(c.allowed);
    }
    std::string operator()(const DuplicateKey &) const
    {
        return "duplicate key: it appears more than once in the same object";
    }
    std::string operator()(const NotAScenario &c) const
    {
        return "not a Lymphoscope scenario: expected " + quoteText(c.expected) + ", got " +
               quoteText(c.found);
    }
    std::string operator()(const NewerVersion &c) const
    {
        return "written by a newer version of Lymphoscope (version " + number(c.version) +
               "); this program reads version " + std::to_string(c.supported);
    }
    std::string operator()(const UnsupportedVersion &c) const
    {
        return "unsupported version " + number(c.version) + "; this program reads version " +
               std::to_string(c.supported);
    }
    std::string operator()(const UnknownTherapy &c) const
    {
        return "unknown therapy " + quoteText(c.name) + didYouMean(c.suggestion) +
               "; known therapies: " + list(c.known);
    }
    std::string operator()(const UnknownRegimen &c) const
    {
        return "unknown regimen " + quoteText(c.name) + didYouMean(c.suggestion) +
               "; known regimens: " + list(c.known);
    }
    std::string operator()(const TextTooLarge &c) const
    {
        return "the text is too large: " + describeByteCount(c.bytes) + "; the limit is " +
               describeByteCount(c.limit);
    }
    std::string operator()(const EmptyText &) const { return "empty: expected a scenario {...}"; }
    std::string operator()(const NumberTooLarge &c) const
    {
        return c.number + " is not a finite number (too large for a double)";
    }
    std::string operator()(const NestedTooDeep &c) const
    {
        return "nested deeper than " + std::to_string(c.maxDepth) +
               " levels; a scenario needs at most " + std::to_string(c.realDepth);
    }
    std::string operator()(const SyntaxUnexpected &c) const
    {
        return syntax("expected " + tokenWords(c.expected) + ", found " + tokenWords(c.found));
    }
    std::string operator()(const SyntaxComment &) const
    {
        return syntax("comments are not allowed in JSON");
    }
    std::string operator()(const SyntaxSingleQuotes &) const
    {
        return syntax("text needs double quotes, not single quotes");
    }
    std::string operator()(const SyntaxBareWord &c) const
    {
        if (c.word.empty())
            return syntax("unexpected character: " + kBareWords);
        return syntax("invalid value '" + c.word + "': " + kBareWords);
    }
    std::string operator()(const SyntaxNanOrInfinity &c) const
    {
        return syntax("invalid value '" + c.word +
                      "': JSON has no NaN or Infinity; write a finite number");
    }
    std::string operator()(const SyntaxBadUtf8 &) const
    {
        return syntax("invalid UTF-8 byte in a string (save the file as UTF-8)");
    }
    std::string operator()(const SyntaxUnterminatedString &) const
    {
        return syntax("a string is not closed: its ending '\"' is missing");
    }
    std::string operator()(const SyntaxControlCharacter &c) const
    {
        char code[8];
        std::snprintf(code, sizeof code, "%04X", c.codePoint);
        return syntax("a control character (U+" + std::string(code) +
                      ") in a string must be written as an escape, such as \\n or \\t");
    }
    std::string operator()(const SyntaxBadEscape &) const
    {
        return syntax("invalid escape after a backslash in a string");
    }
    std::string operator()(const SyntaxBadNumber &) const
    {
        return syntax("invalid number: a digit is missing");
    }
    std::string operator()(const SyntaxOther &c) const { return syntax(c.detail); }
    std::string operator()(const FileUnreadable &c) const { return fileProblemText(c.problem); }
    std::string operator()(const NoSuchExample &c) const
    {
        return "no built-in example has this name (the examples are " + list(c.examples) + ")";
    }
    std::string operator()(const NoSuchFileOrExample &c) const
    {
        return "cannot open: no such file, and no built-in example has this name (the examples "
               "are " + list(c.examples) + ")";
    }
    std::string operator()(const FileShadowsExample &c) const
    {
        return "both a file and a built-in example are named '" + c.name +
               "': the file was used (write " + c.examplePrefix + c.name + " for the example)";
    }
};

} // namespace

std::string englishText(const IssueCode &code) { return std::visit(English{}, code); }

} // namespace lymph
