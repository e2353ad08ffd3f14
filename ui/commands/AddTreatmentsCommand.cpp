#include "AddTreatmentsCommand.h"

#include "ScheduleDocument.h"

#include <numeric>

namespace lymph {

AddTreatmentsCommand::AddTreatmentsCommand(ScheduleDocument *document,
                                           std::vector<Treatment> added, const QString &text,
                                           QUndoCommand *parent)
    : QUndoCommand(text, parent), m_document(document), m_added(std::move(added)),
      m_indices(m_added.size()), m_selectionBefore(document->selection())
{
    std::iota(m_indices.begin(), m_indices.end(),
              static_cast<int>(document->scenario().treatments.size()));
}

void AddTreatmentsCommand::redo()
{
    const QList<int> added(m_indices.begin(), m_indices.end());
    m_document->insertTreatments(m_indices, m_added, added);
}

void AddTreatmentsCommand::undo() { m_document->removeTreatments(m_indices, m_selectionBefore); }

} // namespace lymph
