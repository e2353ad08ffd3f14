// Every class of scenario error: where it is reported (line, column, field path) and what it
// says. Loading, saving and the built-in examples are in tst_scenario_io.cpp.

#include "model/ParameterTable.h"
#include "scenario/ScenarioIo.h"

#include <QtTest>

#include <cmath>
#include <string>

using namespace lymph;

namespace {

ScenarioLoadResult parse(std::string_view text)
{
    return parseScenario(text, "t.json");
}

std::string allErrors(const std::vector<ScenarioError> &errors)
{
    std::string text;
    for (const ScenarioError &error : errors)
        text += error.toString() + "\n";
    return text;
}

const ScenarioError *errorAt(const std::vector<ScenarioError> &errors, std::string_view path)
{
    for (const ScenarioError &error : errors) {
        if (error.fieldPath == path)
            return &error;
    }
    return nullptr;
}

bool contains(const std::string &text, std::string_view part)
{
    return text.find(part) != std::string::npos;
}

// The treatments array starts on line 5, one entry per line of `entries`.
std::string withTreatments(const std::string &entries, const std::string &extra = {})
{
    return "{\n  \"format\": \"lymphoscope-scenario\",\n  \"version\": 1,\n" + extra +
           "  \"treatments\": [\n" + entries + "\n  ]\n}\n";
}

std::string withTopLevel(const std::string &members)
{
    return "{\n  \"format\": \"lymphoscope-scenario\",\n  \"version\": 1,\n" + members + "\n}\n";
}

} // namespace

// Checks one expected error and prints every error when it is not there.
#define EXPECT_ERROR(result, path, messagePart)                                                    \
    do {                                                                                           \
        const ScenarioError *found_ = errorAt((result).errors, path);                              \
        QVERIFY2(                                                                                  \
            found_ != nullptr,                                                                     \
            ("no error at " + std::string(path) + " in:\n" + allErrors((result).errors)).c_str()); \
        QVERIFY2(contains(found_->message(), messagePart), found_->toString().c_str());            \
    } while (false)

class TestScenarioErrors : public QObject {
    Q_OBJECT

private slots:
    void errorToString();
    void missingCommaPointsAtItsLine();
    void trailingCommaAndUnterminatedText();
    void emptyTextAndTopLevelArray();
    void commonJsonSlips();
    void nanLiteralIsASyntaxError();
    void invalidUtf8IsLocated();
    void hugeNumberIsNotFinite();
    void deepNestingIsRefused();
    void duplicateKeyIsNamed();
    void unknownKeysAreNamedWithAllowedOnes();
    void keyOfAnotherTherapyShape();
    void wrongFormatStopsReading();
    void futureVersionStopsReading();
    void otherVersions();
    void missingRequiredKeys();
    void missingValueGivesOneError();
    void wrongTypes();
    void nanLikeStrings_data();
    void nanLikeStrings();
    void negativeDose();
    void doseAboveDrugMaximum();
    void unknownTherapy();
    void horizonOverSixtyYears();
    void daysAgainstTheHorizon();
    void overlappingInfusions();
    void fingolimodPeriods();
    void ahsctConditioningAndSpacing();
    void collectsAllErrorsInFileOrder();
    void parameterOverrides();
    void validateInMemoryScenario();
    void countsAndTextLengths();
};

void TestScenarioErrors::errorToString()
{
    const IssueCode code = issue::NoInfusions{};
    QCOMPARE((ScenarioError{"f.json", 3, 5, "", code}).toString(),
             std::string("f.json:3:5: needs at least one infusion"));
    QCOMPARE((ScenarioError{"f.json", 0, 0, "a.b", code}).toString(),
             std::string("f.json: a.b: needs at least one infusion"));
    QCOMPARE((ScenarioError{"f.json", 2, 1, "a", code}).toString(),
             std::string("f.json:2:1: a: needs at least one infusion"));
    QCOMPARE((ScenarioError{"", 0, 0, "a", code}).toString(),
             std::string("a: needs at least one infusion"));
}

