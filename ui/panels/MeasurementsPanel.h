#pragma once
// The patient's own lab results (the scenario's measurements): a table of day, quantity and
// value to add to, edit, paste into from a spreadsheet and delete from, each change one undo
// step of the document; a Personalise switch, and a short summary of the latest fit (which
// factors the results moved, how well each quantity is matched).

#include "scenario/Scenario.h"

#include <QString>
#include <QWidget>

#include <vector>

class QCheckBox;
class QLabel;
class QPushButton;
class QTableWidget;

namespace lymph {

class ScheduleDocument;
struct PersonalFit;

class MeasurementsPanel : public QWidget {
    Q_OBJECT

public:
    explicit MeasurementsPanel(ScheduleDocument *document, QWidget *parent = nullptr);

    QTableWidget *table() const { return m_table; }
    QCheckBox *personaliseSwitch() const { return m_personalise; }
    bool isPersonalised() const;
    // Rows of text (tab-, comma- or semicolon-separated day, quantity, value; a header row is
    // skipped) added as one undo step; false when nothing could be read or the rules refuse it.
    bool pasteText(const QString &text);
    void addRow();
    void deleteSelectedRows();
    // The latest fit in words, or why there is none; empty clears it.
    void showFit(const PersonalFit &fit);
    void showFitProblem(const QString &message);
    void clearFit();
    QString fitText() const;

signals:
    void personaliseToggled(bool on);

private:
    void refresh();
    void cellEdited(int row, int column);
    void quantityChosen(int row, int index);
    void apply(std::vector<Measurement> measurements, const QString &actionText);

    ScheduleDocument *m_document;
    QTableWidget *m_table = nullptr;
    QCheckBox *m_personalise = nullptr;
    QLabel *m_summary = nullptr;
    QPushButton *m_delete = nullptr;
    bool m_refreshing = false;
};

} // namespace lymph
