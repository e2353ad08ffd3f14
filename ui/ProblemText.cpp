#include "ProblemText.h"

#include "TreatmentLabel.h"

#include <QCoreApplication>
#include <QRegularExpression>

namespace lymph {

QString readableProblem(const QString &problem, const Scenario &scenario)
{
    static const QRegularExpression treatment(QStringLiteral("treatments\\[(\\d+)\\]"));
    static const QRegularExpression infusion(QStringLiteral("\\.infusions\\[(\\d+)\\]"));
    static const QRegularExpression field(QStringLiteral("\\.(day|mg|start_day|stop_day|mg_per_day|regimen)\\b"));
    QString text = problem;
    QRegularExpressionMatch match;
    while ((match = treatment.match(text)).hasMatch()) {
        const int index = match.captured(1).toInt();
        const QString name =
            index >= 0 && index < static_cast<int>(scenario.treatments.size())
                ? therapyDisplayName(scenario.treatments[static_cast<std::size_t>(index)].therapy)
                : QCoreApplication::translate("ProblemText", "Treatment");
        text.replace(match.capturedStart(), match.capturedLength(),
                     QCoreApplication::translate("ProblemText", "%1 (treatment %2)")
                         .arg(name)
                         .arg(index + 1));
    }
    while ((match = infusion.match(text)).hasMatch())
        text.replace(match.capturedStart(), match.capturedLength(),
                     QCoreApplication::translate("ProblemText", ", infusion %1")
                         .arg(match.captured(1).toInt() + 1));
    while ((match = field.match(text)).hasMatch()) {
        const QString key = match.captured(1);
        QString word;
        if (key == QLatin1String("day"))
            word = QCoreApplication::translate("ProblemText", "day");
        else if (key == QLatin1String("mg"))
            word = QCoreApplication::translate("ProblemText", "dose");
        else if (key == QLatin1String("start_day"))
            word = QCoreApplication::translate("ProblemText", "first day");
        else if (key == QLatin1String("stop_day"))
            word = QCoreApplication::translate("ProblemText", "stop day");
        else if (key == QLatin1String("mg_per_day"))
            word = QCoreApplication::translate("ProblemText", "daily dose");
        else
            word = QCoreApplication::translate("ProblemText", "regimen");
        text.replace(match.capturedStart(), match.capturedLength(), QStringLiteral(", ") + word);
    }
    return text;
}

} // namespace lymph