void TestScenarioErrors::missingCommaPointsAtItsLine()
{
    const auto result = parse("{\n  \"format\": \"lymphoscope-scenario\",\n  \"version\": 1\n"
                              "  \"name\": \"x\"\n}\n");
    QVERIFY(!result.ok());
    QCOMPARE(result.errors.size(), std::size_t(1));
    const ScenarioError &error = result.errors[0];
    QCOMPARE(error.file, std::string("t.json"));
    QCOMPARE(error.line, 3);
    QCOMPARE(error.column, 15); // just after the 1
    QCOMPARE(error.fieldPath, std::string());
    QCOMPARE(error.toString(),
             std::string("t.json:3:15: syntax error: expected ',' or '}', found string literal"));
}

void TestScenarioErrors::trailingCommaAndUnterminatedText()
{
    const auto trailing = parse("{\"format\": \"lymphoscope-scenario\",}");
    QCOMPARE(trailing.errors.size(), std::size_t(1));
    QCOMPARE(trailing.errors[0].column, 35); // just after the comma
    QVERIFY(contains(trailing.errors[0].message(), "expected a key in double quotes, found '}'"));

    const auto cut = parse("{\n  \"format\": \"lymphoscope-scenario\",\n  \"version\": 1\n");
    QCOMPARE(cut.errors.size(), std::size_t(1));
    QCOMPARE(cut.errors[0].line, 3);
    QVERIFY(contains(cut.errors[0].message(), "end of input"));
}

void TestScenarioErrors::emptyTextAndTopLevelArray()
{
    const auto empty = parse(" \n ");
    QVERIFY(!empty.ok());
    QVERIFY(contains(empty.errors[0].message(), "empty"));

    const auto array = parse("[1, 2]");
    QCOMPARE(array.errors.size(), std::size_t(1));
    QVERIFY(contains(array.errors[0].message(), "expected an object"));
}

void TestScenarioErrors::commonJsonSlips()
{
    const auto comment = parse("{\"format\": \"lymphoscope-scenario\", // why\n\"version\": 1}");
    QCOMPARE(comment.errors.size(), std::size_t(1));
    QCOMPARE(comment.errors[0].column, 36);
    QCOMPARE(comment.errors[0].message(),
             std::string("syntax error: comments are not allowed in JSON"));

    const auto quotes = parse("{'format': 'lymphoscope-scenario'}");
    QCOMPARE(quotes.errors[0].column, 2);
    QVERIFY(contains(quotes.errors[0].message(), "double quotes, not single quotes"));

    const auto bom = parse("\xEF\xBB\xBF{\"format\": \"lymphoscope-scenario\", \"version\": 1,}");
    QCOMPARE(bom.errors.size(), std::size_t(1));
    QCOMPARE(bom.errors[0].column, 49); // the invisible byte order mark takes no column

    const auto crlf =
        parse("{\r\n\"format\": \"lymphoscope-scenario\",\r\n\"version\": 1\r\n\"x\": 1}");
    QCOMPARE(crlf.errors[0].line, 3);
    QCOMPARE(crlf.errors[0].column, 13);
}

void TestScenarioErrors::nanLiteralIsASyntaxError()
{
    const auto result = parse(withTopLevel("  \"horizon_days\": NaN"));
    QCOMPARE(result.errors.size(), std::size_t(1));
    QCOMPARE(result.errors[0].line, 4);
    QCOMPARE(result.errors[0].column, 19);
    QVERIFY(contains(result.errors[0].message(), "'NaN'"));
    QVERIFY(contains(result.errors[0].message(), "no NaN or Infinity"));
}

void TestScenarioErrors::invalidUtf8IsLocated()
{
    const auto result = parse(withTopLevel("  \"name\": \"ab\xff\""));
    QCOMPARE(result.errors.size(), std::size_t(1));
    QCOMPARE(result.errors[0].line, 4);
    QCOMPARE(result.errors[0].column, 14);
    QVERIFY(contains(result.errors[0].message(), "UTF-8"));

    // Columns count characters, not bytes: "é" is one column.
    const auto after = parse("{\"name\": \"é\", \"x\" 1}");
    QCOMPARE(after.errors.size(), std::size_t(1));
    QCOMPARE(after.errors[0].column, 18);
}

