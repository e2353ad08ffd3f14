// Coded problems worded in every language: each scenario issue code and each engine problem
// has an English wording and a different one in Italian, German, Spanish and French (a code
// whose template a translator missed reads as English and fails), and every field of the
// scenario format is named in words, not as the file writes it.

#include "FieldPathText.h"
#include "IssueText.h"
#include "Language.h"
#include "SimulationErrorText.h"

#include "scenario/ScenarioIo.h"
#include "simulate/SimulationProblem.h"

#include <QtTest>

#include <string>
#include <utility>
#include <variant>
#include <vector>

using namespace lymph;

namespace {

// One default value of each alternative of `Variant`: a code added later is covered too.
template <typename Variant, std::size_t... I>
std::vector<Variant> everyAlternative(std::index_sequence<I...>)
{
    return {Variant(std::in_place_index<I>)...};
}

template <typename Variant>
std::vector<Variant> everyAlternative()
{
    return everyAlternative<Variant>(std::make_index_sequence<std::variant_size_v<Variant>>());
}

const QStringList kTranslations = {QStringLiteral("it"), QStringLiteral("de"),
                                   QStringLiteral("es"), QStringLiteral("fr")};

QStringList issueTexts()
{
    QStringList texts;
    for (const IssueCode &code : everyAlternative<IssueCode>())
        texts << IssueText::forWindow(nullptr).message(code);
    return texts;
}

QStringList simulationTexts()
{
    const SimulationErrorText words(IssueText::forWindow(nullptr));
    QStringList texts;
    for (const SimulationProblem &problem : everyAlternative<SimulationProblem>())
        texts << words.describe(problem);
    return texts;
}

// Every field of the format, as validation and the reader name them.
const char *const kFieldPaths[] = {
    "format", "version", "name", "description", "horizon_days", "patient",
    "patient.weight_kg", "patient.age_years", "patient.baseline_arr", "patient.ada_propensity",
    "patient.parameters", "treatments", "treatments[0]",
    "treatments[0].therapy", "treatments[0].infusions", "treatments[0].infusions[2]",
    "treatments[0].infusions[2].day", "treatments[0].infusions[2].mg", "treatments[1].start_day",
    "treatments[1].stop_day", "treatments[1].mg_per_day", "treatments[2].regimen",
    "treatments[2].day"};

} // namespace

class UiMessagesTest : public QObject {
    Q_OBJECT

private slots:
    void cleanup() { QVERIFY(setLanguage(QStringLiteral("en"))); }
    void everyIssueCodeIsWordedInEveryLanguage();
    void everyEngineProblemIsWordedInEveryLanguage();
    void everyFieldIsNamedInWords();
    void unknownPartsOfAPathAreQuotedAsWritten();
    void commandLineKeepsFieldPaths();
    void manyProblemsEndWithACount();
    void hugeAndTinyValuesReadAsPowersOfTen();
};

void UiMessagesTest::everyIssueCodeIsWordedInEveryLanguage()
{
    const auto codes = everyAlternative<IssueCode>();
    for (const IssueCode &code : codes)
        QVERIFY2(!englishText(code).empty(), qPrintable(QString::number(code.index())));
    QVERIFY(setLanguage(QStringLiteral("en")));
    const QStringList english = issueTexts();
    for (const QString &language : kTranslations) {
        QVERIFY(setLanguage(language));
        const QStringList translated = issueTexts();
        QCOMPARE(translated.size(), english.size());
        for (qsizetype i = 0; i < english.size(); ++i) {
            QVERIFY2(!english[i].isEmpty(), qPrintable(QString::number(i)));
            QVERIFY2(translated[i] != english[i],
                     qPrintable(QStringLiteral("%1, code %2 still reads: %3")
                                    .arg(language)
                                    .arg(i)
                                    .arg(translated[i])));
        }
    }
}

void UiMessagesTest::everyEngineProblemIsWordedInEveryLanguage()
{
    for (const SimulationProblem &problem : everyAlternative<SimulationProblem>())
        QVERIFY2(!englishText(problem).empty(), qPrintable(QString::number(problem.index())));
    QVERIFY(setLanguage(QStringLiteral("en")));
    const QStringList english = simulationTexts();
    for (const QString &language : kTranslations) {
        QVERIFY(setLanguage(language));
        const QStringList translated = simulationTexts();
        for (qsizetype i = 0; i < english.size(); ++i) {
            QVERIFY2(translated[i] != english[i],
                     qPrintable(QStringLiteral("%1, problem %2 still reads: %3")
                                    .arg(language)
                                    .arg(i)
                                    .arg(translated[i])));
        }
    }
}

void UiMessagesTest::everyFieldIsNamedInWords()
{
    Scenario scenario;
    scenario.treatments.resize(3);
    scenario.treatments[1].therapy = Therapy::Fingolimod;
    scenario.treatments[2].therapy = Therapy::Ahsct;
    for (const QString &language : QStringList{QStringLiteral("en")} + kTranslations) {
        QVERIFY(setLanguage(language));
        const FieldPathText paths(&scenario);
        for (const char *path : kFieldPaths) {
            const QString words = paths.describe(path);
            // Underscores, brackets and quotes would mean the path was shown as written.
            const bool inWords = !words.isEmpty() && !words.contains(QLatin1Char('[')) &&
                                 !words.contains(QLatin1Char('_')) && words[0].isUpper();
            QVERIFY2(inWords, qPrintable(language + QStringLiteral(": ") + path +
                                         QStringLiteral(" → ") + words));
        }
    }
    QVERIFY(setLanguage(QStringLiteral("en")));
    // A parameter's id is its name.
    QCOMPARE(FieldPathText(&scenario).describe("patient.parameters.thymic_output"),
             QStringLiteral("Patient, model parameter thymic_output"));
    QVERIFY(setLanguage(QStringLiteral("it")));
    QCOMPARE(FieldPathText(&scenario).describe("treatments[0].infusions[2].mg"),
             QStringLiteral("Alemtuzumab (giorno 0), infusione 3, dose")); // as the timeline shows it
    QCOMPARE(FieldPathText(nullptr).describe("treatments[1].stop_day"),
             QStringLiteral("Trattamento 2, giorno di sospensione"));
}

