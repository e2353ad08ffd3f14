#include "IssueText.h"

#include "FileProblemText.h"
#include "TreatmentLabel.h"

#include <QLocale>

#include <cmath>

namespace lymph {

namespace {

using namespace issue;

QString fromStd(const std::string &text) { return QString::fromStdString(text); }

// A value as a person reads it: "1 × 10³⁰⁸" for one far out of range, not "1E+308" (the
// locale's seven significant digits turn to E notation from 10⁷).
QString number(double value)
{
    const double magnitude = std::fabs(value);
    if (!std::isfinite(value) || magnitude == 0.0 || (magnitude >= 1e-4 && magnitude < 1e7))
        return plainNumber(value);
    // Mantissa and exponent as printed, so that subnormals and values rounding up to 10 come
    // out right ("9.999e+07" → "1 × 10⁸").
    const QString printed = QString::number(value, 'e', 2);
    const qsizetype e = printed.indexOf(QLatin1Char('e'));
    const double mantissa = printed.left(e).toDouble();
    const int exponent = printed.mid(e + 1).toInt();
    static const QString superscripts = QStringLiteral("⁰¹²³⁴⁵⁶⁷⁸⁹");
    QString power;
    for (const QChar digit : QString::number(std::abs(exponent)))
        power += superscripts[digit.digitValue()];
    if (exponent < 0)
        power.prepend(QChar(0x207B)); // superscript minus
    return QStringLiteral("%1 × 10%2").arg(plainNumber(mantissa, 3), power);
}

QString count(std::size_t value) { return QLocale().toString(static_cast<qulonglong>(value)); }

// User input quoted the locale's way, shortened when long.
QString quoted(const std::string &text)
{
    constexpr qsizetype kMaxChars = 60;
    QString shown = fromStd(text);
    if (shown.size() > kMaxChars)
        shown = shown.left(kMaxChars) + QStringLiteral("…");
    return QLocale().quoteString(shown);
}

QString list(const std::vector<std::string> &items)
{
    QStringList words;
    for (const std::string &item : items)
        words << fromStd(item);
    return QLocale().createSeparatedList(words);
}

QString withUnit(double value, Unit unit)
{
    const QString n = number(value);
    switch (unit) {
    case Unit::None: return n;
    case Unit::Days: return IssueText::tr("%1 days").arg(n);
    case Unit::Kilograms: return IssueText::tr("%1 kg").arg(n);
    case Unit::Years: return IssueText::tr("%1 years").arg(n);
    case Unit::RelapsesPerYear: return IssueText::tr("%1 relapses per year").arg(n);
    case Unit::MgPerDay: return IssueText::tr("%1 mg per day").arg(n);
    }
    return n;
}

QString expectedWords(JsonType type)
{
    switch (type) {
    case JsonType::Number: return IssueText::tr("a number");
    case JsonType::String: return IssueText::tr("text in double quotes");
    case JsonType::Object: return IssueText::tr("an object {...}");
    case JsonType::Array: return IssueText::tr("a list [...]");
    case JsonType::Boolean: return IssueText::tr("true or false");
    case JsonType::Null: break;
    }
    return QStringLiteral("null");
}

QString foundWords(JsonType type, const std::string &text)
{
    switch (type) {
    case JsonType::String: return IssueText::tr("the text %1").arg(fromStd(text));
    case JsonType::Object: return IssueText::tr("an object");
    case JsonType::Array: return IssueText::tr("a list");
    case JsonType::Null: return QStringLiteral("null");
    case JsonType::Number:
    case JsonType::Boolean: break;
    }
    return fromStd(text); // as the file writes it: 7, true
}

QString tokenWords(JsonToken token)
{
    switch (token) {
    case JsonToken::String: return IssueText::tr("text in double quotes");
    case JsonToken::Number: return IssueText::tr("a number");
    case JsonToken::True: return QStringLiteral("true");
    case JsonToken::False: return QStringLiteral("false");
    case JsonToken::Null: return QStringLiteral("null");
    case JsonToken::ArrayStart: return QStringLiteral("'['");
    case JsonToken::ObjectStart: return QStringLiteral("'{'");
    case JsonToken::ArrayEnd: return QStringLiteral("']'");
    case JsonToken::ObjectEnd: return QStringLiteral("'}'");
    case JsonToken::Colon: return QStringLiteral("':'");
    case JsonToken::Comma: return QStringLiteral("','");
    case JsonToken::EndOfInput: return IssueText::tr("the end of the text");
    case JsonToken::Value: return IssueText::tr("a value");
    case JsonToken::Key: return IssueText::tr("a key in double quotes");
    case JsonToken::CommaOrObjectEnd:
        return IssueText::tr("%1 or %2").arg(QStringLiteral("','"), QStringLiteral("'}'"));
    case JsonToken::CommaOrArrayEnd:
        return IssueText::tr("%1 or %2").arg(QStringLiteral("','"), QStringLiteral("']'"));
    }
    return {};
}

QString syntax(const QString &text) { return IssueText::tr("syntax error: %1").arg(text); }

QString regimenName(AhsctRegimen regimen)
{
    const std::string_view id = regimenId(regimen);
    return QString::fromUtf8(id.data(), static_cast<qsizetype>(id.size()));
}

QString bytes(std::uintmax_t size)
{
    return QLocale().formattedDataSize(static_cast<qint64>(size));
}

// One function per code: a code without one does not compile.
struct Words {
    const IssueText &text;