void TestScenarioErrors::hugeNumberIsNotFinite()
{
    const auto top = parse(withTopLevel("  \"horizon_days\": 1e400"));
    QCOMPARE(top.errors.size(), std::size_t(1));
    QCOMPARE(top.errors[0].fieldPath, std::string("horizon_days"));
    QCOMPARE(top.errors[0].line, 4);
    QCOMPARE(top.errors[0].column, 19);
    QVERIFY(contains(top.errors[0].message(), "1e400 is not a finite number"));

    const auto nested = parse(withTreatments(
        "    {\"therapy\": \"alemtuzumab\", \"infusions\": [{\"day\": 0, \"mg\": 12}, "
        "{\"day\": 1, \"mg\": -1e999}]}"));
    QCOMPARE(nested.errors.size(), std::size_t(1));
    QCOMPARE(nested.errors[0].fieldPath, std::string("treatments[0].infusions[1].mg"));
    QCOMPARE(nested.errors[0].line, 5);
}

void TestScenarioErrors::deepNestingIsRefused()
{
    const std::string prefix = "{\"format\": \"lymphoscope-scenario\", \"version\": 1, \"name\": ";
    const auto deep = parse(prefix + std::string(1000, '[') + std::string(1000, ']') + "}");
    QCOMPARE(deep.errors.size(), std::size_t(1));
    QVERIFY(contains(deep.errors[0].message(), "nested deeper than 16 levels"));
    QCOMPARE(deep.errors[0].line, 1);
    // The 16th '[' opens the 17th container.
    QCOMPARE(deep.errors[0].column, int(prefix.size()) + 16);
    std::string path = "name";
    for (int i = 0; i < 15; ++i)
        path += "[0]";
    QCOMPARE(deep.errors[0].fieldPath, path);

    // Unclosed and far deeper: refused at the limit, never built.
    const auto abusive = parse(std::string(500000, '['));
    QCOMPARE(abusive.errors.size(), std::size_t(1));
    QVERIFY(contains(abusive.errors[0].message(), "nested deeper"));

    const auto objects = parse(prefix + "0, \"x\": " + [] {
        std::string text;
        for (int i = 0; i < 1000; ++i)
            text += "{\"a\": ";
        return text + "1" + std::string(1000, '}');
    }() + "}");
    QCOMPARE(objects.errors.size(), std::size_t(1));
    QVERIFY(contains(objects.errors[0].message(), "nested deeper"));
    QVERIFY(objects.errors[0].fieldPath.rfind("x.a.a.a", 0) == 0);
}

void TestScenarioErrors::duplicateKeyIsNamed()
{
    const auto result =
        parse(withTopLevel("  \"patient\": {\"weight_kg\": 70, \"weight_kg\": 80}"));
    QCOMPARE(result.errors.size(), std::size_t(1));
    QCOMPARE(result.errors[0].fieldPath, std::string("patient.weight_kg"));
    QCOMPARE(result.errors[0].line, 4);
    QCOMPARE(result.errors[0].column, 45); // the second value
    QVERIFY(contains(result.errors[0].message(), "duplicate key"));

    const auto nested = parse(withTreatments("    {\"therapy\": \"alemtuzumab\", \"infusions\": "
                                             "[{\"day\": 0, \"mg\": 12, \"mg\": 12}]}"));
    EXPECT_ERROR(nested, "treatments[0].infusions[0].mg", "duplicate key");
}

void TestScenarioErrors::unknownKeysAreNamedWithAllowedOnes()
{
    const auto result = parse(withTopLevel("  \"colour\": \"blue\",\n"
                                           "  \"patient\": {\"weigth_kg\": 70}"));
    QCOMPARE(result.errors.size(), std::size_t(2));
    QCOMPARE(result.errors[0].fieldPath, std::string("colour"));
    QCOMPARE(result.errors[0].line, 4);
    QCOMPARE(result.errors[0].message(),
             std::string("unknown key \"colour\"; allowed keys: format, version, name, "
                         "description, horizon_days, patient, treatments"));
    QCOMPARE(result.errors[1].fieldPath, std::string("patient.weigth_kg"));
    QCOMPARE(result.errors[1].line, 5);
    QVERIFY(contains(result.errors[1].message(), "(did you mean \"weight_kg\"?)"));
    QVERIFY(contains(result.errors[1].message(), "allowed keys: weight_kg, age_years, "
                                               "baseline_arr, ada_propensity, parameters"));
}

