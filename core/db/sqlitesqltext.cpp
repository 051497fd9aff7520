#include "sqlitesqltext.h"

namespace ectowb::db {

qsizetype SqliteSqlText::skipQuoted(const QString &text, qsizetype i)
{
    const QChar open = text[i];
    const QChar close = open == QLatin1Char('[') ? QChar(QLatin1Char(']')) : open;
    for (qsizetype j = i + 1; j < text.size(); ++j) {
        if (text[j] != close)
            continue;
        // A doubled quote inside is an escaped quote, not the end.
        if (close != QLatin1Char(']') && j + 1 < text.size() && text[j + 1] == close) {
            ++j;
            continue;
        }
        return j + 1;
    }
    return text.size();
}

static bool isQuote(QChar c)
{
    return c == QLatin1Char('\'') || c == QLatin1Char('"') || c == QLatin1Char('`') || c == QLatin1Char('[');
}

SqliteSqlText::Parenthesized SqliteSqlText::firstParenthesized(const QString &sql)
{
    Parenthesized result;
    qsizetype start = -1;
    int depth = 0;
    for (qsizetype i = 0; i < sql.size();) {
        const QChar c = sql[i];
        if (isQuote(c)) {
            i = skipQuoted(sql, i);
            continue;
        }
        if (c == QLatin1Char('(')) {
            if (depth++ == 0)
                start = i + 1;
        } else if (c == QLatin1Char(')') && depth > 0 && --depth == 0) {
            result.found = true;
            result.inside = sql.mid(start, i - start);
            result.after = sql.mid(i + 1).trimmed();
            return result;
        }
        ++i;
    }
    return result;
}

QStringList SqliteSqlText::splitTopLevel(const QString &text)
{
    QStringList parts;
    int depth = 0;
    qsizetype start = 0;
    for (qsizetype i = 0; i < text.size();) {
        const QChar c = text[i];
        if (isQuote(c)) {
            i = skipQuoted(text, i);
            continue;
        }
        if (c == QLatin1Char('('))
            ++depth;
        else if (c == QLatin1Char(')'))
            --depth;
        else if (c == QLatin1Char(',') && depth == 0) {
            parts.append(text.mid(start, i - start).trimmed());
            start = i + 1;
        }
        ++i;
    }
    const QString last = text.mid(start).trimmed();
    if (!last.isEmpty())
        parts.append(last);
    return parts;
}

QString SqliteSqlText::indexPredicate(const QString &createIndexSql)
{
    const Parenthesized p = firstParenthesized(createIndexSql);
    if (!p.found || !p.after.startsWith(QLatin1String("WHERE"), Qt::CaseInsensitive))
        return QString();
    QString predicate = p.after.mid(5).trimmed();
    if (predicate.endsWith(QLatin1Char(';')))
        predicate.chop(1);
    return predicate.trimmed();
}

QStringList SqliteSqlText::indexKeys(const QString &createIndexSql)
{
    const Parenthesized p = firstParenthesized(createIndexSql);
    return p.found ? splitTopLevel(p.inside) : QStringList();
}

QString SqliteSqlText::leadingIdentifier(const QString &definition, qsizetype *end)
{
    const QString text = definition;
    qsizetype i = 0;
    while (i < text.size() && text[i].isSpace())
        ++i;
    if (i >= text.size()) {
        if (end)
            *end = i;
        return QString();
    }
    if (isQuote(text[i])) {
        const qsizetype stop = skipQuoted(text, i);
        if (end)
            *end = stop;
        const QChar q = text[i];
        QString inner = text.mid(i + 1, stop - i - 2);
        if (q != QLatin1Char('['))
            inner.replace(QString(2, q), QString(q));
        return inner;
    }
    qsizetype stop = i;
    while (stop < text.size() && (text[stop].isLetterOrNumber() || text[stop] == QLatin1Char('_') || text[stop] == QLatin1Char('$')))
        ++stop;
    if (end)
        *end = stop;
    return text.mid(i, stop - i);
}

QString SqliteSqlText::constraintNameBefore(const QString &definition, const QString &keyword)
{
    // Walk the words until a CONSTRAINT <name> <keyword>, or a bare <keyword>.
    QString name;
    qsizetype i = 0;
    while (i < definition.size()) {
        qsizetype end = 0;
        const QString word = leadingIdentifier(definition.mid(i), &end);
        if (word.isEmpty()) {
            i += qMax<qsizetype>(end, 1);
            continue;
        }
        i += end;
        if (word.compare(keyword, Qt::CaseInsensitive) == 0)
            return QString(); // unnamed
        if (word.compare(QLatin1String("CONSTRAINT"), Qt::CaseInsensitive) == 0) {
            qsizetype nameEnd = 0;
            name = leadingIdentifier(definition.mid(i), &nameEnd);
            i += nameEnd;
            // The word after the name says what it names: keep the name only for `keyword`.
            qsizetype kindEnd = 0;
            const QString kind = leadingIdentifier(definition.mid(i), &kindEnd);
            if (kind.compare(keyword, Qt::CaseInsensitive) == 0)
                return name;
            name.clear();
        }
    }
    return QString();
}

} // namespace ectowb::db
