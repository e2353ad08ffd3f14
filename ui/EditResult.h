#pragma once
// What became of one edit operation of the schedule document: applied (one undo step), nothing
// to do (an empty selection, a move by zero days), or refused, with why in the user's words.

#include <QString>

namespace lymph {

class EditResult {
public:
    enum class Outcome { Applied, Unchanged, Refused };

    static EditResult applied() { return EditResult(Outcome::Applied, {}); }
    static EditResult unchanged() { return EditResult(Outcome::Unchanged, {}); }
    static EditResult refused(const QString &reason)
    {
        return EditResult(Outcome::Refused, reason);
    }

    Outcome outcome() const { return m_outcome; }
    bool isApplied() const { return m_outcome == Outcome::Applied; }
    bool isRefused() const { return m_outcome == Outcome::Refused; }
    explicit operator bool() const { return isApplied(); }
    // Empty unless refused.
    QString reason() const { return m_reason; }

private:
    EditResult(Outcome outcome, const QString &reason) : m_outcome(outcome), m_reason(reason) {}

    Outcome m_outcome;
    QString m_reason;
};

} // namespace lymph
