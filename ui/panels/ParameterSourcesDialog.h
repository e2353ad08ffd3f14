#pragma once
// Every number the model uses, with unit, allowed range, source and note, straight from the
// core parameter table; a filter box narrows it by id, source or note.

#include <QDialog>

class QLineEdit;
class QTableWidget;

namespace lymph {

class ParameterSourcesDialog : public QDialog {
    Q_OBJECT

public:
    explicit ParameterSourcesDialog(QWidget *parent = nullptr);

    QTableWidget *table() const { return m_table; }
    QLineEdit *filter() const { return m_filter; }
    int visibleRowCount() const;

private:
    void applyFilter(const QString &text);

    QLineEdit *m_filter = nullptr;
    QTableWidget *m_table = nullptr;
};

} // namespace lymph
