// lymphoscope-cli used as a hostile or careless user would: every way a run could destroy a
// file the user named as input, lose one output under another, replace a device, hang on a
// pipe, misreport its figures or die without a word. One test per case of the file-safety
// review (the case's number is in the test's comment). Runs the real binary.

#include "CliRunner.h"

#include "scenario/ExampleLibrary.h"

#include <QCryptographicHash>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QtTest>

#include <sys/stat.h>
#include <unistd.h>

#include <future>
#include <memory>

using namespace lymph;
using namespace lymph::test;

namespace {

QByteArray readFile(const QString &path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

bool writeFile(const QString &path, const QByteArray &data)
{
    QFile file(path);
    return file.open(QIODevice::WriteOnly) && file.write(data) == data.size();
}

QByteArray fingerprint(const QString &path)
{
    return QCryptographicHash::hash(readFile(path), QCryptographicHash::Sha256);
}

bool isCharacterDevice(const char *path)
{
    struct stat s {};
    return ::stat(path, &s) == 0 && S_ISCHR(s.st_mode);
}

// The summary without the line that lists written files (which names the step's rows).
QString summaryFigures(const QString &out)
{
    QStringList lines = out.split(QLatin1Char('\n'));
    lines.removeIf([](const QString &line) { return line.startsWith(QLatin1String("Wrote ")); });
    return lines.join(QLatin1Char('\n'));
}

} // namespace

class TestCliHostile : public QObject {
    Q_OBJECT

private slots:
    void init();

    void reportNeverReplacesItsScenarios();       // 1
    void linksAndAliasesOfTheInputAreRefused();   // 2
    void twoOutputsOnOnePathAreRefused_data();    // 3
    void twoOutputsOnOnePathAreRefused();         // 3
    void devicesArePutToUseNotReplaced();         // 4
    void dashIsStandardOutput();                  // 4
    void pipeWithoutReaderFailsAtOnce();          // 4, 9
    void summaryDoesNotDependOnStep();            // 5
    void cohortSummaryDoesNotDependOnStep();      // 5
    void outOfMemoryEndsWithAMessage();           // 6
    void pipeAsScenarioIsRefused();               // 9
    void localFileWinsOverExample();              // 11
    void reportErrorsNameTheFileAndReason();      // 12
    void fullDiskKeepsTheOldFile();               // 12
    void unknownCommandKnowsReport();             // 13
    void outputsReplaceOnlyTheirOwnKind();        // 14

private:
    QString path(const QString &name) const { return m_dir->filePath(name); }
    CliRun cliHere(const QStringList &arguments) const
    {
        return runProgram({}, arguments, m_dir->path());
    }

    std::unique_ptr<QTemporaryDir> m_dir;
    QString m_scenario; // v.json, a copy of an example
    QByteArray m_scenarioHash;
};

void TestCliHostile::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
    m_scenario = path(QStringLiteral("v.json"));
    QVERIFY(writeFile(m_scenario, exampleJson("strong-ada-responder")));
    m_scenarioHash = fingerprint(m_scenario);
}

// 1: `report v.json --pdf v.json` replaced the scenario with the PDF and exited 0.
void TestCliHostile::reportNeverReplacesItsScenarios()
{
    const QString base = path(QStringLiteral("base.json"));
    QVERIFY(writeFile(base, exampleJson(kDefaultExampleName)));
    const QByteArray baseHash = fingerprint(base);
    const CliRun self = cliHere({QStringLiteral("report"), m_scenario, QStringLiteral("--pdf"), m_scenario});
    QVERIFY2(self.exitCode == 2, qPrintable(describe(self)));
    QVERIFY2(self.err.contains(QLatin1String("input file itself")), qPrintable(describe(self)));
    QCOMPARE(fingerprint(m_scenario), m_scenarioHash);

    const CliRun compared = cliHere({QStringLiteral("report"), base, QStringLiteral("--compare"),
                                     m_scenario, QStringLiteral("--pdf"), m_scenario});
    QVERIFY2(compared.exitCode == 2, qPrintable(describe(compared)));
    QCOMPARE(fingerprint(m_scenario), m_scenarioHash);
    QCOMPARE(fingerprint(base), baseHash);
}