void TestScenarioErrors::keyOfAnotherTherapyShape()
{
    const auto result = parse(withTreatments(
        "    {\"therapy\": \"alemtuzumab\", \"infusions\": [{\"day\": 0, \"mg\": 12}], "
        "\"start_day\": 3},\n"
        "    {\"therapy\": \"ahsct\", \"regimen\": \"BEAM-ATG\", \"day\": 100, \"mg\": 5}"));
    QCOMPARE(result.errors.size(), std::size_t(2));
    EXPECT_ERROR(result, "treatments[0].start_day",
                 "unknown key \"start_day\" for alemtuzumab; allowed keys: therapy, infusions");
    EXPECT_ERROR(result, "treatments[1].mg", "unknown key \"mg\" for ahsct");
}

void TestScenarioErrors::wrongFormatStopsReading()
{
    const auto result = parse("{\"format\": \"other-program\", \"version\": 1, \"foo\": 1}");
    QCOMPARE(result.errors.size(), std::size_t(1));
    QCOMPARE(result.errors[0].fieldPath, std::string("format"));
    QVERIFY(contains(result.errors[0].message(), "not a Lymphoscope scenario"));
}

void TestScenarioErrors::futureVersionStopsReading()
{
    const auto result = parse("{\"format\": \"lymphoscope-scenario\", \"version\": 3,\n"
                              " \"new_feature\": {\"x\": 1}}");
    QCOMPARE(result.errors.size(), std::size_t(1));
    QCOMPARE(result.errors[0].fieldPath, std::string("version"));
    QCOMPARE(result.errors[0].message(),
             std::string("written by a newer version of Lymphoscope (version 3); this program "
                         "reads version 2"));
    QCOMPARE(result.errors[0].line, 1);
    QCOMPARE(result.errors[0].column, 47);
}

void TestScenarioErrors::otherVersions()
{
    const auto zero = parse("{\"format\": \"lymphoscope-scenario\", \"version\": 0}");
    QCOMPARE(zero.errors.size(), std::size_t(1));
    QCOMPARE(zero.errors[0].message(),
             std::string("unsupported version 0; this program reads version 2"));
    const auto fraction = parse("{\"format\": \"lymphoscope-scenario\", \"version\": 1.5}");
    QVERIFY(contains(fraction.errors[0].message(), "unsupported version 1.5"));
    QVERIFY(parse("{\"format\": \"lymphoscope-scenario\", \"version\": 1.0}").ok());
    QVERIFY(parse("{\"format\": \"lymphoscope-scenario\", \"version\": 2}").ok());
    // A version-1 file (before measurements and patient.individual) has neither key.
    const auto oldWithNewKey = parse("{\"format\": \"lymphoscope-scenario\", \"version\": 1, "
                                     "\"measurements\": []}");
    EXPECT_ERROR(oldWithNewKey, "measurements", "unknown key");
    const auto text = parse("{\"format\": \"lymphoscope-scenario\", \"version\": \"1\"}");
    EXPECT_ERROR(text, "version", "expected a number, got the string \"1\"");
}

void TestScenarioErrors::missingRequiredKeys()
{
    const auto result = parse("{\"version\": 1, \"treatments\": [{\"infusions\": []}, "
                              "{\"therapy\": \"fingolimod\"}, {\"therapy\": \"ahsct\"}]}");
    EXPECT_ERROR(result, "format", "missing required key \"format\"");
    EXPECT_ERROR(result, "treatments[0].therapy", "missing required key \"therapy\"");
    EXPECT_ERROR(result, "treatments[1].start_day", "missing required key \"start_day\"");
    EXPECT_ERROR(result, "treatments[1].stop_day", "missing required key \"stop_day\"");
    EXPECT_ERROR(result, "treatments[2].regimen", "missing required key \"regimen\"");
    EXPECT_ERROR(result, "treatments[2].day", "missing required key \"day\"");
    QCOMPARE(result.errors.size(), std::size_t(6));
    // A missing key is shown where its object starts.
    QCOMPARE(errorAt(result.errors, "format")->column, 1);
    QCOMPARE(errorAt(result.errors, "treatments[1].start_day")->column, 50);
}

