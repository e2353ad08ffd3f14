#include "PatientField.h"

#include <QCoreApplication>

namespace lymph {

namespace {

double &fieldRef(Patient &patient, PatientField field)
{
    switch (field) {
    case PatientField::WeightKg:
        return patient.weightKg;
    case PatientField::AgeYears:
        return patient.ageYears;
    case PatientField::BaselineArr:
        return patient.baselineArr;
    case PatientField::AdaPropensity:
        return patient.adaPropensity;
    }
    return patient.weightKg;
}

} // namespace

double patientField(const Patient &patient, PatientField field)
{
    Patient copy = patient;
    return fieldRef(copy, field);
}

void setPatientField(Patient &patient, PatientField field, double value)
{
    fieldRef(patient, field) = value;
}

QString patientFieldLabel(PatientField field)
{
    switch (field) {
    case PatientField::WeightKg:
        return QCoreApplication::translate("PatientField", "weight");
    case PatientField::AgeYears:
        return QCoreApplication::translate("PatientField", "age");
    case PatientField::BaselineArr:
        return QCoreApplication::translate("PatientField", "baseline relapse rate");
    case PatientField::AdaPropensity:
        return QCoreApplication::translate("PatientField", "ADA propensity");
    }
    return {};
}

} // namespace lymph
