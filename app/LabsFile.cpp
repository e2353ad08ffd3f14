#include "LabsFile.h"

#include "CliText.h"
#include "FileProblemText.h"

#include "files/FileText.h"
#include "scenario/FieldPath.h"

#include <QStringList>

#include <cmath>
#include <limits>

namespace lymph::cli {

namespace {

// A labs table is small; a larger file is a mistake.
constexpr std::uintmax_t kMaxLabsBytes = 1024 * 1024;

struct Cell {
    QString text;
    int column = 0; // 1-based
};

QList<Cell> cellsOf(const QString &line)
{
    QList<Cell> cells;
    int start = 0;
    for (int i = 0; i <= line.size(); ++i) {
        if (i == line.size() || line[i] == QLatin1Char(',')) {
            const QString raw = line.mid(start, i - start);
            int lead = 0;
            while (lead < raw.size() && raw[lead].isSpace())
                ++lead;
            cells.append({raw.trimmed(), start + lead + 1});
            start = i + 1;
        }
    }
    return cells;
}

} // namespace

std::optional<LabsFile> LabsFile::read(const QString &path, QString *error,
                                       std::vector<RowProblem> *rowProblems)
{
    const FileText file = readTextFile(path.toStdString(), kMaxLabsBytes);
    if (file.problem) {
        FileProblem problem = *file.problem;
        problem.role = "--labs";
        *error = FileProblemText::describe(problem);
        return std::nullopt;
    }
    QStringList lines =
        QString::fromUtf8(file.text.data(), qsizetype(file.text.size())).split(QLatin1Char('\n'));
    LabsFile labs;
    labs.m_path = path;
    int headerLine = 0;
    QList<Cell> header;
    for (int i = 0; i < lines.size(); ++i) {
        QString line = lines[i];
        line.remove(QLatin1Char('\r'));
        if (i == 0 && line.startsWith(QChar(0xFEFF)))
            line.remove(0, 1);
        if (line.trimmed().isEmpty())
            continue;
        const QList<Cell> cells = cellsOf(line);
        if (headerLine == 0) {
            headerLine = i + 1;
            header = cells;
            continue;
        }
        const auto find = [&header](const char *name) {
            for (qsizetype c = 0; c < header.size(); ++c) {
                if (header[c].text.compare(QLatin1String(name), Qt::CaseInsensitive) == 0)
                    return c;
            }
            return qsizetype(-1);
        };
        const qsizetype day = find("day"), quantity = find("quantity"), value = find("value");
        if (day < 0 || quantity < 0 || value < 0) {
            *error = find("date") >= 0
                         ? tr("--labs: %1: the column 'date' needs a scenario with a start "
                              "date, and scenarios have none: give 'day' (days from the "
                              "scenario's day 0)")
                               .arg(path)
                         : tr("--labs: %1:%2: expected the header day,quantity,value")
                               .arg(path)
                               .arg(headerLine);
            return std::nullopt;
        }
        if (cells.size() != header.size()) {
            rowProblems->push_back(
                {i + 1, tr("--labs: %1:%2: expected %3 values separated by commas, got %4")
                            .arg(path)
                            .arg(i + 1)
                            .arg(header.size())
                            .arg(cells.size())});
            continue;
        }
        const auto number = [&](qsizetype c) {
            bool ok = false;
            const double v = cells[c].text.toDouble(&ok);
            return ok ? v : std::numeric_limits<double>::quiet_NaN();
        };
        bool readable = true;
        for (qsizetype c : {day, value}) {
            if (std::isnan(number(c))) {
                rowProblems->push_back({i + 1, tr("--labs: %1:%2:%3: %4: expected a number, got %5")
                                                   .arg(path)
                                                   .arg(i + 1)
                                                   .arg(cells[c].column)
                                                   .arg(header[c].text, quoted(cells[c].text))});
                readable = false;
            }
        }
        if (!readable)
            continue;
        labs.m_measurements.push_back(
            {number(day), cells[quantity].text.toStdString(), number(value)});
        labs.m_cells.push_back(
            {i + 1, cells[day].column, cells[quantity].column, cells[value].column});
    }
    if (headerLine == 0) {
        *error = tr("--labs: %1: empty; expected the header day,quantity,value and a row per "
                    "result")
                     .arg(path);
        return std::nullopt;
    }
    return labs;
}

std::optional<ScenarioError> LabsFile::locate(const ScenarioError &error, std::size_t first) const
{
    for (std::size_t i = 0; i < m_measurements.size(); ++i) {
        const std::string row = elementPath("measurements", first + i);
        if (error.fieldPath.rfind(row, 0) != 0)
            continue;
        const std::string rest = error.fieldPath.substr(row.size());
        if (!rest.empty() && rest.front() != '.')
            continue; // measurements[1] is not measurements[12]
        ScenarioError located = error;
        located.file = m_path.toStdString();
        located.line = m_cells[i].line;
        located.fieldPath = rest.empty() ? std::string() : rest.substr(1);
        located.column = located.fieldPath == "day"        ? m_cells[i].dayColumn
                         : located.fieldPath == "quantity" ? m_cells[i].quantityColumn
                         : located.fieldPath == "value"    ? m_cells[i].valueColumn
                                                           : 1;
        return located;
    }
    return std::nullopt;
}

} // namespace lymph::cli
