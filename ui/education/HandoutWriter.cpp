#include "HandoutWriter.h"
#include "model/Calendar.h"

#include "CaptionWriter.h"
#include "EducationPlot.h"
#include "TreatmentLabel.h"
#include "timeline/TherapySwatch.h"
#include "panels/OutcomeTable.h"
#include "panels/PatientDifferences.h"

#include "model/ParameterTable.h"
#include "scenario/ScheduleEdits.h"
#include "simulate/OutcomeFigures.h"
#include "summary/PlainFacts.h"

#include <QBuffer>
#include <QDate>
#include <QLocale>
#include <QPageLayout>
#include <QPainter>
#include <QPdfWriter>
#include <QRegularExpression>

#include <algorithm>
#include <set>

namespace lymph {

namespace {

// Pages are laid out in a 1000-unit-wide logical space (A4: 1000 × 1414), fonts in the same
// units, so the layout is the same on any printer resolution.
constexpr double kWidth = 1000.0;
constexpr double kHeight = 1414.0;
constexpr double kMargin = 70.0;
constexpr double kBottom = kHeight - 90.0;

QFont pageFont(double units, bool bold = false)
{
    QFont font;
    font.setPixelSize(static_cast<int>(units));
    font.setBold(bold);
    return font;
}

// Draws wrapped text from `top`; returns the y below it.
double paragraph(QPainter &painter, double top, const QString &text, const QFont &font,
                 double indent = 0.0)
{
    painter.setFont(font);
    const QRectF area(kMargin + indent, top, kWidth - 2 * kMargin - indent, kBottom - top);
    const QRectF used = painter.boundingRect(area, Qt::TextWordWrap | Qt::AlignLeft, text);
    painter.drawText(area, Qt::TextWordWrap | Qt::AlignLeft, text);
    return used.bottom();
}

// The plan as a strip: a time axis in years (or months) with one coloured bar per treatment,
// in the timeline's colours. Returns the y below it.
double timelineStrip(QPainter &painter, double top, const Scenario &scenario)
{
    const double left = kMargin + 10;
    const double right = kWidth - kMargin - 10;
    const double horizon = std::max(scenario.horizonDays, 1.0);
    const bool years = horizon > 3.0 * kDaysPerYear;
    const double unit = years ? kDaysPerYear : kDaysPerMonth;
    auto x = [&](double day) { return left + (right - left) * std::clamp(day / horizon, 0.0, 1.0); };
    const double axisY = top + 46;
    painter.setPen(QPen(QColor(0x55, 0x55, 0x55), 1.5));
    painter.drawLine(QPointF(left, axisY), QPointF(right, axisY));
    painter.setFont(pageFont(13));
    const int step = years ? 1 : (horizon / unit > 24 ? 6 : 3);
    for (int t = 0; t * unit <= horizon + 0.5; t += step) {
        painter.drawLine(QPointF(x(t * unit), axisY), QPointF(x(t * unit), axisY + 6));
        painter.drawText(QRectF(x(t * unit) - 40, axisY + 8, 80, 20), Qt::AlignHCenter,
                         years ? HandoutWriter::tr("year %1").arg(t)
                               : HandoutWriter::tr("month %1").arg(t));
    }
    for (const Treatment &treatment : scenario.treatments) {
        const DaySpan span = treatmentSpan(treatment);
        const double x0 = x(span.start);
        const double x1 = std::max(x(span.end + 1.0), x0 + 6.0);
        painter.setPen(Qt::NoPen);
        painter.setBrush(therapyColor(treatment.therapy));
        painter.drawRoundedRect(QRectF(x0, axisY - 30, x1 - x0, 24), 4, 4);
        painter.setPen(QColor(0x22, 0x22, 0x22));
        painter.drawText(QRectF(x1 + 4, axisY - 30, 200, 24), Qt::AlignVCenter,
                         therapyDisplayName(treatment.therapy));
    }
    return axisY + 34;
}

double heading(QPainter &painter, double top, const QString &text)
{
    painter.setPen(QColor(0x11, 0x11, 0x11));
    return paragraph(painter, top, text, pageFont(24, true)) + 8;
}

void footer(QPainter &painter, int page)
{
    painter.setPen(QColor(0x55, 0x55, 0x55));
    painter.setFont(pageFont(14));
    painter.drawLine(QPointF(kMargin, kHeight - 70), QPointF(kWidth - kMargin, kHeight - 70));
    // The page number keeps its own column, so the statement wraps before it in any language.
    const QString pageText =
        HandoutWriter::tr("Page %1 of %2").arg(page).arg(HandoutWriter::kPages);
    const double pageWidth = painter.fontMetrics().horizontalAdvance(pageText) + 24.0;
    painter.drawText(QRectF(kMargin, kHeight - 62, kWidth - 2 * kMargin - pageWidth, 40),
                     Qt::AlignLeft | Qt::TextWordWrap,
                     HandoutWriter::tr("Lymphoscope %1 · %2 · A simulation for explaining and "
                                       "exploring, not a prediction for one person.")
                         .arg(QCoreApplication::applicationVersion(),
                              QLocale().toString(QDate::currentDate(), QLocale::LongFormat)));
    painter.drawText(QRectF(kMargin, kHeight - 62, kWidth - 2 * kMargin, 40), Qt::AlignRight,
                     pageText);
}

} // namespace

HandoutWriter::HandoutWriter(const Scenario &scenario, const Results &results,
                             const QList<PinnedResults> &comparisons)
    : m_scenario(scenario), m_results(results), m_comparisons(comparisons)
{
}

QByteArray HandoutWriter::pdf(QString *error) const
{
    QByteArray bytes;
    QBuffer buffer(&bytes);
    buffer.open(QIODevice::WriteOnly);
    {
        QPdfWriter writer(&buffer);
        writer.setPageLayout(QPageLayout(QPageSize(QPageSize::A4), QPageLayout::Portrait,
                                         QMarginsF(0, 0, 0, 0)));
        writer.setResolution(200);
        writer.setTitle(tr("Treatment plan: %1").arg(QString::fromStdString(m_scenario.name)));
        writer.setCreator(QStringLiteral("Lymphoscope %1").arg(QCoreApplication::applicationVersion()));
        if (!paint(&writer, error))
            return {};
    }
    if (bytes.isEmpty() && error)
        *error = tr("the handout PDF could not be written");
    return bytes;
}

bool HandoutWriter::paint(QPagedPaintDevice *device, QString *error) const
{
    QPainter painter;
    if (!painter.begin(device)) {
        if (error)
            *error = tr("the handout could not be started");
        return false;
    }
    painter.setRenderHint(QPainter::Antialiasing);
    painter.setRenderHint(QPainter::TextAntialiasing);
    const QRect page = painter.viewport();
    painter.setWindow(0, 0, static_cast<int>(kWidth), static_cast<int>(kHeight));
    painter.setViewport(page.x(), page.y(), page.width(),
                        static_cast<int>(page.width() * kHeight / kWidth));
    const QLocale locale;

    // ---- page 1: the plan and the pictures ----
    double y = kMargin;
    painter.setPen(QColor(0x11, 0x11, 0x11));
    y = paragraph(painter, y, tr("Your treatment plan"), pageFont(34, true)) + 4;
    y = paragraph(painter, y, QString::fromStdString(m_scenario.name), pageFont(24)) + 18;

    // A personalised forecast says what fitting to the patient's own results does and does
    // not mean.
    const QString statement =
        m_results.fittedMeasurements > 0
            ? tr("This handout comes from a computer simulation fitted to %n of your own lab "
                 "result(s): the model was adjusted so that its curves pass close to your "
                 "results, and the shaded bands show how uncertain that adjustment still is. It "
                 "is still a model, made to explain and explore treatment plans, not a "
                 "prediction for you: your results only inform the blood counts and levels that "
                 "were measured, not relapses or autoimmunity, and your own course can be "
                 "different. Please talk about your questions with your neurologist.",
                 nullptr, int(m_results.fittedMeasurements))
            : tr("This handout comes from a computer simulation of an average patient, made to "
                 "explain and explore treatment plans. It is not a prediction for you: your own "
                 "course can be different. Please talk about your questions with your "
                 "neurologist.");
    painter.setFont(pageFont(17));
    const QRectF statementArea(kMargin + 14, y + 12, kWidth - 2 * kMargin - 28, 400);
    const QRectF statementUsed =
        painter.boundingRect(statementArea, Qt::TextWordWrap | Qt::AlignLeft, statement);
    painter.setPen(QPen(QColor(0xc9, 0xa2, 0x27), 2));
    painter.setBrush(QColor(0xff, 0xf6, 0xd5));
    painter.drawRoundedRect(QRectF(kMargin, y, kWidth - 2 * kMargin, statementUsed.height() + 24), 8, 8);
    painter.setPen(QColor(0x33, 0x2a, 0x00));
    painter.drawText(statementArea, Qt::TextWordWrap | Qt::AlignLeft, statement);
    y += statementUsed.height() + 44;

    y = heading(painter, y, tr("The plan"));
    y = timelineStrip(painter, y, m_scenario) + 6;
    painter.setPen(QColor(0x22, 0x22, 0x22));
    std::vector<Treatment> sorted = m_scenario.treatments;
    std::stable_sort(sorted.begin(), sorted.end(), [](const Treatment &a, const Treatment &b) {
        return treatmentSpan(a).start < treatmentSpan(b).start;
    });
    for (const Treatment &treatment : sorted) {
        const int month = static_cast<int>(std::lround(treatmentSpan(treatment).start / kDaysPerMonth));
        y = paragraph(painter, y,
                      QStringLiteral("•  ") + tr("Month %1: %2").arg(locale.toString(month),
                                                                    treatmentSummary(treatment)),
                      pageFont(17), 10) + 4;
    }
    y += 18;

    y = heading(painter, y, tr("What the simulation shows"));
    EducationPlot plot;
    plot.setResults(m_results);
    const QRectF picture(kMargin, y, kWidth - 2 * kMargin, kBottom - y - 10);
    // A sharp raster at print resolution: three panels with large text.
    const QPixmap pixmap = plot.customPlot()->toPixmap(static_cast<int>(picture.width() * 1.4),
                                         static_cast<int>(picture.height() * 1.4), 2.0);
    painter.drawPixmap(picture, pixmap, QRectF(pixmap.rect()));
    footer(painter, 1);

    // ---- page 2: plain words, comparison, sources ----
    if (!device->newPage()) {
        if (error)
            *error = tr("the handout's second page could not be started");
        return false;
    }
    y = kMargin;
    y = heading(painter, y, tr("In plain words"));
    painter.setPen(QColor(0x22, 0x22, 0x22));
    for (const QString &caption : CaptionWriter::captions(computePlainFacts(m_scenario, m_results)))
        y = paragraph(painter, y, QStringLiteral("•  ") + caption, pageFont(17), 10) + 8;
    y += 16;

    if (!m_comparisons.isEmpty()) {
        y = heading(painter, y, tr("Compared with other plans"));
        QList<std::pair<QString, OutcomeFigures>> columns{
            {QString::fromStdString(m_scenario.name), computeOutcomeFigures(m_results)}};
        for (const PinnedResults &pinned : m_comparisons)
            columns.append({pinned.name, computeOutcomeFigures(pinned.results)});
        const double labelWidth = 400.0;
        const double columnWidth = (kWidth - 2 * kMargin - labelWidth) / double(columns.size());
        painter.setFont(pageFont(15, true));
        for (int c = 0; c < columns.size(); ++c)
            painter.drawText(QRectF(kMargin + labelWidth + c * columnWidth, y, columnWidth - 8, 60),
                             Qt::TextWordWrap | Qt::AlignLeft, columns[c].first);
        y += 64;
        painter.setFont(pageFont(15));
        for (int row = 0; row < OutcomeTable::RowCount; ++row) {
            const QString label = OutcomeTable::plainRowLabel(OutcomeTable::Row(row));
            const QRectF labelBox(kMargin + 6, y, labelWidth - 16, 200);
            const double height = std::max(
                24.0, painter.boundingRect(labelBox, Qt::TextWordWrap, label).height());
            if (row % 2 == 0)
                painter.fillRect(QRectF(kMargin, y - 2, kWidth - 2 * kMargin, height + 2),
                                 QColor(0xf2, 0xf4, 0xf7));
            painter.drawText(QRectF(labelBox.topLeft(), QSizeF(labelBox.width(), height)),
                             Qt::AlignVCenter | Qt::TextWordWrap, label);
            for (int c = 0; c < columns.size(); ++c)
                painter.drawText(QRectF(kMargin + labelWidth + c * columnWidth, y, columnWidth - 8, height),
                                 Qt::AlignVCenter,
                                 OutcomeTable::cellText(OutcomeTable::Row(row), columns[c].second));
            y += height + 2;
        }
        const QString note = PatientDifferences::note(m_scenario.patient, m_comparisons);
        if (!note.isEmpty())
            y = paragraph(painter, y + 8, note, pageFont(15), 6);
        y += 20;
    }

    y = heading(painter, y, tr("Where the numbers come from"));
    y = paragraph(painter, y,
                  tr("The simulation is calibrated to published trial and cohort figures. Its "
                     "main sources:"),
                  pageFont(15)) + 6;
    std::set<QString> seen;
    int listed = 0;
    for (const Parameter &parameter : ParameterTable::defaults().entries()) {
        // Publications only, cited as author and year: the table's notes (which table, which
        // figure, in brackets) are for clinicians, and assumptions carry no year.
        static const QRegularExpression citation(QStringLiteral("^([^(;]*?(19|20)\\d\\d)"));
        const QString source = QString::fromStdString(parameter.source);
        const QRegularExpressionMatch match = citation.match(source);
        if (listed >= 8 || !match.hasMatch() || source.startsWith(QLatin1String("fitted")) ||
            !seen.insert(match.captured(1)).second)
            continue;
        y = paragraph(painter, y, QStringLiteral("–  ") + match.captured(1), pageFont(14), 10) + 2;
        ++listed;
    }
    y = paragraph(painter, y + 8,
                  tr("Every number and its source: Lymphoscope, Help → Model Parameters and "
                     "Sources."),
                  pageFont(14)) + 14;
    painter.setPen(QColor(0x33, 0x2a, 0x00));
    paragraph(painter, y, statement, pageFont(15, true));
    footer(painter, 2);
    painter.end();
    return true;
}

} // namespace lymph
