// The interpreter's literal mode: the same evaluation as eval(), entered only for
// an expression that is data written out. The changeset runner asks it for a step's
// arguments (plain ones let the step run directly, without interpreting the call),
// the query composer for the value a person types for an open parameter.
#include "machine.h"

namespace ectowb::interpreter {

using elixir::Ast;

namespace {

// Deeper than any argument written by hand; keeps the check off the stack's end.
constexpr int kMaxLiteralDepth = 64;

// The text of a sigil is `<<>>` of plain strings (no interpolation), its modifiers a
// charlist.
bool plainSigilArgs(const Ast &text, const Ast &modifiers)
{
    if (!text.isCall(u"<<>>") || !modifiers.isList())
        return false;
    for (const Ast &part : text.args()) {
        if (!part.isString())
            return false;
    }
    for (const Ast &m : modifiers.elements()) {
        if (!m.isInteger())
            return false;
    }
    return true;
}

} // namespace

Result<Value> Machine::enterLiteral(const Ast &expr, const Bindings &env)
{
    if (!isLiteral(expr, env, 0))
        return errorAt(QStringLiteral("not a literal"), expr.pos());
    Bindings scope = env; // shares the variables: a literal binds nothing
    return enterEval(expr, scope);
}

bool Machine::isLiteral(const Ast &expr, const Bindings &env, int depth) const
{
    if (depth > kMaxLiteralDepth)
        return false;
    switch (expr.kind()) {
    case Ast::Kind::Invalid:
        return false;
    case Ast::Kind::Integer:
    case Ast::Kind::Float:
    case Ast::Kind::Atom:
    case Ast::Kind::String:
        return true;
    case Ast::Kind::List:
    case Ast::Kind::Tuple:
        for (const Ast &e : expr.elements()) {
            if (!isLiteral(e, env, depth + 1))
                return false;
        }
        return true;
    case Ast::Kind::Call:
        break;
    }
    if (expr.isVariable())
        return env.has(expr.callName());
    if (!expr.argsIsList() || !expr.callForm().isAtom())
        return false;
    const QString name = expr.callName();
    const auto &args = expr.args();
    if (name == u"{}") {
        for (const Ast &e : args) {
            if (!isLiteral(e, env, depth + 1))
                return false;
        }
        return true;
    }
    if (name == u"%{}") {
        // key-value pairs only: `%{base | k: v}` updates a map, which is code
        for (const Ast &pair : args) {
            if (!pair.isTuple() || pair.elements().size() != 2 || !isLiteral(pair.elements()[0], env, depth + 1)
                || !isLiteral(pair.elements()[1], env, depth + 1))
                return false;
        }
        return true;
    }
    if (name == u"-" && args.size() == 1)
        return isLiteral(args[0], env, depth + 1);
    if (name == u"@" && args.size() == 1)
        return isLiteralAttribute(env.module(), args[0], depth + 1);
    if (name.startsWith(u"sigil_") && args.size() == 2)
        return isLiteralSigil(expr);
    return false;
}

// `@name` read in `module`: its last definition is a literal itself (it may read
// other attributes, never variables).
bool Machine::isLiteralAttribute(const QString &module, const Ast &name, int depth) const
{
    if (module.isEmpty() || !name.isCall() || name.callName().isEmpty() || name.argsIsList())
        return false;
    const ModuleInfo *info = this->module(module);
    if (!info)
        return false;
    const auto it = info->attributes.constFind(name.callName());
    if (it == info->attributes.constEnd())
        return false;
    Bindings attributeScope;
    attributeScope.setModule(module);
    return isLiteral(*it, attributeScope, depth);
}

// ~s, ~w, ~r, ~D... without interpolation: the standard library builds the value.
bool Machine::isLiteralSigil(const Ast &expr) const
{
    const auto &args = expr.args();
    return plainSigilArgs(args[0], args[1]) && m_stdlib.function(QStringLiteral("Kernel"), expr.callName(), 2);
}

} // namespace ectowb::interpreter
