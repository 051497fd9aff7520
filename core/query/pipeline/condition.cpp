#include "condition.h"

#include "pipelineast.h"

namespace ectowb::query {

using elixir::Ast;

namespace {

const QStringList &comparisons()
{
    static const QStringList ops{QStringLiteral("=="), QStringLiteral("!="), QStringLiteral("<"),
                                 QStringLiteral("<="), QStringLiteral(">"), QStringLiteral(">=")};
    return ops;
}

bool readValue(const Ast &ast, Condition &out)
{
    if (ast.isCall(u"^", 1)) {
        if (!ast.args()[0].isVariable())
            return false; // ^compute(x): code, not a form value
        out.pinned = true;
        out.value = ast.args()[0].callName();
        return true;
    }
    if (!PipelineAst::variables(ast).isEmpty())
        return false; // another field or a variable: edited as code
    out.value = PipelineAst::print(ast);
    return true;
}

} // namespace

QStringList Condition::operators()
{
    return comparisons() + QStringList{QStringLiteral("in"), QStringLiteral("not in"), QStringLiteral("like"),
                                       QStringLiteral("ilike"), QStringLiteral("is_nil"), QStringLiteral("not is_nil")};
}

bool Condition::takesValue(const QString &op)
{
    return op != u"is_nil" && op != u"not is_nil";
}

QString Condition::toExpression() const
{
    const QString lhs = binding % u'.' % field;
    const QString rhs = pinned ? u'^' % value : value;
    if (op == u"is_nil")
        return u"is_nil(" % lhs % u')';
    if (op == u"not is_nil")
        return u"not is_nil(" % lhs % u')';
    if (op == u"like" || op == u"ilike")
        return op % u'(' % lhs % u", " % rhs % u')';
    return lhs % u' ' % op % u' ' % rhs;
}

std::optional<Condition> Condition::fromExpression(const QString &expression)
{
    const auto parsed = PipelineAst::parseFragment(expression);
    if (!parsed)
        return std::nullopt;
    Ast ast = *parsed;
    Condition out;
    bool negated = false;
    if (ast.isCall(u"not", 1)) {
        negated = true;
        ast = ast.args()[0];
    }
    const QString name = ast.isCall() && ast.callForm().isAtom() ? ast.callName() : QString();
    if (name == u"is_nil" && ast.args().size() == 1) {
        out.op = negated ? QStringLiteral("not is_nil") : QStringLiteral("is_nil");
        return PipelineAst::fieldAccess(ast.args()[0], &out.binding, &out.field) ? std::optional(out) : std::nullopt;
    }
    if (negated && !(name == u"in" && ast.args().size() == 2))
        return std::nullopt;
    if (negated) {
        out.op = QStringLiteral("not in");
    } else if ((name == u"like" || name == u"ilike") && ast.args().size() == 2) {
        out.op = name;
    } else if (name == u"in" && ast.args().size() == 2) {
        out.op = QStringLiteral("in");
    } else if (comparisons().contains(name) && ast.args().size() == 2) {
        out.op = name;
    } else {
        return std::nullopt;
    }
    if (!PipelineAst::fieldAccess(ast.args()[0], &out.binding, &out.field) || !readValue(ast.args()[1], out))
        return std::nullopt;
    return out;
}

} // namespace ectowb::query
