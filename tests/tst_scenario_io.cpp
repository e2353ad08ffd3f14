// Scenario files: built-in examples, canonical output, loading, limits and atomic saves.
// Error classes and their messages are in tst_scenario_errors.cpp.

#include "files/FileWriter.h"
#include "model/ParameterTable.h"
#include "scenario/ExampleLibrary.h"
#include "scenario/ScenarioIo.h"

#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QTemporaryDir>
#include <QtTest>

#include <cmath>
#include <sstream>
#include <string>

#ifdef Q_OS_UNIX
#include <csignal>
#include <sys/resource.h>
#include <unistd.h>
#endif

using namespace lymph;

namespace {

// The first field in which two scenarios differ, or an empty string. Doubles must be equal
// bit for bit (apart from the sign of zero), which is what "round-trips exactly" means.
class ScenarioDiff {
public:
    std::string between(const Scenario &a, const Scenario &b)
    {
        text("name", a.name, b.name);
        text("description", a.description, b.description);
        number("horizon_days", a.horizonDays, b.horizonDays);
        number("patient.weight_kg", a.patient.weightKg, b.patient.weightKg);
        number("patient.age_years", a.patient.ageYears, b.patient.ageYears);
        number("patient.baseline_arr", a.patient.baselineArr, b.patient.baselineArr);
        number("patient.ada_propensity", a.patient.adaPropensity, b.patient.adaPropensity);
        if (a.patient.parameters != b.patient.parameters)
            note("patient.parameters");
        if (a.treatments.size() != b.treatments.size())
            return note("treatments (count)");
        for (std::size_t i = 0; i < a.treatments.size(); ++i)
            treatment("treatments[" + std::to_string(i) + "]", a.treatments[i], b.treatments[i]);
        return m_first;
    }

private:
    void treatment(const std::string &path, const Treatment &a, const Treatment &b)
    {
        if (a.therapy != b.therapy)
            note(path + ".therapy");
        if (a.infusions.size() != b.infusions.size())
            note(path + ".infusions (count)");
        for (std::size_t i = 0; i < std::min(a.infusions.size(), b.infusions.size()); ++i) {
            const std::string at = path + ".infusions[" + std::to_string(i) + "]";
            number(at + ".day", a.infusions[i].day, b.infusions[i].day);
            number(at + ".mg", a.infusions[i].mg, b.infusions[i].mg);
        }
        number(path + ".start_day", a.startDay, b.startDay);
        number(path + ".stop_day", a.stopDay, b.stopDay);
        number(path + ".mg_per_day", a.mgPerDay, b.mgPerDay);
        if (a.regimen != b.regimen)
            note(path + ".regimen");
        number(path + ".day", a.day, b.day);
    }
    void text(const std::string &path, const std::string &a, const std::string &b)
    {
        if (a != b)
            note(path + ": \"" + a + "\" vs \"" + b + "\"");
    }
    void number(const std::string &path, double a, double b)
    {
        if (a != b) {
            std::ostringstream out;
            out.precision(17);
            out << path << ": " << a << " vs " << b;
            note(out.str());
        }
    }
    std::string note(const std::string &what)
    {
        if (m_first.empty())
            m_first = what;
        return m_first;
    }
    std::string m_first;
};

std::string allErrors(const ScenarioLoadResult &result)
{
    std::string text;
    for (const ScenarioError &error : result.errors)
        text += error.toString() + "\n";
    return text;
}

Scenario parsedOrFail(std::string_view json)
{
    const ScenarioLoadResult result = parseScenario(json, "test.json");
    if (!result.ok())
        qWarning("%s", allErrors(result).c_str());
    return result.scenario.value_or(Scenario{});
}

std::string readAll(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return {};
    return file.readAll().toStdString();
}

bool writeAll(const QString &path, const std::string &text)
{
    QFile file(path);
    return file.open(QIODevice::WriteOnly) &&
           file.write(text.data(), qint64(text.size())) == qint64(text.size());
}

Scenario awkwardNumbersScenario()
{
    Scenario s;
    s.name = "Numbers that need all their digits: ×, \"quotes\", \\ and é";
    s.description = "Line one\nline two\ttabbed";
    s.horizonDays = 1000.0 / 3.0 + 2000.0;
    s.patient.weightKg = 70.1;
    s.patient.ageYears = 33.333333333333336;
    s.patient.baselineArr = 0.1 + 0.2;
    s.patient.adaPropensity = 1e-300;
    s.patient.parameters[ParameterTable::defaults().entries().front().id] =
        ParameterTable::defaults().entries().front().value;
    Treatment alemtuzumab;
    alemtuzumab.infusions = {{0.0, 12.0}, {1.0 + 1.0 / 3.0, 11.999999999999998}, {2.5, 1e-9}};
    Treatment fingolimod;
    fingolimod.therapy = Therapy::Fingolimod;
    fingolimod.startDay = 100.125;
    fingolimod.stopDay = 1e9;
    fingolimod.mgPerDay = 0.25;
    Treatment ahsct;
    ahsct.therapy = Therapy::Ahsct;
    ahsct.regimen = AhsctRegimen::CyAtg;
    ahsct.day = 5.0;
    s.treatments = {alemtuzumab, fingolimod, ahsct};
    return s;
}

constexpr const char *kMinimal = R"({"format": "lymphoscope-scenario", "version": 1})";

} // namespace

