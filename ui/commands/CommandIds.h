#pragma once
// QUndoCommand::id() values of the mergeable schedule commands, in one place so two command
// types never share an id by accident. Commands that never merge keep the default -1.

namespace lymph {

enum class CommandId : int {
    ReplaceTreatment = 1,
    EditTreatments = 2,
};

} // namespace lymph
