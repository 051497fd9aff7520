// ClauseBuilder's joins (Ecto.Query.Builder.Join): the joined source, the qualifier,
// the options (as:, on:, prefix:, hints:) and the named bindings they add.
#include "clausebuilder.h"

#include "query/host/querycontext.h"
#include "query/host/queryvalue.h"

#include "value/termvalue.h"
#include "interpreter/interpreter.h"

#include <algorithm>

namespace ectowb::query {

using elixir::Ast;
using interpreter::Value;

namespace {

// The qualifiers join/5 takes (Ecto.Query.Builder.Join).
const QStringList &joinQuals()
{
    static const QStringList quals{QStringLiteral("inner"), QStringLiteral("left"), QStringLiteral("right"),
                                   QStringLiteral("full"), QStringLiteral("cross"), QStringLiteral("inner_lateral"),
                                   QStringLiteral("left_lateral"), QStringLiteral("cross_lateral")};
    return quals;
}

} // namespace

Result<Source> ClauseBuilder::joinSource(const BindingMap &vars, const Ast &expr, Clause &fragment)
{
    if (expr.isCall(u"assoc", 2)) {
        const Ast &owner = expr.args()[0];
        if (!owner.isVariable() || !vars.contains(owner.callName()))
            return ExprBuilder::errorAt(expr, Error{QStringLiteral("unbound variable `%1` in assoc/2")
                                                  .arg(owner.callName()), QStringLiteral("Ecto.Query.CompileError")});
        Source s;
        s.kind = Source::Kind::Assoc;
        s.assocOwner = vars.value(owner.callName());
        if (expr.args()[1].isAtom()) {
            s.assoc = expr.args()[1].atomName();
        } else if (expr.args()[1].isCall(u"^", 1)) {
            Result<Value> v = m_interpreter.eval(expr.args()[1].args()[0], m_env);
            if (!v)
                return v.failure();
            s.assoc = v->atomName();
        }
        return s;
    }
    if (expr.isCall(u"values", 2))
        return valuesSource(vars, expr, fragment);
    if (expr.isCall(u"fragment")) {
        ExprBuilder b(scope(), vars, fragment.params);
        Result<ExprPtr> e = b.escape(expr);
        if (!e)
            return e.failure();
        fragment.expr = *e;
        Source s;
        s.kind = Source::Kind::Fragment;
        return s;
    }
    const Ast valueAst = expr.isCall(u"^", 1) ? expr.args()[0] : expr;
    Result<Value> v = m_interpreter.eval(valueAst, m_env);
    if (!v)
        return v.failure();
    if (const QueryValue *q = QueryValue::unwrap(*v)) {
        Source s;
        if (q->isSubquery()) {
            s.kind = Source::Kind::Subquery;
            s.subquery = q->query();
            return s;
        }
        const Query &inner = *q->query();
        const bool plain = inner.joins.empty() && inner.wheres.empty() && !inner.select && inner.orderBys.empty()
                           && inner.groupBys.empty() && !inner.limit && !inner.offset && inner.combinations.empty();
        if (!plain)
            return ExprBuilder::errorAt(expr, Error{QStringLiteral("queries in joins can only have a "
                                                             "source; use subquery/1 for anything else"), QStringLiteral("Ecto.QueryError")});
        return inner.from;
    }
    Result<Source> s = m_context.sourceOf(*v);
    if (!s)
        return ExprBuilder::errorAt(expr, s.failure());
    return s;
}

Result<bool> ClauseBuilder::join(const QString &qual, BindingMap &vars, const Ast &expr, const Ast &opts,
                                 elixir::SourcePos pos)
{
    if (!joinQuals().contains(qual))
        return Error{QStringLiteral("invalid join qualifier `:%1`, accepted qualifiers "
                                        "are: %2").arg(qual, joinQuals().join(QStringLiteral(", "))), QStringLiteral("Ecto.Query.CompileError")}.at(pos.line, pos.column);
    Ast var;
    Ast sourceAst = expr;
    if (expr.isCall(u"in", 2)) {
        var = expr.args()[0];
        sourceAst = expr.args()[1];
        if (!var.isVariable())
            return ExprBuilder::errorAt(expr, Error{QStringLiteral("malformed join `%1` in query "
                                                             "expression").arg(expr.callName()), QStringLiteral("Ecto.Query.CompileError")});
    }
    Join j;
    j.qual = qual;
    j.pos = pos;
    Result<Source> source = joinSource(vars, sourceAst, j.source.fragment);
    if (!source)
        return source.failure();
    Clause fragment = std::move(j.source.fragment);
    j.source = *source;
    j.source.fragment = std::move(fragment);
    const int index = m_query.bindingCount();
    m_query.joins.push_back(std::move(j));
    if (var.isValid() && var.callName() != u"_")
        vars.insert(var.callName(), index);
    if (!opts.isValid())
        return true;
    if (!opts.isList())
        return Error{QStringLiteral("join options must be a keyword list"), QStringLiteral("Ecto.Query.CompileError")}.at(pos.line, pos.column);
    for (const Ast &kv : opts.elements()) {
        if (!kv.isTuple() || !kv.elements()[0].isAtom())
            return Error{QStringLiteral("join options must be a keyword list"), QStringLiteral("Ecto.Query.CompileError")}.at(pos.line, pos.column);
        const QString key = kv.elements()[0].atomName();
        Result<bool> ok = true;
        if (key == u"on")
            ok = joinOn(vars, kv.elements()[1]);
        else if (key == u"as")
            ok = setAlias(index, kv.elements()[1], pos);
        else if (key == u"prefix" && kv.elements()[1].isString())
            m_query.joins.back().source.prefix = kv.elements()[1].text();
        else if (key == u"hints")
            ok = setHints(m_query.joins.back().source, kv.elements()[1], pos);
        else if (key != u"hints" && key != u"prefix")
            ok = Error{QStringLiteral("invalid join option `:%1`").arg(key), QStringLiteral("Ecto.Query.CompileError")}.at(pos.line, pos.column);
        if (!ok)
            return ok;
    }
    return true;
}

Result<bool> ClauseBuilder::joinOn(const BindingMap &vars, const Ast &on)
{
    Join &j = m_query.joins.back();
    Clause c;
    c.pos = on.isCall() ? on.pos() : j.pos;
    ExprBuilder b(scope(), vars, c.params);
    Result<ExprPtr> e = on.isList() ? b.escapeKeywordFilter(on, m_query.bindingCount() - 1)
                                    : b.escape(on, QueryType::primitive(QStringLiteral("boolean")));
    if (!e)
        return e.failure();
    c.expr = *e;
    j.on = std::move(c);
    return true;
}

Result<bool> ClauseBuilder::setAlias(int binding, const Ast &nameAst, elixir::SourcePos pos)
{
    QString name;
    if (nameAst.isAtom() && !nameAst.isAtom(u"nil")) {
        name = nameAst.atomName();
    } else if (nameAst.isCall(u"^", 1)) {
        Result<Value> v = m_interpreter.eval(nameAst.args()[0], m_env);
        if (!v)
            return v.failure();
        if (!v->isAtom() || v->isNil())
            return Error{QStringLiteral("`as` must be an atom, got: `%1`").arg(v->inspect()), QStringLiteral("ArgumentError")}.at(pos.line, pos.column);
        name = v->atomName();
    } else {
        return Error{QStringLiteral("`as` must be a compile time atom or an interpolated value "
                                        "using ^"), QStringLiteral("Ecto.Query.CompileError")}.at(pos.line, pos.column);
    }
    if (m_query.aliases.contains(name))
        return Error{QStringLiteral("alias `:%1` already exists").arg(name), QStringLiteral("Ecto.Query.CompileError")}.at(pos.line, pos.column);
    m_query.aliases.insert(name, binding);
    return true;
}

} // namespace ectowb::query