class TestScenarioIo : public QObject {
    Q_OBJECT

private slots:
    void builtInExamplesAreListed();
    void exampleRoundTrip_data();
    void exampleRoundTrip();
    void examplesExplainThemselves();
    void doublesRoundTripExactly();
    void missingOptionalKeysTakeDefaults();
    void canonicalOutputOmitsEmptyFields();
    void canonicalOutputKeepsDocumentedKeyOrder();
    void loadScenarioByExampleName();
    void loadScenarioFromFile();
    void missingFileIsReported();
    void oversizedFileIsRefusedBeforeReading();
    void oversizedTextIsRefused();
    void largeArraysParseInLinearTime();
    void saveThenLoadGivesEqualScenario();
    void saveIntoMissingDirectoryFails();
    void saveKeepsOldFileWhenWritingFails();
    void saveKeepsOldFileInReadOnlyDirectory();
    void saveRefusesScenarioThatWouldNotLoad();
    void writerReplacesOnlyItsOwnKind_data();
    void writerReplacesOnlyItsOwnKind();
};

void TestScenarioIo::builtInExamplesAreListed()
{
    const std::vector<std::string> names = exampleNames();
    for (const char *expected :
         {"alemtuzumab-then-ahsct", "alemtuzumab-then-ocrelizumab", "alemtuzumab-weekend-gap",
          "ahsct-relapse-then-alemtuzumab", "anti-cd20-before-third-course", "strong-ada-responder",
          "fingolimod-short-washout-then-alemtuzumab"}) {
        QVERIFY2(std::find(names.begin(), names.end(), expected) != names.end(), expected);
    }
    QVERIFY(exampleJson(kDefaultExampleName) != nullptr);
    QVERIFY(exampleJson("no-such-example") == nullptr);
}

void TestScenarioIo::exampleRoundTrip_data()
{
    QTest::addColumn<QString>("name");
    for (const std::string &name : exampleNames())
        QTest::newRow(name.c_str()) << QString::fromStdString(name);
}

void TestScenarioIo::exampleRoundTrip()
{
    QFETCH(QString, name);
    const char *text = exampleJson(name.toStdString());
    QVERIFY(text != nullptr);

    const ScenarioLoadResult first = parseScenario(text, name.toStdString());
    QVERIFY2(first.ok(), allErrors(first).c_str());
    QVERIFY2(validateScenario(*first.scenario).empty(), "example fails validation");

    const std::string canonical = scenarioToJson(*first.scenario);
    const ScenarioLoadResult second = parseScenario(canonical, "canonical");
    QVERIFY2(second.ok(), allErrors(second).c_str());
    const std::string difference = ScenarioDiff().between(*first.scenario, *second.scenario);
    QVERIFY2(difference.empty(), difference.c_str());
    QCOMPARE(scenarioToJson(*second.scenario), canonical);
    // The shipped files are themselves canonical, so a save of an unchanged example is a no-op.
    QCOMPARE(std::string(text), canonical);
}

