#pragma once
// The patient values a user edits directly (weight, age, baseline relapse rate, ADA
// propensity), addressed by one enum so a single undo command can change any of them.

#include "scenario/Scenario.h"

#include <QString>

namespace lymph {

enum class PatientField { WeightKg, AgeYears, BaselineArr, AdaPropensity };

double patientField(const Patient &patient, PatientField field);
void setPatientField(Patient &patient, PatientField field, double value);
// Translated, e.g. "weight"; used in undo texts.
QString patientFieldLabel(PatientField field);

} // namespace lymph