void TestScenarioErrors::missingValueGivesOneError()
{
    // The stand-in for the missing dose must not also be reported as "not more than 0".
    const auto result = parse(withTreatments("    {\"therapy\": \"rituximab\", \"infusions\": "
                                             "[{\"day\": 0}, {\"mg\": \"x\", \"day\": 5}]}"));
    QCOMPARE(result.errors.size(), std::size_t(2));
    EXPECT_ERROR(result, "treatments[0].infusions[0].mg", "missing required key \"mg\"");
    EXPECT_ERROR(result, "treatments[0].infusions[1].mg", "expected a number");
}

void TestScenarioErrors::wrongTypes()
{
    const auto result = parse(withTopLevel("  \"horizon_days\": \"2190\",\n"
                                           "  \"name\": 7,\n"
                                           "  \"patient\": [],\n"
                                           "  \"treatments\": {}"));
    QCOMPARE(result.errors.size(), std::size_t(4));
    EXPECT_ERROR(result, "horizon_days", "expected a number, got the string \"2190\"");
    EXPECT_ERROR(result, "name", "expected a string in quotes, got 7");
    EXPECT_ERROR(result, "patient", "expected an object {...}, got an array");
    EXPECT_ERROR(result, "treatments", "expected an array [...], got an object");

    const auto entry = parse(withTreatments("    \"alemtuzumab\",\n    {\"therapy\": true}"));
    EXPECT_ERROR(entry, "treatments[0]", "expected an object {...}, got the string");
    EXPECT_ERROR(entry, "treatments[1].therapy", "expected a string in quotes, got true");
}

void TestScenarioErrors::nanLikeStrings_data()
{
    QTest::addColumn<QString>("value");
    for (const char *text : {"NaN", "nan", "Infinity", "-Infinity", "1e400", "12 mg", ""})
        QTest::newRow(text) << QString(text);
}

void TestScenarioErrors::nanLikeStrings()
{
    QFETCH(QString, value);
    const auto result = parse(withTreatments(
        "    {\"therapy\": \"alemtuzumab\", \"infusions\": [{\"day\": 0, \"mg\": \"" +
        value.toStdString() + "\"}]}"));
    QCOMPARE(result.errors.size(), std::size_t(1));
    QCOMPARE(result.errors[0].fieldPath, std::string("treatments[0].infusions[0].mg"));
    QCOMPARE(result.errors[0].message(),
             "expected a number, got the string \"" + value.toStdString() + "\"");
}

void TestScenarioErrors::negativeDose()
{
    const auto result = parse(withTreatments("    {\"therapy\": \"ocrelizumab\", \"infusions\": [\n"
                                             "      {\"day\": 0, \"mg\": 300},\n"
                                             "      {\"day\": 14, \"mg\": -300}\n"
                                             "    ]}"));
    QCOMPARE(result.errors.size(), std::size_t(1));
    const ScenarioError &error = result.errors[0];
    QCOMPARE(error.fieldPath, std::string("treatments[0].infusions[1].mg"));
    QCOMPARE(error.line, 7);
    QCOMPARE(error.column, 25);
    QCOMPARE(error.message(), std::string("must be more than 0 and at most 2000 mg per ocrelizumab "
                                        "infusion, got -300"));
}

void TestScenarioErrors::doseAboveDrugMaximum()
{
    const auto result = parse(withTreatments(
        "    {\"therapy\": \"alemtuzumab\", \"infusions\": [{\"day\": 0, \"mg\": 120}]},\n"
        "    {\"therapy\": \"rituximab\", \"infusions\": [{\"day\": 0, \"mg\": 2000}]}"));
    QCOMPARE(result.errors.size(), std::size_t(1));
    EXPECT_ERROR(result, "treatments[0].infusions[0].mg", "at most 60 mg per alemtuzumab");
}

