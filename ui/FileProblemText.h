#pragma once
// A file problem (files/FileProblem.h) in the user's language, naming the file, what it was
// given as, and the system's reason.

#include "files/FileProblem.h"

#include <QCoreApplication>
#include <QString>

namespace lymph {

class FileProblemText {
    Q_DECLARE_TR_FUNCTIONS(FileProblemText)

public:
    // "--csv: will not write 'v.json': it is the scenario 'v.json' itself; …"
    static QString describe(const FileProblem &problem);
    // "a PDF", "a PNG image", …: what an output writes.
    static QString kindName(OutputKind kind);
};

} // namespace lymph
