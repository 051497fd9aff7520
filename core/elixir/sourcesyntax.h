#pragma once

#include "ast.h"

#include <QString>

namespace ectowb::elixir {

// What SourceWriter needs to know about Elixir's grammar: operator precedence
// and associativity (elixir_parser.yrl of 1.14), and the shapes of quoted forms
// that have their own syntax (keyword lists, do/end blocks, stab clauses).
class SourceSyntax
{
public:
    static constexpr int Primary = 1000; // precedence of what never needs parentheses

    enum class Assoc : quint8 { Left, Right, None };
    struct OpInfo
    {
        int prec = Primary;
        Assoc assoc = Assoc::None;
    };
    static OpInfo binaryOp(QStringView name);
    // How loosely `ast` binds when printed bare: Primary for non-operators.
    static int precedence(const Ast &ast);
    static bool isUnaryOp(QStringView name);
    static bool isBinaryCall(const Ast &ast);
    static bool isUnaryCall(const Ast &ast);
    static bool isNotIn(const Ast &ast);
    static bool isStab(const Ast &ast);
    static bool isStabList(const Ast &ast);
    static bool isKeyword(const Ast &ast);
    static bool isKeywordList(const Ast &ast);
    static bool isAlias(const Ast &ast);
    // [do: ..., else: ...] that can be written as a do/end block.
    static bool isDoBlock(const Ast &ast);
    // A call that is printed with a trailing do/end block.
    static bool hasDoBlock(const Ast &ast);
    // Whether printing `ast` would put a do/end block where a surrounding call
    // without parentheses would take it as its own.
    static bool containsDoBlock(const Ast &ast);
    // Calls written without parentheses at statement level, as Elixir's
    // formatter and the Ecto/Phoenix .formatter.exs exports do.
    static bool prefersNoParens(const QString &name);
};

} // namespace ectowb::elixir
