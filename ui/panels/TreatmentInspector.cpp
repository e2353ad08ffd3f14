#include "TreatmentInspector.h"

#include "IssueText.h"
#include "ScheduleDocument.h"
#include "TreatmentLabel.h"

#include "scenario/ScenarioLimits.h"

#include <QComboBox>
#include <QEvent>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QPushButton>
#include <QRegularExpression>
#include <QSignalBlocker>
#include <QStackedWidget>
#include <QTableWidget>
#include <QVBoxLayout>

#include <cmath>
#include <optional>
#include <set>

namespace lymph {

namespace {

QString number(double value) { return plainNumber(value, 10); }

// The user's locale first ("0,5"), then the C locale ("0.5").
std::optional<double> parseNumber(const QString &text)
{
    bool ok = false;
    double value = QLocale().toDouble(text.trimmed(), &ok);
    if (!ok)
        value = QLocale::c().toDouble(text.trimmed(), &ok);
    if (!ok || !std::isfinite(value))
        return std::nullopt;
    return value;
}

// A marked value: dark red on pale red in every theme (the dark theme's light text on the pale
// background could not be read).
const QColor kMarkedBackground(0xfd, 0xe2, 0xe1);
const QColor kMarkedText(0x5a, 0x00, 0x00);

void markField(QWidget *field, bool bad)
{
    field->setStyleSheet(bad ? QStringLiteral("background: #fde2e1; color: #5a0000;") : QString());
}

void markItem(QTableWidgetItem *item, bool bad)
{
    item->setBackground(bad ? QBrush(kMarkedBackground) : QBrush());
    item->setForeground(bad ? QBrush(kMarkedText) : QBrush());
}

// The infusion row and column (0 day, 1 dose) a problem's field path names, if any:
// "treatments[2].infusions[1].mg" for treatment 2.
std::optional<std::pair<int, int>> infusionCell(const std::string &path, int treatment)
{
    static const QRegularExpression pattern(
        QStringLiteral("^treatments\\[(\\d+)\\]\\.infusions\\[(\\d+)\\]\\.(day|mg)"));
    const QRegularExpressionMatch match = pattern.match(QString::fromStdString(path));
    if (!match.hasMatch() || match.captured(1).toInt() != treatment)
        return std::nullopt;
    return std::pair(match.captured(2).toInt(), match.captured(3) == QLatin1String("day") ? 0 : 1);
}

} // namespace

TreatmentInspector::TreatmentInspector(ScheduleDocument *document, QWidget *parent)
    : QWidget(parent), m_document(document)
{
    setObjectName(QStringLiteral("treatmentInspector"));
    auto *layout = new QVBoxLayout(this);
    m_title = new QLabel(this);
    QFont titleFont = m_title->font();
    titleFont.setBold(true);
    titleFont.setPointSizeF(titleFont.pointSizeF() * 1.15);
    m_title->setFont(titleFont);
    m_summary = new QLabel(this);
    m_summary->setWordWrap(true);
    layout->addWidget(m_title);
    layout->addWidget(m_summary);

    m_pages = new QStackedWidget(this);
    layout->addWidget(m_pages);

    m_emptyPage = new QWidget(m_pages);
    auto *emptyLayout = new QVBoxLayout(m_emptyPage);
    m_emptyText = new QLabel(m_emptyPage);
    m_emptyText->setWordWrap(true);
    emptyLayout->addWidget(m_emptyText);
    emptyLayout->addStretch();
    m_pages->addWidget(m_emptyPage);

    m_antibodyPage = new QWidget(m_pages);
    auto *antibodyLayout = new QVBoxLayout(m_antibodyPage);
    antibodyLayout->setContentsMargins(0, 0, 0, 0);
    m_infusions = new QTableWidget(0, 2, m_antibodyPage);
    m_infusions->setHorizontalHeaderLabels({tr("Day"), tr("Dose (mg)")});
    m_infusions->setAccessibleName(tr("Infusions"));
    m_infusions->horizontalHeader()->setSectionResizeMode(QHeaderView::Stretch);
    m_infusions->verticalHeader()->setVisible(true);
    m_infusions->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_infusions->setMinimumHeight(150);
    antibodyLayout->addWidget(m_infusions);
    auto *buttons = new QHBoxLayout;
    m_addInfusion = new QPushButton(tr("Add infusion"), m_antibodyPage);
    m_removeInfusion = new QPushButton(tr("Remove infusion"), m_antibodyPage);
    buttons->addWidget(m_addInfusion);
    buttons->addWidget(m_removeInfusion);
    antibodyLayout->addLayout(buttons);
    m_pages->addWidget(m_antibodyPage);
    connect(m_infusions, &QTableWidget::itemChanged, this, [this] {
        if (!m_refreshing)
            commitInfusionTable();
    });
    connect(m_addInfusion, &QPushButton::clicked, this, &TreatmentInspector::addInfusion);
    connect(m_removeInfusion, &QPushButton::clicked, this, &TreatmentInspector::removeInfusion);

    m_fingolimodPage = new QWidget(m_pages);
    auto *fingolimodForm = new QFormLayout(m_fingolimodPage);
    fingolimodForm->setContentsMargins(0, 0, 0, 0);
    m_startDay = new QLineEdit(m_fingolimodPage);
    m_stopDay = new QLineEdit(m_fingolimodPage);
    m_mgPerDay = new QLineEdit(m_fingolimodPage);
    fingolimodForm->addRow(tr("First day"), m_startDay);
    fingolimodForm->addRow(tr("Stop day"), m_stopDay);
    fingolimodForm->addRow(tr("Dose (mg/day)"), m_mgPerDay);
    m_startDay->setAccessibleName(tr("First day of fingolimod"));
    m_stopDay->setAccessibleName(tr("Stop day of fingolimod"));
    m_mgPerDay->setAccessibleName(tr("Fingolimod dose in mg per day"));
    m_pages->addWidget(m_fingolimodPage);
    for (QLineEdit *field : {m_startDay, m_stopDay, m_mgPerDay})
        connect(field, &QLineEdit::editingFinished, this, [this] {
            if (!m_refreshing)
                commitFingolimod();
        });

    m_transplantPage = new QWidget(m_pages);
    auto *transplantForm = new QFormLayout(m_transplantPage);
    transplantForm->setContentsMargins(0, 0, 0, 0);
    m_regimen = new QComboBox(m_transplantPage);
    for (AhsctRegimen regimen : {AhsctRegimen::BeamAtg, AhsctRegimen::CyAtg}) {
        const std::string_view id = regimenId(regimen);
        m_regimen->addItem(QString::fromUtf8(id.data(), static_cast<qsizetype>(id.size())),
                           static_cast<int>(regimen));
    }
    m_reinfusionDay = new QLineEdit(m_transplantPage);
    transplantForm->addRow(tr("Conditioning regimen"), m_regimen);
    transplantForm->addRow(tr("Stem-cell reinfusion day"), m_reinfusionDay);
    m_regimen->setAccessibleName(tr("Conditioning regimen"));
    m_reinfusionDay->setAccessibleName(tr("Stem-cell reinfusion day"));
    m_pages->addWidget(m_transplantPage);
    connect(m_regimen, &QComboBox::currentIndexChanged, this, [this] {
        if (!m_refreshing)
            commitTransplant();
    });
    connect(m_reinfusionDay, &QLineEdit::editingFinished, this, [this] {
        if (!m_refreshing)
            commitTransplant();
    });

    m_problems = new QLabel(this);
    m_problems->setObjectName(QStringLiteral("inspectorProblems"));
    m_problems->setWordWrap(true);
    styleProblemLabel();
    m_problems->setTextFormat(Qt::PlainText);
    layout->addWidget(m_problems);
    layout->addStretch();

    connect(m_document, &ScheduleDocument::changed, this, &TreatmentInspector::refresh);
    connect(m_document, &ScheduleDocument::selectionChanged, this, [this] {
        showProblems({}); // they were about the treatment shown before
        refresh();
    });
    refresh();
}

void TreatmentInspector::styleProblemLabel()
{
    // A red readable on the theme's background (light or dark).
    m_problems->setStyleSheet(palette().color(QPalette::Window).lightness() < 128
                                  ? QStringLiteral("color: #ff8a80;")
                                  : QStringLiteral("color: #b00020;"));
}

void TreatmentInspector::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::PaletteChange)
        styleProblemLabel();
    QWidget::changeEvent(event);
}

