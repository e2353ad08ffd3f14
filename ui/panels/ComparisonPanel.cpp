#include "ComparisonPanel.h"

#include "OutcomeTable.h"
#include "WholeWordTable.h"
#include "PatientDifferences.h"
#include "PlotStyle.h"
#include "decision/PlanFiguresRunner.h"
#include "decision/PlanNames.h"

#include "decision/PlanSteps.h"
#include "simulate/OutcomeFigures.h"
#include "simulate/Simulator.h"

#include <QComboBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QListWidget>
#include <QLocale>
#include <QPainter>
#include <QPushButton>
#include <QSignalBlocker>
#include <QTableWidget>
#include <QToolButton>
#include <QVBoxLayout>

#include <algorithm>

namespace lymph {

namespace {

// A short grey line with the pinned plan's marker, as in the plot legends.
QIcon markerIcon(OverlayStyle style, const QColor &color)
{
    QPixmap pixmap(40, 16);
    pixmap.fill(Qt::transparent);
    QCPPainter painter(&pixmap);
    painter.setRenderHint(QPainter::Antialiasing);
    painter.setPen(QPen(color, 1.4));
    painter.drawLine(QLineF(2, 8, 38, 8));
    plotstyle::scatterStyle(overlayMarker(style), color).drawShape(&painter, 20.0, 8.0);
    return QIcon(pixmap);
}

QIcon currentIcon(const QColor &color)
{
    QPixmap pixmap(40, 16);
    pixmap.fill(Qt::transparent);
    QPainter painter(&pixmap);
    painter.setRenderHint(QPainter::Antialiasing);
    painter.setPen(QPen(color, 2.4));
    painter.drawLine(2, 8, 38, 8);
    return QIcon(pixmap);
}

} // namespace

ComparisonPanel::ComparisonPanel(QWidget *parent)
    : QWidget(parent), m_figures(new PlanFiguresRunner(this))
{
    setObjectName(QStringLiteral("comparisonPanel"));
    auto *layout = new QVBoxLayout(this);
    auto *intro = new QLabel(tr("Pin the current plan, then change it or open another; "
                                "double-click a name to change it."),
                             this);
    intro->setWordWrap(true);
    layout->addWidget(intro);

    m_list = new QListWidget(this);
    m_list->setObjectName(QStringLiteral("planList"));
    m_list->setAccessibleName(tr("Plans compared"));
    m_list->setIconSize(QSize(40, 16));
    m_list->setMaximumHeight(96);
    m_list->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    m_list->setTextElideMode(Qt::ElideRight);
    m_list->setEditTriggers(QAbstractItemView::DoubleClicked | QAbstractItemView::EditKeyPressed);
    layout->addWidget(m_list);

    auto *buttons = new QHBoxLayout;
    m_pin = new QPushButton(tr("Pin current plan"), this);
    m_unpin = new QPushButton(tr("Remove"), this);
    m_unpin->setAccessibleName(tr("Remove the chosen pinned plan"));
    buttons->addWidget(m_pin, 1);
    buttons->addWidget(m_unpin);
    layout->addLayout(buttons);
    m_noFurther = new QPushButton(tr("Add “No further treatment”"), this);
    m_noFurther->setToolTip(tr("Compare with the current plan stopped before its last step"));
    layout->addWidget(m_noFurther);

    auto *referenceRow = new QHBoxLayout;
    auto *referenceLabel = new QLabel(tr("Compare with"), this);
    m_referenceChoice = new QComboBox(this);
    m_referenceChoice->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
    m_referenceChoice->setMinimumContentsLength(12);
    referenceLabel->setBuddy(m_referenceChoice);
    referenceRow->addWidget(referenceLabel);
    referenceRow->addWidget(m_referenceChoice, 1);
    layout->addLayout(referenceRow);

    m_tableCaption = new QLabel(this);
    m_tableCaption->setWordWrap(true);
    layout->addWidget(m_tableCaption);
    m_decisionTable = new WholeWordTable(2 * static_cast<int>(kPlanOutcomeCount), 0, this);
    m_decisionTable->setObjectName(QStringLiteral("decisionTable"));
    m_decisionTable->setAccessibleName(tr("Outcomes of the plans in 100 people"));
    m_decisionTable->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_decisionTable->setSelectionMode(QAbstractItemView::NoSelection);
    m_decisionTable->horizontalHeader()->setMinimumSectionSize(56);
    m_decisionTable->verticalHeader()->hide();
    m_decisionTable->setVerticalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    m_decisionTable->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    m_decisionTable->setSizeAdjustPolicy(QAbstractScrollArea::AdjustToContents);
    layout->addWidget(m_decisionTable);

    m_tradeOff = new QLabel(this);
    m_tradeOff->setObjectName(QStringLiteral("tradeOffSentence"));
    m_tradeOff->setWordWrap(true);
    m_tradeOff->setTextInteractionFlags(Qt::TextSelectableByMouse);
    layout->addWidget(m_tradeOff);

    m_details = new QToolButton(this);
    m_details->setText(tr("Details for clinicians (typical patient)"));
    m_details->setCheckable(true);
    m_details->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
    m_details->setArrowType(Qt::RightArrow);
    m_details->setAutoRaise(true);
    layout->addWidget(m_details);
    m_table = new OutcomeTable(this);
    m_table->setVisible(false);
    layout->addWidget(m_table, 1);
    connect(m_details, &QToolButton::toggled, this, [this](bool on) {
        m_details->setArrowType(on ? Qt::DownArrow : Qt::RightArrow);
        m_table->setVisible(on);
    });
    m_patientNote = new QLabel(this);
    m_patientNote->setWordWrap(true);
    m_patientNote->setObjectName(QStringLiteral("patientDifferenceNote"));
    layout->addWidget(m_patientNote);
    layout->addStretch();

    connect(m_pin, &QPushButton::clicked, this, &ComparisonPanel::pinCurrent);
    connect(m_noFurther, &QPushButton::clicked, this, &ComparisonPanel::pinNoFurtherTreatment);
    connect(m_unpin, &QPushButton::clicked, this, [this] {
        const int row = m_list->currentRow();
        unpin(row >= 1 ? row - 1 : static_cast<int>(m_pinned.size()) - 1);
    });
    connect(m_list, &QListWidget::itemChanged, this, [this](QListWidgetItem *item) {
        if (m_rebuilding)
            return;
        const int row = m_list->row(item);
        if (row == 0)
            setCurrentName(item->text());
        else
            renamePinned(row - 1, item->text());
    });
    connect(m_referenceChoice, &QComboBox::activated, this,
            [this](int index) { setReferenceIndex(index); });
    connect(m_figures, &PlanFiguresRunner::figuresReady, this, &ComparisonPanel::rebuild);
    rebuild();
}

QString ComparisonPanel::currentName() const
{
    return m_customName.isEmpty() ? PlanNames::fromPlan(m_currentScenario) : m_customName;
}

void ComparisonPanel::setCurrent(const Results &results, const Scenario &scenario)
{
    m_current = results;
    m_currentScenario = scenario;
    rebuild();
}

void ComparisonPanel::setCurrentPending(bool pending)
{
    m_pending = pending;
    rebuild();
}

void ComparisonPanel::setCurrentName(const QString &name)
{
    m_customName = name.trimmed() == PlanNames::fromPlan(m_currentScenario) ? QString()
                                                                             : name.trimmed();
    rebuild();
}

void ComparisonPanel::pin(PinnedResults pinned)
{
    // The first free slot (marker and letter), so removing one pin never changes how the
    // others are drawn.
    int slot = 0;
    while (std::any_of(m_pinned.begin(), m_pinned.end(),
                       [slot](const PinnedResults &p) { return p.style == kPinnedStyles[slot]; }))
        ++slot;
    pinned.style = kPinnedStyles[slot];
    m_pinned.append(std::move(pinned));
    if (m_reference < 0)
        m_reference = static_cast<int>(m_pinned.size()) - 1;
    rebuild();
    emit comparisonsChanged();
}

bool ComparisonPanel::pinCurrent()
{
    if (!m_current || m_pending || m_pinned.size() >= kMaxPinned)
        return false;
    pin({currentName(), *m_current, m_currentScenario.patient, OverlayStyle::PinnedA,
         m_currentScenario,
         m_customName.isEmpty() ? PinnedResults::NameKind::FromPlan : PinnedResults::NameKind::Own});
    return true;
}

bool ComparisonPanel::pinNoFurtherTreatment()
{
    if (m_pinned.size() >= kMaxPinned || m_currentScenario.treatments.empty())
        return false;
    const Scenario shorter = withoutLastStep(m_currentScenario);
    try {
        pin({PlanNames::stoppedAfter(shorter), simulate(shorter), shorter.patient,
             OverlayStyle::PinnedA, shorter, PinnedResults::NameKind::NoFurtherTreatment});
    } catch (const std::exception &) {
        return false; // the shorter plan cannot be simulated: nothing to compare with
    }
    m_reference = static_cast<int>(m_pinned.size()) - 1;
    rebuild();
    emit decisionChanged();
    return true;
}

void ComparisonPanel::renamePinned(int index, const QString &name)
{
    if (index < 0 || index >= m_pinned.size() || name.trimmed().isEmpty() ||
        name.trimmed() == m_pinned[index].name)
        return;
    m_pinned[index].name = name.trimmed();
    m_pinned[index].nameKind = PinnedResults::NameKind::Own;
    rebuild();
    emit comparisonsChanged();
}

void ComparisonPanel::adoptPinned(const PinnedResults &pinned)
{
    if (m_pinned.size() >= kMaxPinned)
        return;
    m_pinned.append(pinned);
    // A name made from the plan is made again, in the language now in use.
    PinnedResults &adopted = m_pinned.last();
    if (adopted.nameKind == PinnedResults::NameKind::FromPlan)
        adopted.name = PlanNames::fromPlan(adopted.scenario);
    else if (adopted.nameKind == PinnedResults::NameKind::NoFurtherTreatment)
        adopted.name = PlanNames::stoppedAfter(adopted.scenario);
    if (m_reference < 0)
        m_reference = 0;
    rebuild();
    emit comparisonsChanged();
}

void ComparisonPanel::unpin(int index)
{
    if (index < 0 || index >= m_pinned.size())
        return;
    m_pinned.removeAt(index);
    if (m_reference >= m_pinned.size() || m_reference == index)
        m_reference = m_pinned.isEmpty() ? -1 : 0;
    rebuild();
    emit comparisonsChanged();
}

void ComparisonPanel::clear()
{
    if (m_pinned.isEmpty())
        return;
    m_pinned.clear();
    m_reference = -1;
    rebuild();
    emit comparisonsChanged();
}

void ComparisonPanel::setReferenceIndex(int index)
{
    if (index < 0 || index >= m_pinned.size() || index == m_reference)
        return;
    m_reference = index;
    rebuild();
}

DecisionSummary ComparisonPanel::decision(bool measure)
{
    DecisionSummary summary;
    QList<Scenario> plans;
    if (m_current)
        plans << m_currentScenario;
    for (const PinnedResults &pinned : m_pinned)
        plans << pinned.scenario;
    summary.window = commonWindow({plans.begin(), plans.end()});
    if (!m_current)
        return summary;
    if (measure)
        m_figures->keepOnly(plans, summary.window);
    // While the window's own simulation is pending (a drag, the full cohort after a preview),
    // the figures wait for it: both would share the same cores. A pinned plan's are measured
    // again too when the current plan moves the day the plans part.
    const auto figuresOf = [&](const Scenario &plan) {
        if (summary.window.years <= 0)
            return std::optional<PlanFigures>();
        return !measure || m_pending ? m_figures->known(plan, summary.window)
                                     : m_figures->figures(plan, summary.window);
    };
    summary.plans.append({currentName(), m_currentScenario, figuresOf(m_currentScenario)});
    for (const PinnedResults &pinned : m_pinned)
        summary.plans.append({pinned.name, pinned.scenario, figuresOf(pinned.scenario)});
    summary.reference = m_reference >= 0 ? m_reference + 1 : -1;
    return summary;
}

QString ComparisonPanel::tradeOffText() const { return m_tradeOff->text(); }

void ComparisonPanel::fillDecisionTable(const DecisionSummary &summary)
{
    // Each outcome is a label row over a row of figures, so the labels wrap in a narrow dock
    // and every column keeps its room.
    QString caption = summary.window.startsLater()
                          ? tr("The plans part less than a year before one of them ends: no "
                               "figures.")
                          : tr("A plan is simulated for less than a year: no figures.");
    if (summary.window.years > 0 && summary.window.startsLater())
        caption = tr("People out of 100 %1 (the plans are the same until then), with the range "
                     "in groups of 100:",
                     "%1: within 3 years from month 29")
                      .arg(DecisionSummary::timeFrame(summary.window));
    else if (summary.window.years > 0)
        caption = tr("People out of 100 %1, with the range in groups of 100:",
                     "%1: within 5 years")
                      .arg(DecisionSummary::timeFrame(summary.window));
    m_tableCaption->setText(caption);
    const bool difference = summary.referencePlan() != nullptr;
    const int plans = static_cast<int>(summary.plans.size());
    const int columns = plans + (difference ? 1 : 0);
    m_decisionTable->clearSpans();
    m_decisionTable->setColumnCount(columns);
    if (columns == 0)
        return; // no plan yet: a table without columns takes no items (they would leak)
    for (int c = 0; c < plans; ++c) {
        const PlanEntry &plan = summary.plans[c];
        const QString letter = c == 0 ? tr("Current") : pinnedLetter(m_pinned[c - 1].style);
        auto *header = new QTableWidgetItem(letter);
        header->setToolTip(plan.name);
        m_decisionTable->setHorizontalHeaderItem(c, header);
    }
    if (difference) {
        const PlanEntry &reference = *summary.referencePlan();
        auto *header = new QTableWidgetItem(
            tr("Current − %1").arg(pinnedLetter(m_pinned[summary.reference - 1].style)));
        header->setToolTip(
            tr("Difference: %1 minus %2").arg(summary.plans.front().name, reference.name));
        m_decisionTable->setHorizontalHeaderItem(plans, header);
    }
    for (PlanOutcome outcome : kPlanOutcomes) {
        const int row = 2 * static_cast<int>(outcome);
        auto *label = new QTableWidgetItem(DecisionSummary::outcomeLabel(outcome, summary.window));
        label->setToolTip(DecisionSummary::isHarm(outcome) ? tr("A possible harm of the plans")
                                                           : tr("What the plans are meant to prevent"));
        QFont bold = label->font();
        bold.setBold(true);
        label->setFont(bold);
        m_decisionTable->setItem(row, 0, label);
        if (columns > 1)
            m_decisionTable->setSpan(row, 0, 1, columns);
        for (int c = 0; c < plans; ++c) {
            const PlanEntry &plan = summary.plans[c];
            QString text = summary.window.years > 0 ? QStringLiteral("…") : QStringLiteral("—");
            QString tip = summary.window.years > 0 ? tr("Being computed from a virtual cohort") : QString();
            if (plan.figures) {
                if (const auto &frequency = plan.figures->at(outcome)) {
                    text = tr("%1 (%2–%3)")
                               .arg(QLocale().toString(frequency->people()),
                                    QLocale().toString(frequency->lowest),
                                    QLocale().toString(frequency->highest));
                    tip = DecisionSummary::outcomeSentence(outcome, frequency->people(),
                                                           summary.window) +
                          QLatin1Char(' ') + DecisionSummary::rangeSentence(*frequency);
                }
            }
            auto *item = new QTableWidgetItem(text);
            item->setToolTip(tip);
            item->setTextAlignment(Qt::AlignCenter);
            m_decisionTable->setItem(row + 1, c, item);
        }
        if (!difference)
            continue;
        const PlanEntry &reference = *summary.referencePlan();
        QString text = QStringLiteral("…");
        if (summary.plans.front().figures && reference.figures) {
            const auto d =
                differencePerHundred(*summary.plans.front().figures, *reference.figures, outcome);
            text = d ? DecisionSummary::differenceText(*d) : QStringLiteral("—");
        }
        auto *item = new QTableWidgetItem(text);
        item->setTextAlignment(Qt::AlignCenter);
        item->setFont(bold);
        m_decisionTable->setItem(row + 1, plans, item);
    }
    QSet<int> figures; // not with a single column, whose label rows are not spanned
    for (int c = 0; c < plans && columns > 1; ++c)
        figures.insert(c);
    m_decisionTable->setOneLineColumns(figures);
    m_decisionTable->fitColumns();
}

void ComparisonPanel::rebuild()
{
    m_rebuilding = true;
    const QColor ink = palette().color(QPalette::Text);
    m_list->clear();
    if (m_current) {
        auto *current = new QListWidgetItem(currentIcon(ink), currentName());
        current->setFlags(current->flags() | Qt::ItemIsEditable);
        current->setToolTip(tr("The current plan (solid lines)"));
        m_list->addItem(current);
    }
    for (const PinnedResults &pinned : m_pinned) {
        auto *item = new QListWidgetItem(markerIcon(pinned.style, ink), pinned.name);
        item->setFlags(item->flags() | Qt::ItemIsEditable);
        item->setToolTip(tr("%1: %2 (marked %1 on the plots)").arg(pinnedLetter(pinned.style), pinned.name));
        m_list->addItem(item);
    }
    m_pin->setEnabled(m_current.has_value() && !m_pending && m_pinned.size() < kMaxPinned);
    m_pin->setToolTip(m_pinned.size() >= kMaxPinned
                          ? tr("At most %1 plans can be pinned.").arg(kMaxPinned)
                          : tr("Keep the current results for comparison."));
    m_noFurther->setEnabled(m_current.has_value() && !m_currentScenario.treatments.empty() &&
                            m_pinned.size() < kMaxPinned);
    m_unpin->setEnabled(!m_pinned.isEmpty());
    {
        const QSignalBlocker quiet(m_referenceChoice);
        m_referenceChoice->clear();
        for (const PinnedResults &pinned : m_pinned)
            m_referenceChoice->addItem(markerIcon(pinned.style, ink), pinned.name);
        m_referenceChoice->setCurrentIndex(m_reference);
        m_referenceChoice->setEnabled(!m_pinned.isEmpty());
    }

    const DecisionSummary summary = decision();
    fillDecisionTable(summary);
    const QString tradeOff = summary.tradeOff();
    m_tradeOff->setText(tradeOff);
    m_tradeOff->setVisible(!tradeOff.isEmpty());

    QList<OutcomeTable::Column> columns;
    if (m_current)
        columns.append({currentName(), computeOutcomeFigures(*m_current)});
    for (const PinnedResults &pinned : m_pinned)
        columns.append({pinned.name, computeOutcomeFigures(pinned.results)});
    m_table->setColumns(columns);
    const QString note = PatientDifferences::note(m_currentScenario.patient, m_pinned);
    m_patientNote->setText(note);
    m_patientNote->setVisible(!note.isEmpty());
    m_rebuilding = false;
    emit decisionChanged();
}

} // namespace lymph
