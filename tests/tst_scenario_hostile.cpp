// Hostile scenario files: what a file received by e-mail may contain. Nothing may crash, hang
// or be half-read; each is refused with one clear message at the right place. The seed corpus
// of the fuzzer (fuzz/corpus/, written by fuzz/make-corpus.py) is read here too, so every
// seed, and every crash the fuzzer ever finds (added there), stays a regression test.

#include "scenario/ScenarioIo.h"
#include "simulate/Simulator.h"

#include <QtTest>

#include <cmath>
#include <filesystem>
#include <fstream>
#include <set>
#include <string>

using namespace lymph;
namespace fs = std::filesystem;

namespace {

const fs::path kCorpus = fs::path(LYMPH_SOURCE_DIR) / "fuzz" / "corpus";
const std::string kHead = R"({"format": "lymphoscope-scenario", "version": 1, )";

std::string readBytes(const fs::path &path)
{
    std::string bytes(fs::file_size(path), '\0');
    std::ifstream in(path, std::ios::binary);
    in.read(bytes.data(), static_cast<std::streamsize>(bytes.size()));
    return bytes;
}

std::string allErrors(const ScenarioLoadResult &result)
{
    std::string text;
    for (const ScenarioError &error : result.errors)
        text += error.toString() + "\n";
    return text.empty() ? "(no errors)" : text;
}

bool contains(const std::string &text, std::string_view part)
{
    return text.find(part) != std::string::npos;
}

const ScenarioError *errorAt(const ScenarioLoadResult &result, std::string_view path)
{
    for (const ScenarioError &error : result.errors) {
        if (error.fieldPath == path)
            return &error;
    }
    return nullptr;
}

std::string rituximabInfusions(int count)
{
    std::string text = kHead + R"("horizon_days": 21915, "treatments": [{"therapy": "rituximab", "infusions": [)";
    for (int i = 0; i < count; ++i)
        text += (i ? "," : "") + std::string(R"({"day": )") + std::to_string(i * 2) + R"(, "mg": 100})";
    return text + "]}]}\n";
}

} // namespace

// One expected error: at `path` (empty: a syntax or file error), its message containing `part`.
#define EXPECT_ERROR(result, path, part)                                                           \
    do {                                                                                           \
        const ScenarioError *found_ = errorAt((result), (path));                                   \
        QVERIFY2(found_ != nullptr,                                                                \
                 ("no error at \"" + std::string(path) + "\" in:\n" + allErrors(result)).c_str()); \
        QVERIFY2(contains(found_->message(), (part)), found_->toString().c_str());                 \
    } while (false)

class TestScenarioHostile : public QObject {
    Q_OBJECT

private slots:
    void hundredMegabyteFileIsRefusedBySizeBeforeReading()
    {
        QTemporaryDir dir;
        QVERIFY(dir.isValid());
        const std::string path = dir.filePath("huge.lymphoscope.json").toStdString();
        {
            // A file that starts like a real scenario, so only its size can be wrong.
            std::ofstream out(path, std::ios::binary);
            out << kHead << "\"description\": \"";
            const std::string chunk(1 << 20, 'x');
            for (int i = 0; i < 100; ++i)
                out.write(chunk.data(), static_cast<std::streamsize>(chunk.size()));
            out << "\"}\n";
            QVERIFY(out.good());
        }
        const std::uintmax_t size = fs::file_size(path);
        QVERIFY(size > 100u * 1024 * 1024);
        QElapsedTimer timer;
        timer.start();
        const ScenarioLoadResult result = loadScenarioFile(path);
        const qint64 ms = timer.elapsed();
        QVERIFY(!result.ok());
        QCOMPARE(result.errors.size(), std::size_t(1));
        const ScenarioError &error = result.errors.front();
        // The exact byte count comes from the size check; a refusal after reading would only
        // say "more than the limit".
        const std::string expected = "cannot read '" + path + "': the file is too large: " +
                                     std::to_string(size) +
                                     " bytes (100 MiB); the limit is 1048576 bytes (1 MiB)";
        QCOMPARE(error.message(), expected);
        const auto *unreadable = std::get_if<issue::FileUnreadable>(&error.code);
        QVERIFY(unreadable != nullptr);
        QCOMPARE(unreadable->problem.code, FileProblem::Code::TooLarge);
        QCOMPARE(unreadable->problem.path, path);
        QCOMPARE(unreadable->problem.bytes, size);
        QCOMPARE(error.file, std::string()); // the code names the file
        QCOMPARE(error.line, 0);
        QCOMPARE(error.fieldPath, std::string());
        // Generous: a stat() takes microseconds; reading and parsing 100 MB would take seconds
        // under the sanitizers.
        QVERIFY2(ms < 2000, qPrintable(QString::number(ms) + " ms"));
    }