QString TreatmentInspector::problemText() const { return m_problems->text(); }

void TreatmentInspector::refresh()
{
    const auto &list = m_document->scenario().treatments;
    const QList<int> selection = m_document->selection();
    const auto selectionSize = static_cast<int>(selection.size());
    m_index = selectionSize == 1 ? selection.first() : -1;
    m_refreshing = true;
    if (m_index < 0) {
        m_title->setText(tr("Treatment"));
        m_summary->clear();
        m_emptyText->setText(
            selectionSize > 1
                ? tr("%n treatment(s) selected. Arrow keys move them together; Delete removes "
                     "them.",
                     "", selectionSize)
                : tr("Select a treatment on the timeline to edit its days and doses, or drag "
                     "a therapy from the palette onto the timeline."));
        m_pages->setCurrentWidget(m_emptyPage);
        m_refreshing = false;
        return;
    }
    const Treatment &treatment = list[static_cast<std::size_t>(m_index)];
    m_title->setText(therapyDisplayName(treatment.therapy));
    m_summary->setText(treatmentSummary(treatment));
    switch (treatment.therapy) {
    case Therapy::Fingolimod:
        m_startDay->setText(number(treatment.startDay));
        m_stopDay->setText(number(treatment.stopDay));
        m_mgPerDay->setText(number(treatment.mgPerDay));
        for (QLineEdit *field : {m_startDay, m_stopDay, m_mgPerDay})
            markField(field, false);
        m_pages->setCurrentWidget(m_fingolimodPage);
        break;
    case Therapy::Ahsct:
        m_regimen->setCurrentIndex(m_regimen->findData(static_cast<int>(treatment.regimen)));
        m_reinfusionDay->setText(number(treatment.day));
        markField(m_reinfusionDay, false);
        m_pages->setCurrentWidget(m_transplantPage);
        break;
    case Therapy::Alemtuzumab:
    case Therapy::Ocrelizumab:
    case Therapy::Rituximab:
        m_infusions->setRowCount(static_cast<int>(treatment.infusions.size()));
        for (int row = 0; row < m_infusions->rowCount(); ++row) {
            const Infusion &infusion = treatment.infusions[static_cast<std::size_t>(row)];
            m_infusions->setItem(row, 0, new QTableWidgetItem(number(infusion.day)));
            m_infusions->setItem(row, 1, new QTableWidgetItem(number(infusion.mg)));
        }
        m_removeInfusion->setEnabled(treatment.infusions.size() > 1);
        m_pages->setCurrentWidget(m_antibodyPage);
        break;
    }
    m_refreshing = false;
}

