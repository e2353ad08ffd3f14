#include "ComparisonPanel.h"

#include "OutcomeTable.h"
#include "PatientDifferences.h"
#include "PlotStyle.h"

#include "simulate/OutcomeFigures.h"

#include <QHBoxLayout>
#include <QLabel>
#include <QListWidget>
#include <QPainter>
#include <QPushButton>
#include <QVBoxLayout>

namespace lymph {

namespace {

// Never dotted: the LLN and threshold lines are.
constexpr Qt::PenStyle kStyles[ComparisonPanel::kMaxPinned] = {Qt::DashLine, Qt::DashDotDotLine,
                                                                Qt::CustomDashLine};

// A short line in the pinned scenario's style, as in the plot legends.
QIcon styleIcon(Qt::PenStyle style, const QColor &color)
{
    QPixmap pixmap(40, 16);
    pixmap.fill(Qt::transparent);
    QPainter painter(&pixmap);
    painter.setRenderHint(QPainter::Antialiasing);
    QPen pen(color, 2.2);
    plotstyle::applyPinnedStyle(pen, style);
    painter.setPen(pen);
    painter.drawLine(2, 8, 38, 8);
    return QIcon(pixmap);
}

} // namespace

ComparisonPanel::ComparisonPanel(QWidget *parent) : QWidget(parent)
{
    setObjectName(QStringLiteral("comparisonPanel"));
    auto *layout = new QVBoxLayout(this);
    auto *intro = new QLabel(
        tr("Pin the current scenario, then change it or open another: the pinned curves stay "
           "on the plots (dashed) and their figures stay in the table."),
        this);
    intro->setWordWrap(true);
    layout->addWidget(intro);

    m_list = new QListWidget(this);
    m_list->setAccessibleName(tr("Pinned scenarios"));
    m_list->setIconSize(QSize(40, 16));
    m_list->setMaximumHeight(90);
    m_list->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    m_list->setTextElideMode(Qt::ElideRight);
    layout->addWidget(m_list);

    auto *buttons = new QHBoxLayout;
    m_pin = new QPushButton(tr("Pin current scenario"), this);
    m_unpin = new QPushButton(tr("Remove pinned"), this);
    buttons->addWidget(m_pin);
    buttons->addWidget(m_unpin);
    layout->addLayout(buttons);

    m_table = new OutcomeTable(this);
    layout->addWidget(m_table, 1);
    m_patientNote = new QLabel(this);
    m_patientNote->setWordWrap(true);
    m_patientNote->setObjectName(QStringLiteral("patientDifferenceNote"));
    layout->addWidget(m_patientNote);

    connect(m_pin, &QPushButton::clicked, this, &ComparisonPanel::pinCurrent);
    connect(m_unpin, &QPushButton::clicked, this, [this] {
        unpin(m_list->currentRow() >= 0 ? m_list->currentRow()
                                        : static_cast<int>(m_pinned.size()) - 1);
    });
    rebuild();
}

void ComparisonPanel::setCurrent(const QString &name, const Results &results,
                                 const Patient &patient)
{
    m_currentName = name;
    m_current = results;
    m_currentPatient = patient;
    rebuild();
}

void ComparisonPanel::setCurrentPending(bool pending)
{
    m_pending = pending;
    rebuild();
}

bool ComparisonPanel::pinCurrent()
{
    if (!m_current || m_pending || m_pinned.size() >= kMaxPinned)
        return false;
    // The first free slot (letter and line style), so removing one pin never changes how the
    // others are named or drawn.
    int slot = 0;
    while (std::any_of(m_pinned.begin(), m_pinned.end(),
                       [slot](const PinnedResults &p) { return p.style == kStyles[slot]; }))
        ++slot;
    const QString letter(QChar(u'A' + slot));
    m_pinned.append(
        {tr("%1: %2").arg(letter, m_currentName), *m_current, m_currentPatient, kStyles[slot]});
    rebuild();
    emit comparisonsChanged();
    return true;
}

void ComparisonPanel::adoptPinned(const PinnedResults &pinned)
{
    if (m_pinned.size() >= kMaxPinned)
        return;
    m_pinned.append(pinned);
    rebuild();
    emit comparisonsChanged();
}

void ComparisonPanel::unpin(int index)
{
    if (index < 0 || index >= m_pinned.size())
        return;
    m_pinned.removeAt(index);
    rebuild();
    emit comparisonsChanged();
}

void ComparisonPanel::clear()
{
    if (m_pinned.isEmpty())
        return;
    m_pinned.clear();
    rebuild();
    emit comparisonsChanged();
}

void ComparisonPanel::rebuild()
{
    m_list->clear();
    for (const PinnedResults &pinned : m_pinned)
        m_list->addItem(new QListWidgetItem(styleIcon(pinned.style, palette().color(QPalette::Text)),
                                            pinned.name));
    m_pin->setEnabled(m_current.has_value() && !m_pending && m_pinned.size() < kMaxPinned);
    m_pin->setToolTip(m_pinned.size() >= kMaxPinned
                          ? tr("At most %1 scenarios can be pinned.").arg(kMaxPinned)
                          : tr("Keep the current results for comparison."));
    m_unpin->setEnabled(!m_pinned.isEmpty());

    QList<OutcomeTable::Column> columns;
    if (m_current)
        columns.append({tr("Current"), computeOutcomeFigures(*m_current)});
    for (const PinnedResults &pinned : m_pinned)
        columns.append({pinned.name, computeOutcomeFigures(pinned.results)});
    m_table->setColumns(columns);
    if (m_current)
        m_table->horizontalHeaderItem(0)->setToolTip(m_currentName);
    const QString note = PatientDifferences::note(m_currentPatient, m_pinned);
    m_patientNote->setText(note);
    m_patientNote->setVisible(!note.isEmpty());
}

} // namespace lymph
