#pragma once
// For the patient: each outcome of the plan as an icon array of 100 people with the natural
// frequency and its range in words, and, when plans are compared, the plan compared against
// beside it in the same format — benefits and harms alike.

#include "DecisionSummary.h"

#include <QList>
#include <QWidget>

class QGridLayout;
class QLabel;

namespace lymph {

class IconArray;

class OutcomeIconArrays : public QWidget {
    Q_OBJECT

public:
    explicit OutcomeIconArrays(QWidget *parent = nullptr);

    void setDecision(const DecisionSummary &decision);
    // The arrays shown, outcome by outcome and plan by plan (for tests).
    QList<IconArray *> arrays() const { return m_arrays; }
    QString text() const; // every label's text, in order

private:
    QGridLayout *m_grid;
    QList<IconArray *> m_arrays;
    QList<QLabel *> m_labels;
};

} // namespace lymph