bool TreatmentInspector::commit(const Treatment &candidate)
{
    Scenario scenario = m_document->scenario();
    scenario.treatments[static_cast<std::size_t>(m_index)] = candidate;
    const auto problems = ScheduleDocument::problemsWith(scenario);
    showProblems(IssueText::forWindow(&scenario).describe(problems));
    if (!problems.empty())
        return false;
    m_document->replaceTreatment(m_index, candidate);
    return true;
}

void TreatmentInspector::commitInfusionTable()
{
    if (m_index < 0)
        return;
    const Treatment current = m_document->scenario().treatments[static_cast<std::size_t>(m_index)];
    Treatment candidate = current;
    candidate.infusions.clear();
    QStringList unreadable;
    std::set<std::pair<int, int>> marked;
    for (int row = 0; row < m_infusions->rowCount(); ++row) {
        // A value that is not a number keeps the schedule's value, so the rules still check
        // every other value (each problem is shown at once, not one after the other).
        Infusion infusion = row < static_cast<int>(current.infusions.size())
                                ? current.infusions[static_cast<std::size_t>(row)]
                                : Infusion{};
        for (int column : {0, 1}) {
            QTableWidgetItem *item = m_infusions->item(row, column);
            const QString text = item ? item->text() : QString();
            const auto value = parseNumber(text);
            if (!value) {
                marked.insert({row, column});
                unreadable << (column == 0 ? tr("Infusion %1, day: “%2” is not a number")
                                           : tr("Infusion %1, dose: “%2” is not a number"))
                                  .arg(row + 1)
                                  .arg(text);
                continue;
            }
            (column == 0 ? infusion.day : infusion.mg) = *value;
        }
        candidate.infusions.push_back(infusion);
    }
    Scenario scenario = m_document->scenario();
    scenario.treatments[static_cast<std::size_t>(m_index)] = candidate;
    const auto problems = ScheduleDocument::problemsWith(scenario);
    for (const ScenarioError &problem : problems) {
        if (const auto cell = infusionCell(problem.fieldPath, m_index))
            marked.insert(*cell);
    }
    {
        // Colouring a cell emits itemChanged again: not an edit.
        const QSignalBlocker quiet(m_infusions);
        for (int row = 0; row < m_infusions->rowCount(); ++row) {
            for (int column : {0, 1}) {
                if (QTableWidgetItem *item = m_infusions->item(row, column))
                    markItem(item, marked.count({row, column}) > 0);
            }
        }
    }
    if (unreadable.isEmpty() && problems.empty()) {
        showProblems({});
        m_document->replaceTreatment(m_index, candidate);
        return;
    }
    QStringList messages = unreadable + IssueText::forWindow(&scenario).describe(problems);
    messages << tr("Nothing is applied until every marked value is corrected; the plan keeps "
                   "its last valid schedule.");
    showProblems(messages);
}

