#include "ParametersCommand.h"

#include "ArgumentParser.h"
#include "CliText.h"

#include "model/ParameterTable.h"

namespace lymph::cli {

ParametersCommand::ParametersCommand(const Console &console) : m_console(console) {}

int ParametersCommand::run(const QStringList &arguments) const
{
    const QString markdown = QStringLiteral("--markdown");
    const ArgumentParser parser(QStringLiteral("parameters"), {}, {markdown});
    QString error;
    const auto parsed = parser.parse(arguments, &error);
    if (!parsed)
        return m_console.badInput(error);
    if (!parsed->positional.isEmpty()) {
        return m_console.badInput(tr("'parameters' takes no arguments besides --markdown, got %1")
                                      .arg(parsed->positional.join(QStringLiteral(", "))));
    }
    const ParameterTable &table = ParameterTable::defaults();
    m_console.out() << fromStd(parsed->flags.contains(markdown) ? table.toMarkdown()
                                                                : table.toText());
    return kExitOk;
}

} // namespace lymph::cli