// 2: the input compared by path only: a symbolic link, a hard link or /proc/self/cwd led to it.
void TestCliHostile::linksAndAliasesOfTheInputAreRefused()
{
    QVERIFY(QFile::link(QStringLiteral("v.json"), path(QStringLiteral("l.csv"))));
    QVERIFY(::link(QFile::encodeName(m_scenario).constData(),
                   QFile::encodeName(path(QStringLiteral("hard.csv"))).constData()) == 0);
    // A link to a link to a missing file: it would be created where the input's copy is not.
    for (const QString &output : {QStringLiteral("l.csv"), QStringLiteral("hard.csv"),
                                  QStringLiteral("/proc/self/cwd/v.json"),
                                  QStringLiteral("./sub/../v.json")}) {
        QDir(m_dir->path()).mkpath(QStringLiteral("sub"));
        const CliRun run = cliHere({QStringLiteral("simulate"), QStringLiteral("v.json"),
                                    QStringLiteral("--csv"), output});
        QVERIFY2(run.exitCode == 2, qPrintable(output + QLatin1Char('\n') + describe(run)));
        QVERIFY2(run.err.contains(QLatin1String("--csv")), qPrintable(describe(run)));
        QCOMPARE(fingerprint(m_scenario), m_scenarioHash);
    }
}

// 3: two outputs on one path: the first was lost, and the summary said both were written.
void TestCliHostile::twoOutputsOnOnePathAreRefused_data()
{
    QTest::addColumn<QStringList>("options");
    QTest::newRow("csv and png") << QStringList{"--csv", "o", "--png", "o"};
    QTest::newRow("csv and patients csv")
        << QStringList{"--cohort", "5", "--csv", "o", "--patients-csv", "o"};
    QTest::newRow("png and pdf") << QStringList{"--png", "o", "--pdf", "o"};
    QTest::newRow("through a link") << QStringList{"--csv", "o", "--png", "link-to-o"};
    QTest::newRow("both to standard output")
        << QStringList{"--cohort", "5", "--csv", "-", "--patients-csv", "-"};
}

void TestCliHostile::twoOutputsOnOnePathAreRefused()
{
    QFETCH(QStringList, options);
    QVERIFY(QFile::link(QStringLiteral("o"), path(QStringLiteral("link-to-o"))));
    const CliRun run = cliHere(QStringList{QStringLiteral("simulate"), QStringLiteral("v.json")} +
                               options);
    QVERIFY2(run.exitCode == 2, qPrintable(describe(run)));
    QVERIFY2(run.err.contains(QLatin1String("own name")) ||
                 run.err.contains(QLatin1String("standard output")),
             qPrintable(describe(run)));
    QVERIFY2(!QFile::exists(path(QStringLiteral("o"))), "nothing is written before the check");
    QVERIFY(!run.out.contains(QLatin1String("Wrote")));
}

// 4: as root, `--csv /dev/null` replaced the device node with a regular file.
void TestCliHostile::devicesArePutToUseNotReplaced()
{
    QVERIFY(isCharacterDevice("/dev/null"));
    const CliRun run = cliHere({QStringLiteral("simulate"), QStringLiteral("v.json"),
                                QStringLiteral("--csv"), QStringLiteral("/dev/null"),
                                QStringLiteral("--patients-csv"), QStringLiteral("/dev/null"),
                                QStringLiteral("--cohort"), QStringLiteral("3")});
    QVERIFY2(run.exitCode == 0, qPrintable(describe(run)));
    QVERIFY2(isCharacterDevice("/dev/null"), "/dev/null is still a device");

    // A named pipe with a reader gets the table, and stays a pipe.
    const QString fifo = path(QStringLiteral("pipe"));
    QVERIFY(::mkfifo(QFile::encodeName(fifo).constData(), 0600) == 0);
    std::future<QByteArray> reader = std::async(std::launch::async, [fifo] { return readFile(fifo); });
    const CliRun piped = cliHere({QStringLiteral("simulate"), QStringLiteral("v.json"),
                                  QStringLiteral("--csv"), fifo});
    QVERIFY2(piped.exitCode == 0, qPrintable(describe(piped)));
    QVERIFY(reader.get().startsWith("day,lymphocytes_per_ul"));
    struct stat s {};
    QVERIFY(::stat(QFile::encodeName(fifo).constData(), &s) == 0 && S_ISFIFO(s.st_mode));
}