void TreatmentInspector::commitFingolimod()
{
    if (m_index < 0)
        return;
    Treatment candidate = m_document->scenario().treatments[static_cast<std::size_t>(m_index)];
    QStringList unreadable;
    const std::pair<QLineEdit *, double *> fields[] = {{m_startDay, &candidate.startDay},
                                                       {m_stopDay, &candidate.stopDay},
                                                       {m_mgPerDay, &candidate.mgPerDay}};
    for (const auto &[field, target] : fields) {
        const auto value = parseNumber(field->text());
        markField(field, !value);
        if (value)
            *target = *value;
        else
            unreadable << tr("“%1” is not a number").arg(field->text());
    }
    if (!unreadable.isEmpty()) {
        m_problems->setText(unreadable.join(QLatin1Char('\n')));
        return;
    }
    commit(candidate);
}

void TreatmentInspector::commitTransplant()
{
    if (m_index < 0)
        return;
    Treatment candidate = m_document->scenario().treatments[static_cast<std::size_t>(m_index)];
    candidate.regimen = static_cast<AhsctRegimen>(m_regimen->currentData().toInt());
    const auto day = parseNumber(m_reinfusionDay->text());
    markField(m_reinfusionDay, !day);
    if (!day) {
        m_problems->setText(tr("“%1” is not a number").arg(m_reinfusionDay->text()));
        return;
    }
    candidate.day = *day;
    if (!commit(candidate))
        markField(m_reinfusionDay, true);
}

void TreatmentInspector::addInfusion()
{
    if (m_index < 0)
        return;
    Treatment candidate = m_document->scenario().treatments[static_cast<std::size_t>(m_index)];
    Infusion next = candidate.infusions.empty() ? Infusion{0.0, 0.0} : candidate.infusions.back();
    next.day += 1.0;
    candidate.infusions.push_back(next);
    commit(candidate);
}

void TreatmentInspector::removeInfusion()
{
    if (m_index < 0)
        return;
    Treatment candidate = m_document->scenario().treatments[static_cast<std::size_t>(m_index)];
    if (candidate.infusions.size() < 2)
        return;
    const int row = m_infusions->currentRow();
    const auto position = row >= 0 && row < static_cast<int>(candidate.infusions.size())
                              ? static_cast<std::size_t>(row)
                              : candidate.infusions.size() - 1;
    candidate.infusions.erase(candidate.infusions.begin() + static_cast<std::ptrdiff_t>(position));
    commit(candidate);
}

void TreatmentInspector::showProblems(const QStringList &problems)
{
    m_problems->setText(problems.join(QLatin1Char('\n')));
}

} // namespace lymph
