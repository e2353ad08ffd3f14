#include "RemoveTreatmentsCommand.h"

#include "ScheduleDocument.h"

namespace lymph {

RemoveTreatmentsCommand::RemoveTreatmentsCommand(ScheduleDocument *document,
                                                 std::vector<int> indices, const QString &text,
                                                 QUndoCommand *parent)
    : QUndoCommand(text, parent), m_document(document), m_indices(std::move(indices)),
      m_selectionBefore(document->selection())
{
    for (int index : m_indices)
        m_removed.push_back(document->scenario().treatments.at(static_cast<std::size_t>(index)));
}

void RemoveTreatmentsCommand::redo() { m_document->removeTreatments(m_indices, {}); }

void RemoveTreatmentsCommand::undo()
{
    m_document->insertTreatments(m_indices, m_removed, m_selectionBefore);
}

} // namespace lymph
