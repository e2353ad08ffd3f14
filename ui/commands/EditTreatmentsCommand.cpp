#include "EditTreatmentsCommand.h"

#include "CommandIds.h"
#include "ScheduleDocument.h"

namespace lymph {

EditTreatmentsCommand::EditTreatmentsCommand(ScheduleDocument *document,
                                             std::vector<Treatment> to, QList<int> selectionAfter,
                                             const QString &text, int mergeSession,
                                             QUndoCommand *parent)
    : QUndoCommand(text, parent), m_document(document), m_mergeSession(mergeSession),
      m_from(document->scenario().treatments), m_to(std::move(to)),
      m_selectionBefore(document->selection()), m_selectionAfter(std::move(selectionAfter))
{
    setObsolete(m_from == m_to);
}

void EditTreatmentsCommand::redo() { m_document->setTreatments(m_to, m_selectionAfter); }

void EditTreatmentsCommand::undo() { m_document->setTreatments(m_from, m_selectionBefore); }

int EditTreatmentsCommand::id() const { return static_cast<int>(CommandId::EditTreatments); }

bool EditTreatmentsCommand::mergeWith(const QUndoCommand *other)
{
    const auto *next = dynamic_cast<const EditTreatmentsCommand *>(other);
    if (!next || m_mergeSession == 0 || next->m_mergeSession != m_mergeSession ||
        next->m_document != m_document)
        return false;
    m_to = next->m_to;
    m_selectionAfter = next->m_selectionAfter;
    setObsolete(m_from == m_to);
    return true;
}

} // namespace lymph
