#pragma once
// A table whose columns share its width, but none is narrower than its widest word: cells wrap
// between words and are never cut inside one ("kein Untersch…" in a German comparison). Cells
// spanning several columns (label rows) wrap across them and set no minimum.

#include <QTableWidget>

#include <vector>

namespace lymph {

class WholeWordTable : public QTableWidget {
    Q_OBJECT

public:
    WholeWordTable(int rows, int columns, QWidget *parent = nullptr);

    // Lays the columns out again for their present text; call after filling the cells.
    void fitColumns();

    // Widths for columns needing at least `minimum` each, sharing `available`: as equal as
    // the minimums allow, the widest words first. When the minimums exceed it, the minimums.
    static std::vector<int> shareWidth(const std::vector<int> &minimum, int available);

    // The width the widest word of column `column` needs, cell margins included.
    int widestWord(int column) const;

protected:
    void resizeEvent(QResizeEvent *event) override;
};

} // namespace lymph
