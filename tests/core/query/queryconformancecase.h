#pragma once

// What the query conformance tests (tst_queryconformance, tst_querygolden,
// tst_composergenerated) share: reading the case lines of ../shared/conformance, one
// data row a case and dialect, and comparing a result with Ecto's.
#include "query/querycompiler.h"
#include "value/termjson.h"

#include "conformancecases.h"

#include <QList>
#include <QString>
#include <QTest>

namespace ectowb::query::testing {

using testsupport::conformanceDir;
using testsupport::field;
using testsupport::termJson;

// Every case line of generated/queries-blog.jsonl and queries-market.jsonl, in order
// (empty when a file cannot be read; the callers count the rows they expect).
inline QList<QByteArray> generatedCaseLines()
{
    QList<QByteArray> lines;
    for (const char *file : {"queries-blog.jsonl", "queries-market.jsonl"}) {
        const auto read = testsupport::readJsonLines(conformanceDir() + QStringLiteral("/generated/") + QLatin1String(file));
        if (!read)
            return {};
        lines += *read;
    }
    return lines;
}

// The columns "line" and "dialect", and for each case line one data row a dialect,
// tagged "<id>/<dialect>" as the known-failure lists name them; returns how many rows
// (-1, with the test failed, at a line that is not JSON).
inline int addCaseRows(const QList<QByteArray> &lines)
{
    QTest::addColumn<QByteArray>("line");
    QTest::addColumn<QString>("dialect");
    int rows = 0;
    for (const QByteArray &line : lines) {
        const Result<value::Term> c = value::TermJson::parse(line);
        if (!c) {
            QTest::qFail(qPrintable(c.error()), __FILE__, __LINE__);
            return -1;
        }
        for (const char *dialect : {"postgres", "sqlite"}) {
            const QString tag = field(*c, "id").text() + u'/' + QLatin1String(dialect);
            QTest::newRow(qPrintable(tag)) << line << QString::fromLatin1(dialect);
            ++rows;
        }
    }
    return rows;
}

// What differs between Ecto's result (a case's "postgres" or "sqlite" entry) and the
// core's; empty when they agree.
inline QString mismatch(const value::Term &expected, const ComposeResult &result)
{
    if (expected.get(u"error")) {
        if (!result.isOk())
            return QString();
        return QStringLiteral("expected an error like %1, got: %2")
            .arg(field(expected, "error").text().left(160),
                 result.statements.empty() ? QString() : result.statements[0].sql);
    }
    if (!result.isOk())
        return QStringLiteral("unexpected error: %1").arg(result.errors.front().message);
    const std::vector<value::Term> &statements = field(expected, "statements").elements();
    if (statements.size() != result.statements.size())
        return QStringLiteral("%1 statement(s), expected %2").arg(result.statements.size()).arg(statements.size());
    for (size_t i = 0; i < statements.size(); ++i) {
        const QString sql = field(statements[i], "sql").text();
        if (result.statements[i].sql != sql)
            return QStringLiteral("SQL\n   got: %1\n  want: %2").arg(result.statements[i].sql, sql);
        const QString got = termJson(value::Term::list(result.statements[i].params));
        const QString want = termJson(field(statements[i], "params"));
        if (got != want)
            return QStringLiteral("parameters\n   got: %1\n  want: %2").arg(got, want);
    }
    return QString();
}

// The case's "op": the operation of Ecto.Adapters.SQL.to_sql/3.
inline Operation operationOf(const QString &op)
{
    if (op == u"update_all")
        return Operation::UpdateAll;
    if (op == u"delete_all")
        return Operation::DeleteAll;
    return Operation::All;
}

} // namespace ectowb::query::testing
