#pragma once
// Sets how many days the scenario simulates.

#include <QUndoCommand>

namespace lymph {

class ScheduleDocument;

class SetHorizonCommand : public QUndoCommand {
public:
    SetHorizonCommand(ScheduleDocument *document, double toDays, QUndoCommand *parent = nullptr);

    void redo() override;
    void undo() override;

private:
    ScheduleDocument *m_document;
    double m_from;
    double m_to;
};

} // namespace lymph
