#pragma once
// A table whose columns share its width, but none is narrower than its widest word: cells wrap
// between words and are never cut inside one ("kein Untersch…" in a German comparison). Cells
// spanning several columns (label rows) wrap across them and set no minimum.

#include <QFont>
#include <QSet>
#include <QTableWidget>

#include <vector>

namespace lymph {

class WholeWordTable : public QTableWidget {
    Q_OBJECT

public:
    WholeWordTable(int rows, int columns, QWidget *parent = nullptr);

    // Lays the columns out again for their present text; call after filling the cells.
    void fitColumns();
    // Columns whose cells are never wrapped at all (short figures such as "17 (10–19)", which
    // Qt would break after the dash); the others wrap between words.
    void setOneLineColumns(QSet<int> columns) { m_oneLine = std::move(columns); }

    // Widths for columns needing at least `minimum` each (their widest word) and preferring
    // `preferred` (their longest text unwrapped), sharing `available` as HTML tables do: all
    // preferred widths plus an equal share of what is left when they fit, else each minimum
    // plus room in proportion to what its column lacks. When the minimums exceed it, the
    // minimums. The widths add up to `available` exactly.
    static std::vector<int> shareWidth(const std::vector<int> &minimum,
                                       const std::vector<int> &preferred, int available);

    // The width the widest word of column `column` needs, cell margins included.
    int widestWord(int column) const;
    // The width its longest cell needs on one line, margins included.
    int longestText(int column) const;

protected:
    void resizeEvent(QResizeEvent *event) override;

private:
    int cellMargins() const;
    QFont cellFont(const QTableWidgetItem &cell) const;

    QSet<int> m_oneLine;
};

} // namespace lymph
