// The column schema (simulate/ResultColumns.h): every name reads back to its key, no two keys
// share a name, every column the engine writes has a key, and a cohort summarises each column
// as its schema says.

#include "ScenarioBuilders.h"
#include "cohort/Cohort.h"
#include "scenario/ExampleLibrary.h"
#include "scenario/ScenarioIo.h"
#include "simulate/Simulator.h"

#include <QtTest>

#include <set>

using namespace lymph;

namespace {

std::vector<ColumnKey> everyKey()
{
    std::vector<ColumnKey> keys;
    for (int c = 0; c <= static_cast<int>(Column::AntiGbmProbability); ++c) {
        const Column column = static_cast<Column>(c);
        for (Statistic s : {Statistic::Value, Statistic::P05, Statistic::P25, Statistic::P75,
                            Statistic::P95}) {
            if (columnInfo(column).perAntibody) {
                for (Therapy t : kAntibodies)
                    keys.push_back({column, t, s});
            } else {
                keys.push_back({column, std::nullopt, s});
            }
        }
    }
    return keys;
}

} // namespace

class CoreColumns : public QObject {
    Q_OBJECT

private slots:
    void namesReadBackAndAreUnique()
    {
        std::set<std::string> names;
        for (const ColumnKey &key : everyKey()) {
            const std::string name = columnName(key);
            QVERIFY2(names.insert(name).second, name.c_str());
            const auto parsed = parseColumnName(name);
            QVERIFY2(parsed && *parsed == key, name.c_str());
            QCOMPARE(columnInfo(key.column).column, key.column);
        }
        QVERIFY(!parseColumnName("cd4_per_ul_p50"));
        QVERIFY(!parseColumnName("ada_fingolimod_titer"));
    }

    void everyEngineColumnHasAKey()
    {
        for (const std::string &name : exampleNames()) {
            const Scenario s = *loadScenario(kExamplePrefix + name).scenario;
            const Results one = simulate(s);
            const Results cohort = simulateCohort(s, 8, 3);
            for (const Results *r : {&one, &cohort}) {
                for (std::size_t c = 0; c < r->table.names().size(); ++c) {
                    QVERIFY2(r->table.keys()[c].has_value(), r->table.names()[c].c_str());
                    QCOMPARE(columnName(*r->table.keys()[c]), r->table.names()[c]);
                }
            }
            // Quantile columns have their bands in a cohort; mean columns have none.
            for (const auto &key : one.table.keys()) {
                const bool banded = cohort.table.has(key->with(Statistic::P05));
                QCOMPARE(banded, columnInfo(key->column).aggregation == Aggregation::Quantiles);
            }
        }
    }

    void flagsAreCohortFractions()
    {
        // A 0/1 column's cohort value is the share of patients with 1, so it lies in [0, 1]
        // and is not a median of 0s and 1s (which could only be 0, ½ or 1).
        const Scenario s = *loadScenario("example:alemtuzumab-then-ahsct").scenario;
        const Results cohort = simulateCohort(s, 21, 5);
        const auto &share = cohort.table.at({Column::AdaEverBindingPositive, Therapy::Alemtuzumab});
        bool fractional = false;
        for (double v : share) {
            QVERIFY(v >= 0.0 && v <= 1.0);
            fractional = fractional || (v > 0.0 && v < 1.0 && v != 0.5);
        }
        QVERIFY(fractional);
    }
};

QTEST_GUILESS_MAIN(CoreColumns)
#include "tst_core_columns.moc"
