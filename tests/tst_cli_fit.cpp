// lymphoscope-cli fit and simulate --patient end to end: lab results from the scenario and a
// CSV, the printed fit, the forecast CSV with its bands, the scenario saved with the fitted
// patient (which simulate then reproduces), the refusals with their reasons, and one virtual
// patient of a cohort. Runs the real binary.

#include "CliRunner.h"

#include "estimate/SyntheticStudy.h"
#include "scenario/ScenarioIo.h"

#include <QFile>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QtTest>

using namespace lymph;
using namespace lymph::test;

namespace {

bool writeFile(const QString &path, const QByteArray &data)
{
    QFile file(path);
    return file.open(QIODevice::WriteOnly) && file.write(data) == data.size();
}

QByteArray readFile(const QString &path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

Scenario plan()
{
    Scenario s;
    s.name = "fit test";
    s.horizonDays = 730;
    Treatment course;
    course.therapy = Therapy::Alemtuzumab;
    for (int d = 0; d < 5; ++d)
        course.infusions.push_back({double(d), 12.0});
    s.treatments = {course};
    return s;
}

} // namespace

class CliFitTest : public QObject {
    Q_OBJECT

private slots:
    void initTestCase() { QVERIFY(m_dir.isValid()); }
    void fitsPrintsAndWrites();
    void labsFileProblemsNameTheLine();
    void degenerateResultsAreRefused();
    void simulatesOneCohortMember();

private:
    QString path(const char *name) const { return m_dir.filePath(QString::fromLatin1(name)); }
    QTemporaryDir m_dir;
};

void CliFitTest::fitsPrintsAndWrites()
{
    Scenario truth = plan();
    truth.patient.individual = {{"kill_factor", 0.7}};
    Scenario s = plan();
    s.measurements =
        syntheticMeasurements(truth, {"lymphocytes_per_ul", "cd4_per_ul"}, {30, 120}, 7);
    const QString scenario = path("patient.lymphoscope.json");
    QVERIFY(!saveScenarioFile(scenario.toStdString(), s));
    // Two more results from a spreadsheet.
    const QString labs = path("labs.csv");
    QVERIFY(writeFile(labs, "day,quantity,value\n200,b_cells_per_ul,120\n\n250,cd4_per_ul,310\n"));

    const CliRun run =
        runCli({"fit", scenario, "--labs", labs, "--csv", path("forecast.csv"), "--draws", "30",
                "--step", "30", "--save-scenario", path("fitted.lymphoscope.json")});
    QVERIFY2(run.exitCode == 0, qPrintable(describe(run)));
    QVERIFY2(run.out.contains("Fitted to 6 lab results up to day 250"), qPrintable(run.out));
    QVERIFY(run.out.contains("kill_factor"));
    QVERIFY(run.out.contains("90%:"));
    QVERIFY(run.out.contains("cd4_per_ul"));
    QVERIFY(run.out.contains("not a prediction"));
    // A bias is worded by its direction, never "-12% above".
    QVERIFY(run.out.contains(QRegularExpression("results [0-9]+% (above|below) the fit")));
    QVERIFY(!run.out.contains(QRegularExpression("-[0-9]+% (above|below)")));

    const QList<QByteArray> lines = readFile(path("forecast.csv")).split('\n');
    QVERIFY(lines.size() > 20);
    const QList<QByteArray> header = lines.front().split(',');
    for (const char *column : {"day", "cd4_per_ul", "cd4_per_ul_p05", "cd4_per_ul_p95",
                               "cd8_per_ul_p25", "relapse_probability"})
        QVERIFY2(header.contains(column), column);
    QCOMPARE(lines[2].split(',').front(), QByteArray("30"));

    // The saved scenario holds the fitted patient and every result it was fitted to.
    const ScenarioLoadResult fitted =
        loadScenarioFile(path("fitted.lymphoscope.json").toStdString());
    QVERIFY(fitted.ok());
    QCOMPARE(fitted.scenario->measurements.size(), std::size_t(6));
    QVERIFY(fitted.scenario->patient.individual.count("kill_factor") == 1);
    const CliRun again = runCli({"simulate", path("fitted.lymphoscope.json")});
    QVERIFY2(again.exitCode == 0, qPrintable(describe(again)));
    QVERIFY(again.out.contains("patient factors"));

    // An output may not replace an input.
    const CliRun overwrite = runCli({"fit", scenario, "--save-scenario", scenario});
    QCOMPARE(overwrite.exitCode, 2);
}

void CliFitTest::labsFileProblemsNameTheLine()
{
    Scenario s = plan();
    s.measurements = {{30, "cd4_per_ul", 200}};
    const QString scenario = path("one.lymphoscope.json");
    QVERIFY(!saveScenarioFile(scenario.toStdString(), s));
    const QString labs = path("bad-labs.csv");
    QVERIFY(writeFile(labs, "day,quantity,value\n60,cd4_per_ul,200\n90,cd4_per_ul,-4\n"));
    CliRun run = runCli({"fit", scenario, "--labs", labs});
    QCOMPARE(run.exitCode, 2);
    QVERIFY2(run.err.contains("bad-labs.csv:3:15: value: must be between 0 and"),
             qPrintable(run.err));

    QVERIFY(writeFile(labs, "date,quantity,value\n2024-01-03,cd4_per_ul,200\n"));
    run = runCli({"fit", scenario, "--labs", labs});
    QCOMPARE(run.exitCode, 2);
    QVERIFY2(run.err.contains("start date"), qPrintable(run.err));

    QVERIFY(writeFile(labs, "day,quantity,value\n60,cd4_per_ul,lots\n"));
    run = runCli({"fit", scenario, "--labs", labs});
    QCOMPARE(run.exitCode, 2);
    QVERIFY2(run.err.contains("bad-labs.csv:2:15: value: expected a number"), qPrintable(run.err));

    // Every problem of the file at once, in its order: unreadable rows and refused values.
    QVERIFY(writeFile(labs, "day,quantity,value\nsoon,cd4_per_ul,200\n60,cd4_per_ul\n"
                            "90,cd4_per_ul,-3\n120,cd4_per_ul,250\n150,cd4_per_ul,many\n"));
    run = runCli({"fit", scenario, "--labs", labs});
    QCOMPARE(run.exitCode, 2);
    qsizetype previous = -1;
    for (const char *expected : {"bad-labs.csv:2:1: day: expected a number",
                                 "bad-labs.csv:3: expected 3 values separated by commas, got 2",
                                 "bad-labs.csv:4:15: value: must be between 0 and",
                                 "bad-labs.csv:6:16: value: expected a number"}) {
        const qsizetype at = run.err.indexOf(QLatin1String(expected));
        QVERIFY2(at > previous, qPrintable(expected + (" in order in " + run.err)));
        previous = at;
    }
    QVERIFY2(!run.err.contains("bad-labs.csv:5"), qPrintable(run.err)); // a good row
    QCOMPARE(run.err.count(QLatin1String("lymphoscope-cli: --labs: ")), 4); // one shape

    // A long list: the first 20 in line order, then how many more.
    QByteArray many = "day,quantity,value\n";
    for (int row = 0; row < 30; ++row)
        many += QByteArray::number(10 * row) + (row % 2 ? ",cd4_per_ul,-5\n" : ",cd4_per_ul,x\n");
    QVERIFY(writeFile(labs, many));
    run = runCli({"fit", scenario, "--labs", labs});
    QCOMPARE(run.exitCode, 2);
    QCOMPARE(run.err.count(QLatin1String("lymphoscope-cli: --labs: ")), 20);
    QVERIFY2(run.err.contains("and 10 more problems") && run.err.contains("bad-labs.csv:21:") &&
                 !run.err.contains("bad-labs.csv:22:"),
             qPrintable(run.err));
}

void CliFitTest::degenerateResultsAreRefused()
{
    Scenario s = plan();
    const QString scenario = path("none.lymphoscope.json");
    QVERIFY(!saveScenarioFile(scenario.toStdString(), s));
    CliRun run = runCli({"fit", scenario});
    QCOMPARE(run.exitCode, 2);
    QVERIFY2(run.err.contains("no measurements"), qPrintable(run.err));

    s.measurements = {{30, "cd4_per_ul", 200}, {30, "b_cells_per_ul", 20}};
    QVERIFY(!saveScenarioFile(scenario.toStdString(), s));
    run = runCli({"fit", scenario});
    QCOMPARE(run.exitCode, 2);
    QVERIFY2(run.err.contains("every measurement is on day 30"), qPrintable(run.err));
}

void CliFitTest::simulatesOneCohortMember()
{
    const QString scenario = path("member.lymphoscope.json");
    QVERIFY(!saveScenarioFile(scenario.toStdString(), plan()));
    const CliRun member = runCli({"simulate", scenario, "--cohort", "20", "--seed", "4",
                                  "--patient", "7", "--csv", path("member.csv"), "--step", "30"});
    QVERIFY2(member.exitCode == 0, qPrintable(describe(member)));
    QVERIFY(member.out.contains("Virtual patient 7"));
    // Its curves are those of that cohort's patient 7, whose factors the patients CSV lists:
    // written into patient.individual, they give the same curves.
    const CliRun cohort = runCli({"simulate", scenario, "--cohort", "20", "--seed", "4",
                                  "--patients-csv", path("patients.csv"), "--step", "30"});
    QVERIFY2(cohort.exitCode == 0, qPrintable(describe(cohort)));
    const QList<QByteArray> rows = readFile(path("patients.csv")).split('\n');
    const QList<QByteArray> header = rows[0].split(','), seventh = rows[8].split(',');
    QCOMPARE(seventh[0], QByteArray("7"));
    Scenario individual = plan();
    for (const char *name : {"clearance_factor", "kill_factor", "homeostasis_factor", "baff_factor",
                             "ada_propensity", "relapse_frailty", "autoimmunity_factor",
                             "baseline_factor", "fingolimod_factor", "rebound_factor"}) {
        individual.patient.individual[name] = seventh[header.indexOf(name)].toDouble();
    }
    QVERIFY(!saveScenarioFile(path("seventh.lymphoscope.json").toStdString(), individual));
    const CliRun same = runCli({"simulate", path("seventh.lymphoscope.json"), "--csv",
                                path("seventh.csv"), "--step", "30"});
    QVERIFY2(same.exitCode == 0, qPrintable(describe(same)));
    QCOMPARE(readFile(path("seventh.csv")), readFile(path("member.csv")));

    const CliRun noCohort = runCli({"simulate", scenario, "--patient", "3"});
    QCOMPARE(noCohort.exitCode, 2);
    const CliRun outside = runCli({"simulate", scenario, "--cohort", "5", "--patient", "5"});
    QCOMPARE(outside.exitCode, 2);
}

QTEST_APPLESS_MAIN(CliFitTest)
#include "tst_cli_fit.moc"
