// The calibration command: the target set as the issue asks for it (at least 60 figures from
// at least 20 publications), conflicting sources kept but not tested, a target set with a
// broken reference refused by name, the review's findings answered with each run's values,
// and `--fit` end to end.
#include "CliRunner.h"

#include "calibration/AcceptedInterval.h"
#include "calibration/TargetSet.h"

#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>
#include <QtTest>

#include <algorithm>
#include <filesystem>
#include <optional>
#include <set>

using namespace lymph;
using namespace lymph::test;

namespace {
const QString kTargets = QStringLiteral(LYMPH_SOURCE_DIR "/resources/calibration");

bool copyFolder(const QString &from, const QString &to)
{
    std::error_code error;
    std::filesystem::copy(from.toStdString(), to.toStdString(),
                          std::filesystem::copy_options::recursive, error);
    return !error;
}
// `calibration` run on a copy of the target set in which `file` (relative to the set) has
// `from` replaced by `to`; nothing when the copy cannot be made or `from` is not in the file.
std::optional<CliRun> runOnEditedCopy(const QString &file, const QByteArray &from,
                                      const QByteArray &to)
{
    QTemporaryDir dir;
    const QString set = dir.path() + QStringLiteral("/set");
    if (!copyFolder(kTargets, set))
        return std::nullopt;
    QFile in(set + QLatin1Char('/') + file);
    if (!in.open(QIODevice::ReadOnly))
        return std::nullopt;
    QByteArray text = in.readAll();
    in.close();
    if (!text.contains(from))
        return std::nullopt;
    text.replace(from, to);
    QFile out(in.fileName());
    if (!out.open(QIODevice::WriteOnly | QIODevice::Truncate) || out.write(text) != text.size())
        return std::nullopt;
    out.close();
    return runCli({QStringLiteral("calibration"), QStringLiteral("--targets"), set});
}
} // namespace

class CliCalibration : public QObject {
    Q_OBJECT

private slots:
    void targetSetIsLargeEnough()
    {
        const TargetSet set = loadTargetSet(kTargets.toStdString());
        QCOMPARE_GE(set.targets.size(), std::size_t(60));
        std::set<std::string> sources;
        for (const CalibrationTarget &t : set.targets)
            sources.insert(t.source);
        QCOMPARE_GE(sources.size(), std::size_t(20));
    }

    // Both sides of a disagreement stay; the one the model does not follow is reported only.
    void contradictingFiguresAreReportedBesideTheFollowedOne()
    {
        const TargetSet set = loadTargetSet(kTargets.toStdString());
        int contradicting = 0;
        for (const CalibrationTarget &t : set.targets) {
            if (t.modelFollows.empty())
                continue;
            ++contradicting;
            QVERIFY(!acceptedInterval(t).tested);
            QVERIFY(std::any_of(set.targets.begin(), set.targets.end(),
                                [&](const CalibrationTarget &o) { return o.id == t.modelFollows; }));
            QVERIFY2(!t.note.empty(), t.id.c_str()); // the note says why
        }
        QCOMPARE_GT(contradicting, 0);
    }

    void brokenReferenceIsNamed()
    {
        const std::optional<CliRun> run =
            runOnEditedCopy(QStringLiteral("targets/fingolimod.json"),
                            "\"model_follows\": \"fty-lymph-recovery-lln-francis2014\"",
                            "\"model_follows\": \"no-such-target\"");
        QVERIFY(run);
        QVERIFY2(run->exitCode != 0, qPrintable(describe(*run)));
        QVERIFY2(run->err.contains(QStringLiteral("model_follows")) &&
                     run->err.contains(QStringLiteral("no-such-target")),
                 qPrintable(describe(*run)));
    }

    // A cohort cumulative hazard is read only from probabilities.
    void cumulativeHazardOfAnythingButAFractionIsNamed()
    {
        const std::optional<CliRun> run = runOnEditedCopy(
            QStringLiteral("targets/fingolimod.json"),
            "\"measure\": \"fraction\",\n    \"column\": \"autoimmunity_probability\",\n"
            "    \"statistic\": \"cumulative_hazard\"",
            "\"measure\": \"value\",\n    \"column\": \"autoimmunity_probability\",\n"
            "    \"statistic\": \"cumulative_hazard\"");
        QVERIFY(run);
        QVERIFY2(run->exitCode != 0, qPrintable(describe(*run)));
        QVERIFY2(run->err.contains(QStringLiteral("fty-alem-hr-autoimmunity-pfeuffer2021")) &&
                     run->err.contains(QStringLiteral("model.statistic")) &&
                     run->err.contains(QStringLiteral("fraction")),
                 qPrintable(describe(*run)));
    }

