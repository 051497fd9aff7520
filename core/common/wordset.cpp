#include "wordset.h"

namespace ectowb::common {

QSet<QString> wordSet(QStringView words)
{
    QSet<QString> set;
    qsizetype start = -1;
    for (qsizetype i = 0; i <= words.size(); ++i) {
        const bool space = i == words.size() || words.at(i).isSpace();
        if (!space && start < 0)
            start = i;
        if (space && start >= 0) {
            set.insert(words.sliced(start, i - start).toString());
            start = -1;
        }
    }
    return set;
}

} // namespace ectowb::common
