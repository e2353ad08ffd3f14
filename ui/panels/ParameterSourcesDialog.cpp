#include "ParameterSourcesDialog.h"

#include "model/ParameterTable.h"

#include <QDialogButtonBox>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QTableWidget>
#include <QVBoxLayout>

namespace lymph {

ParameterSourcesDialog::ParameterSourcesDialog(QWidget *parent) : QDialog(parent)
{
    setWindowTitle(tr("Model parameters and sources"));
    setObjectName(QStringLiteral("parameterSourcesDialog"));
    resize(1100, 640);
    auto *layout = new QVBoxLayout(this);
    auto *intro = new QLabel(
        tr("Every number the simulation uses, with its unit and where it comes from. "
           "“fitted (T#)” names the calibration target in the model documentation it was "
           "fitted to; “assumption” marks a value chosen without a direct source."),
        this);
    intro->setWordWrap(true);
    layout->addWidget(intro);
    m_filter = new QLineEdit(this);
    m_filter->setPlaceholderText(tr("Filter by name, source or note…"));
    m_filter->setClearButtonEnabled(true);
    m_filter->setAccessibleName(tr("Filter parameters"));
    layout->addWidget(m_filter);

    const auto &entries = ParameterTable::defaults().entries();
    m_table = new QTableWidget(static_cast<int>(entries.size()), 6, this);
    m_table->setHorizontalHeaderLabels(
        {tr("Parameter"), tr("Value"), tr("Unit"), tr("Allowed range"), tr("Source"), tr("Note")});
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setWordWrap(true);
    m_table->verticalHeader()->setVisible(false);
    const QLocale locale;
    auto text = [](const std::string &s) { return QString::fromStdString(s); };
    for (int row = 0; row < static_cast<int>(entries.size()); ++row) {
        const Parameter &p = entries[static_cast<std::size_t>(row)];
        const QStringList cells = {text(p.id),
                                   locale.toString(p.value, 'g', 6),
                                   text(p.unit),
                                   tr("%1 to %2").arg(locale.toString(p.min, 'g', 6),
                                                      locale.toString(p.max, 'g', 6)),
                                   text(p.source),
                                   text(p.note)};
        for (int column = 0; column < cells.size(); ++column) {
            auto *item = new QTableWidgetItem(cells[column]);
            item->setToolTip(cells[column]);
            m_table->setItem(row, column, item);
        }
    }
    m_table->horizontalHeader()->setSectionResizeMode(QHeaderView::Interactive);
    m_table->resizeColumnsToContents();
    m_table->setColumnWidth(4, 320);
    m_table->horizontalHeader()->setStretchLastSection(true);
    layout->addWidget(m_table, 1);

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    layout->addWidget(buttons);
    connect(m_filter, &QLineEdit::textChanged, this, &ParameterSourcesDialog::applyFilter);
}

void ParameterSourcesDialog::applyFilter(const QString &text)
{
    for (int row = 0; row < m_table->rowCount(); ++row) {
        bool match = text.isEmpty();
        for (int column = 0; column < m_table->columnCount() && !match; ++column)
            match = m_table->item(row, column)->text().contains(text, Qt::CaseInsensitive);
        m_table->setRowHidden(row, !match);
    }
}

int ParameterSourcesDialog::visibleRowCount() const
{
    int count = 0;
    for (int row = 0; row < m_table->rowCount(); ++row)
        count += m_table->isRowHidden(row) ? 0 : 1;
    return count;
}

} // namespace lymph
