#pragma once
// A number field with a range that lets a value outside it be typed and says so, instead of
// refusing the keystroke (typing "100" into a field that ends at 60 gave "10") or quietly
// clamping it: the field goes back to its value and rejected() names what was typed.

#include <QDoubleSpinBox>

#include <optional>

namespace lymph {

class CheckedSpinBox : public QDoubleSpinBox {
    Q_OBJECT

public:
    explicit CheckedSpinBox(QWidget *parent = nullptr);

    QValidator::State validate(QString &text, int &position) const override;
    void fixup(QString &input) const override;

signals:
    // `typed` lies outside minimum()…maximum(); the field shows its previous value again.
    void rejected(double typed) const;

private:
    std::optional<double> typedNumber(const QString &text) const;
};

} // namespace lymph
