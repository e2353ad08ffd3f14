#include "TimelineBar.h"

#include "SimulationRunner.h"

#include <QAction>
#include <QComboBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QLocale>
#include <QSignalBlocker>
#include <QResizeEvent>
#include <QToolButton>

namespace lymph {

namespace {

// The bar's title, cut with an ellipsis where the controls leave it too little room, and
// left out when not even a word would show: never clipped mid-letter.
class ElidedTitle : public QLabel {
public:
    ElidedTitle(const QString &title, QWidget *parent) : QLabel(parent), m_title(title)
    {
        setObjectName(QStringLiteral("timelineTitle"));
        QFont bold = font();
        bold.setBold(true);
        setFont(bold);
        setText(m_title);
    }

protected:
    void resizeEvent(QResizeEvent *event) override
    {
        QLabel::resizeEvent(event);
        const QString shown = fontMetrics().elidedText(m_title, Qt::ElideRight, width());
        // "…" alone, or a letter and "…", says nothing.
        setText(shown.size() < 4 && shown != m_title ? QString() : shown);
    }
    QSize minimumSizeHint() const override { return {0, QLabel::minimumSizeHint().height()}; }

private:
    QString m_title;
};

} // namespace

TimelineBar::TimelineBar(QWidget *parent) : QWidget(parent)
{
    setObjectName(QStringLiteral("timelineBar"));
    auto *row = new QHBoxLayout(this);
    row->setContentsMargins(10, 2, 10, 2);
    auto *title = new ElidedTitle(tr("Treatment timeline"), this);
    // The title gives way first on a narrow screen; the controls keep their room.
    title->setMinimumWidth(0);
    title->setSizePolicy(QSizePolicy::Ignored, QSizePolicy::Preferred);
    title->setToolTip(tr("Drag therapies from the palette onto the timeline; drag blocks to move "
                         "them, their right edge to change a period's end."));
    row->addWidget(title, 1);

    auto *snapLabel = new QLabel(tr("Snap to"), this);
    m_snapChoice = new QComboBox(this);
    m_snapChoice->addItem(tr("day"), static_cast<int>(SnapUnit::Day));
    m_snapChoice->addItem(tr("week"), static_cast<int>(SnapUnit::Week));
    m_snapChoice->addItem(tr("month"), static_cast<int>(SnapUnit::Month));
    m_snapChoice->setToolTip(tr("Where dragged treatments land. Hold Shift while dragging "
                                "for no snapping."));
    m_snapChoice->setAccessibleName(tr("Snap dragged treatments to"));
    snapLabel->setBuddy(m_snapChoice);
    connect(m_snapChoice, &QComboBox::currentIndexChanged, this, [this] {
        emit snapUnitChosen(static_cast<SnapUnit>(m_snapChoice->currentData().toInt()));
    });
    row->addWidget(snapLabel);
    row->addWidget(m_snapChoice);

    // Who is simulated: the typical patient, or a virtual cohort drawn as medians with bands.
    m_cohortChoice = new QComboBox(this);
    m_cohortChoice->setObjectName(QStringLiteral("cohortChoice"));
    m_cohortChoice->addItem(tr("Typical patient"), 0);
    for (int size : {50, 200, 1000})
        m_cohortChoice->addItem(tr("Cohort: %1", "a virtual cohort of 1,000 patients")
                                    .arg(QLocale().toString(size)),
                                size);
    m_cohortChoice->setToolTip(tr("A virtual cohort shows how differently patients respond: "
                                  "medians with 5–95 % bands. While you drag, a quick preview "
                                  "of %1 patients is shown first.")
                                   .arg(SimulationRunner::kPreviewPatients));
    m_cohortChoice->setAccessibleName(tr("Simulate the typical patient or a virtual cohort"));
    // As wide as its longest choice, so none is cut short; short choices leave the title room.
    m_cohortChoice->setSizeAdjustPolicy(QComboBox::AdjustToContents);
    connect(m_cohortChoice, &QComboBox::currentIndexChanged, this,
            [this] { emit cohortSizeChosen(m_cohortChoice->currentData().toInt()); });
    m_samplePatient = new QToolButton(this);
    m_samplePatient->setText(tr("Show a Patient"));
    m_samplePatient->setToolTip(tr("Draw one virtual patient of the cohort over its medians; "
                                   "press again for another."));
    m_samplePatient->setEnabled(false);
    connect(m_samplePatient, &QToolButton::clicked, this, &TimelineBar::samplePatientRequested);
    row->addSpacing(6);
    row->addWidget(m_cohortChoice);
    row->addWidget(m_samplePatient);

    m_fitPanels = new QToolButton(this);
    m_fitPanels->setObjectName(QStringLiteral("fitPanelsButton"));
    m_fitPanels->setToolButtonStyle(Qt::ToolButtonTextOnly);
    m_education = new QToolButton(this);
    m_education->setObjectName(QStringLiteral("educationButton"));
    m_education->setToolButtonStyle(Qt::ToolButtonTextOnly);
    row->addSpacing(6);
    row->addWidget(m_fitPanels);
    row->addWidget(m_education);
}

void TimelineBar::showCohortSize(int patients)
{
    const int index = m_cohortChoice->findData(patients);
    if (index >= 0) {
        const QSignalBlocker quiet(m_cohortChoice);
        m_cohortChoice->setCurrentIndex(index);
    }
    m_samplePatient->setEnabled(patients > 0);
}

int TimelineBar::cohortSize() const { return m_cohortChoice->currentData().toInt(); }

void TimelineBar::setFitPanelsAction(QAction *action) { m_fitPanels->setDefaultAction(action); }

void TimelineBar::setEducationAction(QAction *action) { m_education->setDefaultAction(action); }

} // namespace lymph
