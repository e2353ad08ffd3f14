#pragma once
// Sets one patient value (weight, age, baseline relapse rate or ADA propensity).

#include "PatientField.h"

#include <QUndoCommand>

namespace lymph {

class ScheduleDocument;

class SetPatientFieldCommand : public QUndoCommand {
public:
    SetPatientFieldCommand(ScheduleDocument *document, PatientField field, double to,
                           QUndoCommand *parent = nullptr);

    void redo() override;
    void undo() override;

private:
    ScheduleDocument *m_document;
    PatientField m_field;
    double m_from;
    double m_to;
};

} // namespace lymph