    void fileJustOverTheLimitIsRefusedAndOneAtTheLimitIsRead()
    {
        QTemporaryDir dir;
        QVERIFY(dir.isValid());
        const std::string valid = kHead + "\"name\": \"padded\"}";
        const std::string atLimit = valid + std::string(kMaxScenarioFileBytes - valid.size(), ' ');
        const std::string path = dir.filePath("a.json").toStdString();
        std::ofstream(path, std::ios::binary) << atLimit;
        QCOMPARE(fs::file_size(path), kMaxScenarioFileBytes);
        const ScenarioLoadResult read = loadScenarioFile(path);
        QVERIFY2(read.ok(), allErrors(read).c_str());
        QCOMPARE(read.scenario->name, std::string("padded"));

        std::ofstream(path, std::ios::binary) << atLimit << ' ';
        const ScenarioLoadResult refused = loadScenarioFile(path);
        QVERIFY(!refused.ok());
        QVERIFY2(contains(refused.errors.front().message(),
                          "the file is too large: 1048577 bytes (1 MiB); the limit is 1048576"),
                 allErrors(refused).c_str());
    }

    void hundredMegabyteTextIsRefusedBeforeParsing()
    {
        std::string text = kHead + "\"description\": \"" + std::string(100 << 20, 'x') + "\"}";
        const ScenarioLoadResult result = parseScenario(text, "pasted");
        QCOMPARE(result.errors.size(), std::size_t(1));
        QVERIFY2(contains(result.errors.front().message(), "the text is too large: 104857"),
                 allErrors(result).c_str());
        QVERIFY(contains(result.errors.front().message(), "the limit is 1048576 bytes (1 MiB)"));
    }

    void nanAndInfinityStringsAreNotNumbers()
    {
        const ScenarioLoadResult result = parseScenario(readBytes(kCorpus / "nan-strings.json"));
        QVERIFY(!result.ok());
        EXPECT_ERROR(result, "horizon_days", "expected a number, got the string \"NaN\"");
        EXPECT_ERROR(result, "patient.weight_kg", "expected a number, got the string \"Infinity\"");
        EXPECT_ERROR(result, "patient.age_years", "expected a number, got the string \"-Infinity\"");
        EXPECT_ERROR(result, "patient.baseline_arr", "expected a number, got the string \"nan\"");
        EXPECT_ERROR(result, "patient.ada_propensity", "expected a number, got the string \"1e999\"");

        const ScenarioLoadResult inInfusion =
            parseScenario(readBytes(kCorpus / "nan-string-infusion.json"));
        EXPECT_ERROR(inInfusion, "treatments[0].infusions[0].day", "got the string \"NaN\"");
        EXPECT_ERROR(inInfusion, "treatments[0].infusions[0].mg", "got the string \"Infinity\"");
    }

    void nanAndInfinityLiteralsAreSyntaxErrors()
    {
        for (const char *file : {"nan-literal.json", "infinity-literal.json"}) {
            const ScenarioLoadResult result = parseScenario(readBytes(kCorpus / file), file);
            QCOMPARE(result.errors.size(), std::size_t(1));
            const ScenarioError &error = result.errors.front();
            QVERIFY2(contains(error.message(), "JSON has no NaN or Infinity"), error.toString().c_str());
            QCOMPARE(error.line, 1);
            QVERIFY(error.column > 1);
        }
    }

    void hugeNumbersAreNamed()
    {
        const ScenarioLoadResult overflow = parseScenario(kHead + "\"horizon_days\": 1e400}");
        EXPECT_ERROR(overflow, "horizon_days", "1e400 is not a finite number (too large for a double)");
        const ScenarioLoadResult negative = parseScenario(readBytes(kCorpus / "huge-negative.json"));
        EXPECT_ERROR(negative, "patient.weight_kg", "-1e400 is not a finite number");
        const ScenarioLoadResult bigInteger = parseScenario(readBytes(kCorpus / "huge-uint64.json"));
        EXPECT_ERROR(bigInteger, "horizon_days", "at most 21915 days (60 years), got 1844674407370955");
        const ScenarioLoadResult bigDose = parseScenario(readBytes(kCorpus / "huge-mg.json"));
        EXPECT_ERROR(bigDose, "treatments[0].infusions[0].mg",
                     "at most 2000 mg per rituximab infusion, got 1e+308");
        const ScenarioLoadResult farDay = parseScenario(readBytes(kCorpus / "huge-day.json"));
        EXPECT_ERROR(farDay, "treatments[0].infusions[0].day", "got 1e+300");
    }

