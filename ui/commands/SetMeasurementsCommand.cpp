#include "SetMeasurementsCommand.h"

#include "ScheduleDocument.h"

namespace lymph {

SetMeasurementsCommand::SetMeasurementsCommand(ScheduleDocument *document,
                                               std::vector<Measurement> to, const QString &text,
                                               QUndoCommand *parent)
    : QUndoCommand(text, parent), m_document(document), m_from(document->scenario().measurements),
      m_to(std::move(to))
{
    setObsolete(m_from == m_to);
}

void SetMeasurementsCommand::redo()
{
    m_document->setMeasurementsValue(m_to);
}

void SetMeasurementsCommand::undo()
{
    m_document->setMeasurementsValue(m_from);
}

} // namespace lymph
