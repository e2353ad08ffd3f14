// lymphoscope-cli end to end: the commands, exit codes and messages that README.md
// promises, the result CSV's columns and rows, and the PNG/PDF exports. Runs the real binary.

#include "CliRunner.h"

#include "scenario/ExampleLibrary.h"
#include "scenario/ScenarioIo.h"

#include <QDir>
#include <QFile>
#include <QImage>
#include <QProcess>
#include <QProcessEnvironment>
#include <QRegularExpression>
#include <QSet>
#include <QTemporaryDir>
#include <QtTest>

#include <cmath>
#include <set>

using namespace lymph;
using namespace lymph::test;

namespace {

QByteArray readFile(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return {};
    return file.readAll();
}

bool writeFile(const QString &path, const QByteArray &data)
{
    QFile file(path);
    return file.open(QIODevice::WriteOnly) && file.write(data) == data.size();
}

// Checks that `path` is a PNG of `size` with a real picture in it.
void verifyPng(const QString &path, QSize size)
{
    QImage image;
    QVERIFY2(image.load(path, "PNG"), qPrintable(path + QStringLiteral(": not a readable PNG")));
    QCOMPARE(image.size(), size);
    const QImage rgba = image.convertToFormat(QImage::Format_RGBA8888);
    std::set<quint32> colours;
    qsizetype nonWhite = 0;
    for (int y = 0; y < rgba.height(); ++y) {
        const uchar *line = rgba.constScanLine(y);
        for (int x = 0; x < rgba.width(); ++x) {
            const uchar *q = line + 4 * x;
            colours.insert(quint32(q[0]) << 24 | quint32(q[1]) << 16 | quint32(q[2]) << 8 | q[3]);
            if (q[0] < 240 || q[1] < 240 || q[2] < 240)
                ++nonWhite;
        }
    }
    QVERIFY2(colours.size() > 20,
             qPrintable(QStringLiteral("only %1 colours in %2").arg(colours.size()).arg(path)));
    // Curves, text and axes cover a few percent of the figure; a blank or black image fails.
    const double inked = double(nonWhite) / (double(rgba.width()) * rgba.height());
    QVERIFY2(inked > 0.01 && inked < 0.6,
             qPrintable(QStringLiteral("%1% of %2 is non-white").arg(100 * inked).arg(path)));
}

QStringList csvLines(const QString &path)
{
    QString text = QString::fromUtf8(readFile(path));
    QStringList lines = text.split(QLatin1Char('\n'));
    if (!lines.isEmpty() && lines.back().isEmpty())
        lines.removeLast();
    return lines;
}

QStringList antibodyIds(const Scenario &scenario)
{
    QStringList ids;
    for (const Treatment &t : scenario.treatments) {
        const QString id = QString::fromUtf8(std::string(therapyId(t.therapy)).c_str());
        if (isAntibody(t.therapy) && !ids.contains(id))
            ids << id;
    }
    return ids;
}

} // namespace

class TestCliCommands : public QObject {
    Q_OBJECT

private slots:
    void initTestCase();

    void helpAndVersion();
    void noCommandIsBadInput();
    void unknownCommand();
    void unknownOption();
    void badOptionValues_data();
    void badOptionValues();

    void examplesListsBuiltIns();
    void parametersText();
    void parametersMarkdown();

    void validateBuiltInExample();
    void validateNegativeDose();
    void validateMalformedJson();
    void manyProblemsAreCountedNotListed();
    void validateMissingFile();
    void validateSpeaksTheUsersLanguage();

    void simulateExamples_data();
    void simulateExamples();
    void simulateSummaryOnly();
    void simulatePdf();
    void simulatePngSize();
    void simulateStep();
    void cohortBandsAndReproducible();
    void patientsCsvHasOneRowPerPatient();
    void csvIntoMissingFolderIsInternalError();

private:
    QTemporaryDir m_dir;
    QString path(const QString &name) const { return m_dir.filePath(name); }
};

