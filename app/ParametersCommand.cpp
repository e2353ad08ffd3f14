#include "ParametersCommand.h"

#include "CliText.h"

#include "model/ParameterTable.h"

namespace lymph::cli {

namespace {
const QString kMarkdown = QStringLiteral("markdown");
} // namespace

CommandSpec ParametersCommand::spec()
{
    return {QStringLiteral("parameters"), QString(),
            tr("The model's parameter table with units and sources."),
            {{kMarkdown, tr("As a Markdown table.")}}, 0, 0};
}

ParametersCommand::ParametersCommand(const Console &console) : m_console(console) {}

int ParametersCommand::run(const CommandLine &line) const
{
    const ParameterTable &table = ParameterTable::defaults();
    m_console.out() << fromStd(line.isSet(kMarkdown) ? table.toMarkdown() : table.toText());
    return kExitOk;
}

} // namespace lymph::cli