    QString operator()(const NotFinite &) const { return IssueText::tr("must be a finite number"); }
    QString operator()(const OutOfRange &c) const
    {
        return (c.minExclusive ? IssueText::tr("must be more than %1 and at most %2, got %3")
                               : IssueText::tr("must be between %1 and %2, got %3"))
            .arg(number(c.min), withUnit(c.max, c.unit), number(c.value));
    }
    QString operator()(const HorizonOutOfRange &c) const
    {
        return IssueText::tr("must be more than 0 and at most %1 days (%2 years), got %3")
            .arg(number(c.max), number(c.max / 365.25), number(c.value));
    }
    QString operator()(const DoseOutOfRange &c) const
    {
        return IssueText::tr("must be more than 0 and at most %1 mg per infusion of %2, got %3")
            .arg(number(c.max), therapyNameInText(c.therapy), number(c.value));
    }
    QString operator()(const DayBeforeStart &c) const
    {
        return IssueText::tr("must be 0 or later (days count from the scenario's day 0), got %1")
            .arg(number(c.day));
    }
    QString operator()(const DayAfterHorizon &c) const
    {
        return IssueText::tr("must lie within the simulated time (up to day %1), got %2")
            .arg(number(c.horizonDays), number(c.day));
    }
    QString operator()(const StopNotAfterStart &c) const
    {
        return IssueText::tr("must be after the first day (%1), got %2")
            .arg(number(c.startDay), number(c.stopDay));
    }
    QString operator()(const ConditioningBeforeStart &c) const
    {
        return IssueText::tr("the %1 reinfusion must be on day %2 or later, so that conditioning "
                             "(days -%2 to -1 before it) falls inside the scenario; got %3")
            .arg(regimenName(c.regimen), QString::number(c.conditioningDays), number(c.day));
    }
    QString operator()(const NoInfusions &) const
    {
        return IssueText::tr("needs at least one infusion");
    }
    QString operator()(const TooManyTreatments &c) const
    {
        return IssueText::tr("at most %1 treatments are allowed, got %2")
            .arg(count(c.max), count(c.count));
    }
    QString operator()(const TooManyInfusions &c) const
    {
        return IssueText::tr("at most %1 infusions per treatment are allowed, got %2")
            .arg(count(c.max), count(c.count));
    }
    QString operator()(const TextTooLong &c) const
    {
        return IssueText::tr("must be at most %1 characters long, got %2")
            .arg(count(c.maxChars), count(c.length));
    }
    QString operator()(const InvalidUtf8 &) const
    {
        return IssueText::tr("must be valid UTF-8 text");
    }
    QString operator()(const UnknownParameter &c) const
    {
        if (c.suggestion) {
            return IssueText::tr("unknown model parameter %1 (did you mean %2?)")
                .arg(quoted(c.id), quoted(*c.suggestion));
        }
        return IssueText::tr("unknown model parameter %1").arg(quoted(c.id));
    }
    QString operator()(const ParameterOutOfRange &c) const
    {
        const QString max = c.unit.empty() ? number(c.max)
                                           : number(c.max) + QLatin1Char(' ') + fromStd(c.unit);
        return IssueText::tr("must be between %1 and %2, got %3")
            .arg(number(c.min), max, number(c.value));
    }
    QString operator()(const UnknownQuantity &c) const
    {
        if (c.suggestion) {
            return IssueText::tr("unknown measured quantity %1 (did you mean %2?); known "
                                 "quantities: %3")
                .arg(quoted(c.name), quoted(*c.suggestion), list(c.known));
        }
        return IssueText::tr("unknown measured quantity %1; known quantities: %2")
            .arg(quoted(c.name), list(c.known));
    }
    QString operator()(const MeasurementOutOfRange &c) const
    {
        return IssueText::tr("must be between 0 and %1 %2 (a plausible %3), got %4")
            .arg(number(c.max), fromStd(c.unit), fromStd(c.quantity), number(c.value));
    }
    QString operator()(const TooManyMeasurements &c) const
    {
        return IssueText::tr("at most %1 measurements are allowed, got %2")
            .arg(count(c.max), count(c.count));
    }
    QString operator()(const UnknownFactor &c) const
    {
        if (c.suggestion) {
            return IssueText::tr("unknown patient factor %1 (did you mean %2?); known factors: %3")
                .arg(quoted(c.name), quoted(*c.suggestion), list(c.known));
        }
        return IssueText::tr("unknown patient factor %1; known factors: %2")
            .arg(quoted(c.name), list(c.known));
    }
    QString operator()(const UnknownFactorLabel &c) const
    {
        return IssueText::tr("unknown value %1; allowed: %2").arg(quoted(c.label), list(c.known));
    }
    // The issue's own place is the later of the two: the message names the other one.
    QString operator()(const InfusionsOverlap &c) const
    {
        return IssueText::tr("overlaps %3 on day %2 (one infusion of %1 a day at most)")
            .arg(therapyNameInText(c.therapy), QLocale().toString(c.day),
                 text.place(c.firstPath));
    }
    QString operator()(const FingolimodOverlap &c) const
    {
        return IssueText::tr("overlaps %1, which runs from day %2 to %3")
            .arg(text.place(c.earlierPath), number(c.earlierStart), number(c.earlierStop));
    }
    QString operator()(const AhsctTooClose &c) const
    {
        return IssueText::tr("comes less than %1 days after %2, on day %3")
            .arg(number(c.minDays), text.place(c.earlierPath), number(c.earlierDay));
    }
    QString operator()(const WrongType &c) const
    {
        return IssueText::tr("expected %1, got %2")
            .arg(expectedWords(c.expected), foundWords(c.found, c.foundText));
    }
    QString operator()(const MissingKey &c) const
    {
        return IssueText::tr("the required key %1 is missing").arg(quoted(c.key));
    }
    QString operator()(const UnknownKey &c) const
    {
        const QString key = quoted(c.key), allowed = list(c.allowed);
        if (c.owner && c.suggestion) {
            return IssueText::tr("unknown key %1 for %2 (did you mean %3?); allowed keys: %4")
                .arg(key, therapyNameInText(*c.owner), quoted(*c.suggestion), allowed);
        }
        if (c.owner) {
            return IssueText::tr("unknown key %1 for %2; allowed keys: %3")
                .arg(key, therapyNameInText(*c.owner), allowed);
        }
        if (c.suggestion) {
            return IssueText::tr("unknown key %1 (did you mean %2?); allowed keys: %3")
                .arg(key, quoted(*c.suggestion), allowed);
        }
        return IssueText::tr("unknown key %1; allowed keys: %2").arg(key, allowed);
    }
    QString operator()(const DuplicateKey &) const
    {
        return IssueText::tr("duplicate key: it appears more than once in the same object");
    }
    QString operator()(const NotAScenario &c) const
    {
        return IssueText::tr("not a Lymphoscope scenario: expected %1, got %2")
            .arg(quoted(c.expected), quoted(c.found));
    }
    QString operator()(const NewerVersion &c) const
    {
        return IssueText::tr("written by a newer version of Lymphoscope (version %1); this "
                             "program reads version %2")
            .arg(number(c.version))
            .arg(c.supported);
    }
    QString operator()(const UnsupportedVersion &c) const
    {
        return IssueText::tr("unsupported version %1; this program reads version %2")
            .arg(number(c.version))
            .arg(c.supported);
    }
    QString operator()(const UnknownTherapy &c) const
    {
        if (c.suggestion) {
            return IssueText::tr("unknown therapy %1 (did you mean %2?); known therapies: %3")
                .arg(quoted(c.name), quoted(*c.suggestion), list(c.known));
        }
        return IssueText::tr("unknown therapy %1; known therapies: %2")
            .arg(quoted(c.name), list(c.known));
    }
    QString operator()(const UnknownRegimen &c) const
    {
        if (c.suggestion) {
            return IssueText::tr("unknown regimen %1 (did you mean %2?); known regimens: %3")
                .arg(quoted(c.name), quoted(*c.suggestion), list(c.known));
        }
        return IssueText::tr("unknown regimen %1; known regimens: %2")
            .arg(quoted(c.name), list(c.known));
    }
    QString operator()(const TextTooLarge &c) const
    {
        return IssueText::tr("the text is too large (%1); the limit is %2")
            .arg(bytes(c.bytes), bytes(c.limit));
    }
    QString operator()(const EmptyText &) const
    {
        return IssueText::tr("the text is empty: a scenario {...} was expected");
    }
    QString operator()(const NumberTooLarge &c) const
    {
        return IssueText::tr("the number %1 is too large").arg(fromStd(c.number));
    }
    QString operator()(const NestedTooDeep &c) const
    {
        return IssueText::tr("nested deeper than %1 levels; a scenario needs at most %2")
            .arg(c.maxDepth)
            .arg(c.realDepth);
    }
    QString operator()(const SyntaxUnexpected &c) const
    {
        return syntax(IssueText::tr("expected %1, found %2")
                          .arg(tokenWords(c.expected), tokenWords(c.found)));
    }
    QString operator()(const SyntaxComment &) const
    {
        return syntax(IssueText::tr("comments are not allowed in JSON"));
    }
    QString operator()(const SyntaxSingleQuotes &) const
    {
        return syntax(IssueText::tr("text needs double quotes, not single quotes"));
    }
    QString operator()(const SyntaxBareWord &c) const
    {
        if (c.word.empty()) {
            return syntax(IssueText::tr("unexpected character: text needs double quotes; bare "
                                        "words are only true, false and null"));
        }
        return syntax(IssueText::tr("invalid value %1: text needs double quotes; bare words are "
                                    "only true, false and null")
                          .arg(quoted(c.word)));
    }
    QString operator()(const SyntaxNanOrInfinity &c) const
    {
        return syntax(IssueText::tr("invalid value %1: JSON has no NaN or Infinity; write a "
                                    "finite number")
                          .arg(quoted(c.word)));
    }
    QString operator()(const SyntaxBadUtf8 &) const
    {
        return syntax(IssueText::tr("invalid UTF-8 byte (save the file as UTF-8)"));
    }
    QString operator()(const SyntaxUnterminatedString &) const
    {
        return syntax(IssueText::tr("text in quotes is not closed: the closing '\"' is missing"));
    }
    QString operator()(const SyntaxControlCharacter &c) const
    {
        const QString code =
            QStringLiteral("U+%1").arg(c.codePoint, 4, 16, QLatin1Char('0')).toUpper();
        return syntax(IssueText::tr("a control character (%1) inside quotes must be written as an "
                                    "escape, such as \\n or \\t")
                          .arg(code));
    }
    QString operator()(const SyntaxBadEscape &) const
    {
        return syntax(IssueText::tr("invalid escape after a backslash inside quotes"));
    }
    QString operator()(const SyntaxBadNumber &) const
    {
        return syntax(IssueText::tr("invalid number: a digit is missing"));
    }
    QString operator()(const SyntaxOther &c) const { return syntax(fromStd(c.detail)); }
    QString operator()(const FileUnreadable &c) const
    {
        return FileProblemText::describe(c.problem);
    }
    QString operator()(const NoSuchExample &c) const
    {
        return IssueText::tr("no built-in example has this name (the examples are %1)")
            .arg(list(c.examples));
    }
    QString operator()(const NoSuchFileOrExample &c) const
    {
        return IssueText::tr("cannot open: there is no such file, and no built-in example has "
                             "this name (the examples are %1)")
            .arg(list(c.examples));
    }
    QString operator()(const FileShadowsExample &c) const
    {
        return IssueText::tr("both a file and a built-in example are named %1: the file was used "
                             "(write %2 for the example)")
            .arg(quoted(c.name), fromStd(c.examplePrefix + c.name));
    }
};

} // namespace

QString IssueText::message(const IssueCode &code) const { return std::visit(Words{*this}, code); }

QString IssueText::place(const std::string &path) const
{
    return m_inWords ? m_paths.describe(path) : fromStd(path);
}

QString IssueText::describe(const ScenarioError &error) const
{
    QString where = fromStd(error.file);
    if (error.line > 0) {
        if (!where.isEmpty())
            where += QLatin1Char(':');
        where += QStringLiteral("%1:%2").arg(error.line).arg(error.column);
    }
    QString text;
    if (!where.isEmpty())
        text = where + QStringLiteral(": ");
    if (!error.fieldPath.empty())
        text += place(error.fieldPath) + QStringLiteral(": ");
    return text + message(error.code);
}

QStringList IssueText::shortened(QStringList lines, int limit)
{
    if (limit < 0 || lines.size() <= limit + 1)
        return lines;
    const auto more = static_cast<int>(lines.size() - limit);
    lines.resize(limit);
    lines << tr("… and %n more problem(s)", "", more);
    return lines;
}

QStringList IssueText::describe(const std::vector<ScenarioError> &errors, int limit) const
{
    QStringList lines;
    for (const ScenarioError &error : errors)
        lines << describe(error);
    return shortened(lines, limit);
}

} // namespace lymph
