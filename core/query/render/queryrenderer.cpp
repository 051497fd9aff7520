// The statement-level walk shared by the dialects: SELECT, UPDATE and DELETE of
// planned queries, and the INSERT/UPDATE/DELETE of Repo calls on structs.
// Expressions are in queryrendererexpr.cpp.
#include "queryrenderer.h"

#include "query/planner/queryplanner.h"

#include <algorithm>

namespace ectowb::query {

Result<Term> QueryRenderer::dumpEnum(const schema::EctoType &type, const Term &value)
{
    if (value.isNil())
        return value;
    for (const schema::EctoType::EnumValue &v : type.enumValues()) {
        const bool match = (value.isAtom() && value.text() == v.atom) || (value.isString() && value.text() == v.atom);
        if (!match)
            continue;
        if (v.dumped.typeId() == QMetaType::LongLong || v.dumped.typeId() == QMetaType::Int)
            return Term::integer(v.dumped.toLongLong());
        return Term::string(v.dumped.toString());
    }
    return Error{QStringLiteral("value `%1` cannot be dumped to an Ecto.Enum of %2")
                     .arg(value.text(), QString::number(type.enumValues().size())), QStringLiteral("Ecto.Query.CastError")};
}

bool QueryRenderer::quoteName(Out &out, const QString &name) const
{
    if (name.contains(u'"'))
        return out.fail(Error{QStringLiteral("bad literal/field/index/table name \"%1\" (\" is not permitted)")
                            .arg(name), QStringLiteral("ArgumentError")});
    out.sql += u'"';
    out.sql += name;
    out.sql += u'"';
    return true;
}

bool QueryRenderer::quoteTable(Out &out, const QString &prefix, const QString &table) const
{
    if (!prefix.isEmpty()) {
        if (!tablePrefixes())
            return out.fail(Error{QStringLiteral("SQLite3 does not support table prefixes"), QStringLiteral("ArgumentError")});
        if (!quoteName(out, prefix))
            return false;
        out.sql += u'.';
    }
    return quoteName(out, table);
}

bool QueryRenderer::names(Out &out, const QStringList &list) const
{
    for (qsizetype i = 0; i < list.size(); ++i) {
        if (i > 0)
            out.sql += u',';
        if (!quoteName(out, list[i]))
            return false;
    }
    return true;
}

bool QueryRenderer::insertValues(Out &out, const RepoStatement &s, int &counter, const PlannedQuery *conflict) const
{
    if (s.header.isEmpty()) {
        defaultValues(out, std::max<size_t>(1, s.rows.size()));
        if (!defaultValuesTakeConflict())
            return true;
    } else {
        out.sql += QLatin1String(" (");
        if (!names(out, s.header))
            return false;
        out.sql += QLatin1String(") VALUES ");
        for (size_t r = 0; r < s.rows.size(); ++r) {
            out.sql += r > 0 ? QLatin1String(",(") : QLatin1String("(");
            for (size_t c = 0; c < s.rows[r].size(); ++c) {
                if (c > 0)
                    out.sql += u',';
                if (s.rows[r][c] && s.rows[r][c]->placeholder > 0)
                    insertPlaceholder(out, s.rows[r][c]->placeholder);
                else if (s.rows[r][c])
                    insertPlaceholder(out, counter++);
                else if (!defaultCell(out))
                    return false;
            }
            out.sql += u')';
        }
    }
    if (s.onConflict.isEmpty())
        return true;
    out.sql += QLatin1String(" ON CONFLICT ");
    if (!s.conflictTarget.isEmpty()) {
        out.sql += u'(';
        if (!names(out, s.conflictTarget))
            return false;
        out.sql += QLatin1String(") ");
    }
    if (s.onConflict == u"nothing") {
        out.sql += QLatin1String("DO NOTHING");
        return true;
    }
    if (s.conflictTarget.isEmpty() && upsertNeedsTarget())
        return out.fail(Error{QStringLiteral("the :conflict_target option is required on upserts by %1")
                            .arg(name() == u"postgres" ? QStringLiteral("PostgreSQL") : QStringLiteral("SQLite3")), QStringLiteral("ArgumentError")});
    if (s.onConflict == u"query") {
        // the adapters' on_conflict/2: update_all(query, "UPDATE SET ")
        out.sql += QLatin1String("DO ");
        return updateAll(out, *conflict, u"UPDATE SET ");
    }
    out.sql += QLatin1String("DO UPDATE SET ");
    for (qsizetype i = 0; i < s.replaceFields.size(); ++i) {
        if (i > 0)
            out.sql += u',';
        if (!quoteName(out, s.replaceFields[i]))
            return false;
        out.sql += QLatin1String(" = EXCLUDED.");
        if (!quoteName(out, s.replaceFields[i]))
            return false;
    }
    return true;
}

bool QueryRenderer::selectFields(Out &out, const Scope &scope) const
{
    const auto &fields = scope.query->select;
    if (fields.empty()) {
        emptySelect(out);
        return true;
    }
    for (size_t i = 0; i < fields.size(); ++i) {
        if (i > 0)
            out.sql += QLatin1String(", ");
        if (!expr(out, scope, *fields[i].expr))
            return false;
        if (fields[i].as) {
            out.sql += QLatin1String(" AS ");
            if (!quoteName(out, fields[i].name))
                return false;
        }
    }
    return true;
}

bool QueryRenderer::ctes(Out &out, const PlannedQuery &query) const
{
    if (query.ctes.empty())
        return true;
    out.sql += QLatin1String("WITH ");
    if (query.recursiveCtes)
        out.sql += QLatin1String("RECURSIVE ");
    for (size_t i = 0; i < query.ctes.size(); ++i) {
        const PlannedCte &cte = query.ctes[i];
        if (i > 0)
            out.sql += QLatin1String(", ");
        if (!quoteName(out, cte.name))
            return false;
        out.sql += QLatin1String(" AS ");
        materialized(out, cte);
        // cte_query: a fragment as it renders (parenthesized when it starts with SELECT)
        if (cte.fragment) {
            if (!expr(out, Scope{&query}, *cte.fragment))
                return false;
            continue;
        }
        const bool statement = writesCteOperations() && cte.operation != u"all";
        if (statement && cte.operation == u"insert_all")
            return out.fail(Error{QStringLiteral("Postgres adapter does not support CTE operation :insert_all"), QStringLiteral("Ecto.QueryError")});
        out.sql += u'(';
        const bool ok = !statement                     ? all(out, *cte.query)
                        : cte.operation == u"update_all" ? updateAll(out, *cte.query)
                                                         : deleteAll(out, *cte.query);
        if (!ok)
            return false;
        out.sql += u')';
    }
    out.sql += u' ';
    return true;
}

bool QueryRenderer::source(Out &out, const PlannedQuery &query, int index) const
{
    const PlannedSource &s = query.sources[size_t(index)];
    switch (s.kind) {
    case PlannedSource::Kind::Table:
        if (!quoteTable(out, s.prefix, s.table))
            return false;
        break;
    case PlannedSource::Kind::Subquery:
        out.sql += u'(';
        if (!all(out, *s.subquery))
            return false;
        out.sql += u')';
        break;
    case PlannedSource::Kind::Values:
        return valuesSource(out, s);
    case PlannedSource::Kind::Fragment:
        if (!s.fragment || !expr(out, Scope{&query}, *s.fragment))
            return s.fragment ? false : out.fail(QStringLiteral("a fragment source without an expression"));
        break;
    }
    out.sql += QLatin1String(" AS ");
    out.sql += s.alias;
    for (const QString &hint : s.hints) {
        out.sql += u' ';
        out.sql += hint;
    }
    return true;
}

bool QueryRenderer::joins(Out &out, const PlannedQuery &query, size_t from) const
{
    const Scope scope{&query};
    for (size_t i = from; i < query.joins.size(); ++i) {
        const PlannedJoin &j = query.joins[i];
        if (!query.sources[size_t(j.source)].hints.isEmpty())
            return out.fail(Error{name() == u"postgres" ? QStringLiteral("table hints are not supported by PostgreSQL")
                                                        : QStringLiteral("join hints are not supported by SQLite3"),
                                  QStringLiteral("Ecto.QueryError")});
        out.sql += u' ';
        if (!joinQualifier(out, j.qual) || !source(out, query, j.source))
            return false;
        const bool cross = j.qual == u"cross" || j.qual == u"cross_lateral";
        if (cross && !j.on)
            continue;
        out.sql += QLatin1String(" ON ");
        if (!j.on) {
            boolean(out, true);
            continue;
        }
        if (!expr(out, scope, *j.on))
            return false;
    }
    return true;
}

bool QueryRenderer::filters(Out &out, const Scope &scope, QStringView keyword, const std::vector<PlannedFilter> &list) const
{
    if (list.empty())
        return true;
    Out acc;
    acc.sql += u'(';
    if (!expr(acc, scope, *list[0].expr))
        return out.fail(acc.error);
    acc.sql += u')';
    bool isOr = list[0].isOr;
    for (size_t i = 1; i < list.size(); ++i) {
        const PlannedFilter &f = list[i];
        if (f.isOr != isOr) {
            acc.sql.prepend(u'(');
            acc.sql += u')';
        }
        isOr = f.isOr;
        acc.sql += isOr ? QLatin1String(" OR (") : QLatin1String(" AND (");
        if (!expr(acc, scope, *f.expr))
            return out.fail(acc.error);
        acc.sql += u')';
    }
    out.sql += keyword;
    out.sql += acc.sql;
    return true;
}

bool QueryRenderer::orderItem(Out &out, const Scope &scope, const Expr &order) const
{
    if (!expr(out, scope, *order.args[0]))
        return false;
    const QString &d = order.name;
    if (d == u"asc")
        return true;
    if (d == u"desc")
        out.sql += QLatin1String(" DESC");
    else if (d == u"asc_nulls_last")
        out.sql += QLatin1String(" ASC NULLS LAST");
    else if (d == u"asc_nulls_first")
        out.sql += QLatin1String(" ASC NULLS FIRST");
    else if (d == u"desc_nulls_last")
        out.sql += QLatin1String(" DESC NULLS LAST");
    else if (d == u"desc_nulls_first")
        out.sql += QLatin1String(" DESC NULLS FIRST");
    else
        return out.fail(Error{QStringLiteral("%1 is not supported in ORDER BY").arg(d), QStringLiteral("Ecto.QueryError")});
    return true;
}

bool QueryRenderer::distinct(Out &out, const Scope &scope, std::vector<ExprPtr> &orderPrefix) const
{
    const ExprPtr &d = scope.query->distinct;
    if (!d)
        return true;
    if (d->kind == Expr::Kind::Literal) {
        if (d->literal.isTrue())
            out.sql += QLatin1String(" DISTINCT");
        return true;
    }
    return d->args.empty() || distinctOn(out, scope, *d, orderPrefix);
}

bool QueryRenderer::all(Out &out, const PlannedQuery &query) const
{
    const Scope scope{&query};
    if (!ctes(out, query))
        return false;
    out.sql += QLatin1String("SELECT");
    std::vector<ExprPtr> orderPrefix;
    if (!distinct(out, scope, orderPrefix))
        return false;
    out.sql += u' ';
    if (!selectFields(out, scope))
        return false;
    out.sql += QLatin1String(" FROM ");
    if (!source(out, query, 0) || !joins(out, query, 0) || !filters(out, scope, u" WHERE ", query.wheres))
        return false;
    if (!query.groupBys.empty()) {
        out.sql += QLatin1String(" GROUP BY ");
        if (!exprList(out, scope, query.groupBys, u", "))
            return false;
    }
    if (!filters(out, scope, u" HAVING ", query.havings))
        return false;
    if (!query.windows.empty()) {
        out.sql += QLatin1String(" WINDOW ");
        for (size_t i = 0; i < query.windows.size(); ++i) {
            if (i > 0)
                out.sql += QLatin1String(", ");
            if (!quoteName(out, query.windows[i].first))
                return false;
            out.sql += QLatin1String(" AS ");
            if (!windowBody(out, scope, *query.windows[i].second))
                return false;
        }
    }
    for (const auto &[kind, sub] : query.combinations) {
        if (!combination(out, kind, *sub))
            return false;
    }
    if (!query.orderBys.empty()) {
        // order_by_concat/2: the DISTINCT ON expressions lead, without repeating a
        // common prefix.
        std::vector<ExprPtr> items = orderPrefix;
        size_t common = 0;
        while (common < orderPrefix.size() && common < query.orderBys.size()) {
            Out a, b;
            orderItem(a, scope, *orderPrefix[common]);
            orderItem(b, scope, *query.orderBys[common]);
            if (a.sql != b.sql)
                break;
            ++common;
        }
        items.insert(items.end(), query.orderBys.begin() + qsizetype(common), query.orderBys.end());
        out.sql += QLatin1String(" ORDER BY ");
        for (size_t i = 0; i < items.size(); ++i) {
            if (i > 0)
                out.sql += QLatin1String(", ");
            if (!orderItem(out, scope, *items[i]))
                return false;
        }
    }
    if (query.limit) {
        out.sql += QLatin1String(" LIMIT ");
        if (!expr(out, scope, *query.limit))
            return false;
    }
    if (query.offset) {
        out.sql += QLatin1String(" OFFSET ");
        if (!expr(out, scope, *query.offset))
            return false;
    }
    return lock(out, scope);
}

bool QueryRenderer::usingJoins(Out &out, const PlannedQuery &query, QStringView keyword, bool onlyInner,
                               std::vector<PlannedFilter> &wheres) const
{
    if (query.joins.empty())
        return true;
    size_t inner = 0;
    while (inner < query.joins.size() && (query.joins[inner].qual == u"inner" || (!onlyInner && updateJoinsAllInFrom())))
        ++inner;
    if (onlyInner && inner < query.joins.size())
        return out.fail(Error{QStringLiteral("%1 supports only inner joins on delete_all, got: `%2`")
                            .arg(name() == u"postgres" ? QStringLiteral("PostgreSQL") : name(), query.joins[inner].qual), QStringLiteral("Ecto.QueryError")});
    if (inner == 0)
        return out.fail(Error{QStringLiteral("Need at least one inner join at the beginning to use other "
                                       "joins with update_all"), QStringLiteral("Ecto.QueryError")});
    out.sql += u' ';
    out.sql += keyword;
    out.sql += u' ';
    for (size_t i = 0; i < inner; ++i) {
        if (i > 0)
            out.sql += QLatin1String(", ");
        if (!source(out, query, query.joins[i].source))
            return false;
        if (query.joins[i].on && !query.joins[i].on->isLiteralTrue())
            wheres.push_back({query.joins[i].on, false});
    }
    return joins(out, query, inner);
}

bool QueryRenderer::updateAll(Out &out, const PlannedQuery &query, QStringView head) const
{
    const Scope scope{&query};
    if (!ctes(out, query))
        return false;
    if (!head.isEmpty()) {
        out.sql += head;
    } else {
        out.sql += QLatin1String("UPDATE ");
        const PlannedSource &from = query.sources[0];
        if (!quoteTable(out, from.prefix, from.table))
            return false;
        out.sql += QLatin1String(" AS ");
        out.sql += from.alias;
        out.sql += QLatin1String(" SET ");
    }
    for (size_t i = 0; i < query.updates.size(); ++i) {
        if (i > 0)
            out.sql += QLatin1String(", ");
        if (!updateOp(out, scope, query.updates[i]))
            return false;
    }
    std::vector<PlannedFilter> wheres;
    if (!usingJoins(out, query, u"FROM", false, wheres))
        return false;
    wheres.insert(wheres.end(), query.wheres.begin(), query.wheres.end());
    if (!filters(out, scope, u" WHERE ", wheres))
        return false;
    return returning(out, scope);
}

Result<QString> QueryRenderer::render(const PlannedQuery &query, Operation operation) const
{
    Out out;
    out.sql.reserve(256);
    bool ok = false;
    switch (operation) {
    case Operation::All:
        ok = all(out, query);
        break;
    case Operation::UpdateAll:
        ok = updateAll(out, query);
        break;
    case Operation::DeleteAll:
        ok = deleteAll(out, query);
        break;
    }
    if (!ok)
        return out.error.value_or(Error());
    return out.sql;
}

int QueryRenderer::conflictPlaceholder(const RepoStatement &s)
{
    int n = int(s.placeholders.size());
    for (const auto &row : s.rows)
        n += int(std::count_if(row.begin(), row.end(), [](const auto &v) { return v && v->placeholder == 0; }));
    return n;
}

Result<Statement> QueryRenderer::statement(const RepoStatement &s, const Plan *conflict) const
{
    Out out;
    Statement st;
    if (s.onConflict == u"query" && !conflict)
        return Error{QStringLiteral("an on_conflict query is planned before its INSERT is rendered")};
    auto dumped = [&](const TypedValue &v) -> bool {
        Result<Term> d = dump(v.type, v.value);
        if (!d)
            return out.fail(d.failure());
        st.params.push_back(*d);
        return true;
    };
    auto filterList = [&](int &counter) -> bool {
        for (size_t i = 0; i < s.filters.size(); ++i) {
            if (i > 0)
                out.sql += QLatin1String(" AND ");
            if (!quoteName(out, s.filters[i].column))
                return false;
            if (s.filters[i].value.isNil()) {
                out.sql += QLatin1String(" IS NULL");
                continue;
            }
            out.sql += QLatin1String(" = ");
            plainPlaceholder(out, counter++);
            if (!dumped(s.filters[i]))
                return false;
        }
        return true;
    };
    int counter = 1;
    bool ok = true;
    switch (s.kind) {
    case RepoStatement::Kind::Query:
        return Error{QStringLiteral("a query statement is planned, not rendered directly")};
    case RepoStatement::Kind::Insert:
        out.sql += QLatin1String("INSERT INTO ");
        // ecto_sql numbers insert_all placeholders first; the row values follow them
        counter += int(s.placeholders.size());
        for (const TypedValue &p : s.placeholders)
            ok = ok && dumped(p);
        ok = ok && quoteTable(out, s.prefix, s.table);
        if (ok && conflict) {
            // insert_as/1: the on_conflict query's binding names the table
            out.sql += QLatin1String(" AS ");
            out.sql += conflict->query->sources[0].alias;
        }
        ok = ok && insertValues(out, s, counter, conflict ? conflict->query.get() : nullptr);
        for (const auto &row : s.rows) {
            for (const auto &v : row) {
                if (ok && v && v->placeholder == 0)
                    ok = dumped(*v);
            }
        }
        // the on_conflict query's parameters follow the rows' (cast_params order)
        if (ok && conflict)
            st.params.insert(st.params.end(), conflict->params.begin(), conflict->params.end());
        break;
    case RepoStatement::Kind::Update:
        out.sql += QLatin1String("UPDATE ");
        ok = quoteTable(out, s.prefix, s.table);
        out.sql += QLatin1String(" SET ");
        for (size_t i = 0; ok && i < s.changes.size(); ++i) {
            if (i > 0)
                out.sql += QLatin1String(", ");
            ok = quoteName(out, s.changes[i].column);
            out.sql += QLatin1String(" = ");
            plainPlaceholder(out, counter++);
            ok = ok && dumped(s.changes[i]);
        }
        out.sql += QLatin1String(" WHERE ");
        ok = ok && filterList(counter);
        break;
    case RepoStatement::Kind::Delete:
        out.sql += QLatin1String("DELETE FROM ");
        ok = quoteTable(out, s.prefix, s.table);
        out.sql += QLatin1String(" WHERE ");
        ok = ok && filterList(counter);
        break;
    }
    if (ok && !s.returning.isEmpty()) {
        out.sql += QLatin1String(" RETURNING ");
        ok = names(out, s.returning);
    }
    if (!ok)
        return out.error.value_or(Error());
    st.sql = out.sql;
    st.writes = true; // INSERT, UPDATE or DELETE
    return st;
}

void QueryRenderer::valuesRows(Out &out, const PlannedSource &source,
                               const std::function<QString(const QueryType &)> &typeName) const
{
    int index = source.valueParam;
    for (int r = 0; r < source.valueRows; ++r) {
        out.sql += r > 0 ? QLatin1String(",(") : QLatin1String("(");
        for (size_t f = 0; f < source.valueTypes.size(); ++f) {
            if (f > 0)
                out.sql += u',';
            out.sql += u'$';
            out.sql += QString::number(++index);
            out.sql += QLatin1String("::");
            out.sql += typeName(source.valueTypes[f]);
        }
        out.sql += u')';
    }
}

} // namespace ectowb::query
