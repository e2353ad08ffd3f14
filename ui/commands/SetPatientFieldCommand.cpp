#include "SetPatientFieldCommand.h"

#include "ScheduleDocument.h"

#include <QCoreApplication>

namespace lymph {

SetPatientFieldCommand::SetPatientFieldCommand(ScheduleDocument *document, PatientField field,
                                               double to, QUndoCommand *parent)
    : QUndoCommand(parent), m_document(document), m_field(field),
      m_from(patientField(document->scenario().patient, field)), m_to(to)
{
    setText(QCoreApplication::translate("SetPatientFieldCommand", "Set %1")
                .arg(patientFieldLabel(field)));
    setObsolete(m_from == m_to);
}

void SetPatientFieldCommand::redo() { m_document->setPatientFieldValue(m_field, m_to); }

void SetPatientFieldCommand::undo() { m_document->setPatientFieldValue(m_field, m_from); }

} // namespace lymph
