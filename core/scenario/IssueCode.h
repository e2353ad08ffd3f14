#pragma once
// What is wrong with a scenario, as a code and its facts, without words: each front end words
// it in its own language (ui/IssueText), and englishText() gives the English that the engine's
// own messages, the tests and the fuzzers read. Where the problem is (a field path, a line and
// column) is not part of the code: see Issue and ScenarioError.

#include "files/FileProblem.h"
#include "scenario/Scenario.h"
#include "scenario/ScenarioLimits.h"

#include <cstddef>
#include <cstdint>
#include <optional>
#include <string>
#include <variant>
#include <vector>

namespace lymph {

namespace issue {

using Unit = scenario_format::Unit;

// The kinds of JSON value, for "expected a number, got the string "12 mg"".
enum class JsonType { Number, String, Object, Array, Boolean, Null };

// What the JSON parser found or expected where the syntax broke.
enum class JsonToken {
    String, Number, True, False, Null, ArrayStart, ObjectStart, ArrayEnd, ObjectEnd, Colon,
    Comma, EndOfInput,
    Value,            // any JSON value
    Key,              // an object key in double quotes
    CommaOrObjectEnd, // ',' or '}'
    CommaOrArrayEnd,  // ',' or ']'
};

// ---- values out of the rules (ScenarioValidator) ----
struct NotFinite {};
struct OutOfRange {
    double min = 0.0;
    double max = 0.0;
    bool minExclusive = false; // "more than min" instead of "at least min"
    Unit unit = Unit::None;
    double value = 0.0;
};
// More than 0 and at most `max` days (60 years).
struct HorizonOutOfRange {
    double max = 0.0;
    double value = 0.0;
};
// More than 0 and at most `max` mg per infusion of `therapy`.
struct DoseOutOfRange {
    Therapy therapy = Therapy::Alemtuzumab;
    double max = 0.0;
    double value = 0.0;
};
struct DayBeforeStart { // days count from day 0
    double day = 0.0;
};
struct DayAfterHorizon {
    double horizonDays = 0.0;
    double day = 0.0;
};
struct StopNotAfterStart {
    double startDay = 0.0;
    double stopDay = 0.0;
};
// Conditioning (days -conditioningDays to -1 before reinfusion) would start before day 0.
struct ConditioningBeforeStart {
    AhsctRegimen regimen = AhsctRegimen::BeamAtg;
    int conditioningDays = 0;
    double day = 0.0;
};
struct NoInfusions {};
struct TooManyTreatments {
    std::size_t max = 0;
    std::size_t count = 0;
};
struct TooManyInfusions {
    std::size_t max = 0;
    std::size_t count = 0;
};
struct TextTooLong {
    std::size_t maxChars = 0;
    std::size_t length = 0;
};
struct InvalidUtf8 {};
struct UnknownParameter {
    std::string id = {};
    std::optional<std::string> suggestion = {}; // a likely meant parameter id
};
struct ParameterOutOfRange {
    double min = 0.0;
    double max = 0.0;
    std::string unit = {}; // as the parameter table writes it ("1/day"): not translated
    double value = 0.0;
};

// ---- the patient's own results and factors (ScenarioValidator, ScenarioJsonReader) ----
// measurements[i].quantity names no result column a lab measures.
struct UnknownQuantity {
    std::string name = {};
    std::optional<std::string> suggestion = {};
    std::vector<std::string> known = {};
};
// A negative result, or one far outside physiology (above `max`, in `unit`).
struct MeasurementOutOfRange {
    std::string quantity = {};
    double max = 0.0;
    std::string unit = {}; // as the column schema writes it ("cells/µL"): not translated
    double value = 0.0;
};
struct TooManyMeasurements {
    std::size_t max = 0;
    std::size_t count = 0;
};
// patient.individual names no factor of the cohort's table.
struct UnknownFactor {
    std::string name = {};
    std::optional<std::string> suggestion = {};
    std::vector<std::string> known = {};
};
// A category factor (ada_class) given a name it does not have.
struct UnknownFactorLabel {
    std::string label = {};
    std::vector<std::string> known = {};
};

// ---- rules between treatments (ScheduleConflicts); the paths are field paths ----
struct InfusionsOverlap {
    Therapy therapy = Therapy::Alemtuzumab;
    long long day = 0; // the calendar day both fall on
    std::string firstPath = {};
    std::string secondPath = {};
};
struct FingolimodOverlap {
    std::string earlierPath = {};
    double earlierStart = 0.0;
    double earlierStop = 0.0;
    std::string laterPath = {};
    double laterStart = 0.0;
    double laterStop = 0.0;
};
struct AhsctTooClose {
    double minDays = 0.0;
    std::string earlierPath = {};
    double earlierDay = 0.0;
    std::string laterPath = {};
    double laterDay = 0.0;
};

// ---- the file's structure (ScenarioJsonReader, JsonObjectReader) ----
struct WrongType {
    JsonType expected = JsonType::Number;
    JsonType found = JsonType::Null;
    std::string foundText = {}; // a string quoted, a number or true/false as written
};
struct MissingKey {
    std::string key = {};
};
struct UnknownKey {
    std::string key = {};
    std::optional<Therapy> owner = {}; // the therapy whose keys these are, if any
    std::optional<std::string> suggestion = {};
    std::vector<std::string> allowed = {};
};
struct DuplicateKey {};
struct NotAScenario {
    std::string expected = {}; // the format id
    std::string found = {};
};
struct NewerVersion {
    double version = 0.0;
    int supported = 0;
};
struct UnsupportedVersion {
    double version = 0.0;
    int supported = 0;
};
struct UnknownTherapy {
    std::string name = {};
    std::optional<std::string> suggestion = {};
    std::vector<std::string> known = {};
};
struct UnknownRegimen {
    std::string name = {};
    std::optional<std::string> suggestion = {};
    std::vector<std::string> known = {};
};

// ---- the text as a whole ----
struct TextTooLarge {
    std::uintmax_t bytes = 0;
    std::uintmax_t limit = 0;
};
struct EmptyText {};
struct NumberTooLarge {
    std::string number = {}; // as written, e.g. "1e400"
};
struct NestedTooDeep {
    int maxDepth = 0;
    int realDepth = 0; // how deep a real scenario nests
};

// ---- JSON syntax (at a line and column, never at a field) ----
struct SyntaxUnexpected {
    JsonToken expected = JsonToken::Value;
    JsonToken found = JsonToken::EndOfInput;
};
struct SyntaxComment {};
struct SyntaxSingleQuotes {};
struct SyntaxBareWord {
    std::string word = {}; // empty: a lone character such as '#'
};
struct SyntaxNanOrInfinity {
    std::string word = {};
};
struct SyntaxBadUtf8 {};
struct SyntaxUnterminatedString {};
struct SyntaxControlCharacter {
    unsigned codePoint = 0;
};
struct SyntaxBadEscape {};
struct SyntaxBadNumber {};
// Anything else the JSON parser reports, in its own (English) words.
struct SyntaxOther {
    std::string detail = {};
};

// ---- files and names ----
struct FileUnreadable {
    FileProblem problem = {}; // names the file itself
};
struct NoSuchExample {
    std::vector<std::string> examples = {};
};
struct NoSuchFileOrExample {
    std::vector<std::string> examples = {};
};
// A note, not an error: a file and a built-in example share a name, and the file was used.
struct FileShadowsExample {
    std::string name = {};
    std::string examplePrefix = {}; // what names the example instead ("example:")
};

} // namespace issue

using IssueCode = std::variant<
    issue::NotFinite, issue::OutOfRange, issue::HorizonOutOfRange, issue::DoseOutOfRange,
    issue::DayBeforeStart, issue::DayAfterHorizon, issue::StopNotAfterStart,
    issue::ConditioningBeforeStart, issue::NoInfusions, issue::TooManyTreatments,
    issue::TooManyInfusions, issue::TextTooLong, issue::InvalidUtf8, issue::UnknownParameter,
    issue::ParameterOutOfRange, issue::UnknownQuantity, issue::MeasurementOutOfRange,
    issue::TooManyMeasurements, issue::UnknownFactor, issue::UnknownFactorLabel,
    issue::InfusionsOverlap, issue::FingolimodOverlap,
    issue::AhsctTooClose, issue::WrongType, issue::MissingKey, issue::UnknownKey,
    issue::DuplicateKey, issue::NotAScenario, issue::NewerVersion, issue::UnsupportedVersion,
    issue::UnknownTherapy, issue::UnknownRegimen, issue::TextTooLarge, issue::EmptyText,
    issue::NumberTooLarge, issue::NestedTooDeep, issue::SyntaxUnexpected, issue::SyntaxComment,
    issue::SyntaxSingleQuotes, issue::SyntaxBareWord, issue::SyntaxNanOrInfinity,
    issue::SyntaxBadUtf8, issue::SyntaxUnterminatedString, issue::SyntaxControlCharacter,
    issue::SyntaxBadEscape, issue::SyntaxBadNumber, issue::SyntaxOther, issue::FileUnreadable,
    issue::NoSuchExample, issue::NoSuchFileOrExample, issue::FileShadowsExample>;

// The problem in English, without its place ("must be between 30 and 250 kg, got 500").
std::string englishText(const IssueCode &code);

} // namespace lymph
