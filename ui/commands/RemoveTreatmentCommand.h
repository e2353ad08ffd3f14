#pragma once
// Removes the treatment at a given position; undo puts it back at the same position.

#include "scenario/Scenario.h"

#include <QUndoCommand>

namespace lymph {

class ScheduleDocument;

class RemoveTreatmentCommand : public QUndoCommand {
public:
    RemoveTreatmentCommand(ScheduleDocument *document, int index, QUndoCommand *parent = nullptr);

    void redo() override;
    void undo() override;

private:
    ScheduleDocument *m_document;
    int m_index;
    Treatment m_treatment; // filled from the document on construction
};

} // namespace lymph
