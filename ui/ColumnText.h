#pragma once
// A result column's display name in the user's language, from the column schema
// (simulate/ResultColumns.h), with the antibody's name where the column has one.

#include "simulate/ResultColumns.h"

#include <QString>

namespace lymph {

QString columnDisplayName(const ColumnKey &key);

} // namespace lymph
