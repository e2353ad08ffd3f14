#include "MeasurementsPanel.h"

#include "ColumnText.h"
#include "ScheduleDocument.h"
#include "TreatmentLabel.h"

#include "estimate/MeasuredQuantities.h"
#include "estimate/PersonalFit.h"

#include <QApplication>
#include <QCheckBox>
#include <QClipboard>
#include <QComboBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLocale>
#include <QPushButton>
#include <QRegularExpression>
#include <QTableWidget>
#include <QVBoxLayout>

#include <algorithm>
#include <cmath>
#include <set>

namespace lymph {

namespace {

enum ColumnIndex { DayColumn, QuantityColumn, ValueColumn };

// A number as typed in the user's locale or in the C locale (a pasted "0.5").
std::optional<double> readNumber(const QString &text)
{
    bool ok = false;
    double value = QLocale().toDouble(text.trimmed(), &ok);
    if (!ok)
        value = QLocale::c().toDouble(text.trimmed(), &ok);
    return ok ? std::optional<double>(value) : std::nullopt;
}

// A quantity by its column name or its display name in the user's language.
std::optional<std::string> readQuantity(const QString &text)
{
    const QString wanted = text.trimmed();
    for (const MeasuredQuantity &q : measuredQuantities()) {
        if (wanted == QString::fromStdString(q.name) ||
            wanted.compare(columnDisplayName(q.column), Qt::CaseInsensitive) == 0)
            return q.name;
    }
    return std::nullopt;
}

QString factorName(const std::string &name)
{
    QString text = QString::fromStdString(name);
    return text.replace(QLatin1Char('_'), QLatin1Char(' '));
}

} // namespace

MeasurementsPanel::MeasurementsPanel(ScheduleDocument *document, QWidget *parent)
    : QWidget(parent), m_document(document)
{
    auto *layout = new QVBoxLayout(this);
    m_table = new QTableWidget(0, 3, this);
    m_table->setHorizontalHeaderLabels({tr("Day"), tr("Quantity"), tr("Value")});
    m_table->horizontalHeader()->setSectionResizeMode(QuantityColumn, QHeaderView::Stretch);
    m_table->verticalHeader()->setVisible(false);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setAccessibleName(tr("The patient's lab results"));
    layout->addWidget(m_table, 1);

    auto *buttons = new QHBoxLayout;
    auto *add = new QPushButton(tr("Add"), this);
    m_delete = new QPushButton(tr("Delete"), this);
    auto *paste = new QPushButton(tr("Paste"), this);
    add->setToolTip(tr("Add a result after the last one"));
    paste->setToolTip(tr("Paste rows of day, quantity and value from a spreadsheet"));
    buttons->addWidget(add);
    buttons->addWidget(m_delete);
    buttons->addWidget(paste);
    layout->addLayout(buttons);

    m_personalise = new QCheckBox(tr("Personalise: fit the model to these results"), this);
    m_personalise->setToolTip(tr("Shows the forecast fitted to the patient's results, with its "
                                 "90% credible bands, beside the population's curves"));
    layout->addWidget(m_personalise);
    m_summary = new QLabel(this);
    m_summary->setWordWrap(true);
    m_summary->setTextInteractionFlags(Qt::TextSelectableByMouse);
    layout->addWidget(m_summary);

    connect(add, &QPushButton::clicked, this, &MeasurementsPanel::addRow);
    connect(m_delete, &QPushButton::clicked, this, &MeasurementsPanel::deleteSelectedRows);
    connect(paste, &QPushButton::clicked, this,
            [this] { pasteText(QApplication::clipboard()->text()); });
    connect(m_table, &QTableWidget::cellChanged, this, &MeasurementsPanel::cellEdited);
    connect(m_personalise, &QCheckBox::toggled, this, &MeasurementsPanel::personaliseToggled);
    connect(m_document, &ScheduleDocument::changed, this, &MeasurementsPanel::refresh);
    refresh();
}

bool MeasurementsPanel::isPersonalised() const
{
    return m_personalise->isChecked();
}

void MeasurementsPanel::refresh()
{
    m_refreshing = true;
    const std::vector<Measurement> &list = m_document->scenario().measurements;
    m_table->setRowCount(int(list.size()));
    for (int row = 0; row < int(list.size()); ++row) {
        const Measurement &m = list[std::size_t(row)];
        // Items are updated in place: this may run inside the table's own cellChanged.
        for (const auto &[column, value] : {std::pair{int(DayColumn), m.day},
                                            std::pair{int(ValueColumn), m.value}}) {
            if (QTableWidgetItem *item = m_table->item(row, column))
                item->setText(plainNumber(value));
            else
                m_table->setItem(row, column, new QTableWidgetItem(plainNumber(value)));
        }
        auto *combo = qobject_cast<QComboBox *>(m_table->cellWidget(row, QuantityColumn));
        if (combo == nullptr) {
            combo = new QComboBox(m_table);
            for (const MeasuredQuantity &q : measuredQuantities())
                combo->addItem(columnDisplayName(q.column), QString::fromStdString(q.name));
            connect(combo, &QComboBox::activated, this, [this, combo](int index) {
                for (int r = 0; r < m_table->rowCount(); ++r) {
                    if (m_table->cellWidget(r, QuantityColumn) == combo)
                        quantityChosen(r, index);
                }
            });
            m_table->setCellWidget(row, QuantityColumn, combo);
        }
        combo->setCurrentIndex(combo->findData(QString::fromStdString(m.quantity)));
    }
    m_delete->setEnabled(!list.empty());
    m_refreshing = false;
}

void MeasurementsPanel::apply(std::vector<Measurement> measurements, const QString &actionText)
{
    // A refusal is shown by the window (the document's editRefused); the table goes back to
    // what the document holds.
    if (!m_document->setMeasurements(measurements, actionText).isApplied())
        refresh();
}

void MeasurementsPanel::cellEdited(int row, int column)
{
    if (m_refreshing)
        return;
    std::vector<Measurement> list = m_document->scenario().measurements;
    if (row < 0 || row >= int(list.size()))
        return;
    const QTableWidgetItem *item = m_table->item(row, column);
    const auto value = item ? readNumber(item->text()) : std::nullopt;
    if (!value) {
        refresh();
        return;
    }
    (column == DayColumn ? list[std::size_t(row)].day : list[std::size_t(row)].value) = *value;
    apply(std::move(list), tr("Edit Lab Result"));
}

void MeasurementsPanel::quantityChosen(int row, int index)
{
    std::vector<Measurement> list = m_document->scenario().measurements;
    const auto *combo = qobject_cast<QComboBox *>(m_table->cellWidget(row, QuantityColumn));
    if (row >= int(list.size()) || combo == nullptr)
        return;
    list[std::size_t(row)].quantity = combo->itemData(index).toString().toStdString();
    apply(std::move(list), tr("Edit Lab Result"));
}

void MeasurementsPanel::addRow()
{
    std::vector<Measurement> list = m_document->scenario().measurements;
    // A month after the last result, of the same quantity, within the simulated time.
    Measurement next{0.0, "lymphocytes_per_ul", 1000.0};
    if (!list.empty()) {
        next = list.back();
        next.day = std::min(next.day + 30.0, m_document->scenario().horizonDays);
    }
    list.push_back(next);
    apply(std::move(list), tr("Add Lab Result"));
}

void MeasurementsPanel::deleteSelectedRows()
{
    std::set<int> rows;
    for (const QModelIndex &index : m_table->selectionModel()->selectedIndexes())
        rows.insert(index.row());
    if (rows.empty() && m_table->currentRow() >= 0)
        rows.insert(m_table->currentRow());
    std::vector<Measurement> list;
    const std::vector<Measurement> &old = m_document->scenario().measurements;
    for (std::size_t i = 0; i < old.size(); ++i) {
        if (!rows.count(int(i)))
            list.push_back(old[i]);
    }
    apply(std::move(list), tr("Delete Lab Results"));
}

bool MeasurementsPanel::pasteText(const QString &text)
{
    static const QRegularExpression separators(QStringLiteral("[\\t;,]"));
    std::vector<Measurement> list = m_document->scenario().measurements;
    const std::size_t before = list.size();
    for (const QString &line : text.split(QLatin1Char('\n'), Qt::SkipEmptyParts)) {
        const QStringList cells = line.split(separators);
        if (cells.size() < 3)
            continue;
        const auto day = readNumber(cells[0]);
        const auto value = readNumber(cells[2]);
        if (!day || !value)
            continue; // a header row, or a note
        const auto quantity = readQuantity(cells[1]);
        list.push_back({*day, quantity.value_or(cells[1].trimmed().toStdString()), *value});
    }
    if (list.size() == before)
        return false;
    return m_document->setMeasurements(list, tr("Paste Lab Results")).isApplied();
}

void MeasurementsPanel::showFit(const PersonalFit &fit)
{
    QStringList lines;
    lines << tr("Fitted to %n result(s) (population as the prior).", nullptr,
                int(fit.measurementCount));
    QStringList moved, unmoved;
    for (const FittedFactor &f : fit.factors) {
        const QString entry = tr("%1 %2 (90%: %3–%4)")
                                  .arg(factorName(f.name), plainNumber(f.estimate, 2),
                                       plainNumber(f.lower90, 2), plainNumber(f.upper90, 2));
        (f.informed ? moved : unmoved) << (f.informed ? entry : factorName(f.name));
    }
    if (!moved.isEmpty())
        lines << tr("Moved by the results: %1").arg(moved.join(QStringLiteral("; ")));
    if (!unmoved.isEmpty())
        lines << tr("Not informed by them: %1").arg(unmoved.join(QStringLiteral(", ")));
    QStringList match;
    for (const QuantityResiduals &q : fit.residuals) {
        const MeasuredQuantity *quantity = measuredQuantity(q.quantity);
        match << tr("%1 %2").arg(quantity ? columnDisplayName(quantity->column)
                                          : QString::fromStdString(q.quantity),
                                 plainNumber(q.rms, 2));
    }
    if (!match.isEmpty())
        lines << tr("Residuals (RMS, about 1 expected): %1").arg(match.join(QStringLiteral("; ")));
    m_summary->setText(lines.join(QLatin1Char('\n')));
}

void MeasurementsPanel::showFitProblem(const QString &message)
{
    m_summary->setText(tr("No personalised forecast: %1").arg(message));
}

void MeasurementsPanel::clearFit()
{
    m_summary->clear();
}

QString MeasurementsPanel::fitText() const
{
    return m_summary->text();
}

} // namespace lymph
