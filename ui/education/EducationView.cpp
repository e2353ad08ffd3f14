#include "EducationView.h"
#include "model/Calendar.h"

#include "CaptionWriter.h"
#include "EducationPlot.h"
#include "decision/OutcomeIconArrays.h"
#include "decision/PlanNames.h"

#include "summary/PlainFacts.h"

#include <QCheckBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QLocale>
#include <QPushButton>
#include <QScrollArea>
#include <QSlider>
#include <QSplitter>
#include <QVBoxLayout>

#include <algorithm>
#include <cmath>

namespace lymph {

namespace {

constexpr int kTickMs = 40;

QFont largeFont(const QWidget *widget, double points, bool bold = false)
{
    QFont font = widget->font();
    font.setPointSizeF(points);
    font.setBold(bold);
    return font;
}

} // namespace

EducationView::EducationView(QWidget *parent) : QWidget(parent)
{
    setObjectName(QStringLiteral("educationView"));
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(12, 8, 12, 8);

    m_title = new QLabel(this);
    m_title->setFont(largeFont(this, 18, true));
    m_title->setWordWrap(true);
    layout->addWidget(m_title);

    auto *controls = new QHBoxLayout;
    m_play = new QPushButton(tr("▶ Play"), this);
    m_play->setFont(largeFont(this, 14, true));
    m_play->setAccessibleName(tr("Play or pause the months"));
    m_play->setShortcut(QKeySequence(Qt::Key_Space));
    m_slider = new QSlider(Qt::Horizontal, this);
    m_slider->setAccessibleName(tr("Month being explained"));
    m_slider->setPageStep(6);
    m_cellTypes = new QCheckBox(tr("Show cell types"), this);
    m_cellTypes->setFont(largeFont(this, 13));
    controls->addWidget(m_play);
    controls->addWidget(m_slider, 1);
    controls->addWidget(m_cellTypes);
    layout->addLayout(controls);

    m_moment = new QLabel(this);
    m_moment->setObjectName(QStringLiteral("educationMoment"));
    m_moment->setFont(largeFont(this, 15, true));
    m_moment->setWordWrap(true);
    layout->addWidget(m_moment);

    m_split = new QSplitter(Qt::Horizontal, this);
    m_split->setChildrenCollapsible(false);
    // Three panels need about 140 px each for a title, a legend and a readable axis; with
    // fewer (five therapy lanes above them at 1366×768) they scroll instead of overlapping.
    auto *plotScroll = new QScrollArea(m_split);
    plotScroll->setObjectName(QStringLiteral("educationPlotScroll"));
    plotScroll->setWidgetResizable(true);
    plotScroll->setFrameShape(QFrame::NoFrame);
    plotScroll->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    plotScroll->setMinimumWidth(420);
    m_plot = new EducationPlot(plotScroll);
    m_plot->setMinimumSize(400, kMinimumPlotHeight);
    plotScroll->setWidget(m_plot);
    auto *scroll = new QScrollArea(m_split);
    scroll->setWidgetResizable(true);
    scroll->setFrameShape(QFrame::NoFrame);
    scroll->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    scroll->setMinimumWidth(280);
    auto *words = new QWidget(scroll);
    auto *wordsLayout = new QVBoxLayout(words);
    wordsLayout->setContentsMargins(0, 0, 0, 0);
    m_arrays = new OutcomeIconArrays(words);
    wordsLayout->addWidget(m_arrays);
    m_captionText = new QLabel(words);
    m_captionText->setObjectName(QStringLiteral("educationCaptions"));
    m_captionText->setWordWrap(true);
    m_captionText->setTextFormat(Qt::RichText);
    m_captionText->setAlignment(Qt::AlignTop | Qt::AlignLeft);
    m_captionText->setFont(largeFont(this, 14));
    m_captionText->setMargin(10);
    m_captionText->setAccessibleName(tr("What the simulation shows, in plain words"));
    wordsLayout->addWidget(m_captionText);
    wordsLayout->addStretch();
    scroll->setWidget(words);
    m_split->addWidget(plotScroll);
    m_split->addWidget(scroll);
    m_split->setStretchFactor(0, 3);
    m_split->setStretchFactor(1, 2);
    layout->addWidget(m_split, 1);
    connect(m_split, &QSplitter::splitterMoved, this, [this] { m_dividerMoved = true; });

    auto *note = new QLabel(tr("A simulation for explaining and exploring, not a prediction for "
                               "you: your own course can be different."),
                            this);
    note->setFont(largeFont(this, 12));
    note->setWordWrap(true);
    layout->addWidget(note);

    m_timer.setInterval(kTickMs);
    connect(&m_timer, &QTimer::timeout, this, &EducationView::tick);
    connect(m_play, &QPushButton::clicked, this, [this] { isPlaying() ? pause() : play(); });
    connect(m_slider, &QSlider::valueChanged, this,
            [this](int month) { setMarkerDay(month * kDaysPerMonth); });
    connect(m_cellTypes, &QCheckBox::toggled, m_plot, &EducationPlot::setShowCellTypes);
}

void EducationView::setResults(const Scenario &scenario, const Results &results)
{
    m_results = results;
    m_title->setText(PlanNames::shownName(scenario));
    m_plot->setResults(results);
    m_facts = computePlainFacts(scenario, results);
    showCaptions();
    const std::vector<double> &days = results.table.at("day");
    const QSignalBlocker quiet(m_slider);
    m_slider->setRange(0, static_cast<int>(std::floor(days.back() / kDaysPerMonth)));
    if (m_markerDay) { // a shorter plan ends before the month being explained
        m_markerDay = std::min(*m_markerDay, std::max(0.0, days.back()));
        m_plot->setMarkerDay(m_markerDay);
    }
    updateMoment();
}

void EducationView::setDecision(const DecisionSummary &decision)
{
    m_arrays->setDecision(decision);
    m_shownFigures.reset();
    if (const PlanFigures *shown = decision.shownFigures())
        m_shownFigures = *shown;
    // The chances drawn and told are the same people's as the icon arrays'.
    m_plot->setChances(m_shownFigures ? &m_shownFigures->chances : nullptr);
    if (m_markerDay)
        m_plot->setMarkerDay(m_markerDay);
    showCaptions();
    updateMoment();
}

void EducationView::showCaptions()
{
    m_captions = m_facts ? CaptionWriter::captions(*m_facts, m_shownFigures ? &*m_shownFigures
                                                                            : nullptr)
                         : QStringList();
    QString html = QStringLiteral("<ul style='margin-left:0px; -qt-list-indent:1;'>");
    for (const QString &caption : m_captions)
        html += QStringLiteral("<li style='margin-bottom:10px;'>%1</li>").arg(caption.toHtmlEscaped());
    html += QStringLiteral("</ul>");
    m_captionText->setText(html);
}

void EducationView::setDarkStyle(bool dark) { m_plot->setDarkStyle(dark); }

void EducationView::shareWidth()
{
    // A splitter laid out while its page was hidden keeps whatever sizes it had then (a
    // column a few pixels wide): the share is set again whenever the view is shown or resized,
    // until the user moves the divider.
    if (m_dividerMoved || m_split->width() <= 0)
        return;
    const int width = m_split->width() - m_split->handleWidth();
    m_split->setSizes({width * 3 / 5, width - width * 3 / 5});
}

void EducationView::showEvent(QShowEvent *event)
{
    QWidget::showEvent(event);
    shareWidth();
}

void EducationView::resizeEvent(QResizeEvent *event)
{
    QWidget::resizeEvent(event);
    shareWidth();
}

QString EducationView::momentText(double day) const
{
    if (!m_results)
        return {};
    const ResultTable &table = m_results->table;
    const QLocale locale;
    const int month = static_cast<int>(std::lround(day / kDaysPerMonth));
    QStringList parts;
    if (table.has("lymphocytes_per_ul")) {
        const double first = table.at("lymphocytes_per_ul").front();
        if (first > 0.0)
            parts << tr("immune cells at %1 % of their usual level")
                         .arg(locale.toString(std::lround(100.0 * table.valueAt("lymphocytes_per_ul", day) / first)));
    }
    const ChanceCurves *cohort =
        m_shownFigures && !m_shownFigures->chances.empty() ? &m_shownFigures->chances : nullptr;
    if (cohort || table.has("relapse_probability")) {
        const double relapse = cohort ? cohort->at(cohort->relapse, day)
                                      : table.valueAt("relapse_probability", day);
        const long inHundred = std::lround(100.0 * relapse);
        // "About 0 in 100" reads oddly; "less than 1 in 100" is true from the first day.
        parts << (inHundred < 1 ? tr("chance of a relapse so far less than 1 in 100")
                                : tr("chance of a relapse so far about %1 in 100")
                                      .arg(locale.toString(inHundred)));
    }
    for (const InfectionWindow &window : m_results->infectionWindows) {
        if (window.kind != InfectionWindow::Kind::Lymphocytes200 && day >= window.startDay &&
            day <= window.endDay) {
            parts << tr("infections more likely now");
            break;
        }
    }
    return tr("Month %1: %2.")
        .arg(locale.toString(month),
             parts.join(tr("; ", "between the month's facts (French writes a space before it)")));
}

QString EducationView::currentMomentText() const { return m_moment->text(); }

void EducationView::play()
{
    if (!m_results)
        return;
    if (m_slider->value() >= m_slider->maximum())
        setMarkerDay(0.0);
    m_play->setText(tr("❚❚ Pause"));
    m_timer.start();
}

void EducationView::pause()
{
    m_timer.stop();
    m_play->setText(tr("▶ Play"));
}

void EducationView::tick()
{
    const double step = kMonthsPerSecond * kTickMs / 1000.0 * kDaysPerMonth;
    const double next = m_markerDay.value_or(0.0) + step;
    const double end = m_slider->maximum() * kDaysPerMonth;
    if (next >= end) {
        setMarkerDay(end);
        pause();
        return;
    }
    setMarkerDay(next);
}

void EducationView::setMarkerDay(double day)
{
    // Past the plan's end there is nothing to explain (`--month 999` asked for it).
    if (!std::isfinite(day))
        day = 0.0;
    const double end = m_results ? m_results->table.at("day").back() : day;
    m_markerDay = std::clamp(day, 0.0, std::max(0.0, end));
    {
        const QSignalBlocker quiet(m_slider);
        m_slider->setValue(static_cast<int>(std::lround(*m_markerDay / kDaysPerMonth)));
    }
    m_plot->setMarkerDay(m_markerDay);
    updateMoment();
    emit markerDayChanged(m_markerDay);
}

void EducationView::updateMoment()
{
    m_moment->setText(m_markerDay ? momentText(*m_markerDay)
                                  : tr("Press Play to walk through the months, or drag the "
                                       "slider."));
}

} // namespace lymph
