#include "CheckedSpinBox.h"

#include <QLocale>

namespace lymph {

CheckedSpinBox::CheckedSpinBox(QWidget *parent) : QDoubleSpinBox(parent)
{
    setCorrectionMode(QAbstractSpinBox::CorrectToPreviousValue);
}

std::optional<double> CheckedSpinBox::typedNumber(const QString &text) const
{
    QString number = text;
    if (!suffix().isEmpty() && number.endsWith(suffix()))
        number.chop(suffix().size());
    if (!prefix().isEmpty() && number.startsWith(prefix()))
        number.remove(0, prefix().size());
    bool ok = false;
    const double value = locale().toDouble(number.trimmed(), &ok);
    if (!ok)
        return std::nullopt;
    return value;
}

QValidator::State CheckedSpinBox::validate(QString &text, int &position) const
{
    const QValidator::State state = QDoubleSpinBox::validate(text, position);
    if (state != QValidator::Invalid)
        return state;
    // A number out of range may still be typed; fixup reports it when the edit ends.
    return typedNumber(text) ? QValidator::Intermediate : QValidator::Invalid;
}

void CheckedSpinBox::fixup(QString &input) const
{
    const std::optional<double> typed = typedNumber(input);
    if (typed && (*typed < minimum() || *typed > maximum())) {
        emit rejected(*typed);
        input = prefix() + textFromValue(value()) + suffix();
        return;
    }
    QDoubleSpinBox::fixup(input);
}

} // namespace lymph
