#include "FieldPathText.h"

#include "TreatmentLabel.h"

#include <QLocale>
#include <QStringList>

#include <charconv>
#include <optional>
#include <vector>

namespace lymph {

namespace {

// One step of a path: a key ("infusions") or an index ("[2]"), and where it starts.
struct Step {
    std::string_view key;
    std::optional<std::size_t> index;
    std::size_t offset = 0;
};

std::vector<Step> stepsOf(std::string_view path)
{
    std::vector<Step> steps;
    std::size_t i = 0;
    while (i < path.size()) {
        const std::size_t start = i;
        if (path[i] == '[') {
            const std::size_t close = path.find(']', i);
            std::size_t value = 0;
            const char *first = path.data() + i + 1;
            const char *last = path.data() + (close == std::string_view::npos ? i + 1 : close);
            if (close != std::string_view::npos &&
                std::from_chars(first, last, value).ptr == last && first != last) {
                steps.push_back({{}, value, start});
                i = close + 1;
                continue;
            }
            steps.push_back({path.substr(i), std::nullopt, start}); // not an index: as written
            break;
        }
        if (path[i] == '.')
            ++i;
        const std::size_t end = std::min(path.find_first_of(".[", i), path.size());
        steps.push_back({path.substr(i, end - i), std::nullopt, start});
        i = end;
    }
    return steps;
}

QString fromStd(std::string_view text)
{
    return QString::fromUtf8(text.data(), static_cast<qsizetype>(text.size()));
}

} // namespace

QString FieldPathText::treatmentName(std::size_t index) const
{
    const int number = static_cast<int>(index) + 1;
    // Named as the timeline shows it (therapy and days): the list's order is not visible.
    if (m_scenario != nullptr && index < m_scenario->treatments.size()) {
        const Treatment &treatment = m_scenario->treatments[index];
        return tr("%1 (%2)").arg(therapyDisplayName(treatment.therapy),
                                 treatmentSpanText(treatment));
    }
    return tr("treatment %1").arg(number);
}

QString FieldPathText::describe(std::string_view path) const
{
    // Where the walk is: each kind of object knows its own keys.
    enum class In {
        Top,
        Patient,
        Parameters,
        Individual,
        Treatments,
        Treatment,
        Infusions,
        Infusion,
        Measurements,
        Measurement,
        Leaf
    };
    In in = In::Top;
    QStringList parts;
    for (const Step &step : stepsOf(path)) {
        QString word;
        In next = In::Leaf;
        // `key` is called `text` here, and leads on to `then`.
        const auto known = [&](std::string_view key, const QString &text, In then = In::Leaf) {
            if (word.isEmpty() && !step.index && step.key == key) {
                word = text;
                next = then;
            }
        };
        switch (in) {
        case In::Top:
            known("format", tr("file format"));
            known("version", tr("format version"));
            known("name", tr("name"));
            known("description", tr("description"));
            known("horizon_days", tr("simulated time"));
            known("patient", tr("patient"), In::Patient);
            known("treatments", tr("treatments"), In::Treatments);
            known("measurements", tr("measurements"), In::Measurements);
            break;
        case In::Patient: // as the patient panel names them
            known("weight_kg", tr("weight"));
            known("age_years", tr("age"));
            known("baseline_arr", tr("untreated relapses"));
            known("ada_propensity", tr("ADA propensity"));
            known("parameters", tr("model parameters"), In::Parameters);
            known("individual", tr("patient's own factors"), In::Individual);
            break;
        case In::Individual: // "patient factor x" in place of "patient's own factors"
            if (!step.index && !step.key.empty()) {
                parts.removeLast();
                word = tr("patient factor %1").arg(fromStd(step.key));
            }
            break;
        case In::Measurements:
            if (step.index) {
                parts.removeLast();
                word = tr("measurement %1").arg(static_cast<int>(*step.index) + 1);
                next = In::Measurement;
            }
            break;
        case In::Measurement:
            known("day", tr("day"));
            known("quantity", tr("quantity"));
            known("value", tr("value"));
            break;
        case In::Parameters: // "model parameter x" in place of "model parameters"
            if (!step.index && !step.key.empty()) {
                parts.removeLast();
                word = tr("model parameter %1").arg(fromStd(step.key));
            }
            break;
        case In::Treatments:
            if (step.index) {
                parts.removeLast();
                word = treatmentName(*step.index);
                next = In::Treatment;
            }
            break;
        case In::Treatment:
            known("therapy", tr("therapy"));
            known("infusions", tr("infusions"), In::Infusions);
            known("start_day", tr("first day"));
            known("stop_day", tr("stop day"));
            known("mg_per_day", tr("daily dose"));
            known("regimen", tr("regimen"));
            known("day", tr("day"));
            break;
        case In::Infusions:
            if (step.index) {
                parts.removeLast();
                word = tr("infusion %1").arg(static_cast<int>(*step.index) + 1);
                next = In::Infusion;
            }
            break;
        case In::Infusion:
            known("day", tr("day"));
            known("mg", tr("dose"));
            break;
        case In::Leaf: break;
        }
        if (word.isEmpty()) { // not a field of the format: the rest as the file writes it
            std::string_view rest = path.substr(step.offset);
            if (!rest.empty() && rest.front() == '.')
                rest.remove_prefix(1);
            parts << QLocale().quoteString(fromStd(rest));
            break;
        }
        parts << word;
        in = next;
    }
    QString text = parts.join(QStringLiteral(", "));
    if (!text.isEmpty())
        text[0] = text[0].toUpper();
    return text;
}

} // namespace lymph
