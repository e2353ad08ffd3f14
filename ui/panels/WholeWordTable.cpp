#include "WholeWordTable.h"

#include <QHeaderView>
#include <QStyle>
#include <QRegularExpression>

#include <algorithm>
#include <numeric>

namespace lymph {

WholeWordTable::WholeWordTable(int rows, int columns, QWidget *parent)
    : QTableWidget(rows, columns, parent)
{
    setWordWrap(true);
    horizontalHeader()->setSectionResizeMode(QHeaderView::Fixed);
    horizontalHeader()->setTextElideMode(Qt::ElideRight);
    verticalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
}

std::vector<int> WholeWordTable::shareWidth(const std::vector<int> &minimum, int available)
{
    std::vector<int> width = minimum;
    const int needed = std::accumulate(minimum.begin(), minimum.end(), 0);
    if (minimum.empty() || needed >= available)
        return width;
    // Water filling: columns whose minimum exceeds an equal share keep it; the others share
    // what is left equally, the last of them taking the rounding.
    std::vector<std::size_t> order(minimum.size());
    std::iota(order.begin(), order.end(), std::size_t{0});
    std::stable_sort(order.begin(), order.end(),
              [&](std::size_t a, std::size_t b) { return minimum[a] > minimum[b]; });
    int left = available;
    std::size_t k = 0;
    while (k < order.size() && minimum[order[k]] * int(order.size() - k) > left) {
        left -= minimum[order[k]];
        ++k;
    }
    const int sharing = int(order.size() - k);
    for (std::size_t j = k; j < order.size(); ++j) {
        const int share = left / sharing;
        width[order[j]] = j + 1 == order.size() ? left - share * (sharing - 1) : share;
    }
    return width;
}

int WholeWordTable::widestWord(int column) const
{
    static const QRegularExpression kSpace(QStringLiteral("\\s+"));
    // QCommonStyle's item text margin on either side, and the grid line.
    const int margins = 2 * (style()->pixelMetric(QStyle::PM_FocusFrameHMargin, nullptr, this) + 1) +
                        (showGrid() ? 1 : 0);
    int widest = 0;
    for (int row = 0; row < rowCount(); ++row) {
        const QTableWidgetItem *cell = item(row, column);
        if (!cell || columnSpan(row, column) > 1)
            continue;
        const QFontMetrics metrics(cell->font());
        for (const QString &word : cell->text().split(kSpace, Qt::SkipEmptyParts))
            widest = std::max(widest, metrics.horizontalAdvance(word));
    }
    return widest + margins;
}

void WholeWordTable::fitColumns()
{
    std::vector<int> minimum;
    for (int c = 0; c < columnCount(); ++c)
        minimum.push_back(std::max(widestWord(c), horizontalHeader()->minimumSectionSize()));
    const std::vector<int> widths = shareWidth(minimum, viewport()->width());
    for (int c = 0; c < columnCount(); ++c)
        horizontalHeader()->resizeSection(c, widths[std::size_t(c)]);
    resizeRowsToContents();
}

void WholeWordTable::resizeEvent(QResizeEvent *event)
{
    QTableWidget::resizeEvent(event);
    fitColumns();
}

} // namespace lymph
