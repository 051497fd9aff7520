#include "pipelinewriter.h"

#include "pipelineast.h"

namespace ectowb::query {

using elixir::Ast;
using Kind = PipelineStep::Kind;

namespace {

// Fragments were checked before writing; parse() cannot fail here.
Ast fragment(const QString &text)
{
    return PipelineAst::parseFragment(text).value();
}

Ast keywordPair(const QString &key, Ast value)
{
    return Ast::tuple(Ast::atom(key), std::move(value));
}

Ast bound(const PipelineStep &step)
{
    return Ast::call(QStringLiteral("in"), {}, {PipelineAst::variable(step.binding), fragment(step.source)});
}

// Keyword syntax names a join by its qualifier: join:, left_join:, inner_lateral_join:...
QString joinKey(const QString &qualifier)
{
    return qualifier.isEmpty() || qualifier == u"inner" ? QStringLiteral("join") : qualifier % u"_join";
}

// The options a From or Join step carries after its source.
void sourceOptions(const PipelineStep &step, std::vector<Ast> &into)
{
    if (step.kind == Kind::Join && !step.expression.trimmed().isEmpty())
        into.push_back(keywordPair(QStringLiteral("on"), fragment(step.expression)));
    if (!step.as.isEmpty())
        into.push_back(keywordPair(QStringLiteral("as"), Ast::atom(step.as)));
}

} // namespace

Ast PipelineWriter::keywordForm(const Pipeline &pipeline)
{
    std::vector<Ast> clauses;
    const PipelineStep &from = pipeline.steps.front();
    sourceOptions(from, clauses);
    for (size_t i = 1; i < pipeline.steps.size(); ++i) {
        const PipelineStep &step = pipeline.steps[i];
        if (step.kind == Kind::Join) {
            clauses.push_back(keywordPair(joinKey(step.qualifier), bound(step)));
            sourceOptions(step, clauses);
        } else {
            clauses.push_back(keywordPair(PipelineStep::macroName(step.kind), fragment(step.expression)));
        }
    }
    std::vector<Ast> args{bound(from)};
    if (!clauses.empty())
        args.push_back(Ast::list(std::move(clauses)));
    return Ast::call(QStringLiteral("from"), {}, std::move(args));
}

Ast PipelineWriter::pipeForm(const Pipeline &pipeline)
{
    const PipelineStep &from = pipeline.steps.front();
    std::vector<Ast> fromArgs{bound(from)};
    std::vector<Ast> fromOptions;
    sourceOptions(from, fromOptions);
    if (!fromOptions.empty())
        fromArgs.push_back(Ast::list(std::move(fromOptions)));
    Ast query = Ast::call(QStringLiteral("from"), {}, std::move(fromArgs));
    for (size_t i = 1; i < pipeline.steps.size(); ++i) {
        const PipelineStep &step = pipeline.steps[i];
        const QStringList inScope = pipeline.bindingsAt(int(i) - 1);
        std::vector<Ast> args;
        if (step.kind == Kind::Join) {
            QSet<QString> used = PipelineAst::bindingsUsed(fragment(step.source), inScope);
            if (!step.expression.trimmed().isEmpty())
                used.unite(PipelineAst::bindingsUsed(fragment(step.expression), inScope));
            args.push_back(Ast::atom(step.qualifier.isEmpty() ? QStringLiteral("inner") : step.qualifier));
            args.push_back(PipelineAst::bindingList(inScope, used));
            args.push_back(bound(step));
            std::vector<Ast> options;
            sourceOptions(step, options);
            if (!options.empty())
                args.push_back(Ast::list(std::move(options)));
        } else {
            const Ast expression = fragment(step.expression);
            const QSet<QString> used = PipelineAst::bindingsUsed(expression, inScope);
            // limit(10) and preload(:comments) need no bindings; the rest always take them.
            const bool bare = (step.kind == Kind::Limit || step.kind == Kind::Offset || step.kind == Kind::Preload)
                              && used.isEmpty();
            if (!bare)
                args.push_back(PipelineAst::bindingList(inScope, used));
            // A keyword list (`[desc: p.x]`) prints as the call's trailing keywords.
            args.push_back(expression);
        }
        const Ast call = Ast::call(PipelineStep::macroName(step.kind), {}, std::move(args));
        query = Ast::call(QStringLiteral("|>"), {}, {query, call});
    }
    return query;
}

Result<Ast> PipelineWriter::toAst(const Pipeline &pipeline, QuerySyntax syntax)
{
    if (const auto problem = pipeline.check())
        return Error{QStringLiteral("step %1: %2").arg(problem->step + 1).arg(problem->message)};
    return syntax == QuerySyntax::Keyword ? keywordForm(pipeline) : pipeForm(pipeline);
}

Result<QString> PipelineWriter::write(const Pipeline &pipeline, QuerySyntax syntax)
{
    const auto ast = toAst(pipeline, syntax);
    if (!ast)
        return ast.failure();
    return PipelineAst::print(*ast);
}

} // namespace ectowb::query
