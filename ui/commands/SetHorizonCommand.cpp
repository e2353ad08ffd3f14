#include "SetHorizonCommand.h"

#include "ScheduleDocument.h"

#include <QCoreApplication>

namespace lymph {

SetHorizonCommand::SetHorizonCommand(ScheduleDocument *document, double toDays,
                                     QUndoCommand *parent)
    : QUndoCommand(parent), m_document(document), m_from(document->scenario().horizonDays),
      m_to(toDays)
{
    setText(QCoreApplication::translate("SetHorizonCommand", "Set simulated time"));
    setObsolete(m_from == m_to);
}

void SetHorizonCommand::redo() { m_document->setHorizonValue(m_to); }

void SetHorizonCommand::undo() { m_document->setHorizonValue(m_from); }

} // namespace lymph
