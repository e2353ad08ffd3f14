#include "FileProblemText.h"

#include <QLocale>

namespace lymph {

namespace {

QString fromStd(const std::string &text)
{
    return QString::fromStdString(text);
}

QString quoted(const std::string &path)
{
    return QLatin1Char('\'') + fromStd(path) + QLatin1Char('\'');
}

} // namespace

QString FileProblemText::kindName(OutputKind kind)
{
    switch (kind) {
    case OutputKind::Table: return tr("a table (CSV) this program wrote");
    case OutputKind::Png: return tr("a PNG image");
    case OutputKind::Pdf: return tr("a PDF");
    case OutputKind::Scenario: return tr("a Lymphoscope scenario");
    case OutputKind::ValidationReport: return tr("a validation report this program wrote");
    case OutputKind::Any: break;
    }
    return tr("a file of that kind");
}

QString FileProblemText::describe(const FileProblem &p)
{
    using Code = FileProblem::Code;
    const QString path = quoted(p.path);
    QString text;
    switch (p.code) {
    case Code::NotFound: text = tr("cannot open %1: there is no such file").arg(path); break;
    case Code::IsFolder: text = tr("cannot use %1: it is a folder, not a file").arg(path); break;
    case Code::NotRegular:
        text = tr("cannot read %1: it is a pipe or device, not a file").arg(path);
        break;
    case Code::TooLarge: {
        const QLocale locale;
        const QString limit = locale.formattedDataSize(static_cast<qint64>(p.limitBytes));
        const QString sizes =
            p.bytes == 0 ? tr("more than the limit of %1").arg(limit)
                         : tr("%1; the limit is %2")
                               .arg(locale.formattedDataSize(static_cast<qint64>(p.bytes)), limit);
        text = tr("cannot read %1: the file is too large (%2)").arg(path, sizes);
        break;
    }
    case Code::CannotRead:
        text = tr("cannot read %1: %2").arg(path, fromStd(p.detail));
        break;
    case Code::FolderMissing:
        text = tr("cannot write %1: the folder %2 does not exist").arg(path, quoted(p.other));
        break;
    case Code::SameAsInput:
        text = p.path == p.other
                   ? tr("will not write %1: it is the input file itself; choose another name")
                         .arg(path)
                   : tr("will not write %1: it is the input %2 (the same file under another "
                        "name); choose another name")
                         .arg(path, quoted(p.other));
        break;
    case Code::SameAsOutput:
        text = p.path == "-"
                   ? tr("only one output can go to standard output ('-'); %1 already does")
                         .arg(fromStd(p.otherRole))
                   : tr("%1 and %2 %3 are the same file: give each output its own name")
                         .arg(path, fromStd(p.otherRole), quoted(p.other));
        break;
    case Code::NotWritableKind:
        text = tr("cannot write %1: it is a socket or block device, not a file").arg(path);
        break;
    case Code::NoReader:
        text = tr("cannot write %1: it is a named pipe that no program is reading").arg(path);
        break;
    case Code::TooManyLinks:
        text = tr("cannot use %1: its symbolic links go round in a loop").arg(path);
        break;
    case Code::CannotWrite: text = tr("cannot write %1: %2").arg(path, fromStd(p.detail)); break;
    case Code::NotOwnKind:
        text = tr("will not replace %1: it exists and is not %2; choose another name, or remove "
                  "the file first",
                  "%2: a PDF, a PNG image, ...")
                   .arg(path, kindName(p.kind));
        break;
    case Code::UnreadableExisting:
        text = tr("will not replace %1: it exists and cannot be read to tell what it holds; "
                  "choose another name, or remove the file first")
                   .arg(path);
        break;
    }
    return p.role.empty() ? text : fromStd(p.role) + QStringLiteral(": ") + text;
}

} // namespace lymph