    void fitRefusesAnUnknownParameter()
    {
        const CliRun run = runCli({QStringLiteral("calibration"), QStringLiteral("--fit"),
                                   QStringLiteral("no_such_parameter")});
        QVERIFY2(run.exitCode != 0 && run.err.contains(QStringLiteral("no_such_parameter")),
                 qPrintable(describe(run)));
        const CliRun iterations = runCli(
            {QStringLiteral("calibration"), QStringLiteral("--fit"),
             QStringLiteral("cd4_homeostatic_max_boost"), QStringLiteral("--iterations"),
             QStringLiteral("0")});
        QVERIFY2(iterations.exitCode != 0 && iterations.err.contains(QStringLiteral("--iterations")),
                 qPrintable(describe(iterations)));
    }

    // Every finding of the review names figures that exist; the report answers each with this
    // run's values (the same as in its topic's table), and marks figures left out by --only.
    void reviewFindingsAreAnsweredWithThisRunsValues()
    {
        const TargetSet set = loadTargetSet(kTargets.toStdString());
        QCOMPARE_GE(set.findings.size(), std::size_t(7));
        const ReviewFinding &first = set.findings.front();
        QCOMPARE_GE(first.evidence.size(), std::size_t(2));
        const QString shown = QString::fromStdString(first.evidence.at(0));
        const QString left = QString::fromStdString(first.evidence.at(1));

        QTemporaryDir dir;
        const QString file = dir.path() + QStringLiteral("/report.md");
        const CliRun run = runCli({QStringLiteral("calibration"), QStringLiteral("--quick"),
                                   QStringLiteral("--only"), shown, QStringLiteral("--markdown"),
                                   file});
        QVERIFY2(run.exitCode == 0, qPrintable(describe(run)));
        QFile in(file);
        QVERIFY(in.open(QIODevice::ReadOnly));
        const QString md = QString::fromUtf8(in.readAll());
        const qsizetype section = md.indexOf(QStringLiteral("## What a review of the model found"));
        QVERIFY(section >= 0);
        for (const ReviewFinding &f : set.findings)
            QVERIFY2(md.contains(QStringLiteral("### %1 (").arg(QString::fromStdString(f.finding))),
                     f.id.c_str());

        const auto rowOf = [&](const QString &prefix, qsizetype from) {
            const qsizetype at = md.indexOf(prefix, from);
            return at < 0 ? QStringList() : md.mid(at, md.indexOf(QLatin1Char('\n'), at) - at)
                                                .split(QStringLiteral(" | "));
        };
        // In the findings: figure | published | model | result. In the topic table: target |
        // source | population | measure | published | model | rule | result.
        const QStringList finding = rowOf(QStringLiteral("| `%1` (").arg(shown), section);
        const QStringList table = rowOf(QStringLiteral("| `%1` |").arg(shown), section);
        QCOMPARE(finding.size(), 4);
        QCOMPARE_GE(table.size(), 8);
        QCOMPARE(finding.at(2), table.at(5));
        QVERIFY(md.indexOf(QStringLiteral("| `%1` | | not run (`--only`) | |").arg(left), section) > section);

        const CliRun json = runCli({QStringLiteral("calibration"), QStringLiteral("--quick"),
                                    QStringLiteral("--only"), shown, QStringLiteral("--json")});
        QVERIFY2(json.exitCode == 0, qPrintable(describe(json)));
        const QJsonArray findings = QJsonDocument::fromJson(json.out.toUtf8())
                                        .object()
                                        .value(QStringLiteral("findings"))
                                        .toArray();
        QCOMPARE(std::size_t(findings.size()), set.findings.size());
        QCOMPARE(findings.at(0).toObject().value(QStringLiteral("evidence")).toArray().size(),
                 qsizetype(first.evidence.size()));
    }