// 4: `--csv -` wrote a file named "-".
void TestCliHostile::dashIsStandardOutput()
{
    const CliRun run = cliHere({QStringLiteral("simulate"), QStringLiteral("v.json"),
                                QStringLiteral("--csv"), QStringLiteral("-")});
    QVERIFY2(run.exitCode == 0, qPrintable(describe(run)));
    QVERIFY(run.out.startsWith(QLatin1String("day,lymphocytes_per_ul")));
    QVERIFY2(!run.out.contains(QLatin1String("Scenario:")), "the summary goes to standard error");
    QVERIFY(run.err.contains(QLatin1String("Scenario:")));
    QVERIFY(!QFile::exists(path(QStringLiteral("-"))));

    const CliRun image = cliHere({QStringLiteral("simulate"), QStringLiteral("v.json"),
                                  QStringLiteral("--png"), QStringLiteral("-")});
    QCOMPARE(image.exitCode, 2);
    QVERIFY(!QFile::exists(path(QStringLiteral("-"))));
}

// 4 and 9: a pipe nobody reads must not hang the run.
void TestCliHostile::pipeWithoutReaderFailsAtOnce()
{
    const QString fifo = path(QStringLiteral("nobody-reads"));
    QVERIFY(::mkfifo(QFile::encodeName(fifo).constData(), 0600) == 0);
    const CliRun run = runProgram({}, {QStringLiteral("simulate"), QStringLiteral("v.json"),
                                       QStringLiteral("--csv"), fifo},
                                  m_dir->path(), 60000);
    QVERIFY2(run.exitCode == 1, qPrintable(describe(run)));
    QVERIFY2(run.err.contains(QLatin1String("no program is reading")), qPrintable(describe(run)));
}

// 5: the summary read the output grid: with --step 365, "months < 500/µL: none".
// The second plan's antibodies end on a day, in two periods: that day is the daily grid's too.
void TestCliHostile::summaryDoesNotDependOnStep()
{
    for (const char *scenario : {"v.json", "alemtuzumab-then-ocrelizumab"}) {
        QString daily;
        for (const char *step : {"1", "7", "30", "365", "0.5"}) {
            const CliRun run = cliHere({QStringLiteral("simulate"), QLatin1String(scenario),
                                        QStringLiteral("--step"), QLatin1String(step)});
            QVERIFY2(run.exitCode == 0, qPrintable(describe(run)));
            QVERIFY(run.out.contains(QStringLiteral("Months with lymphocytes < 500/µL: ")));
            QVERIFY(!run.out.contains(QStringLiteral("< 500/µL: none")));
            QVERIFY(run.out.contains(QStringLiteral("ADA against alemtuzumab: binding-positive from day ")));
            if (QLatin1String(scenario) != QLatin1String("v.json")) {
                QVERIFY2(run.out.contains(QStringLiteral(" to day ")) &&
                             run.out.contains(QStringLiteral(" (2 separate periods)")),
                         qPrintable(run.out));
            }
            if (daily.isEmpty())
                daily = summaryFigures(run.out);
            else
                QCOMPARE(summaryFigures(run.out), daily);
        }
    }
}

void TestCliHostile::cohortSummaryDoesNotDependOnStep()
{
    QString daily;
    for (const char *step : {"1", "365"}) {
        const CliRun run = cliHere({QStringLiteral("simulate"), QStringLiteral("v.json"),
                                    QStringLiteral("--cohort"), QStringLiteral("30"),
                                    QStringLiteral("--step"), QLatin1String(step)});
        QVERIFY2(run.exitCode == 0, qPrintable(describe(run)));
        if (daily.isEmpty())
            daily = summaryFigures(run.out);
        else
            QCOMPARE(summaryFigures(run.out), daily);
    }
}