void TestScenarioIo::examplesExplainThemselves()
{
    for (const std::string &name : exampleNames()) {
        const Scenario s = parsedOrFail(exampleJson(name));
        QVERIFY2(!s.name.empty() && s.name != "Untitled scenario", name.c_str());
        QVERIFY2(s.description.size() > 100, name.c_str());
    }
    const Scenario hypothesis = parsedOrFail(exampleJson("anti-cd20-before-third-course"));
    QVERIFY(hypothesis.description.find("HYPOTHESIS") != std::string::npos);
    QVERIFY(hypothesis.description.find("not established practice") != std::string::npos);
    const Scenario byDefault = parsedOrFail(exampleJson(kDefaultExampleName));
    QVERIFY(byDefault.description.find("Boffa") != std::string::npos);
    QCOMPARE(byDefault.patient.baselineArr, 1.5);
    QCOMPARE(byDefault.treatments.back().therapy, Therapy::Ahsct);
    QCOMPARE(byDefault.treatments.back().day, 900.0);
}

void TestScenarioIo::doublesRoundTripExactly()
{
    const Scenario original = awkwardNumbersScenario();
    QVERIFY(validateScenario(original).empty());
    const std::string text = scenarioToJson(original);
    const Scenario reread = parsedOrFail(text);
    const std::string difference = ScenarioDiff().between(original, reread);
    QVERIFY2(difference.empty(), difference.c_str());
    QCOMPARE(scenarioToJson(reread), text);
    // Whole numbers are written as integers, not 12.0.
    QVERIFY(text.find("\"mg\": 12}") != std::string::npos);
}

void TestScenarioIo::missingOptionalKeysTakeDefaults()
{
    const Scenario s = parsedOrFail(kMinimal);
    QCOMPARE(s.name, std::string("Untitled scenario"));
    QCOMPARE(s.description, std::string());
    QCOMPARE(s.horizonDays, 2190.0);
    QCOMPARE(s.patient.weightKg, 70.0);
    QCOMPARE(s.patient.ageYears, 32.0);
    QCOMPARE(s.patient.baselineArr, 0.75);
    QCOMPARE(s.patient.adaPropensity, 1.0);
    QVERIFY(s.patient.parameters.empty());
    QVERIFY(s.treatments.empty());

    const Scenario f = parsedOrFail(R"({"format": "lymphoscope-scenario", "version": 1,
        "treatments": [{"therapy": "fingolimod", "start_day": 0, "stop_day": 10}]})");
    QCOMPARE(f.treatments.size(), std::size_t(1));
    QCOMPARE(f.treatments[0].mgPerDay, 0.5);
}

void TestScenarioIo::canonicalOutputOmitsEmptyFields()
{
    Scenario s = parsedOrFail(kMinimal);
    std::string text = scenarioToJson(s);
    QVERIFY(text.find("\"description\"") == std::string::npos);
    QVERIFY(text.find("\"parameters\"") == std::string::npos);
    QVERIFY(text.find("\"treatments\": []") != std::string::npos);

    s.description = "why this scenario exists";
    s.patient.parameters[ParameterTable::defaults().entries().front().id] =
        ParameterTable::defaults().entries().front().value;
    text = scenarioToJson(s);
    QVERIFY(text.find("\"description\": \"why this scenario exists\"") != std::string::npos);
    QVERIFY(text.find("\"parameters\": {") != std::string::npos);
}

void TestScenarioIo::canonicalOutputKeepsDocumentedKeyOrder()
{
    Scenario s = awkwardNumbersScenario();
    const std::string text = scenarioToJson(s);
    std::size_t previous = 0;
    for (const char *key :
         {"\"format\"",       "\"version\"",        "\"name\"",       "\"description\"",
          "\"horizon_days\"", "\"patient\"",        "\"weight_kg\"",  "\"age_years\"",
          "\"baseline_arr\"", "\"ada_propensity\"", "\"parameters\"", "\"treatments\"",
          "\"therapy\"",      "\"infusions\"",      "\"day\"",        "\"mg\"",
          "\"start_day\"",    "\"stop_day\"",       "\"mg_per_day\"", "\"regimen\""}) {
        const std::size_t at = text.find(key, previous);
        QVERIFY2(at != std::string::npos, key);
        previous = at;
    }
    QVERIFY(text.rfind("{\n  \"format\": \"lymphoscope-scenario\",\n  \"version\": 2,\n", 0) == 0);
    QVERIFY(text.back() == '\n');
}

