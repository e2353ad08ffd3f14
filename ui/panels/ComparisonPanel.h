#pragma once
// Keeps up to three earlier simulations ("pinned") beside the current one, so two to four
// strategies can be compared: their key curves are overlaid on the plots (MainWindow passes
// comparisons() to the plot stack) and their outcome figures stand side by side in a table.

#include "PinnedResults.h"

#include <QList>
#include <QString>
#include <QWidget>

#include <optional>

class QLabel;
class QListWidget;
class QPushButton;

namespace lymph {

class OutcomeTable;

class ComparisonPanel : public QWidget {
    Q_OBJECT

public:
    static constexpr int kMaxPinned = 3;

    explicit ComparisonPanel(QWidget *parent = nullptr);

    // The current scenario's newest results (the first column of the table).
    void setCurrent(const QString &name, const Results &results, const Patient &patient);
    // While a newer simulation is on its way, the current results are stale: no pinning.
    void setCurrentPending(bool pending);
    // Pins the current results; false when there are none, they are stale, or kMaxPinned are
    // pinned already.
    bool pinCurrent();
    void unpin(int index);
    // Takes over a pin of another panel as it is (name and line style).
    void adoptPinned(const PinnedResults &pinned);
    void clear();
    const QList<PinnedResults> &comparisons() const { return m_pinned; }
    OutcomeTable *table() const { return m_table; }

signals:
    void comparisonsChanged();

private:
    void rebuild();

    QList<PinnedResults> m_pinned;
    QString m_currentName;
    std::optional<Results> m_current;
    Patient m_currentPatient;
    bool m_pending = false;
    QListWidget *m_list = nullptr;
    QPushButton *m_pin = nullptr;
    QPushButton *m_unpin = nullptr;
    OutcomeTable *m_table = nullptr;
    QLabel *m_patientNote = nullptr;
};

} // namespace lymph
