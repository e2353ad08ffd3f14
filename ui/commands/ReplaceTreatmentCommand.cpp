#include "ReplaceTreatmentCommand.h"

#include "CommandIds.h"
#include "ScheduleDocument.h"
#include "TreatmentLabel.h"

#include <QCoreApplication>

namespace lymph {

ReplaceTreatmentCommand::ReplaceTreatmentCommand(ScheduleDocument *document, int index,
                                                 const Treatment &to, int mergeSession,
                                                 QUndoCommand *parent)
    : QUndoCommand(parent), m_document(document), m_index(index), m_mergeSession(mergeSession),
      m_from(document->scenario().treatments.at(static_cast<std::size_t>(index))), m_to(to)
{
    setText(QCoreApplication::translate("ReplaceTreatmentCommand", "Change %1")
                .arg(therapyNameInText(to.therapy)));
    // QUndoStack::push() drops an obsolete command without running it.
    setObsolete(m_from == m_to);
}

void ReplaceTreatmentCommand::redo() { m_document->setTreatmentAt(m_index, m_to); }

void ReplaceTreatmentCommand::undo() { m_document->setTreatmentAt(m_index, m_from); }

int ReplaceTreatmentCommand::id() const { return static_cast<int>(CommandId::ReplaceTreatment); }

bool ReplaceTreatmentCommand::mergeWith(const QUndoCommand *other)
{
    const auto *next = dynamic_cast<const ReplaceTreatmentCommand *>(other);
    if (!next || m_mergeSession == 0 || next->m_mergeSession != m_mergeSession ||
        next->m_index != m_index || next->m_document != m_document)
        return false;
    m_to = next->m_to; // keep our "from", take the other's "to"
    setObsolete(m_from == m_to);
    return true;
}

} // namespace lymph
