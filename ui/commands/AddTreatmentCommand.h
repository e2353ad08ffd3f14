#pragma once
// Inserts one treatment into the document's scenario at a given position.

#include "scenario/Scenario.h"

#include <QUndoCommand>

namespace lymph {

class ScheduleDocument;

class AddTreatmentCommand : public QUndoCommand {
public:
    AddTreatmentCommand(ScheduleDocument *document, int index, const Treatment &treatment,
                        QUndoCommand *parent = nullptr);

    void redo() override;
    void undo() override;

private:
    ScheduleDocument *m_document;
    int m_index;
    Treatment m_treatment;
};

} // namespace lymph