void TestCliCommands::initTestCase()
{
    QVERIFY2(QFile::exists(cliPath()), qPrintable(cliPath()));
    QVERIFY(m_dir.isValid());
}

void TestCliCommands::helpAndVersion()
{
    for (const QString &flag : {QStringLiteral("--help"), QStringLiteral("help")}) {
        const CliRun run = runCli({flag});
        QVERIFY2(run.exitCode == 0, qPrintable(describe(run)));
        for (const char *word : {"simulate", "validate", "parameters", "examples", "--csv",
                                 "--png", "--pdf", "--cohort", "--seed", "--step"})
            QVERIFY2(run.out.contains(QLatin1String(word)), word);
    }
    const CliRun version = runCli({QStringLiteral("--version")});
    QCOMPARE(version.exitCode, 0);
    QVERIFY(version.out.startsWith(QLatin1String("lymphoscope-cli ")));
    QVERIFY(version.out.contains(QRegularExpression(QStringLiteral("\\d+\\.\\d+"))));
}

void TestCliCommands::noCommandIsBadInput()
{
    const CliRun run = runCli({});
    QCOMPARE(run.exitCode, 2);
    QVERIFY(run.err.contains(QLatin1String("no command")));
}

void TestCliCommands::unknownCommand()
{
    const CliRun run = runCli({QStringLiteral("simulat"), QStringLiteral("x")});
    QVERIFY2(run.exitCode == 2, qPrintable(describe(run)));
    QVERIFY(run.err.contains(QLatin1String("unknown command 'simulat'")));
    QVERIFY(run.err.contains(QLatin1String("Did you mean 'simulate'?")));
    QVERIFY(run.out.isEmpty());
}

void TestCliCommands::unknownOption()
{
    const CliRun run = runCli({QStringLiteral("simulate"), QString::fromLatin1(kDefaultExampleName),
                               QStringLiteral("--cohrt"), QStringLiteral("5")});
    QVERIFY2(run.exitCode == 2, qPrintable(describe(run)));
    QVERIFY(run.err.contains(QLatin1String("unknown option '--cohrt'")));
    QVERIFY(run.err.contains(QLatin1String("'--cohort'")));

    const CliRun markdown = runCli({QStringLiteral("parameters"), QStringLiteral("--md")});
    QCOMPARE(markdown.exitCode, 2);
    QVERIFY(markdown.err.contains(QLatin1String("'--md'")));
}

void TestCliCommands::badOptionValues_data()
{
    QTest::addColumn<QStringList>("options");
    QTest::addColumn<QString>("message");
    QTest::newRow("cohort 0") << QStringList{"--cohort", "0"} << QStringLiteral("--cohort");
    QTest::newRow("cohort too many")
        << QStringList{"--cohort", "100001"} << QStringLiteral("--cohort");
    QTest::newRow("cohort text") << QStringList{"--cohort", "ten"} << QStringLiteral("'ten'");
    QTest::newRow("seed negative")
        << QStringList{"--cohort", "2", "--seed", "-1"} << QStringLiteral("--seed");
    QTest::newRow("step zero") << QStringList{"--step", "0"} << QStringLiteral("--step");
    QTest::newRow("step text") << QStringList{"--step=abc"} << QStringLiteral("'abc'");
    QTest::newRow("step too small")
        << QStringList{"--step", "1e-6"} << QStringLiteral("2,000,000 rows");
    QTest::newRow("csv without file")
        << QStringList{"--csv"} << QStringLiteral("Missing value after '--csv'");
    QTest::newRow("png size") << QStringList{"--png-size", "big"} << QStringLiteral("--png-size");
    QTest::newRow("patients csv without cohort")
        << QStringList{"--patients-csv", "p.csv"} << QStringLiteral("needs --cohort");
    QTest::newRow("twice") << QStringList{"--step", "1", "--step", "2"}
                           << QStringLiteral("more than once");
}