void TestScenarioIo::loadScenarioByExampleName()
{
    const ScenarioLoadResult byName = loadScenario(kDefaultExampleName);
    QVERIFY2(byName.ok(), allErrors(byName).c_str());
    const Scenario direct = parsedOrFail(exampleJson(kDefaultExampleName));
    QCOMPARE(ScenarioDiff().between(*byName.scenario, direct), std::string());

    // A name that is no example is taken as a path.
    const ScenarioLoadResult unknown = loadScenario("alemtuzumab-then-ahsct-typo");
    QVERIFY(!unknown.ok());
    QCOMPARE(unknown.errors.front().file, std::string("alemtuzumab-then-ahsct-typo"));
}

void TestScenarioIo::loadScenarioFromFile()
{
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const QString path = dir.filePath("mine.lymphoscope.json");
    QVERIFY(writeAll(path, exampleJson("strong-ada-responder")));
    const ScenarioLoadResult result = loadScenario(path.toStdString());
    QVERIFY2(result.ok(), allErrors(result).c_str());
    QCOMPARE(result.scenario->patient.adaPropensity, 3.0);

    QVERIFY(writeAll(path, "{\n  \"format\": \"lymphoscope-scenario\",\n  \"version\": 1,\n"
                           "  \"horizon_days\": -1\n}\n"));
    const ScenarioLoadResult bad = loadScenarioFile(path.toStdString());
    QVERIFY(!bad.ok());
    QCOMPARE(bad.errors.size(), std::size_t(1));
    QCOMPARE(bad.errors[0].file, path.toStdString());
    QCOMPARE(bad.errors[0].line, 4);
    QCOMPARE(bad.errors[0].column, 19);
    QCOMPARE(bad.errors[0].fieldPath, std::string("horizon_days"));
    QVERIFY(bad.errors[0].toString().rfind(path.toStdString() + ":4:19: horizon_days: ", 0) == 0);
}

void TestScenarioIo::missingFileIsReported()
{
    QTemporaryDir dir;
    const std::string path = dir.filePath("absent.lymphoscope.json").toStdString();
    const ScenarioLoadResult missing = loadScenarioFile(path);
    QVERIFY(!missing.ok());
    QCOMPARE(missing.errors.size(), std::size_t(1));
    QCOMPARE(missing.errors[0].file, std::string()); // the code names the file
    QCOMPARE(missing.errors[0].message(), "cannot open '" + path + "': no such file");
    const auto *unreadable = std::get_if<issue::FileUnreadable>(&missing.errors[0].code);
    QVERIFY(unreadable != nullptr);
    QCOMPARE(unreadable->problem.code, FileProblem::Code::NotFound);
    QCOMPARE(unreadable->problem.path, path);

    const ScenarioLoadResult directory = loadScenarioFile(dir.path().toStdString());
    QVERIFY(!directory.ok());
    QVERIFY(directory.errors[0].message().find("folder") != std::string::npos);
    // A bare word is most likely a mistyped example name: the message lists the examples.
    const ScenarioLoadResult typo = loadScenario("alemtuzumab-then-ahsc");
    QVERIFY(!typo.ok());
    QVERIFY2(typo.errors[0].message().find("no built-in example has this name") != std::string::npos &&
                 typo.errors[0].message().find(kDefaultExampleName) != std::string::npos,
             typo.errors[0].message().c_str());
    // A path keeps the plain file message.
    QCOMPARE(loadScenario(path).errors[0].message(), "cannot open '" + path + "': no such file");
}

void TestScenarioIo::oversizedFileIsRefusedBeforeReading()
{
    QTemporaryDir dir;
    const QString path = dir.filePath("huge.lymphoscope.json");
    {
        QFile file(path);
        QVERIFY(file.open(QIODevice::WriteOnly));
        QVERIFY(file.resize(2 * 1024 * 1024)); // sparse: only the size matters
    }
    QElapsedTimer timer;
    timer.start();
    const ScenarioLoadResult result = loadScenarioFile(path.toStdString());
    QVERIFY(timer.elapsed() < 1000);
    QVERIFY(!result.ok());
    QCOMPARE(result.errors.size(), std::size_t(1));
    const std::string &message = result.errors[0].message();
    QVERIFY2(message.find("2097152 bytes") != std::string::npos, message.c_str());
    QVERIFY2(message.find("1048576 bytes") != std::string::npos, message.c_str());
}

void TestScenarioIo::oversizedTextIsRefused()
{
    const std::string text(kMaxScenarioFileBytes + 1, ' ');
    const ScenarioLoadResult result = parseScenario(text, "pasted");
    QVERIFY(!result.ok());
    QVERIFY(result.errors[0].message().find("too large") != std::string::npos);
}

