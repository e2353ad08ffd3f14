#pragma once
// Replaces the treatment at a given position (a move, resize or field edit). Consecutive
// replacements of the same position within one merge session (one drag) merge into a single
// undo step; a merged drag that ends where it started becomes obsolete and leaves the stack.
// Session 0 never merges.

#include "scenario/Scenario.h"

#include <QUndoCommand>

namespace lymph {

class ScheduleDocument;

class ReplaceTreatmentCommand : public QUndoCommand {
public:
    ReplaceTreatmentCommand(ScheduleDocument *document, int index, const Treatment &to,
                            int mergeSession = 0, QUndoCommand *parent = nullptr);

    void redo() override;
    void undo() override;
    int id() const override;
    bool mergeWith(const QUndoCommand *other) override;

    int index() const { return m_index; }
    int mergeSession() const { return m_mergeSession; }

private:
    ScheduleDocument *m_document;
    int m_index;
    int m_mergeSession;
    Treatment m_from;
    Treatment m_to;
};

} // namespace lymph
