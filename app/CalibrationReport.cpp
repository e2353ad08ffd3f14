#include "CalibrationReport.h"

#include "CliText.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

#include <algorithm>
#include <cmath>
#include <map>
#include <set>

namespace lymph::cli {

namespace {

QString number(double v)
{
    if (std::isinf(v))
        return v > 0 ? QStringLiteral("∞") : QStringLiteral("−∞");
    const double magnitude = std::abs(v);
    const int decimals = magnitude >= 100 ? 0 : magnitude >= 10 ? 1 : magnitude >= 1 ? 2 : 3;
    return QString::number(v, 'f', decimals);
}

QString cell(QString text) { return text.replace(QLatin1Char('|'), QStringLiteral("\\|")); }

} // namespace

CalibrationReport::CalibrationReport(const TargetSet &set, const std::vector<TargetResult> &results)
    : m_set(set), m_results(results)
{
}

int CalibrationReport::tested() const
{
    int n = 0;
    for (const TargetResult &r : m_results)
        n += r.interval.tested ? 1 : 0;
    return n;
}

int CalibrationReport::passed() const { return passedCount(m_results); }

QStringList CalibrationReport::failing() const
{
    QStringList ids;
    for (const TargetResult &r : m_results) {
        if (r.interval.tested && !r.passed)
            ids << fromStd(r.target->id);
    }
    return ids;
}

QString CalibrationReport::citation(const CalibrationTarget &t) const
{
    const CalibrationSource &s = m_set.sources.at(t.source);
    QString authors = fromStd(s.authors).section(QLatin1Char(','), 0, 0).trimmed();
    return QStringLiteral("%1 %2, %3").arg(authors).arg(s.year).arg(fromStd(s.journal));
}

QString CalibrationReport::published(const TargetResult &r) const
{
    const CalibrationTarget &t = *r.target;
    QString text = number(t.value) + QLatin1Char(' ') + fromStd(t.unit);
    if (r.interval.tested)
        text += QStringLiteral(" [%1, %2]").arg(number(r.interval.low), number(r.interval.high));
    return text;
}

QString CalibrationReport::modelValue(const TargetResult &r) const
{
    return r.model ? number(*r.model) : tr("— (%1)").arg(fromStd(r.problem));
}

QString CalibrationReport::outcome(const TargetResult &r) const
{
    if (!r.interval.tested)
        return tr("reported");
    return r.passed ? tr("pass") : tr("FAIL");
}

QString CalibrationReport::text() const
{
    QString out;
    for (const TargetResult &r : m_results) {
        out += QStringLiteral("%1  %2\n    %3 (%4)\n    published %5 · model %6 · %7\n")
                   .arg(outcome(r).leftJustified(8), fromStd(r.target->id),
                        fromStd(r.target->measure), citation(*r.target), published(r),
                        modelValue(r), fromStd(r.interval.rule));
    }
    const int tests = tested();
    out += tr("%1 targets: %2 tested, %3 passed (%4%), %5 reported only.")
               .arg(m_results.size())
               .arg(tests)
               .arg(passed())
               .arg(tests ? QString::number(100.0 * passed() / tests, 'f', 0) : QStringLiteral("–"))
               .arg(int(m_results.size()) - tests) +
           QLatin1Char('\n');
    return out;
}

QByteArray CalibrationReport::json() const
{
    QJsonArray targets;
    for (const TargetResult &r : m_results) {
        const CalibrationTarget &t = *r.target;
        const CalibrationSource &s = m_set.sources.at(t.source);
        QJsonObject o;
        o.insert(QStringLiteral("id"), fromStd(t.id));
        o.insert(QStringLiteral("topic"), fromStd(t.topic));
        o.insert(QStringLiteral("source"),
                 QJsonObject{{QStringLiteral("key"), fromStd(s.key)},
                             {QStringLiteral("authors"), fromStd(s.authors)},
                             {QStringLiteral("year"), s.year},
                             {QStringLiteral("title"), fromStd(s.title)},
                             {QStringLiteral("journal"), fromStd(s.journal)},
                             {QStringLiteral("doi"), fromStd(s.doi)},
                             {QStringLiteral("where"), fromStd(t.where)}});
        o.insert(QStringLiteral("verified"), t.verified);
        o.insert(QStringLiteral("digitised"), t.digitised);
        o.insert(QStringLiteral("population"), fromStd(t.population));
        o.insert(QStringLiteral("measure"), fromStd(t.measure));
        o.insert(QStringLiteral("published"), t.value);
        o.insert(QStringLiteral("unit"), fromStd(t.unit));
        o.insert(QStringLiteral("tested"), r.interval.tested);
        if (r.interval.tested) {
            o.insert(QStringLiteral("accepted_low"), std::isinf(r.interval.low) ? QJsonValue() : QJsonValue(r.interval.low));
            o.insert(QStringLiteral("accepted_high"), std::isinf(r.interval.high) ? QJsonValue() : QJsonValue(r.interval.high));
        }
        o.insert(QStringLiteral("rule"), fromStd(r.interval.rule));
        if (!t.modelFollows.empty())
            o.insert(QStringLiteral("model_follows"), fromStd(t.modelFollows));
        o.insert(QStringLiteral("model"), r.model ? QJsonValue(*r.model) : QJsonValue());
        if (!r.problem.empty())
            o.insert(QStringLiteral("problem"), fromStd(r.problem));
        o.insert(QStringLiteral("result"), r.interval.tested ? (r.passed ? QStringLiteral("pass") : QStringLiteral("fail")) : QStringLiteral("reported"));
        o.insert(QStringLiteral("design"), fromStd(t.design));
        if (!t.note.empty())
            o.insert(QStringLiteral("note"), fromStd(t.note));
        targets.append(o);
    }
    QJsonArray findings;
    for (const ReviewFinding &f : m_set.findings) {
        QJsonArray evidence;
        for (const std::string &id : f.evidence)
            evidence.append(fromStd(id));
        findings.append(QJsonObject{
            {QStringLiteral("id"), fromStd(f.id)},
            {QStringLiteral("finding"), fromStd(f.finding)},
            {QStringLiteral("status"), f.status == ReviewFinding::Status::Fixed
                                           ? QStringLiteral("fixed")
                                           : QStringLiteral("explained")},
            {QStringLiteral("how"), fromStd(f.how)},
            {QStringLiteral("evidence"), evidence}});
    }
    QJsonObject root;
    root.insert(QStringLiteral("targets"), targets);
    root.insert(QStringLiteral("findings"), findings);
    root.insert(QStringLiteral("tested"), tested());
    root.insert(QStringLiteral("passed"), passed());
    root.insert(QStringLiteral("reported_only"), int(m_results.size()) - tested());
    return QJsonDocument(root).toJson(QJsonDocument::Indented);
}

// docs/validation.md is English (not tr()), failures in bold.
QString CalibrationReport::markdownOutcome(const TargetResult &r)
{
    if (!r.interval.tested)
        return QStringLiteral("reported");
    return r.passed ? QStringLiteral("pass") : QStringLiteral("**fail**");
}

const TargetResult *CalibrationReport::result(const std::string &id) const
{
    const auto it = std::find_if(m_results.begin(), m_results.end(),
                                 [&](const TargetResult &r) { return r.target->id == id; });
    return it == m_results.end() ? nullptr : &*it;
}

QString CalibrationReport::findingsMarkdown() const
{
    if (m_set.findings.empty())
        return {};
    QString md = QStringLiteral(
        "## What a review of the model found, and what became of it\n\n"
        "A pharmacology review tried an earlier version of the model against about 25 published "
        "figures and found the problems below. Each says whether it is fixed or explained, how, "
        "and which figures show the model now, with this run's values.\n\n");
    for (const ReviewFinding &f : m_set.findings) {
        md += QStringLiteral("### %1 (%2)\n\n%3\n\n")
                  .arg(fromStd(f.finding),
                       f.status == ReviewFinding::Status::Fixed ? QStringLiteral("fixed")
                                                                 : QStringLiteral("explained"),
                       fromStd(f.how));
        md += QStringLiteral("| figure | published | model | result |\n|---|---|---|---|\n");
        for (const std::string &id : f.evidence) {
            const TargetResult *r = result(id);
            if (!r) {
                md += QStringLiteral("| `%1` | | not run (`--only`) | |\n").arg(fromStd(id));
                continue;
            }
            md += QStringLiteral("| `%1` (%2) | %3 | %4 | %5 |\n")
                      .arg(fromStd(id), cell(citation(*r->target)), cell(published(*r)),
                           cell(modelValue(*r)), markdownOutcome(*r));
        }
        md += QLatin1Char('\n');
    }
    return md;
}

QString CalibrationReport::markdown(const QStringList &plots) const
{
    std::set<std::string> sources;
    for (const TargetResult &r : m_results)
        sources.insert(r.target->source);
    const int tests = tested();
    QString md;
    md += QStringLiteral("# Validation report\n\n");
    md += QStringLiteral(
        "Generated by `scripts/validation` (`lymphoscope-cli calibration --markdown`) from the "
        "target set in `resources/calibration/`: every published figure the model is checked "
        "against, with its source, population, published value and uncertainty, the model's "
        "value and the rule that decides pass or fail. Lymphoscope is for exploration and "
        "education; passing these checks does not make it a predictor of any patient's "
        "course.\n\n");
    int contradicting = 0;
    for (const TargetResult &r : m_results)
        contradicting += r.target->modelFollows.empty() ? 0 : 1;
    md += QStringLiteral("**%1 targets from %2 publications: %3 tested, %4 pass (%5%), %6 "
                         "reported only** (%7 without a published uncertainty to test "
                         "against, %8 that contradict a source the model follows; counted as "
                         "failures, %4 of %9 pass, %10%).\n\n")
              .arg(m_results.size())
              .arg(sources.size())
              .arg(tests)
              .arg(passed())
              .arg(tests ? QString::number(100.0 * passed() / tests, 'f', 0) : QStringLiteral("–"))
              .arg(int(m_results.size()) - tests)
              .arg(int(m_results.size()) - tests - contradicting)
              .arg(contradicting)
              .arg(tests + contradicting)
              .arg(tests + contradicting
                       ? QString::number(100.0 * passed() / (tests + contradicting), 'f', 0)
                       : QStringLiteral("–"));
    md += QStringLiteral(
        "**Tolerance rules.** A figure passes when the model's value lies in the interval "
        "the publication itself gives: its 95% (or 90%) confidence interval, its range or "
        "interquartile range; ±1.96 standard errors; the 95% confidence interval of a mean from "
        "the published SD and number of patients; a one-sided bound; or, for a percentage "
        "with its number of patients, the Wilson 95% interval of that count. No tolerance is "
        "widened to make a target pass. Figures published without any uncertainty are "
        "reported beside the model's value but not tested. *Unverified* marks a figure that "
        "could not be read in a retrieved copy of its source; *digitised* one read off a "
        "plot.\n\n");
    md += findingsMarkdown();
    std::map<std::string, std::vector<const TargetResult *>> byTopic;
    for (const TargetResult &r : m_results)
        byTopic[r.target->topic].push_back(&r);
    for (const auto &[topic, results] : byTopic) {
        md += QStringLiteral("## %1\n\n").arg(fromStd(topic));
        md += QStringLiteral("| target | source | population | measure | published | model | rule | result |\n");
        md += QStringLiteral("|---|---|---|---|---|---|---|---|\n");
        for (const TargetResult *r : results) {
            const CalibrationTarget &t = *r->target;
            QString flags;
            if (!t.verified)
                flags += QStringLiteral(" *unverified*");
            if (t.digitised)
                flags += QStringLiteral(" *digitised*");
            md += QStringLiteral("| `%1`%2 | %3 (%4) | %5 | %6 | %7 | %8 | %9 | %10 |\n")
                      .arg(fromStd(t.id), flags, cell(citation(t)), cell(fromStd(t.where)),
                           cell(fromStd(t.population)), cell(fromStd(t.measure)),
                           cell(published(*r)), cell(modelValue(*r)),
                           cell(fromStd(r->interval.rule)))
                      .arg(markdownOutcome(*r));
        }
        md += QLatin1Char('\n');
    }
    if (!plots.isEmpty()) {
        md += QStringLiteral("## Model against publication\n\n");
        for (const QString &plot : plots)
            md += plot + QStringLiteral("\n\n");
    }
    if (contradicting > 0) {
        md += QStringLiteral("## Sources that disagree\n\n"
                             "Where two publications contradict each other, both stay in the set; "
                             "the model follows one, and the other is reported beside it.\n\n");
        md += QStringLiteral("| reported | its figure | model | followed instead | its figure | model |\n");
        md += QStringLiteral("|---|---|---|---|---|---|\n");
        for (const TargetResult &r : m_results) {
            if (r.target->modelFollows.empty())
                continue;
            const auto followed = std::find_if(m_results.begin(), m_results.end(), [&](const TargetResult &o) {
                return o.target->id == r.target->modelFollows;
            });
            md += QStringLiteral("| `%1` (%2) | %3 | %4 | `%5` | %6 | %7 |\n")
                      .arg(fromStd(r.target->id), cell(citation(*r.target)), cell(published(r)),
                           cell(modelValue(r)), fromStd(r.target->modelFollows),
                           followed == m_results.end() ? QStringLiteral("—") : cell(published(*followed)),
                           followed == m_results.end() ? QStringLiteral("—") : cell(modelValue(*followed)));
        }
        md += QLatin1Char('\n');
    }
    md += QStringLiteral("## Unverified figures\n\n");
    bool anyUnverified = false;
    for (const TargetResult &r : m_results) {
        if (!r.target->verified) {
            md += QStringLiteral("- `%1` (%2): %3\n")
                      .arg(fromStd(r.target->id), citation(*r.target), fromStd(r.target->note));
            anyUnverified = true;
        }
    }
    if (!anyUnverified)
        md += QStringLiteral("None.\n");
    md += QStringLiteral("\n## Sources\n\n");
    for (const std::string &key : sources) {
        const CalibrationSource &s = m_set.sources.at(key);
        md += QStringLiteral("- **%1** %2 (%3). %4. *%5*.%6\n")
                  .arg(fromStd(key), fromStd(s.authors))
                  .arg(s.year)
                  .arg(fromStd(s.title), fromStd(s.journal),
                       s.doi.empty() ? QString() : QStringLiteral(" doi:%1").arg(fromStd(s.doi)));
    }
    return md;
}

} // namespace lymph::cli
