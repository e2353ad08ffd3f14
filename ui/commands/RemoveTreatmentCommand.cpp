#include "RemoveTreatmentCommand.h"

#include "ScheduleDocument.h"
#include "TreatmentLabel.h"

#include <QCoreApplication>

namespace lymph {

RemoveTreatmentCommand::RemoveTreatmentCommand(ScheduleDocument *document, int index,
                                               QUndoCommand *parent)
    : QUndoCommand(parent), m_document(document), m_index(index),
      m_treatment(document->scenario().treatments.at(static_cast<std::size_t>(index)))
{
    setText(QCoreApplication::translate("RemoveTreatmentCommand", "Remove %1")
                .arg(therapyDisplayName(m_treatment.therapy)));
}

void RemoveTreatmentCommand::redo() { m_treatment = m_document->takeTreatmentAt(m_index); }

void RemoveTreatmentCommand::undo() { m_document->insertTreatmentAt(m_index, m_treatment); }

} // namespace lymph