    void futureVersionIsTheOnlyProblemReported()
    {
        // The rest of a newer file may be anything: only the version is reported.
        const ScenarioLoadResult result = parseScenario(readBytes(kCorpus / "future-version.json"), "new.json");
        QCOMPARE(result.errors.size(), std::size_t(1));
        QCOMPARE(result.errors.front().toString(),
                 std::string("new.json:1:47: version: written by a newer version of Lymphoscope "
                             "(version 3); this program reads version 2"));
        const ScenarioLoadResult huge = parseScenario(readBytes(kCorpus / "huge-version.json"));
        EXPECT_ERROR(huge, "version", "written by a newer version of Lymphoscope");
        const ScenarioLoadResult fraction = parseScenario(readBytes(kCorpus / "version-fraction.json"));
        EXPECT_ERROR(fraction, "version", "unsupported version 1.5; this program reads version 2");
    }

    void invalidUtf8IsASyntaxErrorAtItsByte()
    {
        for (const char *file : {"invalid-utf8-ff.json", "invalid-utf8-overlong.json",
                                 "invalid-utf8-surrogate.json", "invalid-utf8-truncated.json",
                                 "invalid-utf8-key.json"}) {
            const ScenarioLoadResult result = parseScenario(readBytes(kCorpus / file), file);
            QCOMPARE(result.errors.size(), std::size_t(1));
            const ScenarioError &error = result.errors.front();
            QVERIFY2(contains(error.message(), "invalid UTF-8 byte in a string (save the file as UTF-8)"),
                     error.toString().c_str());
            QCOMPARE(error.line, 1);
            QVERIFY2(error.column > 40, error.toString().c_str()); // at the string, not at 1:1
        }
    }

    void tenThousandInfusionsAreRefusedNamingTheField()
    {
        const ScenarioLoadResult result = parseScenario(rituximabInfusions(10000), "many.json");
        QVERIFY(!result.ok());
        QCOMPARE(result.errors.size(), std::size_t(1)); // not 9,000 messages
        EXPECT_ERROR(result, "treatments[0].infusions",
                     "at most 1000 infusions per treatment are allowed, got 10000");
        QCOMPARE(result.errors.front().line, 1);

        const ScenarioLoadResult limit = parseScenario(rituximabInfusions(1000));
        QVERIFY2(limit.ok(), allErrors(limit).c_str());
        QCOMPARE(limit.scenario->treatments.front().infusions.size(), std::size_t(1000));

        // The same scenario built in memory (the window) is refused by the engine too.
        Scenario scenario = *limit.scenario;
        for (int i = 1000; i < 10000; ++i)
            scenario.treatments.front().infusions.push_back({i * 2.0, 100.0});
        try {
            simulate(scenario);
            QFAIL("10,000 infusions were simulated");
        } catch (const SimulationError &e) {
            QVERIFY2(contains(e.what(), "treatments[0].infusions: at most 1000 infusions"), e.what());
        }
    }

    void deepNestingIsRefusedWithoutRecursion()
    {
        // As deep as the size limit allows: 524,288 arrays, then the same in objects.
        const std::size_t depth = kMaxScenarioFileBytes / 2;
        const std::string arrays = std::string(depth, '[') + std::string(depth, ']');
        QCOMPARE(arrays.size(), kMaxScenarioFileBytes);
        const ScenarioLoadResult result = parseScenario(arrays, "deep.json");
        QCOMPARE(result.errors.size(), std::size_t(1));
        QVERIFY2(contains(result.errors.front().message(),
                          "nested deeper than 16 levels; a scenario needs at most 5"),
                 allErrors(result).c_str());
        QCOMPARE(result.errors.front().line, 1);
        QCOMPARE(result.errors.front().column, 17);

        std::string objects;
        for (int i = 0; i < 100000; ++i)
            objects += "{\"a\":";
        objects += "1" + std::string(100000, '}');
        const ScenarioLoadResult deepObjects = parseScenario(objects);
        QCOMPARE(deepObjects.errors.size(), std::size_t(1));
        QVERIFY2(contains(deepObjects.errors.front().message(), "nested deeper than 16 levels"),
                 allErrors(deepObjects).c_str());
        QVERIFY(contains(deepObjects.errors.front().fieldPath, "a.a.a"));

        // Unclosed: the file ends inside the nesting.
        const ScenarioLoadResult unclosed = parseScenario(readBytes(kCorpus / "nested-unclosed.json"));
        QCOMPARE(unclosed.errors.size(), std::size_t(1));
        QVERIFY(contains(unclosed.errors.front().message(), "nested deeper than 16 levels"));
    }

