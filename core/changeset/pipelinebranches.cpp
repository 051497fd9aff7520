#include "pipelinebranches.h"

#include "elixir/sourceprinter.h"

namespace ectowb::changeset {

using elixir::Ast;

namespace {

// The calls a branch body makes on the changeset: the steps of `cs |> a() |> b()`,
// or the one call `put_change(cs, ...)`; nothing for a body that is just `cs`.
std::vector<Ast> callsOf(const Ast &body)
{
    std::vector<Ast> out;
    const std::vector<Ast> statements = body.blockStatements();
    if (statements.empty())
        return out;
    Ast last = statements.back();
    std::vector<Ast> reversed;
    while (last.isCall(u"|>", 2)) {
        reversed.push_back(last.args()[1]);
        last = last.args()[0];
    }
    if (last.isCall() && last.argsIsList() && !last.isVariable())
        out.push_back(last);
    out.insert(out.end(), reversed.rbegin(), reversed.rend());
    return out;
}

Ast index(size_t i)
{
    return Ast::integer(qint64(i));
}

QString nameOf(const Ast &call)
{
    const Ast &form = call.callForm();
    if (form.isAtom())
        return form.atomName();
    // Module.function, as the runner names its own steps.
    if (form.isCall(u".", 2) && form.args()[1].isAtom())
        return elixir::SourcePrinter::print(form.args()[0]) + QLatin1Char('.') + form.args()[1].atomName();
    return call.callName();
}

} // namespace

std::optional<PipelineBranches> PipelineBranches::of(const project::ElixirModule &module, const QString &name, int arity)
{
    std::optional<PipelineBranches> found;
    for (const Ast &stmt : module.body) {
        if (!(stmt.isCall(u"def") || stmt.isCall(u"defp")) || stmt.args().size() != 2)
            continue;
        const Ast &head = stmt.args()[0];
        if (head.callName() != name || !head.argsIsList() || int(head.args().size()) != arity)
            continue;
        // Several clauses (or a guard, which head.callName() never matches): the interpreter's choice.
        if (found)
            return std::nullopt;
        QStringList parameters;
        for (const Ast &p : head.args()) {
            if (!p.isVariable())
                return std::nullopt;
            parameters << p.callName();
        }
        found = ofBody(parameters, stmt.args()[1].keywordValue(u"do"));
        if (!found)
            return std::nullopt;
    }
    return found;
}

std::optional<PipelineBranches> PipelineBranches::ofBody(const QStringList &parameters, const Ast &functionBody)
{
    PipelineBranches b;
    b.m_parameters = parameters;
    const std::vector<Ast> statements = functionBody.blockStatements();
    if (statements.size() != 1)
        return std::nullopt;
    const Ast &body = statements.front();
    if ((body.isCall(u"if", 2) || body.isCall(u"unless", 2)) && body.args()[1].isKeywordList()) {
        const Ast &options = body.args()[1];
        const Ast doBody = options.keywordValue(u"do");
        const Ast elseBody = options.keywordValue(u"else");
        if (!doBody.isValid())
            return std::nullopt;
        b.m_branches.push_back({QStringLiteral("do"), callsOf(doBody)});
        b.m_branches.push_back({QStringLiteral("else"), elseBody.isValid() ? callsOf(elseBody) : std::vector<Ast>()});
        b.m_selector = body.withArgs({body.args()[0], Ast::list({Ast::tuple(Ast::atom(QStringLiteral("do")), index(0)),
                                                                  Ast::tuple(Ast::atom(QStringLiteral("else")), index(1))})});
        return b;
    }
    if (body.isCall(u"case", 2) || body.isCall(u"cond", 1)) {
        const Ast &options = body.args().back();
        const Ast clauses = options.isKeywordList() ? options.keywordValue(u"do") : Ast();
        if (!clauses.isValid() || !clauses.isList())
            return std::nullopt;
        std::vector<Ast> indexed;
        for (const Ast &clause : clauses.elements()) {
            if (!clause.isCall(u"->", 2))
                return std::nullopt;
            QStringList patterns;
            for (const Ast &p : clause.args()[0].elements())
                patterns << elixir::SourcePrinter::print(p);
            b.m_branches.push_back({patterns.join(QStringLiteral(", ")), callsOf(clause.args()[1])});
            indexed.push_back(clause.withArgs({clause.args()[0], index(indexed.size())}));
        }
        std::vector<Ast> args(body.args().begin(), body.args().end());
        args.back() = Ast::list({Ast::tuple(Ast::atom(QStringLiteral("do")), Ast::list(std::move(indexed)))});
        b.m_selector = body.withArgs(std::move(args));
        return b;
    }
    return std::nullopt;
}

std::optional<PipelineBranches::Closure> PipelineBranches::thenClosure(const Ast &step)
{
    // Only the piped form, `|> then(fn cs -> ... end)`: the changeset is the closure's argument.
    if (!step.isCall(u"then", 1) || !step.argsIsList() || !step.args()[0].isCall(u"fn"))
        return std::nullopt;
    const Ast &fn = step.args()[0];
    // One clause with one plain parameter; guards and patterns are the interpreter's choice.
    if (fn.args().size() != 1 || !fn.args()[0].isCall(u"->", 2))
        return std::nullopt;
    const Ast &clause = fn.args()[0];
    const Ast &parameters = clause.args()[0];
    if (!parameters.isList() || parameters.elements().size() != 1 || !parameters.elements()[0].isVariable())
        return std::nullopt;
    return Closure{parameters.elements()[0].callName(), clause.args()[1]};
}

std::vector<Ast> PipelineBranches::pipeline(const Ast &expr)
{
    std::vector<Ast> reversed;
    Ast head = expr;
    while (head.isCall(u"|>", 2)) {
        reversed.push_back(head.args()[1]);
        head = head.args()[0];
    }
    reversed.push_back(head);
    return std::vector<Ast>(reversed.rbegin(), reversed.rend());
}

std::vector<PipelineStep> PipelineBranches::steps(int taken, int depth) const
{
    std::vector<PipelineStep> out;
    for (size_t i = 0; i < m_branches.size(); ++i) {
        for (const Ast &call : m_branches[i].calls) {
            PipelineStep step;
            step.function = nameOf(call);
            step.source = elixir::SourcePrinter::print(call);
            step.pos = call.pos();
            step.depth = depth + 1;
            step.status = int(i) == taken ? PipelineStep::Status::Interpreted : PipelineStep::Status::Skipped;
            step.reason = int(i) == taken ? QString() : m_branches[i].label;
            out.push_back(std::move(step));
        }
    }
    return out;
}

} // namespace ectowb::changeset
