#include "calibration/TargetSet.h"

#include "files/FileText.h"
#include "model/Calendar.h"
#include "scenario/ScenarioIo.h"
#include "scenario/ScenarioLimits.h"

#include <nlohmann/json.hpp>

#include <algorithm>
#include <filesystem>
#include <set>

namespace lymph {

namespace {

using nlohmann::json;
namespace fs = std::filesystem;

constexpr std::uintmax_t kMaxFileBytes = 4 * 1024 * 1024;

// Where a problem is: "targets/ahsct.json: alem-cd4-m6: model.column".
class Place {
public:
    Place(std::string file, std::string entry = {}) : m_file(std::move(file)), m_entry(std::move(entry)) {}
    Place entry(const std::string &id) const { return Place(m_file, id); }
    [[noreturn]] void fail(const std::string &field, const std::string &problem) const
    {
        std::string where = m_file;
        if (!m_entry.empty())
            where += ": " + m_entry;
        if (!field.empty())
            where += ": " + field;
        throw TargetSetError(where + ": " + problem);
    }

private:
    std::string m_file;
    std::string m_entry;
};

json readJson(const fs::path &path, const Place &place)
{
    const FileText file = readTextFile(path.string(), kMaxFileBytes);
    if (file.problem)
        place.fail({}, fileProblemText(*file.problem));
    try {
        return json::parse(file.text);
    } catch (const json::parse_error &e) {
        place.fail({}, std::string("not valid JSON: ") + e.what());
    }
}

const json &member(const json &object, const char *key, const Place &place)
{
    if (!object.is_object() || !object.contains(key))
        place.fail(key, "missing");
    return object.at(key);
}

std::string text(const json &object, const char *key, const Place &place, bool required = true)
{
    if (!object.contains(key)) {
        if (required)
            place.fail(key, "missing");
        return {};
    }
    if (!object.at(key).is_string())
        place.fail(key, "must be text");
    return object.at(key).get<std::string>();
}

double number(const json &object, const char *key, const Place &place)
{
    const json &v = member(object, key, place);
    if (!v.is_number())
        place.fail(key, "must be a number");
    const double value = v.get<double>();
    if (!std::isfinite(value))
        place.fail(key, "must be finite");
    return value;
}

double numberOr(const json &object, const char *key, double fallback, const Place &place)
{
    return object.contains(key) ? number(object, key, place) : fallback;
}

bool flag(const json &object, const char *key, const Place &place)
{
    if (!object.contains(key))
        return false;
    if (!object.at(key).is_boolean())
        place.fail(key, "must be true or false");
    return object.at(key).get<bool>();
}

CalibrationSource readSource(const json &entry, const Place &file)
{
    CalibrationSource s;
    s.key = text(entry, "key", file);
    const Place place = file.entry(s.key);
    s.authors = text(entry, "authors", place);
    s.year = static_cast<int>(number(entry, "year", place));
    s.title = text(entry, "title", place);
    s.journal = text(entry, "journal", place);
    s.doi = text(entry, "doi", place, false);
    if (entry.contains("retrieved_from")) {
        for (const json &url : entry.at("retrieved_from")) {
            if (!url.is_string())
                place.fail("retrieved_from", "must be a list of addresses");
            s.retrievedFrom.push_back(url.get<std::string>());
        }
    }
    return s;
}

CalibrationDesign readDesign(const std::string &id, const json &entry, const Place &file)
{
    const Place place = file.entry(id);
    CalibrationDesign d;
    d.id = id;
    d.summary = text(entry, "summary", place);
    d.cohort = static_cast<int>(numberOr(entry, "cohort", 0, place));
    d.seed = static_cast<std::uint64_t>(numberOr(entry, "seed", 1, place));
    if (d.cohort < 0 || d.cohort > 100000)
        place.fail("cohort", "must be 0 (the typical patient) to 100000");
    // The scenario in the scenario file's own shape, read by the scenario reader: its rules
    // and defaults apply, and its messages name the field.
    json scenario = member(entry, "scenario", place);
    if (!scenario.is_object())
        place.fail("scenario", "must be an object in the scenario file's shape");
    scenario["format"] = scenario_format::kFormatId;
    scenario["version"] = kScenarioVersion;
    if (!scenario.contains("name"))
        scenario["name"] = id;
    const ScenarioLoadResult loaded = parseScenario(scenario.dump(), "designs.json: " + id);
    if (!loaded.ok())
        place.fail("scenario", loaded.errors.front().toString());
    d.scenario = *loaded.scenario;
    return d;
}

PublishedUncertainty readUncertainty(const json &entry, const Place &place)
{
    using Kind = PublishedUncertainty::Kind;
    static const std::map<std::string, Kind> kinds = {
        {"none", Kind::None},        {"ci95", Kind::Ci95},
        {"ci90", Kind::Ci90},        {"range", Kind::Range},
        {"iqr", Kind::Iqr},          {"sd", Kind::Sd},
        {"se", Kind::Se},            {"upper_bound", Kind::UpperBound},
        {"lower_bound", Kind::LowerBound}};
    PublishedUncertainty u;
    const json &object = member(entry, "uncertainty", place);
    const std::string kind = text(object, "kind", place);
    const auto found = kinds.find(kind);
    if (found == kinds.end())
        place.fail("uncertainty.kind", "unknown kind '" + kind + "'");
    u.kind = found->second;
    u.n = static_cast<int>(numberOr(object, "n", 0, place));
    switch (u.kind) {
    case Kind::Ci95:
    case Kind::Ci90:
    case Kind::Range:
    case Kind::Iqr:
        u.low = number(object, "low", place);
        u.high = number(object, "high", place);
        if (!(u.low <= u.high))
            place.fail("uncertainty", "low must not exceed high");
        break;
    case Kind::Sd:
    case Kind::Se: u.spread = number(object, kind == "sd" ? "sd" : "se", place); break;
    case Kind::UpperBound: u.high = number(object, "high", place); break;
    case Kind::LowerBound: u.low = number(object, "low", place); break;
    case Kind::None: break;
    }
    return u;
}

ModelMeasure readMeasure(const json &object, const Place &place)
{
    using Kind = ModelMeasure::Kind;
    static const std::map<std::string, Kind> kinds = {
        {"value", Kind::Value},
        {"percent_of_baseline", Kind::PercentOfBaseline},
        {"time_to", Kind::TimeTo},
        {"annualised_relapse_rate", Kind::AnnualisedRate},
        {"fraction", Kind::Fraction},
        {"fraction_below", Kind::FractionBelow},
        {"ever_beyond", Kind::EverBeyond},
        {"peak", Kind::Peak},
        {"peak_day", Kind::PeakDay},
        {"half_life", Kind::HalfLife},
        {"duration_below", Kind::DurationBelow},
        {"area", Kind::Area}};
    static const std::map<std::string, ModelMeasure::Statistic> statistics = {
        {"typical", ModelMeasure::Statistic::Typical},
        {"mean", ModelMeasure::Statistic::Mean},
        {"median", ModelMeasure::Statistic::Median},
        {"geometric_mean", ModelMeasure::Statistic::GeometricMean},
        {"cumulative_hazard", ModelMeasure::Statistic::CumulativeHazard}};
    static const std::map<std::string, double> units = {
        {"", 1.0},          {"days", 1.0},           {"weeks", 1.0 / 7.0},
        {"months", 1.0 / kDaysPerMonth},              {"years", 1.0 / kDaysPerYear},
        {"percent", 100.0}, {"fraction", 1.0}};

    ModelMeasure m;
    const std::string kind = text(object, "measure", place);
    const auto found = kinds.find(kind);
    if (found == kinds.end())
        place.fail("model.measure", "unknown measure '" + kind + "'");
    m.kind = found->second;
    if (object.contains("column")) {
        const std::string name = text(object, "column", place);
        const auto key = parseColumnName(name);
        if (!key)
            place.fail("model.column", "no result column is named '" + name + "'");
        m.column = *key;
    } else if (m.kind != Kind::AnnualisedRate) {
        place.fail("model.column", "missing");
    }
    if (object.contains("per_column")) {
        const std::string name = text(object, "per_column", place);
        const auto key = parseColumnName(name);
        if (!key)
            place.fail("model.per_column", "no result column is named '" + name + "'");
        m.perColumn = *key;
    }
    const std::string statistic = text(object, "statistic", place, false);
    if (!statistic.empty()) {
        const auto s = statistics.find(statistic);
        if (s == statistics.end())
            place.fail("model.statistic", "unknown statistic '" + statistic + "'");
        m.statistic = s->second;
    }
    m.day = numberOr(object, "day", 0.0, place);
    m.fromDay = numberOr(object, "from_day", 0.0, place);
    m.toDay = numberOr(object, "to_day", 0.0, place);
    m.afterDay = numberOr(object, "after_day", 0.0, place);
    if (object.contains("threshold"))
        m.threshold = number(object, "threshold", place);
    m.thresholdParameter = text(object, "threshold_parameter", place, false);
    if (object.contains("threshold_of_baseline"))
        m.thresholdOfBaseline = number(object, "threshold_of_baseline", place);
    const std::string direction = text(object, "direction", place, false);
    if (!direction.empty() && direction != "rise" && direction != "fall" && direction != "above" &&
        direction != "below")
        place.fail("model.direction", "must be rise, fall, above or below");
    // Rising or at/over the threshold: the default of a time to recovery, not of a share below.
    m.rising = direction.empty() ? m.kind == Kind::TimeTo || m.kind == Kind::EverBeyond
                                 : direction == "rise" || direction == "above";
    m.otherDesign = text(object, "other_design", place, false);
    m.otherDay = numberOr(object, "other_day", m.day, place);
    m.otherFromDay = numberOr(object, "other_from_day", m.fromDay, place);
    m.otherToDay = numberOr(object, "other_to_day", m.toDay, place);
    const std::string unit = text(object, "unit", place, false);
    const auto u = units.find(unit);
    if (u == units.end())
        place.fail("model.unit", "unknown unit '" + unit + "'");
    m.scale = u->second;
    const bool needsThreshold = m.kind == Kind::TimeTo || m.kind == Kind::FractionBelow ||
                                m.kind == Kind::DurationBelow || m.kind == Kind::EverBeyond;
    if (needsThreshold && !m.threshold && m.thresholdParameter.empty() && !m.thresholdOfBaseline)
        place.fail("model.threshold", "this measure needs a threshold");
    if (m.statistic == ModelMeasure::Statistic::CumulativeHazard && m.kind != Kind::Fraction)
        place.fail("model.statistic", "cumulative_hazard needs the measure 'fraction'");
    return m;
}

CalibrationTarget readTarget(const json &entry, const std::string &topic, const Place &file)
{
    CalibrationTarget t;
    t.id = text(entry, "id", file);
    const Place place = file.entry(t.id);
    t.topic = topic;
    t.source = text(entry, "source", place);
    t.where = text(entry, "where", place);
    t.verified = flag(entry, "verified", place);
    t.digitised = flag(entry, "digitised", place);
    t.population = text(entry, "population", place);
    t.measure = text(entry, "measure", place);
    t.value = number(entry, "value", place);
    t.unit = text(entry, "unit", place);
    t.uncertainty = readUncertainty(entry, place);
    t.design = text(entry, "design", place);
    t.model = readMeasure(member(entry, "model", place), place);
    t.note = text(entry, "note", place, false);
    t.modelFollows = text(entry, "model_follows", place, false);
    return t;
}

ReviewFinding readFinding(const json &entry, const Place &file)
{
    ReviewFinding f;
    f.id = text(entry, "id", file);
    if (f.id.empty())
        file.fail("id", "must not be empty");
    const Place place = file.entry(f.id);
    f.finding = text(entry, "finding", place);
    if (f.finding.empty())
        place.fail("finding", "must not be empty");
    const std::string status = text(entry, "status", place);
    if (status == "fixed")
        f.status = ReviewFinding::Status::Fixed;
    else if (status == "explained")
        f.status = ReviewFinding::Status::Explained;
    else
        place.fail("status", "must be 'fixed' or 'explained', not '" + status + "'");
    f.how = text(entry, "how", place);
    if (f.how.empty())
        place.fail("how", "must not be empty");
    const json &evidence = member(entry, "evidence", place);
    if (!evidence.is_array() || evidence.empty())
        place.fail("evidence", "must be a list of at least one target id");
    for (const json &id : evidence) {
        if (!id.is_string())
            place.fail("evidence", "must list target ids as text");
        if (std::find(f.evidence.begin(), f.evidence.end(), id.get<std::string>()) !=
            f.evidence.end())
            place.fail("evidence", "lists '" + id.get<std::string>() + "' twice");
        f.evidence.push_back(id.get<std::string>());
    }
    return f;
}

} // namespace

TargetSet loadTargetSet(const std::string &directory)
{
    const fs::path root(directory);
    TargetSet set;
    const Place sourcesFile("sources.json");
    const json sourcesJson = readJson(root / "sources.json", sourcesFile);
    for (const json &entry : member(sourcesJson, "sources", sourcesFile)) {
        CalibrationSource s = readSource(entry, sourcesFile);
        if (!set.sources.emplace(s.key, s).second)
            sourcesFile.entry(s.key).fail({}, "a second source with this key");
    }
    const Place designsFile("designs.json");
    const json designsJson = readJson(root / "designs.json", designsFile);
    const json &designs = member(designsJson, "designs", designsFile);
    for (auto it = designs.begin(); it != designs.end(); ++it)
        set.designs.emplace(it.key(), readDesign(it.key(), it.value(), designsFile));

    std::vector<fs::path> files;
    for (const auto &entry : fs::directory_iterator(root / "targets")) {
        if (entry.path().extension() == ".json")
            files.push_back(entry.path());
    }
    std::sort(files.begin(), files.end());
    std::map<std::string, std::string> seen; // id → file
    for (const fs::path &path : files) {
        const std::string name = "targets/" + path.filename().string();
        const Place file(name);
        const json topic = readJson(path, file);
        for (const json &entry : member(topic, "targets", file)) {
            CalibrationTarget t = readTarget(entry, path.stem().string(), file);
            const Place place = file.entry(t.id);
            if (!seen.emplace(t.id, name).second)
                place.fail("id", "also used in " + seen[t.id]);
            if (!set.sources.count(t.source))
                place.fail("source", "no source has the key '" + t.source + "'");
            if (!set.designs.count(t.design))
                place.fail("design", "no design has the id '" + t.design + "'");
            if (!t.model.otherDesign.empty() && !set.designs.count(t.model.otherDesign))
                place.fail("model.other_design", "no design has the id '" + t.model.otherDesign + "'");
            const CalibrationDesign &design = set.designs.at(t.design);
            const bool given = entry.at("model").contains("statistic");
            if (given && t.model.statistic != ModelMeasure::Statistic::Typical && design.cohort == 0)
                place.fail("model.statistic", "a statistic across patients needs a cohort design");
            // Unstated: the cohort's mean where there is a cohort, else the typical patient.
            if (!given && design.cohort > 0)
                t.model.statistic = ModelMeasure::Statistic::Mean;
            if (!t.model.otherDesign.empty() && design.cohort > 0 &&
                set.designs.at(t.model.otherDesign).cohort == 0)
                place.fail("model.other_design", "both designs of a ratio need a cohort, or neither");
            set.targets.push_back(std::move(t));
        }
    }
    for (const CalibrationTarget &t : set.targets) {
        if (t.modelFollows.empty())
            continue;
        const Place place = Place("targets/" + t.topic + ".json").entry(t.id);
        if (t.modelFollows == t.id)
            place.fail("model_follows", "a target cannot follow itself");
        const auto followed = std::find_if(set.targets.begin(), set.targets.end(),
                                           [&](const CalibrationTarget &o) { return o.id == t.modelFollows; });
        if (followed == set.targets.end())
            place.fail("model_follows", "no target has the id '" + t.modelFollows + "'");
        if (!followed->modelFollows.empty())
            place.fail("model_follows", "'" + t.modelFollows + "' itself follows another target");
    }
    if (fs::exists(root / "findings.json")) {
        const Place findingsFile("findings.json");
        const json findings = readJson(root / "findings.json", findingsFile);
        std::set<std::string> ids;
        const json &list = member(findings, "findings", findingsFile);
        if (!list.is_array())
            findingsFile.fail("findings", "must be a list");
        for (const json &entry : list) {
            ReviewFinding f = readFinding(entry, findingsFile);
            const Place place = findingsFile.entry(f.id);
            if (!ids.insert(f.id).second)
                place.fail("id", "a second finding with this id");
            for (const std::string &id : f.evidence) {
                if (std::none_of(set.targets.begin(), set.targets.end(),
                                 [&](const CalibrationTarget &t) { return t.id == id; }))
                    place.fail("evidence", "no target has the id '" + id + "'");
            }
            set.findings.push_back(std::move(f));
        }
    }
    return set;
}

} // namespace lymph