    void duplicateKeysAreNamed()
    {
        const ScenarioLoadResult patient = parseScenario(readBytes(kCorpus / "duplicate-patient-key.json"));
        EXPECT_ERROR(patient, "patient.weight_kg", "duplicate key: it appears more than once");
        const ScenarioLoadResult nested = parseScenario(readBytes(kCorpus / "duplicate-infusion-key.json"));
        EXPECT_ERROR(nested, "treatments[0].therapy", "duplicate key");
        EXPECT_ERROR(nested, "treatments[0].infusions[0].day", "duplicate key");
        const ScenarioLoadResult version = parseScenario(readBytes(kCorpus / "duplicate-version.json"));
        EXPECT_ERROR(version, "version", "duplicate key");
        QVERIFY(!version.ok());
    }

    void truncatedFilesAreSyntaxErrors()
    {
        const std::string whole = readBytes(fs::path(LYMPH_SOURCE_DIR) / "resources" / "examples" /
                                            "alemtuzumab-then-ahsct.lymphoscope.json");
        QVERIFY(parseScenario(whole).ok());
        // Cut after every byte up to the end: never accepted, always one located syntax error.
        for (std::size_t cut = 1; cut < whole.size() - 2; cut += 7) {
            const ScenarioLoadResult result = parseScenario(std::string_view(whole).substr(0, cut));
            QVERIFY2(!result.ok(), qPrintable(QString::number(cut)));
            QCOMPARE(result.errors.size(), std::size_t(1));
            QVERIFY2(contains(result.errors.front().message(), "syntax error"),
                     result.errors.front().toString().c_str());
            QVERIFY(result.errors.front().line >= 1);
        }
    }

    void wrongTypesAreNamed()
    {
        const ScenarioLoadResult nulls = parseScenario(readBytes(kCorpus / "types-null.json"));
        EXPECT_ERROR(nulls, "name", "expected a string in quotes, got null");
        EXPECT_ERROR(nulls, "horizon_days", "expected a number, got null");
        EXPECT_ERROR(nulls, "patient", "expected an object {...}, got null");
        EXPECT_ERROR(nulls, "treatments", "expected an array [...], got null");
        const ScenarioLoadResult treatments = parseScenario(readBytes(kCorpus / "types-treatment.json"));
        QVERIFY(!treatments.ok());
        QVERIFY2(treatments.errors.size() >= 10, allErrors(treatments).c_str());
        EXPECT_ERROR(treatments, "treatments[0]", "expected an object");
    }

    // Every seed of the fuzzer: valid ones load and simulate, broken ones are refused with
    // located, non-empty messages; nothing crashes (this suite also runs under ASan + UBSan).
    void everyFuzzSeedIsHandled()
    {
        const std::set<std::string> valid = {
            "min-valid.json", "all-therapies.json", "bom.json", "tiny-horizon.json",
            "max-horizon.json", "infusions-1000.json", "negative-zero.json", "escaped-nul.json",
            "measurements.json"};
        int seeds = 0, accepted = 0;
        for (const fs::directory_entry &entry : fs::directory_iterator(kCorpus)) {
            const std::string name = entry.path().filename().string();
            const bool shouldLoad = valid.count(name) || name.starts_with("example-") ||
                                    name.starts_with("parameters-m");
            const ScenarioLoadResult result = parseScenario(readBytes(entry.path()), name);
            ++seeds;
            QVERIFY2(result.ok() == shouldLoad, (name + ":\n" + allErrors(result)).c_str());
            QVERIFY(result.ok() == result.errors.empty());
            for (const ScenarioError &error : result.errors) {
                QVERIFY2(!error.message().empty(), name.c_str());
                QCOMPARE(error.file, name);
                // Located, or (an empty text) a problem of the text as a whole.
                const bool located = error.line >= 1 && error.column >= 1;
                const bool whole = error.line == 0 && error.column == 0 && error.fieldPath.empty();
                QVERIFY2(located || whole, error.toString().c_str());
            }
            if (!result.ok())
                continue;
            ++accepted;
            Scenario shortened = *result.scenario;
            if (shortened.horizonDays > 400 && shortened.treatments.empty())
                shortened.horizonDays = 400;
            try {
                const Results r = simulate(shortened);
                for (std::size_t c = 0; c < r.table.names().size(); ++c) {
                    for (double v : r.table.columns()[c])
                        QVERIFY2(std::isfinite(v) && v >= 0.0, (name + ": " + r.table.names()[c]).c_str());
                }
            } catch (const SimulationError &e) {
                // Extreme but documented parameter overrides may have no steady state.
                QVERIFY2(name.starts_with("parameters-") &&
                             std::holds_alternative<failure::NoSteadyState>(e.problem()),
                         (name + ": " + e.what()).c_str());
            }
        }
        QVERIFY2(seeds >= 90, qPrintable(QString::number(seeds)));
        QVERIFY2(accepted >= 20, qPrintable(QString::number(accepted)));
    }
};

QTEST_GUILESS_MAIN(TestScenarioHostile)
#include "tst_scenario_hostile.moc"
