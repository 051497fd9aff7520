#include "pipelinereader.h"

#include "pipelineast.h"

#include "elixir/reader.h"

namespace ectowb::query {

using elixir::Ast;
using Kind = PipelineStep::Kind;

namespace {

Error errorAt(const Ast &ast, const QString &message)
{
    const elixir::SourcePos pos = ast.isCall() ? ast.pos() : elixir::SourcePos{};
    return Error(message).at(pos.line, pos.column);
}

// `x in Source`: the binding and the source, printed.
Result<std::pair<QString, QString>> boundSource(const Ast &ast)
{
    if (!ast.isCall(u"in", 2) || !ast.args()[0].isVariable())
        return errorAt(ast, QStringLiteral("expected a binding like `p in Post`"));
    return std::pair{ast.args()[0].callName(), PipelineAst::print(ast.args()[1])};
}

// A first binding for a query written without `from x in` (`Post |> where(...)`).
QString defaultBinding(const Ast &source)
{
    QString name;
    if (source.isCall(u"__aliases__") && !source.args().empty())
        name = source.args().back().atomName();
    else if (source.isString())
        name = source.text();
    return name.isEmpty() || !name.at(0).isLetter() ? QStringLiteral("q") : name.left(1).toLower();
}

std::optional<QString> joinQualifier(QStringView key)
{
    static const QStringList known{QStringLiteral("inner"), QStringLiteral("left"), QStringLiteral("right"),
                                   QStringLiteral("full"), QStringLiteral("cross"), QStringLiteral("inner_lateral"),
                                   QStringLiteral("left_lateral")};
    if (key == u"join")
        return QStringLiteral("inner");
    if (!key.endsWith(u"_join"))
        return std::nullopt;
    const QString qualifier = key.chopped(5).toString();
    return known.contains(qualifier) ? std::optional(qualifier) : std::nullopt;
}

} // namespace

Result<Pipeline> PipelineReader::read(const QString &source)
{
    const elixir::ParseResult parsed = elixir::Reader::parse(source.toUtf8());
    if (!parsed.isValid())
        return Error(parsed.error->message).at(parsed.error->line, parsed.error->column);
    return fromAst(parsed.ast);
}

Result<Pipeline> PipelineReader::fromAst(const Ast &ast)
{
    if (ast.isCall(u"__block__"))
        return errorAt(ast, QStringLiteral("only a single query expression can be shown as steps"));
    std::vector<Ast> calls;
    Ast head = ast;
    while (head.isCall(u"|>", 2)) {
        calls.push_back(head.args()[1]);
        head = head.args()[0];
    }
    Pipeline out;
    if (auto ok = readHead(head, out); !ok)
        return ok.failure();
    for (auto it = calls.rbegin(); it != calls.rend(); ++it) {
        if (auto ok = readPipeCall(*it, out); !ok)
            return ok.failure();
    }
    return out;
}

Result<bool> PipelineReader::readHead(const Ast &head, Pipeline &out)
{
    PipelineStep from;
    from.kind = Kind::From;
    if (head.isCall(u"from") && !head.args().empty()) {
        const auto bound = boundSource(head.args()[0]);
        if (!bound)
            return bound.failure();
        std::tie(from.binding, from.source) = *bound;
        out.steps.push_back(from);
        if (head.args().size() == 2)
            return readKeywords(head.args()[1], out);
        if (head.args().size() > 2)
            return errorAt(head, QStringLiteral("from/2 takes a binding and a keyword list"));
        return true;
    }
    if (head.isCall(u"__aliases__") || head.isString()) {
        from.binding = defaultBinding(head);
        from.source = PipelineAst::print(head);
        out.steps.push_back(from);
        return true;
    }
    return errorAt(head, QStringLiteral("a query shown as steps starts with from(...), a schema or a table"));
}

Result<bool> PipelineReader::readKeywords(const Ast &keywords, Pipeline &out)
{
    if (!keywords.isKeywordList())
        return errorAt(keywords, QStringLiteral("expected the keyword clauses of from/2"));
    for (const Ast &pair : keywords.elements()) {
        const QString key = pair.elements()[0].atomName();
        const Ast &value = pair.elements()[1];
        if (const auto qualifier = joinQualifier(key)) {
            const auto bound = boundSource(value);
            if (!bound)
                return bound.failure();
            PipelineStep join;
            join.kind = Kind::Join;
            join.qualifier = *qualifier;
            std::tie(join.binding, join.source) = *bound;
            out.steps.push_back(join);
        } else if (key == u"on" || key == u"as") {
            PipelineStep &last = out.steps.back();
            if (key == u"on" && last.kind != Kind::Join)
                return errorAt(value, QStringLiteral("on: belongs right after a join"));
            if (key == u"as" && !value.isAtom())
                return errorAt(value, QStringLiteral("as: takes an atom"));
            (key == u"on" ? last.expression : last.as) = key == u"on" ? PipelineAst::print(value) : value.atomName();
        } else if (const auto kind = PipelineStep::kindOfMacro(key); kind && *kind != Kind::From && *kind != Kind::Join) {
            PipelineStep step;
            step.kind = *kind;
            step.expression = PipelineAst::print(value);
            out.steps.push_back(step);
        } else {
            return errorAt(value, QStringLiteral("%1: cannot be shown as a step; edit it as code").arg(key));
        }
    }
    return true;
}

// The names a macro's binding list gives each position (`[x, ..., c]`, `[post: p]`),
// mapped to the names the From and Joins bound.
Result<QHash<QString, QString>> PipelineReader::bindingNames(const Ast &list, const Pipeline &out)
{
    const QStringList canonical = out.bindingsAt(int(out.steps.size()) - 1);
    QHash<QString, QString> names;
    const elixir::AstSpan elements = list.elements();
    for (size_t i = 0; i < elements.size(); ++i) {
        const Ast &e = elements[i];
        if (e.isVariable() && e.callName() == u"...") {
            // `...` stands for the bindings in between: what follows counts from the end.
            const qsizetype rest = qsizetype(elements.size() - i - 1);
            for (size_t j = i + 1; j < elements.size(); ++j) {
                const qsizetype position = canonical.size() - rest + qsizetype(j - i - 1);
                if (!elements[j].isVariable() || position < 0)
                    return errorAt(e, QStringLiteral("this binding list does not fit the query"));
                names.insert(elements[j].callName(), canonical.at(position));
            }
            break;
        }
        if (e.isTuple() && e.elements()[0].isAtom() && e.elements()[1].isVariable()) {
            // [post: p]: the named binding `as: :post`.
            qsizetype position = -1;
            for (qsizetype k = 0, b = -1; k < qsizetype(out.steps.size()); ++k) {
                if (PipelineStep::bindsSource(out.steps[size_t(k)].kind) && (++b, out.steps[size_t(k)].as == e.elements()[0].atomName()))
                    position = b;
            }
            if (position < 0)
                return errorAt(list, QStringLiteral("no binding is named %1").arg(e.elements()[0].atomName()));
            names.insert(e.elements()[1].callName(), canonical.at(position));
            continue;
        }
        if (!e.isVariable() || qsizetype(i) >= canonical.size())
            return errorAt(list, QStringLiteral("this binding list does not fit the query"));
        names.insert(e.callName(), canonical.at(qsizetype(i)));
    }
    return names;
}

Result<bool> PipelineReader::readPipeCall(const Ast &call, Pipeline &out)
{
    const QString name = call.isCall() ? call.callName() : QString();
    const auto kind = PipelineStep::kindOfMacro(name);
    if (!kind || *kind == Kind::From)
        return errorAt(call, QStringLiteral("%1 cannot be shown as a step; edit it as code")
                                 .arg(name.isEmpty() ? QStringLiteral("this") : name));
    std::vector<Ast> args = call.args();
    PipelineStep step;
    step.kind = *kind;
    if (*kind == Kind::Join) {
        // join(:left, [p], c in assoc(p, :comments), on: ..., as: ...)
        if (args.size() < 3 || !args[0].isAtom() || !args[1].isList())
            return errorAt(call, QStringLiteral("expected join(qualifier, bindings, x in source, options)"));
        const auto names = bindingNames(args[1], out);
        if (!names)
            return names.failure();
        const auto bound = boundSource(args[2]);
        if (!bound)
            return bound.failure();
        step.qualifier = args[0].atomName();
        step.binding = bound->first;
        step.source = PipelineAst::print(PipelineAst::renamed(args[2].args()[1], *names));
        if (args.size() == 4) {
            QHash<QString, QString> withOwn = *names;
            withOwn.insert(step.binding, step.binding);
            const Ast on = args[3].keywordValue(u"on");
            const Ast as = args[3].keywordValue(u"as");
            if (on.isValid())
                step.expression = PipelineAst::print(PipelineAst::renamed(on, withOwn));
            if (as.isValid() && as.isAtom())
                step.as = as.atomName();
        }
        out.steps.push_back(step);
        return true;
    }
    QHash<QString, QString> names;
    if (args.size() == 2 && args[0].isList()) {
        const auto mapped = bindingNames(args[0], out);
        if (!mapped)
            return mapped.failure();
        names = *mapped;
        args.erase(args.begin());
    }
    if (args.size() != 1)
        return errorAt(call, QStringLiteral("expected %1(bindings, expression)").arg(name));
    step.expression = PipelineAst::print(PipelineAst::renamed(args[0], names));
    out.steps.push_back(step);
    return true;
}

} // namespace ectowb::query
