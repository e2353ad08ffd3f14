#include "AddTreatmentCommand.h"

#include "ScheduleDocument.h"
#include "TreatmentLabel.h"

#include <QCoreApplication>

namespace lymph {

AddTreatmentCommand::AddTreatmentCommand(ScheduleDocument *document, int index,
                                         const Treatment &treatment, QUndoCommand *parent)
    : QUndoCommand(parent), m_document(document), m_index(index), m_treatment(treatment)
{
    setText(QCoreApplication::translate("AddTreatmentCommand", "Add %1")
                .arg(therapyDisplayName(treatment.therapy)));
}

void AddTreatmentCommand::redo() { m_document->insertTreatmentAt(m_index, m_treatment); }

void AddTreatmentCommand::undo() { m_document->takeTreatmentAt(m_index); }

} // namespace lymph
