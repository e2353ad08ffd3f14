#include "HandoutWriter.h"
#include "model/Calendar.h"

#include "CaptionWriter.h"
#include "EducationPlot.h"
#include "PlanStrip.h"
#include "TreatmentLabel.h"
#include "timeline/TherapySwatch.h"
#include "decision/IconArray.h"
#include "decision/PlanNames.h"
#include "panels/PatientDifferences.h"

#include "model/ParameterTable.h"
#include "scenario/ScheduleEdits.h"
#include "summary/PlainFacts.h"

#include <QBuffer>
#include <QDate>
#include <QLocale>
#include <QPageLayout>
#include <QPainter>
#include <QPdfWriter>
#include <QRegularExpression>

#include <algorithm>
#include <cmath>
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

double heading(QPainter &painter, double top, const QString &text)
{
    painter.setPen(QColor(0x11, 0x11, 0x11));
    return paragraph(painter, top, text, pageFont(24, true)) + 8;
}

// Leaves the painter as it found it: the text that continues on the next page keeps its pen.
void footer(QPainter &painter, int page, int total)
{
    painter.save();
    painter.setPen(QColor(0x55, 0x55, 0x55));
    painter.setFont(pageFont(14));
    painter.drawLine(QPointF(kMargin, kHeight - 70), QPointF(kWidth - kMargin, kHeight - 70));
    // The page number keeps its own column, so the statement wraps before it in any language.
    const QString pageText = total > 0 ? HandoutWriter::tr("Page %1 of %2").arg(page).arg(total)
                                       : HandoutWriter::tr("Page %1").arg(page);
    const double pageWidth = painter.fontMetrics().horizontalAdvance(pageText) + 24.0;
    painter.drawText(QRectF(kMargin, kHeight - 62, kWidth - 2 * kMargin - pageWidth, 40),
                     Qt::AlignLeft | Qt::TextWordWrap,
                     HandoutWriter::tr("Lymphoscope %1 · %2 · A simulation for explaining and "
                                       "exploring, not a prediction for one person.")
                         .arg(QCoreApplication::applicationVersion(),
                              QLocale().toString(QDate::currentDate(), QLocale::LongFormat)));
    painter.drawText(QRectF(kMargin, kHeight - 62, kWidth - 2 * kMargin, 40), Qt::AlignRight,
                     pageText);
    painter.restore();
}

// Paints down the pages: anything that does not fit on this page starts the next one.
class Flow {
public:
    Flow(QPainter &painter, QPagedPaintDevice *device, int total)
        : m_painter(painter), m_device(device), m_total(total)
    {
    }
    double y = kMargin;
    int page = 1;
    bool failed = false;

    // Room for `height` below y, on a new page if need be.
    void ensure(double height)
    {
        if (y + height <= kBottom || y <= kMargin + 1.0)
            return;
        footer(m_painter, page, m_total);
        if (!m_device->newPage()) {
            failed = true;
            return;
        }
        ++page;
        y = kMargin;
    }
    double height(const QString &text, const QFont &font, double indent = 0.0) const
    {
        m_painter.setFont(font);
        const QRectF area(kMargin + indent, 0, kWidth - 2 * kMargin - indent, 10000);
        return m_painter.boundingRect(area, Qt::TextWordWrap | Qt::AlignLeft, text).height();
    }
    // A paragraph kept whole on one page.
    void text(const QString &text, const QFont &font, double indent = 0.0, double after = 0.0)
    {
        ensure(height(text, font, indent));
        y = paragraph(m_painter, y, text, font, indent) + after;
    }
    void heading(const QString &text, double keepWith = 120.0)
    {
        ensure(height(text, pageFont(24, true)) + keepWith); // never alone at a page's foot
        y = lymph::heading(m_painter, y, text);
    }
    void finish() { footer(m_painter, page, m_total); }

private:
    QPainter &m_painter;
    QPagedPaintDevice *m_device;
    int m_total;
};

const QColor kOutcomeColor(0xD5, 0x5E, 0x00); // Okabe–Ito vermillion
const QColor kEmptyColor(0xb8, 0xb8, 0xb8);

} // namespace

HandoutWriter::HandoutWriter(const Scenario &scenario, const Results &results,
                             const QList<PinnedResults> &comparisons,
                             std::optional<DecisionSummary> decision)
    : m_scenario(scenario), m_results(results), m_comparisons(comparisons),
      m_decision(std::move(decision))
{
}