// 6: out of memory, the CLI aborted ("terminate called without an active exception").
void TestCliHostile::outOfMemoryEndsWithAMessage()
{
#if defined(__SANITIZE_ADDRESS__)
    QSKIP("AddressSanitizer reserves more address space than the limit allows; "
          "tst_core_cohort_memory injects the failure instead");
#endif
    QString sixtyYears = QString::fromUtf8(exampleJson(kDefaultExampleName));
    sixtyYears.replace(QRegularExpression(QStringLiteral("\"horizon_days\": *[0-9.]+")),
                       QStringLiteral("\"horizon_days\": 21915"));
    QVERIFY(sixtyYears.contains(QLatin1String("21915")));
    QVERIFY(writeFile(path(QStringLiteral("sixty.json")), sixtyYears.toUtf8()));
    const CliRun run = runProgram(
        QStringLiteral("/bin/sh"),
        {QStringLiteral("-c"),
         QStringLiteral("ulimit -v 400000; exec \"$0\" simulate sixty.json --cohort 1000"),
         cliPath()},
        m_dir->path());
    QVERIFY2(run.exitCode == 1, qPrintable(describe(run)));
    QVERIFY2(run.err.contains(QLatin1String("not enough memory for 1000 patients")),
             qPrintable(describe(run)));
    QVERIFY2(run.err.contains(QLatin1String("--step")), qPrintable(describe(run)));
}

// 9: a named pipe given as the scenario blocked forever.
void TestCliHostile::pipeAsScenarioIsRefused()
{
    const QString fifo = path(QStringLiteral("scenario.lymphoscope.json"));
    QVERIFY(::mkfifo(QFile::encodeName(fifo).constData(), 0600) == 0);
    const CliRun run =
        runProgram({}, {QStringLiteral("validate"), fifo}, m_dir->path(), 60000);
    QVERIFY2(run.exitCode == 2, qPrintable(describe(run)));
    QVERIFY2(run.err.contains(QLatin1String("pipe or device")), qPrintable(describe(run)));
}

// 11: a built-in example's name silently won over a local file of the same name.
void TestCliHostile::localFileWinsOverExample()
{
    QByteArray local = exampleJson("strong-ada-responder");
    local.replace("Strong anti-drug-antibody responder", "My own plan");
    QVERIFY(local.contains("My own plan"));
    QVERIFY(writeFile(path(QString::fromUtf8(kDefaultExampleName)), local));
    const CliRun file = cliHere({QStringLiteral("validate"), QString::fromUtf8(kDefaultExampleName)});
    QVERIFY2(file.exitCode == 0, qPrintable(describe(file)));
    QVERIFY2(file.out.contains(QLatin1String("My own plan")), qPrintable(describe(file)));
    QVERIFY2(file.err.contains(QLatin1String("example:")), "the ambiguity is named");

    const CliRun example = cliHere({QStringLiteral("validate"),
                                    QStringLiteral("example:") + QString::fromUtf8(kDefaultExampleName)});
    QVERIFY2(example.exitCode == 0, qPrintable(describe(example)));
    QVERIFY(!example.out.contains(QLatin1String("My own plan")));
}

// 12: report errors named no file ("No such file or directory", "Unknown error").
void TestCliHostile::reportErrorsNameTheFileAndReason()
{
    const QString missing = path(QStringLiteral("no/such/folder/handout.pdf"));
    const CliRun folder = cliHere({QStringLiteral("report"), QStringLiteral("v.json"),
                                   QStringLiteral("--pdf"), missing});
    QVERIFY2(folder.exitCode == 1, qPrintable(describe(folder)));
    QVERIFY2(folder.err.contains(missing) && folder.err.contains(QLatin1String("does not exist")),
             qPrintable(describe(folder)));

    const CliRun full = cliHere({QStringLiteral("report"), QStringLiteral("v.json"),
                                 QStringLiteral("--pdf"), QStringLiteral("/dev/full")});
    QVERIFY2(full.exitCode == 1, qPrintable(describe(full)));
    QVERIFY2(full.err.contains(QLatin1String("/dev/full")) &&
                 full.err.contains(QLatin1String("No space left on device")),
             qPrintable(describe(full)));
    QVERIFY(isCharacterDevice("/dev/full"));
}

// 12: a write that stops part way (disk full, file size limit) keeps the old file whole.
void TestCliHostile::fullDiskKeepsTheOldFile()
{
    const QString old = path(QStringLiteral("handout.pdf"));
    QVERIFY(writeFile(old, QByteArray("%PDF-1.4 an earlier handout")));
    // 32 KiB at most per file: the handout is larger. SIGXFSZ ignored, so the write fails
    // with EFBIG instead of killing the program.
    const CliRun run = runProgram(
        QStringLiteral("/bin/sh"),
        {QStringLiteral("-c"),
         QStringLiteral("trap '' XFSZ; ulimit -f 64; exec \"$0\" report v.json --pdf handout.pdf"),
         cliPath()},
        m_dir->path());
    QVERIFY2(run.exitCode == 1, qPrintable(describe(run)));
    QVERIFY2(run.err.contains(QLatin1String("handout.pdf")) &&
                 run.err.contains(QLatin1String("File too large")),
             qPrintable(describe(run)));
    QCOMPARE(readFile(old), QByteArray("%PDF-1.4 an earlier handout"));
}

