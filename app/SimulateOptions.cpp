#include "SimulateOptions.h"

#include "CliText.h"

#include "cohort/Cohort.h"

#include <QRegularExpression>

#include <cmath>
#include <limits>
#include <utility>

namespace lymph::cli {

namespace {

constexpr int kMaxCohort = kMaxCohortPatients;
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

QList<QCommandLineOption> SimulateOptions::declarations()
{
    return {
        {kCsvOption, tr("Write the result table, one row per output step ('-': standard "
                        "output)."), QStringLiteral("FILE")},
        {kPngOption, tr("Write the plots as a PNG image."), QStringLiteral("FILE")},
        {kPdfOption, tr("Write the plots as a PDF."), QStringLiteral("FILE")},
        {kCohortOption, tr("Simulate N virtual patients (1 to %1): medians with 5th-95th "
                           "percentiles, probabilities as cohort means.").arg(kMaxCohort),
         QStringLiteral("N")},
        {kSeedOption, tr("Random seed of the cohort (default 1)."), QStringLiteral("S")},
        {kPatientsCsvOption, tr("With --cohort: one row per virtual patient (sampled variation "
                                "and outcomes; '-': standard output)."),
         QStringLiteral("FILE")},
        {kPatientOption, tr("With --cohort N: only virtual patient K (0 to N-1) of that cohort, "
                            "with all its curves (the one Show a Patient draws)."),
         QStringLiteral("K")},
        {kStepOption, tr("Output step in days (default 1). The printed summary is measured on "
                         "the daily grid whatever the step."),
         QStringLiteral("DAYS")},
        {kPngSizeOption, tr("Size of the PNG in pixels (default 1600x2000)."),
         QStringLiteral("WxH")},
    };
}

std::optional<SimulateOptions> SimulateOptions::fromCommandLine(const CommandLine &line,
                                                                QTextStream &notes,
                                                                QString *error)
{
    const auto given = [&line](QLatin1String name) { return line.isSet(name); };
    const auto value = [&line](QLatin1String name) { return line.value(name).trimmed(); };
    SimulateOptions options;
    options.scenario = line.positional().constFirst();
    options.csv = line.value(kCsvOption);
    options.png = line.value(kPngOption);
    options.pdf = line.value(kPdfOption);
    for (const auto &[name, path] : {std::pair{kPngOption, options.png},
                                     std::pair{kPdfOption, options.pdf}}) {
        if (path == QLatin1String("-")) {
            *error = tr("--%1: '-' (standard output) is for CSV tables only; give a file name "
                        "for the image")
                         .arg(name);
            return std::nullopt;
        }
    }
    if (given(kCohortOption)) {
        options.cohort = parseCohort(value(kCohortOption), error);
        if (!options.cohort)
            return std::nullopt;
    }
    options.patientsCsv = line.value(kPatientsCsvOption);
    if (given(kPatientsCsvOption) && !options.cohort) {
        *error = tr("--patients-csv: needs --cohort N (it has one row per virtual patient)");
        return std::nullopt;
    }
    if (given(kPatientOption)) {
        bool ok = false;
        const int k = value(kPatientOption).toInt(&ok);
        if (!options.cohort) {
            *error = tr("--patient: needs --cohort N (it picks one of the cohort's patients)");
            return std::nullopt;
        }
        if (!ok || k < 0 || k >= *options.cohort) {
            *error = tr("--patient: expected a whole number from 0 to %1, got %2")
                         .arg(*options.cohort - 1)
                         .arg(quoted(value(kPatientOption)));
            return std::nullopt;
        }
        if (given(kPatientsCsvOption)) {
            *error = tr("--patients-csv: not with --patient (one patient has no cohort table)");
            return std::nullopt;
        }
        options.patient = k;
    }
    if (given(kSeedOption)) {
        const auto seed = parseSeed(value(kSeedOption), error);
        if (!seed)
            return std::nullopt;
        options.seed = *seed;
        if (!options.cohort)
            notes << tr("lymphoscope-cli: note: --seed has no effect without --cohort") << '\n';
    }
    if (given(kStepOption)) {
        const auto step = parseStep(value(kStepOption), error);
        if (!step)
            return std::nullopt;
        options.step = *step;
    }
    if (given(kPngSizeOption)) {
        const auto size = parseImageSize(value(kPngSizeOption), error);
        if (!size)
            return std::nullopt;
        options.imageSize = *size;
        if (options.png.isEmpty())
            notes << tr("lymphoscope-cli: note: --png-size has no effect without --png") << '\n';
    }
    return options;
}

} // namespace lymph::cli
