#include "OutcomeIconArrays.h"

#include "IconArray.h"

#include <QGridLayout>
#include <QLabel>

namespace lymph {

OutcomeIconArrays::OutcomeIconArrays(QWidget *parent) : QWidget(parent), m_grid(new QGridLayout(this))
{
    setObjectName(QStringLiteral("outcomeIconArrays"));
    m_grid->setContentsMargins(10, 4, 10, 4);
    m_grid->setHorizontalSpacing(10);
    m_grid->setVerticalSpacing(4);
}

QString OutcomeIconArrays::text() const
{
    QStringList texts;
    for (const QLabel *label : m_labels)
        texts << label->text();
    return texts.join(QLatin1Char('\n'));
}

void OutcomeIconArrays::setDecision(const DecisionSummary &decision)
{
    qDeleteAll(m_labels);
    qDeleteAll(m_arrays);
    m_labels.clear();
    m_arrays.clear();
    if (!decision.showsArrays())
        return;
    QList<const PlanEntry *> plans{&decision.plans.front()};
    if (const PlanEntry *reference = decision.referencePlan())
        plans << reference;
    auto addLabel = [this](const QString &text, int row, int column, int span, bool bold) {
        auto *label = new QLabel(text, this);
        label->setWordWrap(true);
        QFont font = label->font();
        font.setPointSizeF(font.pointSizeF() * (bold ? 1.25 : 1.1));
        font.setBold(bold);
        label->setFont(font);
        label->setAlignment(Qt::AlignLeft | Qt::AlignTop);
        m_grid->addWidget(label, row, column, 1, span);
        m_labels << label;
    };
    int row = 0;
    addLabel(tr("In 100 people like you"), row++, 0, 2 * static_cast<int>(plans.size()), true);
    for (PlanOutcome outcome : kPlanOutcomes) {
        addLabel(DecisionSummary::outcomeLabel(outcome, decision.window), row++, 0,
                 2 * static_cast<int>(plans.size()), true);
        for (int c = 0; c < plans.size(); ++c) {
            const PlanEntry &plan = *plans[c];
            const auto &frequency = plan.figures ? plan.figures->at(outcome) : std::nullopt;
            auto *array = new IconArray(this);
            array->setFixedSize(110, 110);
            array->setCount(frequency ? frequency->people() : 0);
            array->setAccessibleName(
                tr("%1: %2").arg(plan.name, DecisionSummary::outcomeLabel(outcome, decision.window)));
            m_grid->addWidget(array, row, 2 * c);
            m_arrays << array;
            const QString words =
                frequency ? tr("<b>%1</b><br>%2<br>%3")
                                .arg(plan.name.toHtmlEscaped(),
                                     DecisionSummary::perHundred(frequency->people()).toHtmlEscaped(),
                                     DecisionSummary::rangeSentence(*frequency).toHtmlEscaped())
                          : tr("<b>%1</b><br>being computed…").arg(plan.name.toHtmlEscaped());
            addLabel(words, row, 2 * c + 1, 1, false);
        }
        ++row;
    }
    for (int c = 0; c < plans.size(); ++c)
        m_grid->setColumnStretch(2 * c + 1, 1);
}

} // namespace lymph
