#pragma once
// Appends treatments to the document's schedule (a new regimen, copies of the selection) and
// selects them; undo takes them out again and gives back the selection from before.

#include "scenario/Scenario.h"

#include <QList>
#include <QString>
#include <QUndoCommand>

#include <vector>

namespace lymph {

class ScheduleDocument;

class AddTreatmentsCommand : public QUndoCommand {
public:
    AddTreatmentsCommand(ScheduleDocument *document, std::vector<Treatment> added,
                         const QString &text, QUndoCommand *parent = nullptr);

    void redo() override;
    void undo() override;

private:
    ScheduleDocument *m_document;
    std::vector<Treatment> m_added;
    std::vector<int> m_indices; // where they go: after the treatments already there
    QList<int> m_selectionBefore;
};

} // namespace lymph