// nlohmann's callback parser rescans the parent after every object (15 s for this text);
// the reader must stay linear so that a bad 1 MB file is still reported at once.
void TestScenarioIo::largeArraysParseInLinearTime()
{
    std::string text =
        "{\"format\": \"lymphoscope-scenario\", \"version\": 1, \"description\": [{}";
    while (text.size() < kMaxScenarioFileBytes / 2)
        text += ",{}";
    text += "]}";
    QElapsedTimer timer;
    timer.start();
    const ScenarioLoadResult result = parseScenario(text, "big");
    QVERIFY2(timer.elapsed() < 5000, std::to_string(timer.elapsed()).c_str());
    QCOMPARE(result.errors.size(), std::size_t(1));
    QCOMPARE(result.errors[0].fieldPath, std::string("description"));
}

void TestScenarioIo::saveThenLoadGivesEqualScenario()
{
    QTemporaryDir dir;
    const std::string path = dir.filePath("saved.lymphoscope.json").toStdString();
    const Scenario original = awkwardNumbersScenario();
    const auto error = saveScenarioFile(path, original);
    QVERIFY2(!error, error ? error->toString().c_str() : "");
    const ScenarioLoadResult reread = loadScenarioFile(path);
    QVERIFY2(reread.ok(), allErrors(reread).c_str());
    QCOMPARE(ScenarioDiff().between(original, *reread.scenario), std::string());
    QCOMPARE(readAll(QString::fromStdString(path)), scenarioToJson(original));

    // Saving again over an existing file replaces it.
    Scenario changed = original;
    changed.name = "changed";
    QVERIFY(!saveScenarioFile(path, changed));
    QCOMPARE(loadScenarioFile(path).scenario->name, std::string("changed"));
}

void TestScenarioIo::saveIntoMissingDirectoryFails()
{
    QTemporaryDir dir;
    const QString path = dir.filePath("no/such/dir/x.lymphoscope.json");
    const auto error = saveScenarioFile(path.toStdString(), parsedOrFail(kMinimal));
    QVERIFY(error.has_value());
    QVERIFY2(error->toString().find(path.toStdString()) != std::string::npos,
             error->toString().c_str());
    QCOMPARE(error->file.code, FileProblem::Code::FolderMissing);
    QVERIFY(!QFile::exists(path));
    QCOMPARE(QDir(dir.path()).entryList(QDir::AllEntries | QDir::NoDotAndDotDot).size(), 0);
}

// A write that fails half way (here: the file-size limit, which binds even root) must leave
// the previous file as it was and no temporary file behind.
void TestScenarioIo::saveKeepsOldFileWhenWritingFails()
{
#ifdef Q_OS_UNIX
    QTemporaryDir dir;
    const QString path = dir.filePath("kept.lymphoscope.json");
    const std::string old = "old contents\n";
    QVERIFY(writeAll(path, old));

    const Scenario big = parsedOrFail(exampleJson("alemtuzumab-then-ocrelizumab"));
    rlimit saved{};
    QVERIFY(getrlimit(RLIMIT_FSIZE, &saved) == 0);
    const auto previousHandler = std::signal(SIGXFSZ, SIG_IGN);
    rlimit small = saved;
    small.rlim_cur = 256;
    QVERIFY(setrlimit(RLIMIT_FSIZE, &small) == 0);
    const auto error = saveScenarioFile(path.toStdString(), big);
    setrlimit(RLIMIT_FSIZE, &saved);
    std::signal(SIGXFSZ, previousHandler);

    QVERIFY(error.has_value());
    QCOMPARE(readAll(path), old);
    QCOMPARE(QDir(dir.path()).entryList(QDir::Files | QDir::Hidden).size(), 1);
#else
    QSKIP("needs setrlimit");
#endif
}

void TestScenarioIo::saveKeepsOldFileInReadOnlyDirectory()
{
#ifdef Q_OS_UNIX
    QTemporaryDir dir;
    const QString sub = dir.filePath("locked");
    QVERIFY(QDir().mkdir(sub));
    const QString path = sub + "/kept.lymphoscope.json";
    const std::string old = exampleJson("alemtuzumab-weekend-gap");
    QVERIFY(writeAll(path, old));
    QVERIFY(QFile::setPermissions(sub, QFile::ReadOwner | QFile::ExeOwner));
    const bool permissionsBind = ::access(sub.toLocal8Bit().constData(), W_OK) != 0;
    const auto error = saveScenarioFile(path.toStdString(), parsedOrFail(kMinimal));
    QFile::setPermissions(sub, QFile::ReadOwner | QFile::WriteOwner | QFile::ExeOwner);
    if (!permissionsBind)
        QSKIP("running with privileges that ignore directory permissions");
    QVERIFY(error.has_value());
    QCOMPARE(readAll(path), old);
#else
    QSKIP("needs POSIX permissions");
#endif
}