const DecisionSummary &HandoutWriter::decision()
{
    if (!m_decision) {
        DecisionSummary summary;
        summary.plans.append({PlanNames::shownName(m_scenario), m_scenario, {}});
        for (const PinnedResults &pinned : m_comparisons)
            summary.plans.append({pinned.name, pinned.scenario, {}});
        summary.reference = m_comparisons.isEmpty() ? -1 : 1;
        std::vector<Scenario> plans;
        for (const PlanEntry &plan : summary.plans)
            plans.push_back(plan.scenario);
        summary.window = commonWindow(plans);
        m_decision = summary;
    }
    // Figures not measured yet (the window may still be at it) are measured now, once.
    if (m_decision->window.years > 0 && !m_figuresTried) {
        m_figuresTried = true;
        for (PlanEntry &plan : m_decision->plans) {
            if (plan.figures)
                continue;
            PlanFigureOptions options;
            options.window = m_decision->window;
            try {
                plan.figures = computePlanFigures(plan.scenario, options);
            } catch (const std::exception &) {
                // a plan the engine refuses has no figures; the handout says "—"
            }
        }
    }
    return *m_decision;
}

QByteArray HandoutWriter::pdf(QString *error)
{
    QByteArray bytes;
    QBuffer buffer(&bytes);
    buffer.open(QIODevice::WriteOnly);
    {
        QPdfWriter writer(&buffer);
        writer.setPageLayout(QPageLayout(QPageSize(QPageSize::A4), QPageLayout::Portrait,
                                         QMarginsF(0, 0, 0, 0)));
        writer.setResolution(200);
        writer.setTitle(tr("Treatment plan: %1").arg(decision().plans.front().name));
        writer.setCreator(QStringLiteral("Lymphoscope %1").arg(QCoreApplication::applicationVersion()));
        if (!paint(&writer, error))
            return {};
    }
    if (bytes.isEmpty() && error)
        *error = tr("the handout PDF could not be written");
    return bytes;
}

bool HandoutWriter::paint(QPagedPaintDevice *device, QString *error)
{
    // First on a scratch PDF of the same page and resolution, to count the pages for "Page 1
    // of 3", then for real.
    QBuffer scratch;
    scratch.open(QIODevice::WriteOnly);
    QPdfWriter counter(&scratch);
    counter.setPageLayout(device->pageLayout());
    counter.setResolution(device->logicalDpiX());
    if (!paintPages(&counter, 0, error))
        return false;
    return paintPages(device, m_pages, error);
}

