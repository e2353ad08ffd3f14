// "Show me a patient like this": simulateCohortMember gives the very patient runCohort drew
// with the same seed and index — the same sampled variation and the same outcomes.

#include "ScenarioBuilders.h"

#include "cohort/Cohort.h"
#include "simulate/InfectionWindows.h"

#include <QtTest>

#include <cstring>

using namespace lymph;

class CohortMemberTest : public QObject {
    Q_OBJECT

private slots:
    void memberIsTheCohortsPatient();
    void membersDiffer();
};

void CohortMemberTest::memberIsTheCohortsPatient()
{
    const Scenario scenario = test::scenario(
        800.0, {test::alemtuzumabCourse(0.0, 5), test::alemtuzumabCourse(365.0, 3)});
    CohortOptions options;
    options.patients = 12;
    options.seed = 7;
    options.threads = 2;
    const Results cohort = runCohort(scenario, options);
    QCOMPARE(cohort.patients.size(), std::size_t(12));
    for (std::size_t index : {std::size_t(0), std::size_t(5), std::size_t(11)}) {
        const Results member = simulateCohortMember(scenario, options.seed, index);
        QCOMPARE(member.cohortSize, 0);
        QCOMPARE(member.patients.size(), std::size_t(1));
        const PatientOutcome &a = member.patients.front();
        const PatientOutcome &b = cohort.patients[index];
        QCOMPARE(a.index, std::uint64_t(index));
        QCOMPARE(a.factor("clearance_factor"), b.factor("clearance_factor"));
        QCOMPARE(a.factor("kill_factor"), b.factor("kill_factor"));
        QVERIFY(std::strcmp(a.adaClass, b.adaClass) == 0);
        QCOMPARE(a.relapseProbabilityEnd, b.relapseProbabilityEnd);
        QCOMPARE(a.monthsCd4BelowLln, b.monthsCd4BelowLln);
        QCOMPARE(a.cd4NadirPerUl, b.cd4NadirPerUl);
        // Its curves are those the outcomes were measured on.
        QCOMPARE(member.table.at("relapse_probability").back(), a.relapseProbabilityEnd);
        // Shown on its own, a member has infection-risk windows of its own (a cohort's members
        // skip theirs): alemtuzumab takes its lymphocytes below 500/µL after each course.
        const auto own = findInfectionWindows(member.table, false);
        QVERIFY(own.size() >= 2);
        QCOMPARE(member.infectionWindows.size(), own.size());
        for (std::size_t w = 0; w < own.size(); ++w) {
            QCOMPARE(member.infectionWindows[w].startDay, own[w].startDay);
            QCOMPARE(member.infectionWindows[w].endDay, own[w].endDay);
        }
    }
}

void CohortMemberTest::membersDiffer()
{
    const Scenario scenario = test::scenario(400.0, {test::alemtuzumabCourse(0.0, 5)});
    const Results first = simulateCohortMember(scenario, 1, 0);
    const Results second = simulateCohortMember(scenario, 1, 1);
    QVERIFY(first.table.at("cd4_per_ul") != second.table.at("cd4_per_ul"));
    QVERIFY(simulateCohortMember(scenario, 1, 0).table.at("cd4_per_ul") == first.table.at("cd4_per_ul"));
}

QTEST_APPLESS_MAIN(CohortMemberTest)
#include "tst_core_cohort_member.moc"