// 14: `report mine.json --pdf other.lymphoscope.json` turned another scenario into a PDF, and
// `--csv notes.txt` replaced the notes: an existing file is replaced only by output of its own
// kind, as this program writes it. Empty files, earlier outputs and devices are still fine.
void TestCliHostile::outputsReplaceOnlyTheirOwnKind()
{
    const QString other = path(QStringLiteral("other.lymphoscope.json"));
    QVERIFY(writeFile(other, exampleJson(kDefaultExampleName)));
    const QByteArray otherHash = fingerprint(other);
    const QString notes = path(QStringLiteral("notes.txt"));
    QVERIFY(writeFile(notes, QByteArray("Ask about thyroid tests.\n")));
    const QString labs = path(QStringLiteral("labs.csv"));
    QVERIFY(writeFile(labs, QByteArray("day,quantity,value\n60,cd4_per_ul,200\n"
                                       "90,lymphocytes_per_ul,800\n")));
    const QString clinic = path(QStringLiteral("clinic.csv"));
    QVERIFY(writeFile(clinic, QByteArray("patient,name,born\n1,A. B.,1980\n")));
    const QString doc = path(QStringLiteral("format.md"));
    QVERIFY(writeFile(doc, QByteArray("# Format\n\n    {\"format\": \"lymphoscope-scenario\"}\n")));
    const QString picture = path(QStringLiteral("holiday.png"));
    QVERIFY(writeFile(picture, QByteArray("GIF89a, not a PNG")));

    const struct {
        QStringList arguments;
        QString kept;
        QString kind;
    } refused[] = {
        {{QStringLiteral("report"), m_scenario, QStringLiteral("--pdf"), other}, other,
         QStringLiteral("a PDF")},
        {{QStringLiteral("simulate"), m_scenario, QStringLiteral("--csv"), notes}, notes,
         QStringLiteral("a table (CSV)")},
        {{QStringLiteral("simulate"), m_scenario, QStringLiteral("--csv"), labs}, labs,
         QStringLiteral("a table (CSV)")},
        {{QStringLiteral("simulate"), m_scenario, QStringLiteral("--cohort"), QStringLiteral("20"),
          QStringLiteral("--patients-csv"), clinic},
         clinic, QStringLiteral("a table (CSV)")},
        {{QStringLiteral("simulate"), m_scenario, QStringLiteral("--png"), picture}, picture,
         QStringLiteral("a PNG image")},
        {{QStringLiteral("fit"), m_scenario, QStringLiteral("--save-scenario"), notes}, notes,
         QStringLiteral("a Lymphoscope scenario")},
        // The report is refused before the run that would take minutes.
        {{QStringLiteral("calibration"), QStringLiteral("--quick"), QStringLiteral("--only"),
          QStringLiteral("ahsct-cd4-not-recovered-24mo-cull2017"), QStringLiteral("--markdown"),
          doc},
         doc, QStringLiteral("a validation report")},
    };
    for (const auto &c : refused) {
        const QByteArray before = fingerprint(c.kept);
        const CliRun run = cliHere(c.arguments);
        QVERIFY2(run.exitCode == 2, qPrintable(describe(run)));
        QVERIFY2(run.err.contains(QLatin1String("will not replace")) &&
                     run.err.contains(c.kept) && run.err.contains(c.kind) &&
                     run.err.contains(QLatin1String("remove the file first")),
                 qPrintable(describe(run)));
        QCOMPARE(fingerprint(c.kept), before);
    }
    QCOMPARE(fingerprint(other), otherHash);
    // The report is never the list of targets --check reads.
    const QString listed = path(QStringLiteral("must-pass.txt"));
    QVERIFY(writeFile(listed, QByteArray()));
    const CliRun checked = cliHere({QStringLiteral("calibration"), QStringLiteral("--quick"),
                                    QStringLiteral("--only"),
                                    QStringLiteral("ahsct-cd4-not-recovered-24mo-cull2017"),
                                    QStringLiteral("--check"), listed,
                                    QStringLiteral("--markdown"), listed});
    QVERIFY2(checked.exitCode == 2 && checked.err.contains(QLatin1String("input file itself")),
             qPrintable(describe(checked)));

    // Text that only quotes the scenario format (this project's documentation) is not one.
    const QByteArray docHash = fingerprint(doc);
    const CliRun quoted = cliHere({QStringLiteral("fit"), m_scenario, QStringLiteral("--labs"), labs,
                                   QStringLiteral("--save-scenario"), doc});
    QVERIFY2(quoted.exitCode == 2 && quoted.err.contains(QLatin1String("will not replace")),
             qPrintable(describe(quoted)));
    QCOMPARE(fingerprint(doc), docHash);
    // A file that cannot be read cannot be told apart from the user's own: kept as well (the
    // check needs a user whom the permissions bind; root reads anything).
    const QString secret = path(QStringLiteral("secret.csv"));
    QVERIFY(writeFile(secret, QByteArray("my private notes\n")));
    QVERIFY(QFile::setPermissions(secret, QFileDevice::WriteOwner));
    if (!QFile(secret).open(QIODevice::ReadOnly)) {
        const CliRun blind = cliHere({QStringLiteral("simulate"), m_scenario, QStringLiteral("--csv"), secret});
        QVERIFY2(blind.exitCode == 2 && blind.err.contains(QLatin1String("cannot be read")),
                 qPrintable(describe(blind)));
        QVERIFY(QFile::setPermissions(secret, QFileDevice::ReadOwner | QFileDevice::WriteOwner));
        QCOMPARE(readFile(secret), QByteArray("my private notes\n"));
    }

    // A second run replaces its own earlier outputs; an empty file is taken too.
    const QString table = path(QStringLiteral("run.csv"));
    const QString patients = path(QStringLiteral("patients.csv"));
    const QString handout = path(QStringLiteral("handout.pdf"));
    const QString empty = path(QStringLiteral("empty.png"));
    QVERIFY(writeFile(empty, QByteArray()));
    const QStringList outputs = {QStringLiteral("--cohort"), QStringLiteral("20"),
                                 QStringLiteral("--csv"), table, QStringLiteral("--patients-csv"),
                                 patients, QStringLiteral("--png"), empty};
    for (int run = 0; run < 2; ++run) {
        const CliRun simulated = cliHere(QStringList{QStringLiteral("simulate"), m_scenario} + outputs);
        QVERIFY2(simulated.exitCode == 0, qPrintable(describe(simulated)));
        const CliRun reported = cliHere({QStringLiteral("report"), m_scenario, QStringLiteral("--pdf"), handout});
        QVERIFY2(reported.exitCode == 0, qPrintable(describe(reported)));
    }
    QVERIFY(readFile(table).startsWith("day,"));
    QVERIFY(readFile(patients).startsWith("patient,"));
    QVERIFY(readFile(empty).startsWith("\x89PNG"));
    QVERIFY(readFile(handout).startsWith("%PDF-"));
    // A saved scenario replaces a scenario; the table goes to a device as before.
    const CliRun saved = cliHere({QStringLiteral("fit"), m_scenario, QStringLiteral("--save-scenario"),
                                  other, QStringLiteral("--labs"), labs, QStringLiteral("--csv"),
                                  QStringLiteral("/dev/null"), QStringLiteral("--draws"),
                                  QStringLiteral("20")});
    QVERIFY2(saved.exitCode == 0, qPrintable(describe(saved)));
    QVERIFY(fingerprint(other) != otherHash);
    QVERIFY(readFile(other).contains("\"lymphoscope-scenario\""));
}

// 13: the unknown-command message left out `report`; `reprot` got no suggestion.
void TestCliHostile::unknownCommandKnowsReport()
{
    const CliRun run = cliHere({QStringLiteral("reprot")});
    QVERIFY2(run.exitCode == 2, qPrintable(describe(run)));
    QVERIFY2(run.err.contains(QLatin1String("report")), qPrintable(describe(run)));
    QVERIFY2(run.err.contains(QLatin1String("Did you mean 'report'?")), qPrintable(describe(run)));
}

QTEST_GUILESS_MAIN(TestCliHostile)
#include "tst_cli_hostile.moc"
