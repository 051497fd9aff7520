#include "sqldiff.h"

#include "sqltokenizer.h"

#include <vector>

namespace ectowb::sql {

namespace {

// Placeholders compare as one token whatever their number: a new WHERE parameter
// renumbers the later ones, and that is not what the step changed.
QStringView tokenText(const QString &text, const SqlToken &token)
{
    if (token.kind == SqlTokenKind::Parameter)
        return u"$";
    return QStringView(text).mid(token.start, token.length);
}

} // namespace

QList<TextRange> SqlDiff::added(const QString &before, const QString &after)
{
    const SqlTokens a = SqlTokenizer::tokenize(before);
    const SqlTokens b = SqlTokenizer::tokenize(after);
    const qsizetype n = a.size();
    const qsizetype m = b.size();
    QList<TextRange> out;
    // Queries are short; beyond this the whole text counts as new (no quadratic blow-up).
    if (n * m > 4'000'000) {
        if (!after.isEmpty())
            out.append({0, int(after.size())});
        return out;
    }
    // lcs[i][j]: the common subsequence length of a[i..] and b[j..].
    std::vector<int> lcs(size_t((n + 1) * (m + 1)), 0);
    const auto at = [m, &lcs](qsizetype i, qsizetype j) -> int & { return lcs[size_t(i * (m + 1) + j)]; };
    for (qsizetype i = n - 1; i >= 0; --i) {
        for (qsizetype j = m - 1; j >= 0; --j) {
            at(i, j) = tokenText(before, a[i]) == tokenText(after, b[j]) ? at(i + 1, j + 1) + 1
                                                                          : std::max(at(i + 1, j), at(i, j + 1));
        }
    }
    qsizetype i = 0;
    qsizetype j = 0;
    const auto mark = [&out, &after](const SqlToken &token) {
        // Neighbouring new tokens join into one range, spaces between them included.
        if (!out.isEmpty()) {
            TextRange &last = out.last();
            const QStringView gap = QStringView(after).mid(last.start + last.length, token.start - last.start - last.length);
            if (gap.trimmed().isEmpty()) {
                last.length = token.start + token.length - last.start;
                return;
            }
        }
        out.append({token.start, token.length});
    };
    while (j < m) {
        if (i < n && tokenText(before, a[i]) == tokenText(after, b[j])) {
            ++i;
            ++j;
        } else if (i < n && at(i + 1, j) >= at(i, j + 1)) {
            ++i;
        } else {
            mark(b[j]);
            ++j;
        }
    }
    return out;
}

} // namespace ectowb::sql