void TestScenarioErrors::unknownTherapy()
{
    const auto result = parse(withTreatments(
        "    {\"therapy\": \"alemtuzumb\", \"infusions\": [{\"day\": 0, \"mg\": -1}], \"x\": 1},\n"
        "    {\"therapy\": \"aspirin\"}"));
    QCOMPARE(result.errors.size(), std::size_t(2));
    EXPECT_ERROR(result, "treatments[0].therapy",
                 "unknown therapy \"alemtuzumb\" (did you mean \"alemtuzumab\"?); known therapies: "
                 "alemtuzumab, ocrelizumab, rituximab, fingolimod, ahsct");
    EXPECT_ERROR(result, "treatments[1].therapy", "unknown therapy \"aspirin\"; known therapies");
}

void TestScenarioErrors::horizonOverSixtyYears()
{
    const auto result = parse(withTopLevel("  \"horizon_days\": 21916"));
    QCOMPARE(result.errors.size(), std::size_t(1));
    QCOMPARE(result.errors[0].fieldPath, std::string("horizon_days"));
    QCOMPARE(result.errors[0].message(),
             std::string("must be more than 0 and at most 21915 days (60 years), got 21916"));
    QVERIFY(parse(withTopLevel("  \"horizon_days\": 21915")).ok());
    const auto zero = parse(withTopLevel("  \"horizon_days\": 0"));
    EXPECT_ERROR(zero, "horizon_days", "more than 0");
}

void TestScenarioErrors::daysAgainstTheHorizon()
{
    const auto result = parse(withTreatments(
        "    {\"therapy\": \"rituximab\", \"infusions\": [{\"day\": 150, \"mg\": 1000}, "
        "{\"day\": -1, \"mg\": 1000}]},\n"
        "    {\"therapy\": \"fingolimod\", \"start_day\": 10, \"stop_day\": 5000}",
        "  \"horizon_days\": 100,\n"));
    QCOMPARE(result.errors.size(), std::size_t(2));
    EXPECT_ERROR(result, "treatments[0].infusions[0].day",
                 "must be within the horizon (day 100), got 150");
    EXPECT_ERROR(result, "treatments[0].infusions[1].day", "must be 0 or later");

    // A broken horizon is reported once, not again on every day compared with it.
    const auto broken = parse(withTreatments(
        "    {\"therapy\": \"rituximab\", \"infusions\": [{\"day\": 3000, \"mg\": 1000}]}",
        "  \"horizon_days\": \"long\",\n"));
    QCOMPARE(broken.errors.size(), std::size_t(1));
    EXPECT_ERROR(broken, "horizon_days", "expected a number");
}

void TestScenarioErrors::overlappingInfusions()
{
    const auto result = parse(withTreatments(
        "    {\"therapy\": \"alemtuzumab\", \"infusions\": [{\"day\": 0, \"mg\": 12}, "
        "{\"day\": 1, \"mg\": 12}, {\"day\": 2, \"mg\": 12}, {\"day\": 3, \"mg\": 12}]},\n"
        "    {\"therapy\": \"alemtuzumab\", \"infusions\": [{\"day\": 3.5, \"mg\": 12}]},\n"
        "    {\"therapy\": \"rituximab\", \"infusions\": [{\"day\": 3, \"mg\": 1000}]}"));
    QCOMPARE(result.errors.size(), std::size_t(1));
    QCOMPARE(result.errors[0].fieldPath, std::string("treatments[1].infusions[0]"));
    QCOMPARE(result.errors[0].message(),
             std::string("overlapping infusions of alemtuzumab on day 3: "
                         "treatments[0].infusions[3] and treatments[1].infusions[0]"));
    QCOMPARE(result.errors[0].line, 6);

    const auto sameEntry = parse(withTreatments(
        "    {\"therapy\": \"ocrelizumab\", \"infusions\": [{\"day\": 10.2, \"mg\": 300}, "
        "{\"day\": 10.9, \"mg\": 300}]}"));
    EXPECT_ERROR(sameEntry, "treatments[0].infusions[1]", "on day 10");
}

