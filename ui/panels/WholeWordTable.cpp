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

std::vector<int> WholeWordTable::shareWidth(const std::vector<int> &minimum,
                                            const std::vector<int> &preferred, int available)
{
    const std::size_t n = minimum.size();
    const double least = std::accumulate(minimum.begin(), minimum.end(), 0.0);
    if (n == 0 || preferred.size() != n || least >= available)
        return minimum;
    std::vector<double> wanted(n);
    for (std::size_t c = 0; c < n; ++c)
        wanted[c] = std::max(preferred[c], minimum[c]);
    const double most = std::accumulate(wanted.begin(), wanted.end(), 0.0);
    std::vector<double> width(n);
    for (std::size_t c = 0; c < n; ++c) {
        width[c] = most <= available
                       ? wanted[c] + (available - most) / double(n)
                       : minimum[c] + (wanted[c] - minimum[c]) * (available - least) / (most - least);
    }
    // Rounded at the running total, so the whole adds up exactly.
    std::vector<int> out(n);
    double total = 0.0;
    int placed = 0;
    for (std::size_t c = 0; c < n; ++c) {
        total += width[c];
        const int edge = c + 1 == n ? available : static_cast<int>(std::lround(total));
        out[c] = std::max(edge - placed, minimum[c]);
        placed += out[c];
    }
    return out;
}

int WholeWordTable::longestText(int column) const
{
    int longest = 0;
    for (int row = 0; row < rowCount(); ++row) {
        const QTableWidgetItem *cell = item(row, column);
        if (cell && columnSpan(row, column) == 1)
            longest = std::max(longest, QFontMetrics(cellFont(*cell)).horizontalAdvance(cell->text()));
    }
    return longest + cellMargins();
}

QFont WholeWordTable::cellFont(const QTableWidgetItem &cell) const
{
    // As the item delegate draws it: the item's own font settings over the table's font.
    const QVariant own = cell.data(Qt::FontRole);
    return own.isValid() ? qvariant_cast<QFont>(own).resolve(font()) : font();
}

int WholeWordTable::cellMargins() const
{
    // QCommonStyle's item text margin on either side, and the grid line.
    return 2 * (style()->pixelMetric(QStyle::PM_FocusFrameHMargin, nullptr, this) + 1) +
           (showGrid() ? 1 : 0);
}

int WholeWordTable::widestWord(int column) const
{
    static const QRegularExpression kSpace(QStringLiteral("\\s+"));
    const int margins = cellMargins();
    int widest = 0;
    for (int row = 0; row < rowCount(); ++row) {
        const QTableWidgetItem *cell = item(row, column);
        if (!cell || columnSpan(row, column) > 1)
            continue;
        const QFontMetrics metrics(cellFont(*cell));
        for (const QString &word : cell->text().split(kSpace, Qt::SkipEmptyParts))
            widest = std::max(widest, metrics.horizontalAdvance(word));
    }
    return widest + margins;
}

void WholeWordTable::fitColumns()
{
    std::vector<int> minimum, wordMinimum, preferred;
    for (int c = 0; c < columnCount(); ++c) {
        preferred.push_back(longestText(c));
        wordMinimum.push_back(std::max(widestWord(c), horizontalHeader()->minimumSectionSize()));
        minimum.push_back(m_oneLine.contains(c) ? std::max(preferred.back(), wordMinimum.back())
                                                : wordMinimum.back());
    }
    // One-line columns that do not fit wrap between words after all, rather than be cut.
    const int room = viewport()->width();
    if (std::accumulate(minimum.begin(), minimum.end(), 0) > room)
        minimum = wordMinimum;
    const std::vector<int> widths = shareWidth(minimum, preferred, room);
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
