#pragma once
// Removes the treatments at the given positions; undo puts them back where they were and
// selects what was selected before (the removed treatments, when the selection was removed).

#include "scenario/Scenario.h"

#include <QList>
#include <QString>
#include <QUndoCommand>

#include <vector>

namespace lymph {

class ScheduleDocument;

class RemoveTreatmentsCommand : public QUndoCommand {
public:
    // `indices`: ascending, each within the document's schedule.
    RemoveTreatmentsCommand(ScheduleDocument *document, std::vector<int> indices,
                            const QString &text, QUndoCommand *parent = nullptr);

    void redo() override;
    void undo() override;

private:
    ScheduleDocument *m_document;
    std::vector<int> m_indices;
    std::vector<Treatment> m_removed; // filled from the document on construction
    QList<int> m_selectionBefore;
};

} // namespace lymph
