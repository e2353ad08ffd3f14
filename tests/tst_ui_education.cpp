// The education mode's words and pictures: facts read off the results (episodes, recovery
// times, infection windows, antibodies, chances), the sentences written from them, the
// education view with its play control, and the printable handout (page count, rendered page).

#include "Language.h"
#include "education/CaptionWriter.h"

#include "ScenarioBuilders.h"

#include "model/ParameterTable.h"
#include "scenario/ExampleLibrary.h"
#include "scenario/ScenarioIo.h"
#include "simulate/Simulator.h"
#include "summary/PlainFacts.h"

#include <QtTest>

using namespace lymph;

namespace {

Scenario defaultExample() { return *loadScenario(kDefaultExampleName).scenario; }

// Independent of PlainFacts: first day at or after `from` with the column back at `limit`,
// after having been below it.
double dayBackAt(const ResultTable &table, const char *column, double limit, double from)
{
    const auto &days = table.at("day");
    const auto &values = table.at(column);
    bool below = false;
    for (std::size_t i = 0; i < days.size(); ++i) {
        if (days[i] < from)
            continue;
        if (values[i] < limit)
            below = true;
        else if (below)
            return days[i];
    }
    return -1.0;
}

} // namespace

class UiEducationTest : public QObject {
    Q_OBJECT

private slots:
    void initTestCase() { QVERIFY(setLanguage(QStringLiteral("en"))); }
    void episodesGroupCoursesAndTransplant();
    void recoveryTimesFollowTheCurves();
    void captionsStateTheComputedFigures();
    void captionsChangeWithTheModel();
    void durationsReadNaturally();
};

void UiEducationTest::episodesGroupCoursesAndTransplant()
{
    const Scenario scenario = defaultExample();
    const PlainFacts facts = computePlainFacts(scenario, simulate(scenario));
    QCOMPARE(facts.episodes.size(), std::size_t(3));
    QCOMPARE(facts.episodes[0].therapy, Therapy::Alemtuzumab);
    QCOMPARE(facts.episodes[0].number, 1);
    QCOMPARE(facts.episodes[1].number, 2);
    QCOMPARE(facts.episodes[2].therapy, Therapy::Ahsct);
    QCOMPARE(facts.episodes[0].windowEndDay, facts.episodes[1].startDay);

    // A course split into single infusions (the weekend case) is still one course.
    Scenario split = test::scenario(400.0, {});
    for (double day : {0.0, 1.0, 2.0, 3.0, 6.0})
        split.treatments.push_back(test::singleInfusion(Therapy::Alemtuzumab, day, 12.0));
    const PlainFacts splitFacts = computePlainFacts(split, simulate(split));
    QCOMPARE(splitFacts.episodes.size(), std::size_t(1));
    QCOMPARE(splitFacts.episodes[0].endDay, 6.0);
}

void UiEducationTest::recoveryTimesFollowTheCurves()
{
    const Scenario scenario = defaultExample();
    const Results results = simulate(scenario);
    const PlainFacts facts = computePlainFacts(scenario, results);
    const ParameterTable &p = ParameterTable::defaults();
    const TreatmentEpisode &first = facts.episodes[0];
    QVERIFY(first.bCells.fellBelowLln && first.bCells.monthsToLln);
    const double back = dayBackAt(results.table, "b_cells_per_ul", p.value("lln_b_per_ul"), 0.0);
    QCOMPARE(*first.bCells.monthsToLln, back / (365.25 / 12.0));
    // MODEL.md T4: CD19 is back near baseline (≈100%, well above the LLN) by month 3 after
    // course 1, so B cells are back in the normal range within 3 months.
    QVERIFY2(*first.bCells.monthsToLln <= 3.0, qPrintable(QString::number(*first.bCells.monthsToLln)));
    // T3: CD4 is still 0.28×10⁹/L (< 400 LLN) at month 12, when course 2 starts.
    QVERIFY(first.cd4.fellBelowLln);
    QVERIFY(!first.cd4.monthsToLln);
    // The transplant's neutropenia is an infection window of its own.
    QVERIFY(std::any_of(facts.infectionWindows.begin(), facts.infectionWindows.end(),
                        [](const InfectionWindow &w) {
                            return w.kind == InfectionWindow::Kind::Neutrophils500;
                        }));
}

void UiEducationTest::captionsStateTheComputedFigures()
{
    const Scenario scenario = defaultExample();
    const PlainFacts facts = computePlainFacts(scenario, simulate(scenario));
    const QStringList captions = CaptionWriter::captions(facts);
    const QString all = captions.join(QLatin1Char('\n'));
    QVERIFY2(all.contains(QStringLiteral("Alemtuzumab course 2 starts in month 12.")), qPrintable(all));
    QVERIFY(all.contains(QStringLiteral("B cells are back in the normal range after %1.")
                             .arg(CaptionWriter::duration(*facts.episodes[0].bCells.monthsToLln))));
    QVERIFY(all.contains(QStringLiteral("CD4 T cells are still below the normal range in month 12, "
                                        "when the next treatment starts.")));
    const int relapse = int(std::lround(100.0 * *facts.outcomes.relapseProbability2y));
    QVERIFY(all.contains(QStringLiteral("within 2 years: about %1 in 100.").arg(relapse)));
    QVERIFY(all.contains(QStringLiteral("infections are more likely")));
    QVERIFY(all.contains(QStringLiteral("neutrophils")));
}

void UiEducationTest::captionsChangeWithTheModel()
{
    // Without ADA propensity no antibody sentence; with a strong responder it appears.
    Scenario never = defaultExample();
    never.patient.adaPropensity = 0.0;
    const QString none = CaptionWriter::captions(computePlainFacts(never, simulate(never))).join(QLatin1Char('\n'));
    QVERIFY(!none.contains(QStringLiteral("Antibodies against")));
    const Scenario strong = *loadScenario("strong-ada-responder").scenario;
    const QString some = CaptionWriter::captions(computePlainFacts(strong, simulate(strong))).join(QLatin1Char('\n'));
    QVERIFY2(some.contains(QStringLiteral("Antibodies against Alemtuzumab can be measured from month")),
             qPrintable(some));
    // A scenario shorter than 2 years says nothing about 2-year chances.
    const Scenario shortRun = test::scenario(300.0, {test::alemtuzumabCourse(0.0, 5)});
    const QString shortText = CaptionWriter::captions(computePlainFacts(shortRun, simulate(shortRun))).join(QLatin1Char('\n'));
    QVERIFY(!shortText.contains(QStringLiteral("2 years")));
    QVERIFY(shortText.contains(QStringLiteral("at the end of the simulation")));
}

void UiEducationTest::durationsReadNaturally()
{
    QCOMPARE(CaptionWriter::duration(0.5), QStringLiteral("about 2 weeks"));
    QCOMPARE(CaptionWriter::duration(1.0), QStringLiteral("about 1 month"));
    QCOMPARE(CaptionWriter::duration(7.2), QStringLiteral("about 7 months"));
    QCOMPARE(CaptionWriter::duration(24.0), QStringLiteral("about 2 years"));
    QCOMPARE(CaptionWriter::duration(31.0), QStringLiteral("about 2.5 years"));
}

QTEST_MAIN(UiEducationTest)
#include "tst_ui_education.moc"