void TestCliCommands::badOptionValues()
{
    QFETCH(QStringList, options);
    QFETCH(QString, message);
    const CliRun run = runCli(QStringList{QStringLiteral("simulate"),
                                          QString::fromLatin1(kDefaultExampleName)} +
                              options);
    QVERIFY2(run.exitCode == 2, qPrintable(describe(run)));
    QVERIFY2(run.err.contains(message), qPrintable(describe(run)));
}

void TestCliCommands::examplesListsBuiltIns()
{
    const CliRun run = runCli({QStringLiteral("examples")});
    QVERIFY2(run.exitCode == 0, qPrintable(describe(run)));
    const QStringList lines = run.out.split(QLatin1Char('\n'), Qt::SkipEmptyParts);
    QVERIFY2(lines.size() >= 7, qPrintable(run.out));
    QStringList names;
    for (const QString &line : lines) {
        const QStringList words = line.split(QLatin1Char(' '), Qt::SkipEmptyParts);
        QVERIFY2(words.size() >= 2, qPrintable(line)); // a name, then the scenario's name
        names << words.front();
    }
    QVERIFY(names.contains(QStringLiteral("alemtuzumab-then-ahsct")));
    for (const std::string &name : exampleNames())
        QVERIFY2(names.contains(QString::fromStdString(name)), name.c_str());
}

void TestCliCommands::parametersText()
{
    const CliRun run = runCli({QStringLiteral("parameters")});
    QVERIFY2(run.exitCode == 0, qPrintable(describe(run)));
    QVERIFY(run.out.contains(QLatin1String("lln_cd4_per_ul")));
    QVERIFY(run.out.contains(QString::fromUtf8("cells/µL")));
    QVERIFY(!run.out.contains(QLatin1String("|---")));
}

void TestCliCommands::parametersMarkdown()
{
    const CliRun run = runCli({QStringLiteral("parameters"), QStringLiteral("--markdown")});
    QVERIFY2(run.exitCode == 0, qPrintable(describe(run)));
    const QStringList lines = run.out.split(QLatin1Char('\n'), Qt::SkipEmptyParts);
    QVERIFY(lines.size() > 3);
    QVERIFY(lines[0].startsWith(QLatin1Char('|')) && lines[0].endsWith(QLatin1Char('|')));
    QVERIFY(lines[1].startsWith(QLatin1String("|---")));
    const int columns = static_cast<int>(lines[0].count(QLatin1Char('|')));
    bool found = false;
    for (const QString &line : lines) {
        QVERIFY2(line.startsWith(QLatin1Char('|')), qPrintable(line));
        // Escaped pipes ("\|") inside cells do not separate columns.
        QCOMPARE(static_cast<int>(line.count(QLatin1Char('|')) - line.count(QLatin1String("\\|"))),
                 columns);
        found = found || line.contains(QLatin1String("lln_cd4_per_ul"));
    }
    QVERIFY(found);
}

void TestCliCommands::validateBuiltInExample()
{
    const CliRun run =
        runCli({QStringLiteral("validate"), QStringLiteral("alemtuzumab-then-ahsct")});
    QVERIFY2(run.exitCode == 0, qPrintable(describe(run)));
    QVERIFY(run.out.startsWith(QLatin1String("OK: ")));
    const ScenarioLoadResult loaded = loadScenario("alemtuzumab-then-ahsct");
    QVERIFY(loaded.ok());
    QCOMPARE(run.out.trimmed(),
             QStringLiteral("OK: ") + QString::fromStdString(loaded.scenario->name));
}

void TestCliCommands::validateNegativeDose()
{
    const QString file = path(QStringLiteral("negative-dose.lymphoscope.json"));
    QVERIFY(writeFile(file, R"({
  "format": "lymphoscope-scenario",
  "version": 1,
  "name": "Negative dose",
  "horizon_days": 730,
  "treatments": [
    { "therapy": "alemtuzumab", "infusions": [ {"day": 0, "mg": -12} ] }
  ]
}
)"));
    const CliRun run = runCli({QStringLiteral("validate"), file});
    QVERIFY2(run.exitCode == 2, qPrintable(describe(run)));
    QVERIFY2(run.err.contains(QLatin1String("treatments[0].infusions[0].mg")), qPrintable(run.err));
    QVERIFY2(run.err.contains(file), qPrintable(run.err));
    QVERIFY(!run.out.contains(QLatin1String("OK")));

    // simulate refuses it the same way.
    const CliRun simulate = runCli({QStringLiteral("simulate"), file});
    QCOMPARE(simulate.exitCode, 2);
    QVERIFY(simulate.err.contains(QLatin1String("treatments[0].infusions[0].mg")));
}

