#pragma once
// "Did you mean" hints for misspelt commands and options.

#include <QString>
#include <QStringList>

#include <optional>

namespace lymph::cli {

// The candidate nearest to `word` by edit distance, if one is close enough to be a likely
// misspelling (at most a third of the word's length, and at least 2, edits away).
std::optional<QString> closestMatch(const QString &word, const QStringList &candidates);

} // namespace lymph::cli
