#include "ClosestMatch.h"

#include <algorithm>
#include <cstddef>
#include <utility>
#include <vector>

namespace lymph::cli {

namespace {

// Levenshtein distance: insertions, deletions and substitutions each count one.
int editDistance(const QString &a, const QString &b)
{
    std::vector<int> previous(static_cast<std::size_t>(b.size()) + 1);
    std::vector<int> current(previous.size());
    for (std::size_t j = 0; j < previous.size(); ++j)
        previous[j] = static_cast<int>(j);
    for (qsizetype i = 1; i <= a.size(); ++i) {
        current[0] = static_cast<int>(i);
        for (qsizetype j = 1; j <= b.size(); ++j) {
            const auto uj = static_cast<std::size_t>(j);
            const int substitution = previous[uj - 1] + (a[i - 1] == b[j - 1] ? 0 : 1);
            current[uj] = std::min({previous[uj] + 1, current[uj - 1] + 1, substitution});
        }
        std::swap(previous, current);
    }
    return previous.back();
}

} // namespace

std::optional<QString> closestMatch(const QString &word, const QStringList &candidates)
{
    std::optional<QString> best;
    int bestDistance = std::max(2, static_cast<int>(word.size()) / 3) + 1;
    for (const QString &candidate : candidates) {
        const int d = editDistance(word, candidate);
        if (d < bestDistance) {
            bestDistance = d;
            best = candidate;
        }
    }
    return best;
}

} // namespace lymph::cli