void UiMessagesTest::unknownPartsOfAPathAreQuotedAsWritten()
{
    QVERIFY(setLanguage(QStringLiteral("en")));
    const FieldPathText paths(nullptr);
    const QString unknownKey = paths.describe("patient.weigth_kg");
    QVERIFY2(unknownKey.startsWith(QLatin1String("Patient, ")) &&
                 unknownKey.contains(QLatin1String("weigth_kg")),
             qPrintable(unknownKey));
    QVERIFY(paths.describe("colour").contains(QLatin1String("colour")));
    // Nested too deep: whatever follows a known field stays as written.
    QVERIFY(paths.describe("name[0][0]").contains(QLatin1String("[0][0]")));
    QVERIFY(paths.describe("treatments[x").contains(QLatin1String("[x")));
}

void UiMessagesTest::commandLineKeepsFieldPaths()
{
    QVERIFY(setLanguage(QStringLiteral("it")));
    const ScenarioLoadResult result = parseScenario(
        R"({"format": "lymphoscope-scenario", "version": 1, "treatments": [
            {"therapy": "alemtuzumab", "infusions": [{"day": 0, "mg": -12}]}]})",
        "bad.json");
    QCOMPARE(result.errors.size(), std::size_t(1));
    const QString text = IssueText::forFile().describe(result.errors.front());
    const QRegularExpression shape(
        QStringLiteral("^bad\\.json:2:\\d+: treatments\\[0\\]\\.infusions\\[0\\]\\.mg: deve "));
    QVERIFY2(shape.match(text).hasMatch(), qPrintable(text));
    QVERIFY2(!text.contains(QLatin1String("must")), qPrintable(text));
}

// Values far out of range read as numbers, not as "1E+308".
void UiMessagesTest::hugeAndTinyValuesReadAsPowersOfTen()
{
    QVERIFY(setLanguage(QStringLiteral("en")));
    const ScenarioLoadResult result = parseScenario(
        R"({"format": "lymphoscope-scenario", "version": 2, "horizon_days": 730,
            "patient": {"weight_kg": 2.5e-7, "age_years": 5e-324}, "treatments": [
            {"therapy": "alemtuzumab", "infusions": [{"day": 0, "mg": 1.5e20}, {"day": 1, "mg": 70},
                {"day": 2, "mg": 99990000}, {"day": 3, "mg": 12345678}, {"day": 4, "mg": -1e308}]}]})",
        "big.json");
    const QString text = IssueText::forFile().describe(result.errors).join(QLatin1Char('\n'));
    for (const QString &expected :
         {QStringLiteral("got 2.5 × 10⁻⁷"), QStringLiteral("got 4.94 × 10⁻³²⁴"),
          QStringLiteral("got 1.5 × 10²⁰"), QStringLiteral("got 70"),
          QStringLiteral("got 1 × 10⁸"), QStringLiteral("got 1.23 × 10⁷"),
          QStringLiteral("got -1 × 10³⁰⁸")})
        QVERIFY2(text.contains(expected), qPrintable(expected + QStringLiteral(" in ") + text));
    QVERIFY2(!text.contains(QLatin1String("E+")) && !text.contains(QLatin1String("E-")) &&
                 !text.contains(QLatin1String("got inf")),
             qPrintable(text));
}

// A file with many bad doses: the first problems, then how many more (in the user's language).
void UiMessagesTest::manyProblemsEndWithACount()
{
    QVERIFY(setLanguage(QStringLiteral("en"))); // English plurals come from a translation
    std::string infusions;
    for (int i = 0; i < 30; ++i)
        infusions += (i ? "," : "") + std::string(R"({"day": )") + std::to_string(10 * i) +
                     R"(, "mg": -1})";
    const ScenarioLoadResult result =
        parseScenario(R"({"format": "lymphoscope-scenario", "version": 2, "horizon_days": 730,
            "treatments": [{"therapy": "alemtuzumab", "infusions": [)" +
                          infusions + "]}]}",
                      "bad.json");
    QCOMPARE(result.errors.size(), std::size_t(30));
    const IssueText words = IssueText::forWindow(nullptr);
    QCOMPARE(words.describe(result.errors).size(), 30);
    QCOMPARE(words.describe(result.errors, 30).size(), 30);
    const QStringList shown = words.describe(result.errors, 12);
    QCOMPARE(shown.size(), 13);
    QCOMPARE(shown.last(), QStringLiteral("… and 18 more problems"));
    QCOMPARE(shown[11], words.describe(result.errors[11]));
    QVERIFY(setLanguage(QStringLiteral("de")));
    QVERIFY2(!words.describe(result.errors, 12).last().contains(QLatin1String("more")),
             qPrintable(words.describe(result.errors, 12).last()));
}

QTEST_MAIN(UiMessagesTest)
#include "tst_ui_messages.moc"