void TestScenarioErrors::fingolimodPeriods()
{
    const auto result = parse(
        withTreatments("    {\"therapy\": \"fingolimod\", \"start_day\": 0, \"stop_day\": 100},\n"
                       "    {\"therapy\": \"fingolimod\", \"start_day\": 100, \"stop_day\": 200},\n"
                       "    {\"therapy\": \"fingolimod\", \"start_day\": 150, \"stop_day\": 300, "
                       "\"mg_per_day\": 0},\n"
                       "    {\"therapy\": \"fingolimod\", \"start_day\": 400, \"stop_day\": 400}"));
    QCOMPARE(result.errors.size(), std::size_t(3));
    EXPECT_ERROR(result, "treatments[2]",
                 "overlapping fingolimod periods: treatments[1] (days 100 to 200) and "
                 "treatments[2] (days 150 to 300)");
    EXPECT_ERROR(result, "treatments[2].mg_per_day",
                 "must be more than 0 and at most 5 mg per day");
    EXPECT_ERROR(result, "treatments[3].stop_day", "must be after the first day (400), got 400");
}

void TestScenarioErrors::ahsctConditioningAndSpacing()
{
    const auto early = parse(
        withTreatments("    {\"therapy\": \"ahsct\", \"regimen\": \"BEAM-ATG\", \"day\": 5},\n"
                       "    {\"therapy\": \"ahsct\", \"regimen\": \"Cy-ATG\", \"day\": 500},\n"
                       "    {\"therapy\": \"ahsct\", \"regimen\": \"Cy-ATG\", \"day\": 540},\n"
                       "    {\"therapy\": \"ahsct\", \"regimen\": \"BEAM\", \"day\": 1000}"));
    QCOMPARE(early.errors.size(), std::size_t(3));
    EXPECT_ERROR(early, "treatments[0].day",
                 "the BEAM-ATG reinfusion must be on day 6 or later, so that conditioning "
                 "(days -6 to -1 before it) falls inside the scenario; got 5");
    EXPECT_ERROR(early, "treatments[2].day",
                 "two aHSCTs less than 60 days apart: treatments[1] (day 500) and "
                 "treatments[2] (day 540)");
    EXPECT_ERROR(early, "treatments[3].regimen",
                 "unknown regimen \"BEAM\"; known regimens: BEAM-ATG, Cy-ATG");

    QVERIFY(
        parse(withTreatments("    {\"therapy\": \"ahsct\", \"regimen\": \"Cy-ATG\", \"day\": 5}"))
            .ok());
}

void TestScenarioErrors::collectsAllErrorsInFileOrder()
{
    const auto result = parse(withTreatments(
        "    {\"therapy\": \"fingolimod\", \"start_day\": -5, \"stop_day\": 10},\n"
        "    {\"therapy\": \"alemtuzumab\", \"infusions\": []},\n"
        "    {\"therapy\": \"ahsct\", \"regimen\": \"Cy-ATG\", \"day\": 3}",
        "  \"horizon_days\": 1000,\n  \"patient\": {\"weight_kg\": 500, \"age_years\": 5},\n"));
    QCOMPARE(result.errors.size(), std::size_t(5));
    const char *expected[] = {"patient.weight_kg", "patient.age_years", "treatments[0].start_day",
                              "treatments[1].infusions", "treatments[2].day"};
    for (std::size_t i = 0; i < 5; ++i)
        QCOMPARE(result.errors[i].fieldPath, std::string(expected[i]));
    for (std::size_t i = 1; i < 5; ++i)
        QVERIFY(result.errors[i - 1].line <= result.errors[i].line);
    QVERIFY(contains(result.errors[0].message(), "must be between 30 and 250 kg, got 500"));
    QVERIFY(contains(result.errors[3].message(), "needs at least one infusion"));
}

