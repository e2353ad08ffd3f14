// The outcome figures the comparison table shows (OutcomeFigures): months below a limit with
// interpolated crossings, figures read at 2, 5 and 6 years, peak ADA, and one check against
// the published CD4 recovery after alemtuzumab.

#include "ScenarioBuilders.h"

#include "model/ParameterTable.h"
#include "simulate/OutcomeFigures.h"
#include "simulate/Simulator.h"

#include <QtTest>

#include <algorithm>

using namespace lymph;

class OutcomeFiguresTest : public QObject {
    Q_OBJECT

private slots:
    void monthsBelowInterpolatesCrossings();
    void figuresReadTheResultColumns();
    void shortHorizonLeavesLaterFiguresUnknown();
    void cd4StaysBelowLlnForTheFirstYear();
    void overriddenLimitsTravelWithTheResults();
};

// A scenario that overrides a lower limit of normal: the results carry it, so the outcome
// figures (and every view drawing the LLN) use the same limit as the *_below_lln columns.
void OutcomeFiguresTest::overriddenLimitsTravelWithTheResults()
{
    Scenario s = test::scenario(730, {test::alemtuzumabCourse(0, 5)});
    const Results typical = simulate(s);
    s.patient.parameters["lln_cd4_per_ul"] = 600.0;
    const Results raised = simulate(s);
    QCOMPARE(raised.parameters.value("lln_cd4_per_ul"), 600.0);
    QCOMPARE(typical.parameters.value("lln_cd4_per_ul"), 400.0);
    const double months = computeOutcomeFigures(raised).monthsCd4BelowLln;
    QCOMPARE(months, monthsBelow(raised.table, {Column::Cd4}, 600.0));
    QVERIFY(months > computeOutcomeFigures(typical).monthsCd4BelowLln);
    // The flag column and the figure agree on the limit.
    const auto &cd4 = raised.table.at({Column::Cd4});
    const auto &below = raised.table.at({Column::Cd4BelowLln});
    for (std::size_t r = 0; r < cd4.size(); ++r)
        QCOMPARE(below[r], cd4[r] < 600.0 ? 1.0 : 0.0);
}

void OutcomeFiguresTest::monthsBelowInterpolatesCrossings()
{
    ResultTable table;
    table.addColumn("day", {0, 10, 20, 30, 40});
    // Falls through 100 halfway between days 0 and 10, rises through it a quarter of the way
    // from day 30 to 40: 5 + 10 + 10 + 2.5 = 27.5 days below.
    table.addColumn(ColumnKey{Column::Nk}, {150, 50, 20, 60, 220});
    QCOMPARE(monthsBelow(table, {Column::Nk}, 100.0), 27.5 / (365.25 / 12.0));
    QCOMPARE(monthsBelow(table, {Column::Nk}, 10.0), 0.0);
    QCOMPARE(monthsBelow(table, {Column::Cd8}, 10.0), 0.0); // no such column

}

void OutcomeFiguresTest::figuresReadTheResultColumns()
{
    const Scenario scenario = test::scenario(
        2191.5, {test::alemtuzumabCourse(0.0, 5), test::alemtuzumabCourse(365.0, 3)});
    const Results results = simulate(scenario);
    const OutcomeFigures figures = computeOutcomeFigures(results);
    const ResultTable &table = results.table;
    QVERIFY(figures.relapseProbability2y && figures.relapseProbability5y &&
            figures.autoimmunityProbability6y && figures.peakAdaTitre);
    QCOMPARE(*figures.relapseProbability2y, table.valueAt("relapse_probability", 730.5));
    QCOMPARE(*figures.relapseProbability5y, table.valueAt("relapse_probability", 1826.25));
    QVERIFY(*figures.relapseProbability5y >= *figures.relapseProbability2y);
    QCOMPARE(*figures.autoimmunityProbability6y, table.valueAt("autoimmunity_probability", 2191.5));
    const auto &titre = table.at("ada_alemtuzumab_titer");
    QCOMPARE(*figures.peakAdaTitre, *std::max_element(titre.begin(), titre.end()));
    // Days below the LLN counted on the daily grid agree within one day per crossing.
    const double lln = ParameterTable::defaults().value("lln_cd4_per_ul");
    const auto &cd4 = table.at("cd4_per_ul");
    const double daysBelow = double(std::count_if(cd4.begin(), cd4.end(),
                                                  [lln](double v) { return v < lln; }));
    QVERIFY(std::abs(figures.monthsCd4BelowLln * (365.25 / 12.0) - daysBelow) <= 4.0);
    QVERIFY(figures.monthsLymphocytesBelowLln > 0.0);
}

void OutcomeFiguresTest::shortHorizonLeavesLaterFiguresUnknown()
{
    const Results results = simulate(test::scenario(400.0, {test::fingolimod(0.0, 300.0)}));
    const OutcomeFigures figures = computeOutcomeFigures(results);
    QVERIFY(!figures.relapseProbability2y);
    QVERIFY(!figures.relapseProbability5y);
    QVERIFY(!figures.autoimmunityProbability6y);
    QVERIFY(!figures.peakAdaTitre); // no antibody in the scenario
}

void OutcomeFiguresTest::cd4StaysBelowLlnForTheFirstYear()
{
    // T3 (Dubuisson 2018, CARE-MS I): CD4 at month 12 after course 1 is 0.28×10⁹/L (±35% → at most 378/µL),
    // under the 400/µL LLN, and falls below it within hours of the first infusion: so at
    // least 11.9 of the first 12 months are below the LLN.
    const Results results = simulate(test::scenario(365.25, {test::alemtuzumabCourse(0.0, 5)}));
    const OutcomeFigures figures = computeOutcomeFigures(results);
    QVERIFY2(figures.monthsCd4BelowLln >= 11.9, qPrintable(QString::number(figures.monthsCd4BelowLln)));
    QVERIFY(figures.monthsCd4BelowLln <= 12.0 + 1e-9);
}

QTEST_APPLESS_MAIN(OutcomeFiguresTest)
#include "tst_core_outcome_figures.moc"
