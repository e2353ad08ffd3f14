#include "SimulateOptions.h"

#include "CliText.h"

#include <QRegularExpression>

#include <cmath>
#include <limits>

namespace lymph::cli {

namespace {

constexpr int kMaxCohort = 100000;
constexpr int kMinImageSide = 200;
constexpr int kMaxImageSide = 12000;

std::optional<int> parseCohort(const QString &text, QString *error)
{
    bool ok = false;
    const int n = text.toInt(&ok);
    if (!ok || n < 1 || n > kMaxCohort) {
        *error = SimulateOptions::tr("--cohort: expected a whole number of virtual patients from "
                                     "1 to %1, got %2")
                     .arg(kMaxCohort)
                     .arg(quoted(text));
        return std::nullopt;
    }
    return n;
}

std::optional<std::uint64_t> parseSeed(const QString &text, QString *error)
{
    bool ok = false;
    const qulonglong value = text.toULongLong(&ok, 10);
    if (!ok || text.startsWith(QLatin1Char('-')) || text.startsWith(QLatin1Char('+'))) {
        *error = SimulateOptions::tr("--seed: expected a whole number from 0 to %1, got %2")
                     .arg(std::numeric_limits<std::uint64_t>::max())
                     .arg(quoted(text));
        return std::nullopt;
    }
    return value;
}

std::optional<double> parseStep(const QString &text, QString *error)
{
    bool ok = false;
    const double value = text.toDouble(&ok);
    if (!ok || !std::isfinite(value) || !(value > 0.0)) {
        *error = SimulateOptions::tr("--step: expected a positive number of days, got %1")
                     .arg(quoted(text));
        return std::nullopt;
    }
    return value;
}

std::optional<QSize> parseImageSize(const QString &text, QString *error)
{
    static const QRegularExpression pattern(QStringLiteral("^(\\d{1,6})[x×X](\\d{1,6})$"));
    const QRegularExpressionMatch match = pattern.match(text);
    const int width = match.hasMatch() ? match.captured(1).toInt() : 0;
    const int height = match.hasMatch() ? match.captured(2).toInt() : 0;
    if (width < kMinImageSide || height < kMinImageSide || width > kMaxImageSide ||
        height > kMaxImageSide) {
        *error = SimulateOptions::tr("--png-size: expected WIDTHxHEIGHT in pixels, each from %1 "
                                     "to %2 (e.g. 1600x2000), got %3")
                     .arg(kMinImageSide)
                     .arg(kMaxImageSide)
                     .arg(quoted(text));
        return std::nullopt;
    }
    return QSize(width, height);
}

} // namespace

QStringList SimulateOptions::optionNames()
{
    return {kCsvOption,  kPngOption,  kPdfOption,     kCohortOption,
            kSeedOption, kStepOption, kPngSizeOption, kPatientsCsvOption};
}

std::optional<SimulateOptions> SimulateOptions::fromArguments(const QString &scenario,
                                                              const ParsedArguments &parsed,
                                                              QTextStream &notes, QString *error)
{
    const QMap<QString, QString> &values = parsed.values;
    SimulateOptions options;
    options.scenario = scenario;
    options.csv = values.value(kCsvOption);
    options.png = values.value(kPngOption);
    options.pdf = values.value(kPdfOption);
    if (values.contains(kCohortOption)) {
        options.cohort = parseCohort(values.value(kCohortOption).trimmed(), error);
        if (!options.cohort)
            return std::nullopt;
    }
    options.patientsCsv = values.value(kPatientsCsvOption);
    if (values.contains(kPatientsCsvOption) && !options.cohort) {
        *error = tr("--patients-csv: needs --cohort N (it has one row per virtual patient)");
        return std::nullopt;
    }
    if (values.contains(kSeedOption)) {
        const auto value = parseSeed(values.value(kSeedOption).trimmed(), error);
        if (!value)
            return std::nullopt;
        options.seed = *value;
        if (!options.cohort)
            notes << tr("lymphoscope-cli: note: --seed has no effect without --cohort") << '\n';
    }
    if (values.contains(kStepOption)) {
        const auto value = parseStep(values.value(kStepOption).trimmed(), error);
        if (!value)
            return std::nullopt;
        options.step = *value;
    }
    if (values.contains(kPngSizeOption)) {
        const auto value = parseImageSize(values.value(kPngSizeOption).trimmed(), error);
        if (!value)
            return std::nullopt;
        options.imageSize = *value;
        if (options.png.isEmpty())
            notes << tr("lymphoscope-cli: note: --png-size has no effect without --png") << '\n';
    }
    return options;
}

} // namespace lymph::cli
