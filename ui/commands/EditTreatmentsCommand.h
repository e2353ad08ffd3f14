#pragma once
// Replaces the whole treatment list in one step: edits that reshape it (moving a selection,
// splitting a course, changing a period's end). Undo and redo also bring back the selection
// from before and after the edit. Like ReplaceTreatmentCommand, consecutive edits within one
// non-zero merge session (one drag) merge into a single undo step, and a drag that ends where
// it began leaves no step.

#include "scenario/Scenario.h"

#include <QList>
#include <QString>
#include <QUndoCommand>

#include <vector>

namespace lymph {

class ScheduleDocument;

class EditTreatmentsCommand : public QUndoCommand {
public:
    EditTreatmentsCommand(ScheduleDocument *document, std::vector<Treatment> to,
                          QList<int> selectionAfter, const QString &text, int mergeSession = 0,
                          QUndoCommand *parent = nullptr);

    void redo() override;
    void undo() override;
    int id() const override;
    bool mergeWith(const QUndoCommand *other) override;

private:
    ScheduleDocument *m_document;
    int m_mergeSession;
    std::vector<Treatment> m_from;
    std::vector<Treatment> m_to;
    QList<int> m_selectionBefore;
    QList<int> m_selectionAfter;
};

} // namespace lymph