void TestScenarioErrors::parameterOverrides()
{
    const Parameter &first = ParameterTable::defaults().entries().front();
    const std::string block = "  \"patient\": {\"parameters\": {\"" + first.id +
                              "\": " + std::to_string(first.min) + "}},\n";
    const auto ok = parse(withTreatments("", block));
    QVERIFY(ok.ok());
    QCOMPARE(ok.scenario->patient.parameters.at(first.id), first.min);

    const double outside = first.max * 2 + 1;
    const auto bad = parse(withTreatments("", "  \"patient\": {\"parameters\": {\"" + first.id +
                                                  "\": " + std::to_string(outside) +
                                                  ", \"no_such_parameter\": 1, \"x\": \"1\"}},\n"));
    QCOMPARE(bad.errors.size(), std::size_t(3));
    const ScenarioError *outOfRange = errorAt(bad.errors, "patient.parameters." + first.id);
    QVERIFY(outOfRange != nullptr);
    const auto *range = std::get_if<issue::ParameterOutOfRange>(&outOfRange->code);
    QVERIFY2(range != nullptr, outOfRange->toString().c_str());
    QCOMPARE(range->min, first.min);
    QCOMPARE(range->max, first.max);
    QCOMPARE(range->value, outside);
    QVERIFY(contains(outOfRange->message(), "must be between"));
    EXPECT_ERROR(bad, "patient.parameters.no_such_parameter",
                 "unknown parameter 'no_such_parameter'");
    // A near miss names the parameter that was probably meant.
    const std::string typo = first.id.substr(0, first.id.size() - 1);
    const auto misspelt = parse(withTreatments(
        "", "  \"patient\": {\"parameters\": {\"" + typo + "\": 1}},\n"));
    EXPECT_ERROR(misspelt, "patient.parameters." + typo, "(did you mean '" + first.id + "'?)");
    EXPECT_ERROR(bad, "patient.parameters.x", "expected a number");
}

void TestScenarioErrors::validateInMemoryScenario()
{
    Scenario s;
    s.name = "in memory";
    s.horizonDays = 100.0;
    s.patient.weightKg = 10.0;
    Treatment alemtuzumab;
    alemtuzumab.infusions = {{std::nan(""), 12.0}, {2.0, 12.0}, {2.5, 12.0}};
    Treatment empty;
    empty.therapy = Therapy::Rituximab;
    s.treatments = {alemtuzumab, empty};

    const auto errors = validateScenario(s);
    QCOMPARE(errors.size(), std::size_t(4));
    for (const ScenarioError &error : errors) {
        QCOMPARE(error.line, 0);
        QCOMPARE(error.file, std::string());
    }
    const ScenarioLoadResult asResult{std::nullopt, errors};
    EXPECT_ERROR(asResult, "patient.weight_kg", "must be between 30 and 250 kg, got 10");
    EXPECT_ERROR(asResult, "treatments[0].infusions[0].day", "must be a finite number");
    EXPECT_ERROR(asResult, "treatments[0].infusions[2]", "overlapping infusions of alemtuzumab");
    EXPECT_ERROR(asResult, "treatments[1].infusions", "needs at least one infusion");

    // The same rules as the reader: what it accepts, validate accepts.
    s.patient.weightKg = 70.0;
    s.treatments = {alemtuzumab};
    s.treatments[0].infusions = {{0.0, 12.0}};
    QVERIFY(validateScenario(s).empty());
}

void TestScenarioErrors::countsAndTextLengths()
{
    Scenario s;
    s.name = std::string(201, 'n');
    s.description = "bad \xC3 UTF-8";
    Treatment one;
    one.therapy = Therapy::Ahsct;
    one.day = 10.0;
    for (int i = 0; i < 201; ++i) {
        one.day = 10.0 + 100.0 * i;
        s.treatments.push_back(one);
    }
    s.horizonDays = kMaxHorizonDays;
    Treatment many;
    many.infusions.assign(1001, Infusion{});
    for (std::size_t i = 0; i < many.infusions.size(); ++i)
        many.infusions[i] = {double(i), 12.0};
    s.treatments.push_back(many);

    const ScenarioLoadResult result{std::nullopt, validateScenario(s)};
    QCOMPARE(result.errors.size(), std::size_t(4));
    EXPECT_ERROR(result, "name", "must be at most 200 characters long, got 201");
    EXPECT_ERROR(result, "description", "must be valid UTF-8 text");
    EXPECT_ERROR(result, "treatments", "at most 200 treatments are allowed, got 202");
    EXPECT_ERROR(result, "treatments[201].infusions",
                 "at most 1000 infusions per treatment are allowed, got 1001");

    // 200 characters of two bytes each are 200 characters.
    s = Scenario{};
    s.name.clear();
    for (int i = 0; i < 200; ++i)
        s.name += "é";
    QVERIFY(validateScenario(s).empty());
}

QTEST_APPLESS_MAIN(TestScenarioErrors)
#include "tst_scenario_errors.moc"
