#include "PatientPanel.h"
#include "model/Calendar.h"

#include "CheckedSpinBox.h"
#include "IssueText.h"
#include "ScheduleDocument.h"

#include "scenario/ScenarioLimits.h"

#include <QDoubleSpinBox>
#include <QFormLayout>
#include <QLabel>

namespace lymph {

namespace {


CheckedSpinBox *makeSpinBox(const scenario_format::Range &range, int decimals, double step,
                            const QString &suffix, QWidget *parent)
{
    auto *box = new CheckedSpinBox(parent);
    box->setDecimals(decimals);
    const double tick = std::pow(10.0, -decimals);
    box->setRange(range.minExclusive ? range.min + tick : range.min, range.max);
    box->setSingleStep(step);
    box->setSuffix(suffix);
    box->setKeyboardTracking(false); // one edit per finished value, not per keystroke
    return box;
}

} // namespace

PatientPanel::PatientPanel(ScheduleDocument *document, QWidget *parent)
    : QWidget(parent), m_document(document)
{
    setObjectName(QStringLiteral("patientPanel"));
    auto *form = new QFormLayout(this);
    namespace format = scenario_format;
    struct Row {
        PatientField field;
        format::Range range;
        int decimals;
        double step;
        QString label;
        QString suffix;
        QString help;
    };
    const Row rows[] = {
        {PatientField::WeightKg, format::kWeightKg, 1, 1.0, tr("Weight"), tr(" kg"),
         tr("Body weight; scales antibody volumes of distribution.")},
        {PatientField::AgeYears, format::kAgeYears, 0, 1.0, tr("Age"), tr(" years"),
         tr("Age; lowers thymic output and T-cell recovery.")},
        {PatientField::BaselineArr, format::kBaselineArr, 2, 0.05, tr("Untreated relapses"),
         tr(" per year"),
         tr("Annual relapse rate without treatment, as in the placebo arms of trials.")},
        {PatientField::AdaPropensity, format::kAdaPropensity, 2, 0.25, tr("ADA propensity"),
         QString(),
         tr("Multiplies the typical anti-drug antibody response: 0 never forms ADA, 1 is "
            "typical, 3 a strong responder.")},
    };
    for (const Row &row : rows) {
        CheckedSpinBox *box = makeSpinBox(row.range, row.decimals, row.step, row.suffix, this);
        connect(box, &CheckedSpinBox::rejected, this,
                [this, box, label = row.label](double typed) { showOutOfRange(box, label, typed); });
        box->setToolTip(row.help);
        box->setAccessibleName(row.label);
        box->setAccessibleDescription(row.help);
        form->addRow(row.label, box);
        m_fields[row.field] = box;
        const PatientField which = row.field;
        connect(box, &QDoubleSpinBox::valueChanged, this, [this, which](double value) {
            if (!m_refreshing)
                m_document->setPatientValue(which, value);
        });
    }
    const format::Range years{format::kHorizonDays.min / kDaysPerYear,
                              format::kHorizonDays.max / kDaysPerYear, true, format::Unit::Years};
    m_horizonYears = makeSpinBox(years, 1, 0.5, tr(" years"), this);
    m_horizonYears->setMinimum(0.1);
    connect(m_horizonYears, &CheckedSpinBox::rejected, this, [this](double typed) {
        showOutOfRange(m_horizonYears, tr("Simulated time"), typed);
    });
    m_horizonYears->setToolTip(tr("How long to simulate from day 0."));
    m_horizonYears->setAccessibleName(tr("Simulated time"));
    form->addRow(tr("Simulate"), m_horizonYears);
    m_problem = new QLabel(this);
    m_problem->setWordWrap(true);
    m_problem->setObjectName(QStringLiteral("patientProblem"));
    form->addRow(m_problem);
    m_problem->hide();
    connect(m_horizonYears, &QDoubleSpinBox::valueChanged, this, [this](double value) {
        if (m_refreshing)
            return;
        // The schedule's rules decide: no treatment may fall after the end of the simulation.
        Scenario candidate = m_document->scenario();
        candidate.horizonDays = std::round(value * kDaysPerYear * 10.0) / 10.0;
        const auto problems = ScheduleDocument::problemsWith(candidate);
        if (!problems.empty()) {
            m_problem->setText(tr("Not changed: %1")
                                   .arg(IssueText::forWindow(&candidate).describe(problems.front())));
            m_problem->show();
            refresh();
            return;
        }
        m_problem->hide();
        m_document->setHorizonDays(candidate.horizonDays);
    });

    connect(m_document, &ScheduleDocument::changed, this, &PatientPanel::refresh);
    refresh();
}

void PatientPanel::refresh()
{
    m_refreshing = true;
    const Scenario &scenario = m_document->scenario();
    for (const auto &[which, box] : m_fields)
        box->setValue(patientField(scenario.patient, which));
    m_horizonYears->setValue(scenario.horizonDays / kDaysPerYear);
    m_refreshing = false;
}

void PatientPanel::showOutOfRange(const QDoubleSpinBox *box, const QString &label, double typed)
{
    const QLocale locale;
    m_problem->setText(tr("Not changed: %1 %2%3 is outside %4 to %5%3.")
                           .arg(label, locale.toString(typed), box->suffix(),
                                locale.toString(box->minimum()), locale.toString(box->maximum())));
    m_problem->show();
}

QString PatientPanel::problemText() const
{
    return m_problem->isHidden() ? QString() : m_problem->text();
}

} // namespace lymph
