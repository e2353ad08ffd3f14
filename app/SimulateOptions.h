#pragma once
// The options of `lymphoscope-cli simulate`, read and checked from the parsed command line.

#include "CommandLine.h"
#include "plot/PlotExporter.h"

#include <QCoreApplication>
#include <QLatin1String>
#include <QSize>
#include <QString>
#include <QList>
#include <QStringList>
#include <QTextStream>

#include <cstdint>
#include <optional>

namespace lymph::cli {

struct SimulateOptions {
    Q_DECLARE_TR_FUNCTIONS(SimulateOptions)

public:
    // Option names as QCommandLineParser knows them; messages show them with "--".
    static constexpr QLatin1String kCsvOption{"csv"};
    static constexpr QLatin1String kPngOption{"png"};
    static constexpr QLatin1String kPdfOption{"pdf"};
    static constexpr QLatin1String kCohortOption{"cohort"};
    static constexpr QLatin1String kSeedOption{"seed"};
    static constexpr QLatin1String kStepOption{"step"};
    static constexpr QLatin1String kPngSizeOption{"png-size"};
    static constexpr QLatin1String kPatientsCsvOption{"patients-csv"};
    static constexpr QLatin1String kPatientOption{"patient"};

    // The options `simulate` declares, in the order its help lists them.
    static QList<QCommandLineOption> declarations();

    // The options of `line`, or nothing with `error` set to a bad-input message naming the
    // option. Options that will have no effect are noted on `notes`.
    static std::optional<SimulateOptions> fromCommandLine(const CommandLine &line,
                                                          QTextStream &notes, QString *error);

    QString scenario; // a path or the name of a built-in example
    QString csv;      // empty: not written; "-": standard output
    QString patientsCsv; // cohort only: one row per virtual patient; "-": standard output
    QString png;
    QString pdf;
    QSize imageSize = PlotExporter::kDefaultSize; // of the PNG and the PDF's layout
    std::optional<int> cohort;
    std::optional<int> patient; // with --cohort: only this member (0 … N−1)
    std::uint64_t seed = 1;
    double step = 1.0; // output step in days
};

} // namespace lymph::cli