void TestScenarioIo::saveRefusesScenarioThatWouldNotLoad()
{
    QTemporaryDir dir;
    const QString path = dir.filePath("kept.lymphoscope.json");
    const std::string old = exampleJson("alemtuzumab-weekend-gap");
    QVERIFY(writeAll(path, old));
    Scenario invalid = parsedOrFail(kMinimal);
    invalid.horizonDays = std::nan("");
    const auto error = saveScenarioFile(path.toStdString(), invalid);
    QVERIFY(error.has_value());
    QVERIFY2(error->toString().find("horizon_days") != std::string::npos,
             error->toString().c_str());
    QCOMPARE(error->problems.size(), std::size_t(1));
    QVERIFY(std::holds_alternative<issue::NotFinite>(error->problems.front().code));
    QCOMPARE(readAll(path), old);
}

// The writer's own check, made just before the write: a file that appeared or changed while a
// long run went on is kept, whatever the run checked at its start.
void TestScenarioIo::writerReplacesOnlyItsOwnKind_data()
{
    QTest::addColumn<int>("kind");
    QTest::addColumn<QByteArray>("existing");
    QTest::addColumn<bool>("replaced");
    const QByteArray notes("my notes about the next visit\n");
    const QByteArray scenario(exampleJson("alemtuzumab-weekend-gap"));
    QTest::newRow("notes as a PDF") << int(OutputKind::Pdf) << notes << false;
    QTest::newRow("a scenario as a PNG") << int(OutputKind::Png) << scenario << false;
    QTest::newRow("lab results as a table")
        << int(OutputKind::Table) << QByteArray("day,quantity,value\n0,cd4,800\n") << false;
    QTest::newRow("notes as a scenario") << int(OutputKind::Scenario) << notes << false;
    QTest::newRow("a report-like note as the report")
        << int(OutputKind::ValidationReport) << QByteArray("# My validation notes\n") << false;
    QTest::newRow("a PDF as a PDF") << int(OutputKind::Pdf) << QByteArray("%PDF-1.4\n") << true;
    QTest::newRow("a result table as a table")
        << int(OutputKind::Table) << QByteArray("day,cd4_per_ul\n0,800\n") << true;
    QTest::newRow("a scenario as a scenario") << int(OutputKind::Scenario) << scenario << true;
    QTest::newRow("the report as the report")
        << int(OutputKind::ValidationReport) << QByteArray("# Validation report\n\nold\n") << true;
    QTest::newRow("an empty file") << int(OutputKind::Pdf) << QByteArray() << true;
    QTest::newRow("no rule") << int(OutputKind::Any) << notes << true;
}

void TestScenarioIo::writerReplacesOnlyItsOwnKind()
{
    QFETCH(int, kind);
    QFETCH(QByteArray, existing);
    QFETCH(bool, replaced);
    QTemporaryDir dir;
    const QString path = dir.filePath("out");
    QVERIFY(writeAll(path, existing.toStdString()));
    const std::string written = "new output";
    const auto problem = writeFileSafely(path.toStdString(), written, OutputKind(kind));
    if (replaced) {
        QVERIFY2(!problem, problem ? fileProblemText(*problem).c_str() : "");
        QCOMPARE(readAll(path), written);
    } else {
        QVERIFY(problem.has_value());
        QVERIFY(problem->refusedByRule());
        QCOMPARE(problem->code, FileProblem::Code::NotOwnKind);
        QCOMPARE(problem->path, path.toStdString());
        QCOMPARE(readAll(path), existing.toStdString());
    }
    // A file that is not there yet is always written.
    const QString fresh = dir.filePath("fresh");
    QVERIFY(!writeFileSafely(fresh.toStdString(), written, OutputKind(kind)));
    QCOMPARE(readAll(fresh), written);
}

QTEST_APPLESS_MAIN(TestScenarioIo)
#include "tst_scenario_io.moc"