    // The report and its plots replace only their own earlier versions: a note where the
    // report or a plot would go is kept and the run stops with exit 2.
    void reportAndPlotsReplaceOnlyTheirOwn()
    {
        QTemporaryDir dir;
        const QString report = dir.filePath(QStringLiteral("report.md"));
        const QString plots = dir.filePath(QStringLiteral("plots"));
        const QStringList arguments = {QStringLiteral("calibration"), QStringLiteral("--quick"),
                                       QStringLiteral("--only"),
                                       QStringLiteral("ahsct-cd4-not-recovered-24mo-cull2017"),
                                       QStringLiteral("--markdown"), report,
                                       QStringLiteral("--plots"), plots};
        for (int run = 0; run < 2; ++run) { // the second replaces the first run's files
            const CliRun made = runCli(arguments);
            QVERIFY2(made.exitCode == 0, qPrintable(describe(made)));
        }
        const QString plot = plots + QStringLiteral("/curve-01.png");
        QFile made(plot);
        QVERIFY(made.open(QIODevice::ReadOnly));
        QVERIFY(made.read(4) == "\x89PNG");
        made.close();

        const QByteArray note("holiday picture\n");
        const auto keeps = [&](const QString &file, const QString &option) {
            QFile out(file);
            QVERIFY(out.open(QIODevice::WriteOnly | QIODevice::Truncate));
            out.write(note);
            out.close();
            const CliRun refused = runCli(arguments);
            QVERIFY2(refused.exitCode == 2 && refused.err.contains(option) &&
                         refused.err.contains(QStringLiteral("will not replace")),
                     qPrintable(describe(refused)));
            QFile in(file);
            QVERIFY(in.open(QIODevice::ReadOnly));
            QCOMPARE(in.readAll(), note);
        };
        keeps(plot, QStringLiteral("--plots"));
        QVERIFY(QFile::remove(plot));
        keeps(report, QStringLiteral("--markdown"));
    }

    void findingWithAnUnknownFigureIsNamed()
    {
        const std::optional<CliRun> run =
            runOnEditedCopy(QStringLiteral("findings.json"), "\"fty-rebound-timing-hatcher2016\"",
                            "\"no-such-figure\"");
        QVERIFY(run);
        QVERIFY2(run->exitCode != 0, qPrintable(describe(*run)));
        QVERIFY2(run->err.contains(QStringLiteral("findings.json")) &&
                     run->err.contains(QStringLiteral("evidence")) &&
                     run->err.contains(QStringLiteral("no-such-figure")),
                 qPrintable(describe(*run)));
    }

    // One parameter to two figures, end to end: estimates, standard errors and the residuals
    // before and after, as JSON.
    void fitReportsEstimatesAndResiduals()
    {
        const CliRun run = runCli(
            {QStringLiteral("calibration"), QStringLiteral("--quick"), QStringLiteral("--json"),
             QStringLiteral("--only"),
             QStringLiteral("alem-cd4-mean-m3-dub2018,alem-cd4-mean-m6-dub2018"),
             QStringLiteral("--fit"), QStringLiteral("cd4_homeostatic_max_boost"),
             QStringLiteral("--iterations"), QStringLiteral("3")});
        QVERIFY2(run.exitCode == 0, qPrintable(describe(run)));
        const QJsonObject root = QJsonDocument::fromJson(run.out.toUtf8()).object();
        const QJsonArray parameters = root.value(QStringLiteral("parameters")).toArray();
        QCOMPARE(parameters.size(), 1);
        const QJsonObject p = parameters.at(0).toObject();
        QCOMPARE(p.value(QStringLiteral("id")).toString(), QStringLiteral("cd4_homeostatic_max_boost"));
        QVERIFY(p.value(QStringLiteral("estimate")).toDouble() > 0.0);
        QVERIFY(p.value(QStringLiteral("log_se")).toDouble() > 0.0);
        QCOMPARE(root.value(QStringLiteral("targets")).toArray().size(), 2);
        QVERIFY(root.value(QStringLiteral("final_cost")).toDouble() <=
                root.value(QStringLiteral("initial_cost")).toDouble());
    }
};

QTEST_GUILESS_MAIN(CliCalibration)
#include "tst_cli_calibration.moc"
