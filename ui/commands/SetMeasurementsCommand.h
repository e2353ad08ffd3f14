#pragma once
// Replaces the patient's lab results (the scenario's measurements) with an edited list: one
// undo step per added, edited, pasted or deleted set of results.

#include "scenario/Scenario.h"

#include <QString>
#include <QUndoCommand>

#include <vector>

namespace lymph {

class ScheduleDocument;

class SetMeasurementsCommand : public QUndoCommand {
public:
    SetMeasurementsCommand(ScheduleDocument *document, std::vector<Measurement> to,
                           const QString &text, QUndoCommand *parent = nullptr);

    void redo() override;
    void undo() override;

private:
    ScheduleDocument *m_document;
    std::vector<Measurement> m_from;
    std::vector<Measurement> m_to;
};

} // namespace lymph