bool HandoutWriter::paintPages(QPagedPaintDevice *device, int total, QString *error)
{
    const DecisionSummary &plans = decision();
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
    const QString planName = plans.plans.front().name;

    // ---- page 1: the plan and the pictures ----
    double y = kMargin;
    painter.setPen(QColor(0x11, 0x11, 0x11));
    y = paragraph(painter, y, tr("Your treatment plan"), pageFont(34, true)) + 4;
    y = paragraph(painter, y, planName, pageFont(24)) + 18;

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

    // The plots are laid out first, with room on their left for the plan's lane names, so that
    // the plan's time axis runs exactly over theirs.
    EducationPlot plot;
    const double stripLeft = kMargin + 10;
    constexpr double kLayoutScale = 0.9; // see the picture below
    const double pictureWidth = kWidth - 2 * kMargin;
    const int layoutWidth = static_cast<int>(pictureWidth * kLayoutScale);
    const double pagePerPlotPixel = pictureWidth / layoutWidth;
    plot.setMinimumLeftMargin(static_cast<int>(std::ceil(
        (stripLeft - kMargin + PlanStrip::namesRoom(m_scenario, painter.device())) / pagePerPlotPixel)));
    plot.setResults(m_results);
    // The chances drawn are the same people's as the next page's figures.
    if (const PlanFigures *shown = plans.shownFigures())
        plot.setChances(&shown->chances);
    const auto timeAxisOnPage = [&]() -> std::optional<PlanStrip::AxisSpan> {
        const QCPAxisRect *panel = plot.customPlot()->axisRect(0);
        if (!panel)
            return std::nullopt; // no curves: the strip keeps its own axis
        const QCPAxis *time = panel->axis(QCPAxis::atBottom);
        const double end = std::max(m_scenario.horizonDays, 1.0) / plot.daysPerUnit();
        return PlanStrip::AxisSpan{kMargin + time->coordToPixel(0.0) * pagePerPlotPixel,
                                   kMargin + time->coordToPixel(end) * pagePerPlotPixel};
    };
    plot.customPlot()->setViewport(QRect(0, 0, layoutWidth, layoutWidth / 2));
    plot.customPlot()->replot(QCustomPlot::rpImmediateRefresh);

    y = heading(painter, y, tr("The plan"));
    PlanStrip::Layout strip;
    y = PlanStrip::paint(painter, m_scenario, stripLeft, kWidth - kMargin - 10, y,
                         timeAxisOnPage(), &strip) + 6;
    m_pageOne.stripAxis = {strip.axisLeft, strip.axisRight};
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
    const QRectF picture(kMargin, y, pictureWidth, kBottom - y - 10);
    // A sharp raster at print resolution, laid out at about a screen's width so that its
    // 12 px legends and axes print at about 8 pt (at 1.4 × the picture they were 5 pt).
    const QPixmap pixmap = plot.customPlot()->toPixmap(
        layoutWidth, static_cast<int>(picture.height() * kLayoutScale), 3.2);
    painter.drawPixmap(picture, pixmap, QRectF(pixmap.rect()));
    // As drawn: toPixmap laid the plot out at the picture's size.
    m_pageOne.plotAxis = timeAxisOnPage().value_or(PlanStrip::AxisSpan{});
    footer(painter, 1, total);

    // ---- then: figures for 100 people, plain words, sources ----
    if (!device->newPage()) {
        if (error)
            *error = tr("the handout's second page could not be started");
        return false;
    }
    Flow flow(painter, device, total);
    flow.page = 2;
    const PlanEntry *reference = plans.referencePlan();
    if (plans.showsArrays()) {
        flow.heading(tr("What this could mean for 100 people like you"), 260);
        painter.setPen(QColor(0x22, 0x22, 0x22));
        flow.text(tr("Each figure stands for one person. Filled figures are the people who had "
                     "the outcome in the simulation of 1,000 virtual patients; the range shows "
                     "how much this varied between groups of 100 of them."),
                  pageFont(15), 0, 12);
        QList<const PlanEntry *> shown{&plans.plans.front()};
        if (reference)
            shown << reference;
        const double columnWidth = (kWidth - 2 * kMargin) / double(shown.size());
        const double iconSide = shown.size() > 1 ? 150.0 : 190.0;
        for (PlanOutcome outcome : kPlanOutcomes) {
            const QString label = DecisionSummary::outcomeLabel(outcome, plans.window);
            flow.ensure(40 + iconSide + 20);
            painter.setPen(QColor(0x11, 0x11, 0x11));
            flow.y = paragraph(painter, flow.y, label, pageFont(19, true)) + 8;
            double bottom = flow.y + iconSide;
            for (int c = 0; c < shown.size(); ++c) {
                const PlanEntry &plan = *shown[c];
                const double left = kMargin + c * columnWidth;
                const auto &frequency = plan.figures ? plan.figures->at(outcome) : std::nullopt;
                IconArray::paint(painter, QRectF(left, flow.y, iconSide, iconSide),
                                 frequency ? frequency->people() : 0, kOutcomeColor, kEmptyColor);
                const double textLeft = left + iconSide + 14;
                const double textWidth = columnWidth - iconSide - 24;
                painter.setPen(QColor(0x22, 0x22, 0x22));
                painter.setFont(pageFont(14, true));
                QRectF box(textLeft, flow.y, textWidth, iconSide);
                const QRectF used =
                    painter.boundingRect(box, Qt::TextWordWrap | Qt::AlignLeft, plan.name);
                painter.drawText(box, Qt::TextWordWrap | Qt::AlignLeft, plan.name);
                const QString words =
                    frequency ? DecisionSummary::outcomeSentence(outcome, frequency->people(),
                                                                 plans.window) +
                                    QLatin1Char(' ') + DecisionSummary::rangeSentence(*frequency)
                              : tr("Not known for this plan.");
                painter.setFont(pageFont(14));
                box.setTop(used.bottom() + 4);
                const QRectF wordsUsed =
                    painter.boundingRect(box, Qt::TextWordWrap | Qt::AlignLeft, words);
                painter.drawText(QRectF(box.topLeft(), QSizeF(textWidth, 1000)),
                                 Qt::TextWordWrap | Qt::AlignLeft, words);
                bottom = std::max(bottom, wordsUsed.bottom());
            }
            flow.y = bottom + 22;
        }
        if (reference && plans.comparable()) {
            flow.heading(tr("The plans side by side"));
            painter.setPen(QColor(0x22, 0x22, 0x22));
            flow.text(plans.tradeOff(), pageFont(17, true), 0, 10);
            // The table: one row per outcome; the plans, then the difference.
            const double labelWidth = 330.0;
            const double cell = (kWidth - 2 * kMargin - labelWidth) / 3.0;
            const QStringList headers{plans.plans.front().name, reference->name,
                                      tr("Difference")};
            painter.setFont(pageFont(14, true));
            double headerHeight = 24.0;
            for (const QString &header : headers)
                headerHeight = std::max(
                    headerHeight,
                    painter.boundingRect(QRectF(0, 0, cell - 10, 400), Qt::TextWordWrap, header)
                        .height());
            flow.ensure(headerHeight + 3 * 50.0);
            for (int c = 0; c < headers.size(); ++c)
                painter.drawText(QRectF(kMargin + labelWidth + c * cell, flow.y, cell - 10,
                                        headerHeight),
                                 Qt::TextWordWrap | Qt::AlignLeft | Qt::AlignBottom, headers[c]);
            flow.y += headerHeight + 6;
            int row = 0;
            for (PlanOutcome outcome : kPlanOutcomes) {
                const QString label = DecisionSummary::outcomeLabel(outcome, plans.window);
                painter.setFont(pageFont(14));
                const QRectF labelBox(kMargin + 6, flow.y, labelWidth - 16, 400);
                const double height = std::max(
                    28.0, painter.boundingRect(labelBox, Qt::TextWordWrap, label).height() + 4);
                flow.ensure(height);
                if (row++ % 2 == 0)
                    painter.fillRect(QRectF(kMargin, flow.y - 2, kWidth - 2 * kMargin, height + 2),
                                     QColor(0xf2, 0xf4, 0xf7));
                painter.drawText(QRectF(kMargin + 6, flow.y, labelWidth - 16, height),
                                 Qt::AlignVCenter | Qt::TextWordWrap, label);
                const auto &mine = plans.plans.front().figures->at(outcome);
                const auto &theirs = reference->figures->at(outcome);
                const QString cells[] = {
                    mine ? DecisionSummary::perHundredWithRange(*mine) : QStringLiteral("—"),
                    theirs ? DecisionSummary::perHundredWithRange(*theirs) : QStringLiteral("—"),
                    mine && theirs ? DecisionSummary::differenceText(mine->people() - theirs->people())
                                   : QStringLiteral("—")};
                for (int c = 0; c < 3; ++c) {
                    painter.setFont(pageFont(14, c == 2));
                    painter.drawText(QRectF(kMargin + labelWidth + c * cell, flow.y, cell - 10, height),
                                     Qt::AlignVCenter | Qt::TextWordWrap, cells[c]);
                }
                flow.y += height + 2;
            }
            const QString note = PatientDifferences::note(m_scenario.patient, m_comparisons);
            if (!note.isEmpty())
                flow.text(note, pageFont(14), 6, 0);
            flow.y += 24;
        }
    }

    flow.heading(tr("In plain words"));
    painter.setPen(QColor(0x22, 0x22, 0x22));
    // The first pages' figures for this plan are not stated again from the typical patient.
    const PlanFigures *figures = decision().shownFigures();
    for (const QString &caption : CaptionWriter::captions(computePlainFacts(m_scenario, m_results), figures))
        flow.text(QStringLiteral("•  ") + caption, pageFont(17), 10, 8);
    flow.y += 16;

    flow.heading(tr("Where the numbers come from"));
    flow.text(tr("The simulation is calibrated to published trial and cohort figures. Its main "
                 "sources:"),
              pageFont(15), 0, 6);
    std::set<QString> seen;
    int listed = 0;
    for (const Parameter &parameter : ParameterTable::defaults().entries()) {
        // Publications only, cited as author and year: the table's notes (which table, which
        // figure, in brackets; "derived from", an English aside) are for clinicians, and
        // assumptions carry no year.
        static const QRegularExpression citation(
            QStringLiteral("^(?:derived from\\s+)?([^(;]*?(19|20)\\d\\d)"));
        const QString source = QString::fromStdString(parameter.source);
        const QRegularExpressionMatch match = citation.match(source);
        if (listed >= 8 || !match.hasMatch() || source.startsWith(QLatin1String("fitted")) ||
            !seen.insert(match.captured(1)).second)
            continue;
        flow.text(QStringLiteral("–  ") + match.captured(1), pageFont(14), 10, 2);
        ++listed;
    }
    flow.text(tr("Decision aids: Trevena et al. 2013 and Joseph-Williams et al. 2014 (how to "
                 "present chances)."),
              pageFont(14), 10, 2);
    flow.y += 8;
    flow.text(tr("Every number and its source: Lymphoscope, Help → Model Parameters and "
                 "Sources."),
              pageFont(14), 0, 14);
    painter.setPen(QColor(0x33, 0x2a, 0x00));
    flow.text(statement, pageFont(15, true));
    flow.finish();
    painter.end();
    if (flow.failed) {
        if (error)
            *error = tr("a page of the handout could not be started");
        return false;
    }
    m_pages = flow.page;
    return true;
}

} // namespace lymph