// validate lists every problem; simulate the first 20, counts the rest and points to validate.
void TestCliCommands::manyProblemsAreCountedNotListed()
{
    const QString file = path(QStringLiteral("many-bad-doses.lymphoscope.json"));
    QByteArray infusions;
    for (int i = 0; i < 60; ++i)
        infusions += (i ? "," : "") + QByteArray(R"({"day": )") + QByteArray::number(10 * i) +
                     R"(, "mg": -1})";
    QVERIFY(writeFile(file, R"({"format": "lymphoscope-scenario", "version": 2, "name": "Bad",
  "horizon_days": 730, "treatments": [{"therapy": "alemtuzumab", "infusions": [)" + infusions +
                                "]}]}\n"));
    const auto problemLines = [](const QString &err) {
        return err.count(QLatin1String(".mg: "));
    };
    const CliRun validate = runCli({QStringLiteral("validate"), file});
    QCOMPARE(validate.exitCode, 2);
    QCOMPARE(problemLines(validate.err), 60);
    const CliRun simulate = runCli({QStringLiteral("simulate"), file});
    QCOMPARE(simulate.exitCode, 2);
    QCOMPARE(problemLines(simulate.err), 20);
    QVERIFY2(simulate.err.contains(QLatin1String("and 40 more problems")) &&
                 simulate.err.contains(QLatin1String("lymphoscope-cli validate ") + file),
             qPrintable(simulate.err));
    QVERIFY(simulate.err.contains(QLatin1String("treatments[0].infusions[19].mg")));
    QVERIFY(!simulate.err.contains(QLatin1String("treatments[0].infusions[20].mg")));
}

void TestCliCommands::validateMalformedJson()
{
    const QString file = path(QStringLiteral("malformed.lymphoscope.json"));
    QVERIFY(writeFile(file, "{\n  \"format\": \"lymphoscope-scenario\",\n  \"version\": 1,,\n}\n"));
    const CliRun run = runCli({QStringLiteral("validate"), file});
    QVERIFY2(run.exitCode == 2, qPrintable(describe(run)));
    // file:line:col
    const QRegularExpression located(QRegularExpression::escape(file) +
                                     QStringLiteral(":3:\\d+: "));
    QVERIFY2(run.err.contains(located), qPrintable(run.err));
}

void TestCliCommands::validateMissingFile()
{
    const CliRun run = runCli({QStringLiteral("validate"), path(QStringLiteral("absent.json"))});
    QCOMPARE(run.exitCode, 2);
    QVERIFY(run.err.contains(QLatin1String("absent.json")));
    // A second scenario is named by its option, and nothing is written.
    const QString pdf = path(QStringLiteral("never.pdf"));
    const CliRun report = runCli({QStringLiteral("report"), QStringLiteral("alemtuzumab-then-ahsct"),
                                  QStringLiteral("--compare"), path(QStringLiteral("absent.json")),
                                  QStringLiteral("--pdf"), pdf});
    QCOMPARE(report.exitCode, 2);
    QVERIFY2(report.err.contains(QLatin1String("--compare: ")) &&
                 report.err.contains(QLatin1String("absent.json")),
             qPrintable(report.err));
    QVERIFY(!QFileInfo::exists(pdf));
}

// With an Italian locale the problems are Italian, in the same file:line:col: field.path shape.
void TestCliCommands::validateSpeaksTheUsersLanguage()
{
    const QString file = path(QStringLiteral("italian.lymphoscope.json"));
    QVERIFY(writeFile(file, R"({
  "format": "lymphoscope-scenario",
  "version": 1,
  "treatments": [
    { "therapy": "alemtuzumab", "infusions": [ {"day": 0, "mg": -12} ] }
  ]
}
)"));
    QProcess process;
    QProcessEnvironment environment = cliEnvironment();
    environment.insert(QStringLiteral("LC_ALL"), QStringLiteral("it_IT.UTF-8"));
    environment.insert(QStringLiteral("LANG"), QStringLiteral("it_IT.UTF-8"));
    process.setProcessEnvironment(environment);
    process.start(cliPath(), {QStringLiteral("validate"), file});
    QVERIFY(process.waitForFinished(60000));
    QCOMPARE(process.exitCode(), 2);
    const QString err = QString::fromUtf8(process.readAllStandardError());
    const QRegularExpression shape(QRegularExpression::escape(file) +
                                   QStringLiteral(":5:\\d+: treatments\\[0\\]\\.infusions\\[0\\]\\.mg: "
                                                  "deve essere maggiore di 0 e al massimo 60 mg "));
    QVERIFY2(shape.match(err).hasMatch(), qPrintable(err));
    QVERIFY2(!err.contains(QLatin1String("must")), qPrintable(err));
}

void TestCliCommands::simulateExamples_data()
{
    QTest::addColumn<QString>("example");
    for (const std::string &name : exampleNames())
        QTest::newRow(name.c_str()) << QString::fromStdString(name);
}

void TestCliCommands::simulateExamples()
{
    QFETCH(QString, example);
    const QString csv = path(example + QStringLiteral(".csv"));
    const QString png = path(example + QStringLiteral(".png"));
    const CliRun run = runCli({QStringLiteral("simulate"), example, QStringLiteral("--csv"), csv,
                               QStringLiteral("--png"), png});
    QVERIFY2(run.exitCode == 0, qPrintable(describe(run)));

    const ScenarioLoadResult loaded = loadScenario(example.toStdString());
    QVERIFY(loaded.ok());
    const Scenario &scenario = *loaded.scenario;

    // The summary.
    QVERIFY(run.out.contains(QString::fromStdString(scenario.name)));
    QVERIFY(run.out.contains(QLatin1String("Lymphoscope is for exploration and education; it "
                                           "does not predict an individual patient's course.")));
    QVERIFY(run.out.contains(QLatin1String("Lymphocytes")));
    QVERIFY(run.out.contains(QLatin1String("CD4")));
    QVERIFY(run.out.contains(QLatin1String("B cells")));
    QVERIFY(run.out.contains(QString::fromUtf8("P(≥1 relapse")));
    QVERIFY(run.out.contains(QLatin1String("autoimmune")));
    QVERIFY(run.out.contains(QString::fromUtf8("lymphocytes < 500/µL")));

    // The CSV: promised columns, one row per day, nothing that is not a finite number.
    QVERIFY(!readFile(csv).isEmpty());
    const QStringList lines = csvLines(csv);
    QVERIFY(!lines.isEmpty());
    const QStringList header = lines.front().split(QLatin1Char(','));
    QStringList expected{"day",        "lymphocytes_per_ul", "b_cells_per_ul", "b_memory_per_ul",
                         "cd4_per_ul", "cd8_per_ul",         "nk_per_ul"};
    const QStringList antibodies = antibodyIds(scenario);
    for (const QString &t : antibodies) {
        expected << t + QStringLiteral("_ug_per_ml") << QStringLiteral("ada_") + t + "_titer"
                 << QStringLiteral("ada_") + t + "_binding_positive"
                 << QStringLiteral("ada_") + t + "_ever_binding_positive"
                 << QStringLiteral("ada_") + t + "_ever_neutralizing_positive";
        QVERIFY2(run.out.contains(QStringLiteral("ADA against ") + t), qPrintable(run.out));
    }
    expected << "relapse_hazard_per_year" << "expected_relapses" << "relapse_probability"
             << "autoimmunity_probability";
    for (const QString &column : expected)
        QVERIFY2(header.contains(column),
                 qPrintable(column + QStringLiteral(" missing in ") + lines.front()));
    QCOMPARE(header.front(), QStringLiteral("day"));
    QCOMPARE(QSet<QString>(header.begin(), header.end()).size(), header.size());

    const auto rows = static_cast<qsizetype>(std::floor(scenario.horizonDays / 1.0 + 1e-9)) + 1;
    QCOMPARE(lines.size() - 1, rows);
    // Every cell a finite number: no "nan", "inf" or empty fields anywhere.
    for (qsizetype r = 1; r < lines.size(); ++r) {
        const QStringList fields = lines[r].split(QLatin1Char(','));
        QCOMPARE(fields.size(), header.size());
        for (qsizetype c = 0; c < fields.size(); ++c) {
            bool ok = false;
            const double value = fields[c].toDouble(&ok);
            if (!ok || !std::isfinite(value)) {
                QFAIL(qPrintable(QStringLiteral("row %1, column %2: '%3'")
                                     .arg(r)
                                     .arg(header[c], fields[c])));
            }
        }
    }
    QCOMPARE(lines[1].split(QLatin1Char(',')).front().toDouble(), 0.0);
    QCOMPARE(lines.back().split(QLatin1Char(',')).front().toDouble(), scenario.horizonDays);

    verifyPng(png, QSize(1600, 2000));
}

void TestCliCommands::simulateSummaryOnly()
{
    const QDir before(m_dir.path());
    const qsizetype filesBefore = before.entryList(QDir::Files).size();
    const CliRun run =
        runCli({QStringLiteral("simulate"), QStringLiteral("alemtuzumab-then-ahsct")});
    QVERIFY2(run.exitCode == 0, qPrintable(describe(run)));
    QVERIFY(run.out.contains(QLatin1String("year 1")));
    QVERIFY(run.out.contains(QLatin1String("year 2")));
    QVERIFY(run.out.contains(QLatin1String("by year 2")));
    QVERIFY(run.out.contains(QLatin1String("by year 5")));
    QVERIFY(run.out.contains(QLatin1String("ADA against alemtuzumab: binding-positive")));
    QVERIFY(!run.out.contains(QLatin1String("Wrote")));
    QCOMPARE(QDir(m_dir.path()).entryList(QDir::Files).size(), filesBefore);
}

void TestCliCommands::simulatePdf()
{
    const QString pdf = path(QStringLiteral("plot.pdf"));
    const CliRun run =
        runCli({QStringLiteral("simulate"), QStringLiteral("alemtuzumab-then-ocrelizumab"),
                QStringLiteral("--pdf"), pdf});
    QVERIFY2(run.exitCode == 0, qPrintable(describe(run)));
    const QByteArray bytes = readFile(pdf);
    QVERIFY(bytes.startsWith("%PDF"));
    QVERIFY(bytes.size() > 10000);
    QVERIFY(bytes.contains("%%EOF"));
}

void TestCliCommands::simulatePngSize()
{
    const QString png = path(QStringLiteral("small.png"));
    const CliRun run = runCli({QStringLiteral("simulate"), QStringLiteral("strong-ada-responder"),
                               QStringLiteral("--png"), png, QStringLiteral("--png-size"),
                               QStringLiteral("800x1000")});
    QVERIFY2(run.exitCode == 0, qPrintable(describe(run)));
    verifyPng(png, QSize(800, 1000));
    // The summary says how long the antibodies last, not only when they start.
    QVERIFY2(run.out.contains(QLatin1String("ADA against alemtuzumab: binding-positive from day ")) &&
                 run.out.contains(QLatin1String(" to the end, neutralising from day ")),
             qPrintable(run.out));
    const CliRun two = runCli({QStringLiteral("simulate"), QStringLiteral("alemtuzumab-then-ocrelizumab")});
    QVERIFY2(QRegularExpression(QStringLiteral("ADA against alemtuzumab: binding-positive from day "
                                               "\\d+ to day \\d+ \\(2 separate periods\\)"))
                 .match(two.out)
                 .hasMatch(),
             qPrintable(two.out));
}

void TestCliCommands::simulateStep()
{
    const QString csv = path(QStringLiteral("step7.csv"));
    const CliRun run =
        runCli({QStringLiteral("simulate"), QStringLiteral("alemtuzumab-weekend-gap"),
                QStringLiteral("--step"), QStringLiteral("7"), QStringLiteral("--csv"), csv});
    QVERIFY2(run.exitCode == 0, qPrintable(describe(run)));
    const ScenarioLoadResult loaded = loadScenario("alemtuzumab-weekend-gap");
    QVERIFY(loaded.ok());
    const double horizon = loaded.scenario->horizonDays;
    const QStringList lines = csvLines(csv);
    qsizetype rows = static_cast<qsizetype>(std::floor(horizon / 7.0 + 1e-9)) + 1;
    if (std::fmod(horizon, 7.0) > 1e-9)
        ++rows; // the horizon itself closes the table
    QCOMPARE(lines.size() - 1, rows);
    QCOMPARE(lines[2].split(QLatin1Char(',')).front().toDouble(), 7.0);
}

void TestCliCommands::cohortBandsAndReproducible()
{
    const QString first = path(QStringLiteral("cohort-a.csv"));
    const QString second = path(QStringLiteral("cohort-b.csv"));
    const QString other = path(QStringLiteral("cohort-c.csv"));
    const QString png = path(QStringLiteral("cohort.png"));
    const QStringList base{QStringLiteral("simulate"),
                           QStringLiteral("alemtuzumab-then-ocrelizumab"),
                           QStringLiteral("--cohort"), QStringLiteral("20")};
    const CliRun a = runCli(base + QStringList{"--seed", "3", "--csv", first, "--png", png});
    QVERIFY2(a.exitCode == 0, qPrintable(describe(a)));
    const CliRun b = runCli(base + QStringList{"--seed", "3", "--csv", second});
    QVERIFY2(b.exitCode == 0, qPrintable(describe(b)));
    const CliRun c = runCli(base + QStringList{"--seed", "4", "--csv", other});
    QVERIFY2(c.exitCode == 0, qPrintable(describe(c)));

    const QByteArray bytesA = readFile(first);
    QVERIFY(!bytesA.isEmpty());
    QVERIFY2(bytesA == readFile(second), "the same seed gave different cohorts");
    QVERIFY2(bytesA != readFile(other), "a different seed gave the same cohort");

    const QStringList header = csvLines(first).front().split(QLatin1Char(','));
    for (const char *column : {"lymphocytes_per_ul", "cd4_per_ul", "b_cells_per_ul",
                               "ocrelizumab_ug_per_ml", "ada_alemtuzumab_titer",
                               "relapse_hazard_per_year"}) {
        for (const char *suffix : {"", "_p05", "_p95"}) {
            const QString name = QString::fromLatin1(column) + QLatin1String(suffix);
            QVERIFY2(header.contains(name), qPrintable(name));
        }
    }
    const QString data = csvLines(first).mid(1).join(QLatin1Char('\n')).toLower();
    QVERIFY(!data.contains(QLatin1String("nan")) && !data.contains(QLatin1String("inf")));
    QVERIFY(a.out.contains(QLatin1String("20 patients")));
    QVERIFY(a.out.contains(QLatin1String("seed 3")));
    verifyPng(png, QSize(1600, 2000));
}

void TestCliCommands::patientsCsvHasOneRowPerPatient()
{
    const QString patients = path(QStringLiteral("patients.csv"));
    const QString again = path(QStringLiteral("patients-again.csv"));
    const QString cohortCsv = path(QStringLiteral("patients-cohort.csv"));
    const QStringList base{QStringLiteral("simulate"), QStringLiteral("strong-ada-responder"),
                           QStringLiteral("--cohort"), QStringLiteral("15"),
                           QStringLiteral("--seed"), QStringLiteral("9"),
                           QStringLiteral("--step"), QStringLiteral("7")};
    const CliRun a = runCli(base + QStringList{"--patients-csv", patients, "--csv", cohortCsv});
    QVERIFY2(a.exitCode == 0, qPrintable(describe(a)));
    QVERIFY(a.out.contains(QLatin1String("15 patients")));
    const CliRun b = runCli(base + QStringList{"--patients-csv", again});
    QVERIFY2(b.exitCode == 0, qPrintable(describe(b)));
    QVERIFY2(readFile(patients) == readFile(again), "the same seed gave different patients");

    const QStringList lines = csvLines(patients);
    QCOMPARE(lines.size(), 16);
    const QStringList header = lines.front().split(QLatin1Char(','));
    for (const char *column : {"patient", "ada_class", "relapse_frailty", "relapse_probability_2y",
                               "months_cd4_below_lln", "ada_alemtuzumab_peak_titer",
                               "ada_alemtuzumab_ever_binding_positive",
                               "autoimmunity_probability_end"})
        QVERIFY2(header.contains(QLatin1String(column)), column);
    // The patients' ever-positive flags average to the cohort table's fraction.
    const int flag = int(header.indexOf(QStringLiteral("ada_alemtuzumab_ever_binding_positive")));
    double positive = 0;
    for (int i = 1; i < lines.size(); ++i) {
        const QStringList fields = lines[i].split(QLatin1Char(','));
        QCOMPARE(fields.size(), header.size());
        QCOMPARE(fields.front().toInt(), i - 1);
        positive += fields[flag].toDouble();
    }
    const QStringList cohortLines = csvLines(cohortCsv);
    const int column = int(cohortLines.front().split(QLatin1Char(','))
                               .indexOf(QStringLiteral("ada_alemtuzumab_ever_binding_positive")));
    QVERIFY(column > 0);
    const double fraction = cohortLines.back().split(QLatin1Char(','))[column].toDouble();
    QVERIFY2(std::abs(fraction - positive / 15.0) < 1e-9,
             qPrintable(QStringLiteral("%1 vs %2").arg(fraction).arg(positive / 15.0)));
}

void TestCliCommands::csvIntoMissingFolderIsInternalError()
{
    const QString csv = path(QStringLiteral("no/such/folder/out.csv"));
    const CliRun run = runCli({QStringLiteral("simulate"), QStringLiteral("alemtuzumab-then-ahsct"),
                               QStringLiteral("--csv"), csv});
    QVERIFY2(run.exitCode == 1, qPrintable(describe(run)));
    QVERIFY2(run.err.contains(csv), qPrintable(run.err));
    QVERIFY2(run.err.contains(QLatin1String("does not exist")), qPrintable(run.err));
    QVERIFY(!QFile::exists(csv));

    // Destinations are checked before anything is written: an existing CSV stays as it was
    // when the PNG cannot be written.
    const QString existing = path(QStringLiteral("existing.csv"));
    QVERIFY(writeFile(existing, "day,lymphocytes_per_ul\n0,1900\n")); // an earlier table
    const CliRun partial = runCli({QStringLiteral("simulate"), QStringLiteral("alemtuzumab-then-ahsct"),
                                   QStringLiteral("--csv"), existing, QStringLiteral("--png"),
                                   path(QStringLiteral("missing/plot.png"))});
    QCOMPARE(partial.exitCode, 1);
    QCOMPARE(readFile(existing), QByteArray("day,lymphocytes_per_ul\n0,1900\n"));

    // A folder where the file should go is refused the same way.
    const CliRun folder =
        runCli({QStringLiteral("simulate"), QStringLiteral("alemtuzumab-then-ahsct"),
                QStringLiteral("--png"), m_dir.path()});
    QCOMPARE(folder.exitCode, 1);
    QVERIFY(folder.err.contains(QLatin1String("folder")));
}

// QImage reads PNG files without a QGuiApplication (the PNG handler is built into Qt Gui),
// so the suite needs no platform plugin.
QTEST_GUILESS_MAIN(TestCliCommands)
#include "tst_cli_commands.moc"
