// The Repo and Ecto.Multi part of SourceEvaluator: calls are recorded, not run.
#include "sourceevaluator.h"

namespace ectowb::query {

using elixir::Ast;

namespace {

Ast repoCallAst(const QString &fn, std::vector<Ast> args)
{
    const Ast alias = Ast::call(QStringLiteral("__aliases__"), {}, {Ast::atom(QStringLiteral("Repo"))});
    const Ast dot = Ast::call(QStringLiteral("."), {}, {alias, Ast::atom(fn)});
    return Ast::call(dot, {}, std::move(args));
}

QString baseName(const QString &fn)
{
    return fn.endsWith(u'!') ? fn.chopped(1) : fn;
}

} // namespace

Result<EvalValue> SourceEvaluator::evalRepo(const QString &name, const Ast &ast, Env &env)
{
    const QString fn = baseName(name);
    const auto &args = ast.args();
    if (fn == u"transaction") {
        if (args.empty())
            return errorAt(ast, QStringLiteral("Repo.transaction needs a function or a Multi"));
        auto arg = eval(args[0], env);
        if (!arg)
            return arg;
        if (arg->kind() == EvalValue::Kind::Multi)
            return runMulti(*arg);
        if (arg->kind() == EvalValue::Kind::Function)
            return apply(*arg->function(), {});
        return errorAt(ast, QStringLiteral("Repo.transaction needs a function or a Multi"));
    }
    auto values = evalArgs(args, env);
    if (!values)
        return Error{values.error()};
    const auto &v = *values;
    if (v.empty())
        return errorAt(ast, QStringLiteral("Repo.%1 needs arguments").arg(name));
    RepoCall call;
    call.function = fn;
    const bool structCall = fn == u"insert" || fn == u"update" || fn == u"delete" || fn == u"preload";
    if (fn == u"insert_all") {
        if (v[0].isTerm() && v[0].term().isString())
            call.table = v[0].term().text();
        else
            call.table = v[0].term().text().mid(7), call.options = Term::atom(QStringLiteral("schema"));
        call.data = v.size() > 1 ? v[1].term() : Term::list({});
    } else if (structCall) {
        if (!v[0].isTerm())
            return errorAt(ast, QStringLiteral("Repo.%1 needs a struct or changeset").arg(name));
        call.data = v[0].term();
        if (fn == u"preload" && v.size() > 1)
            call.options = v[1].term();
        else if (v.size() > 1)
            call.options = v[1].term();
    } else {
        auto q = toQuery(v[0], args[0]);
        if (!q)
            return Error{q.error()};
        call.query = *q;
        if (v.size() > 1)
            call.data = v[1].term();
        if (v.size() > 2)
            call.options = v[2].term();
    }
    m_repoCalls.push_back(call);
    if (fn == u"all")
        return EvalValue(Term::list({}));
    return EvalValue(Term::nil());
}

Result<EvalValue> SourceEvaluator::evalMulti(const QString &name, const Ast &ast, Env &env)
{
    const auto &args = ast.args();
    if (name == u"new")
        return EvalValue::ofMulti({}, std::make_shared<const Env>(env));
    if (args.empty())
        return errorAt(ast, QStringLiteral("Ecto.Multi.%1 needs a multi").arg(name));
    auto multi = eval(args[0], env);
    if (!multi)
        return multi;
    if (multi->kind() != EvalValue::Kind::Multi)
        return errorAt(ast, QStringLiteral("expected an Ecto.Multi"));
    static const QStringList ops{QStringLiteral("insert"), QStringLiteral("update"), QStringLiteral("delete"),
                                 QStringLiteral("insert_all"), QStringLiteral("update_all"),
                                 QStringLiteral("delete_all"), QStringLiteral("all"), QStringLiteral("one")};
    if (!ops.contains(name) || args.size() < 3)
        return errorAt(ast, QStringLiteral("cannot evaluate Ecto.Multi.%1").arg(name));
    auto operations = multi->multiOperations();
    operations.push_back(repoCallAst(name, std::vector<Ast>(args.begin() + 2, args.end())));
    return EvalValue::ofMulti(std::move(operations), std::make_shared<const Env>(env));
}

Result<EvalValue> SourceEvaluator::runMulti(const EvalValue &multi)
{
    Env env = *multi.multiEnv();
    for (const Ast &op : multi.multiOperations()) {
        auto r = eval(op, env);
        if (!r)
            return r;
    }
    return EvalValue(Term::nil());
}

} // namespace ectowb::query
