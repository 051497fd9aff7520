#include "sourcesyntax.h"
#include "common/wordset.h"

#include <QHash>
#include <QSet>

#include <algorithm>

namespace ectowb::elixir {

// Binary operators with Elixir 1.14's precedence (elixir_parser.yrl).
SourceSyntax::OpInfo SourceSyntax::binaryOp(QStringView name)
{
    static const QHash<QString, OpInfo> table = [] {
        QHash<QString, OpInfo> t;
        const auto add = [&t](std::initializer_list<const char *> names, int prec, Assoc assoc) {
            for (const char *n : names)
                t.insert(QString::fromLatin1(n), {prec, assoc});
        };
        add({"<-", "\\\\"}, 40, Assoc::Left);
        add({"when"}, 50, Assoc::Right);
        add({"::"}, 60, Assoc::Right);
        add({"|"}, 70, Assoc::Right);
        add({"="}, 100, Assoc::Right);
        add({"||", "|||", "or"}, 120, Assoc::Left);
        add({"&&", "&&&", "and"}, 130, Assoc::Left);
        add({"==", "!=", "=~", "===", "!=="}, 140, Assoc::Left);
        add({"<", ">", "<=", ">="}, 150, Assoc::Left);
        add({"|>", "<<<", ">>>", "<<~", "~>>", "<~", "~>", "<~>", "<|>"}, 160, Assoc::Left);
        add({"in"}, 170, Assoc::Left);
        add({"^^^"}, 180, Assoc::Left);
        add({"++", "--", "+++", "---", "<>", ".."}, 200, Assoc::Right);
        add({"+", "-"}, 210, Assoc::Left);
        add({"*", "/"}, 220, Assoc::Left);
        add({"**"}, 230, Assoc::Left);
        return t;
    }();
    return table.value(name.toString());
}

bool SourceSyntax::isUnaryOp(QStringView name)
{
    return name == u"-" || name == u"+" || name == u"!" || name == u"^" || name == u"not" || name == u"~~~"
        || name == u"&" || name == u"@";
}

bool SourceSyntax::isBinaryCall(const Ast &ast)
{
    return ast.isCall() && ast.argsIsList() && ast.args().size() == 2 && binaryOp(ast.callName()).prec != Primary;
}
bool SourceSyntax::isUnaryCall(const Ast &ast)
{
    return ast.isCall() && ast.argsIsList() && ast.args().size() == 1 && isUnaryOp(ast.callName());
}
bool SourceSyntax::isNotIn(const Ast &ast)
{
    return ast.isCall(u"not", 1) && ast.args().front().isCall(u"in", 2);
}
bool SourceSyntax::isStab(const Ast &ast)
{
    return ast.isCall(u"->", 2) && ast.args().front().isList();
}
bool SourceSyntax::isStabList(const Ast &ast)
{
    return ast.isList() && !ast.elements().empty()
        && std::all_of(ast.elements().begin(), ast.elements().end(), isStab);
}
bool SourceSyntax::isKeyword(const Ast &ast)
{
    return ast.isTuple() && ast.elements().front().isAtom();
}
bool SourceSyntax::isKeywordList(const Ast &ast)
{
    return ast.isList() && !ast.elements().empty()
        && std::all_of(ast.elements().begin(), ast.elements().end(), isKeyword);
}
bool SourceSyntax::isAlias(const Ast &ast)
{
    return ast.isCall(u"__aliases__");
}

// [do: ..., else: ...] that can be written as a do/end block.
bool SourceSyntax::isDoBlock(const Ast &ast)
{
    static const QSet<QString> keys{QStringLiteral("do"), QStringLiteral("else"), QStringLiteral("after"),
                                    QStringLiteral("rescue"), QStringLiteral("catch")};
    if (!isKeywordList(ast) || !ast.elements().front().elements().front().isAtom(u"do"))
        return false;
    QSet<QString> seen;
    for (const Ast &pair : ast.elements()) {
        const QString key = pair.elements().front().atomName();
        if (!keys.contains(key) || seen.contains(key))
            return false;
        seen.insert(key);
    }
    return true;
}

// A call that we would print with a trailing do/end block.
bool SourceSyntax::hasDoBlock(const Ast &ast)
{
    return ast.isCall() && ast.argsIsList() && !ast.args().empty() && isDoBlock(ast.args().back())
        && !isUnaryOp(ast.callName()) && binaryOp(ast.callName()).prec == Primary;
}

// Whether printing `ast` would put a do/end block where a surrounding call
// without parentheses would steal it. fn...end delimits its body, so stop there.
bool SourceSyntax::containsDoBlock(const Ast &ast)
{
    if (hasDoBlock(ast))
        return true;
    if (ast.isCall(u"fn"))
        return false;
    if (ast.isList() || ast.isTuple())
        return std::any_of(ast.elements().begin(), ast.elements().end(), containsDoBlock);
    if (ast.isCall())
        return containsDoBlock(ast.callForm())
            || std::any_of(ast.args().begin(), ast.args().end(), containsDoBlock);
    return false;
}

// Calls written without parentheses at statement level, as Elixir's formatter
// and the Ecto/Phoenix .formatter.exs exports do.
bool SourceSyntax::prefersNoParens(const QString &name)
{
    static const QSet<QString> names =
        common::wordSet(uR"(
            def defp defmacro defmacrop defguard defguardp defdelegate defmodule defprotocol defimpl defstruct
            defexception defoverridable alias import require use raise reraise if unless case cond with for try
            receive quote assert refute assert_raise assert_receive refute_receive describe test setup doctest
            config import_config from field belongs_to has_many has_one many_to_many embeds_one embeds_many
            schema embedded_schema add add_if_not_exists remove remove_if_exists modify create
            create_if_not_exists drop drop_if_exists rename plug pipe_through pipeline scope get post put patch
            delete resources live
        )");
    return names.contains(name);
}

int SourceSyntax::precedence(const Ast &ast)
{
    if (isNotIn(ast))
        return 170;
    if (isBinaryCall(ast))
        return binaryOp(ast.callName()).prec;
    if (isUnaryCall(ast)) {
        const QString name = ast.callName();
        if (name == u"&")
            return ast.args().front().isInteger() ? Primary : 90; // &1 is an argument, not an operator
        return name == u"@" ? 320 : 300;
    }
    if (ast.isCall(u"..//", 3))
        return 190;
    return Primary;
}

} // namespace ectowb::elixir
