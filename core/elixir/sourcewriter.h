#pragma once

#include "ast.h"

#include <QString>

#include <vector>

namespace ectowb::elixir {

// The engine behind SourcePrinter. Every method returns text whose inner lines
// already carry absolute indentation, so nested blocks never need re-indenting.
// Split in two files: sourcewriter.cpp (statements, calls, blocks, clauses) and
// sourcewriterexpressions.cpp (operators, containers, literals).
class SourceWriter
{
public:
    static constexpr int LineLimit = 98; // Elixir's formatter default

    QString statements(const Ast &ast, int indent);
    QString statement(const Ast &ast, int indent);
    // `minPrec`: the weakest operator allowed bare here. `rightOpen`: nothing
    // follows on the right, so a low-precedence prefix `&` may stay bare.
    QString expr(const Ast &ast, int indent, int minPrec = 0, bool rightOpen = true);


private:
    // sourcewriter.cpp
    QString callArgs(AstSpan args, int indent, bool parens, const QString &head);
    QString call(const Ast &ast, int indent, bool statementLevel);
    QString doBlock(const QString &head, const Ast &keywords, int indent);
    QString body(const Ast &ast, int indent);
    QString clauses(AstSpan stabs, int indent);
    QString clauseHead(const Ast &stab, int indent);
    QString fn(const Ast &ast, int indent);
    QString dotCall(const Ast &ast, int indent, bool captureName);
    QString dotLeft(const Ast &lhs, int indent);
    QString pipeline(const Ast &ast, int indent);

    // sourcewriterexpressions.cpp
    QString bare(const Ast &ast, int indent, bool rightOpen);
    QString special(const Ast &ast, int indent, bool rightOpen);
    static bool isPlainCall(const Ast &ast);
    QString elementList(AstSpan elements, int indent, bool keywordTail, int elemPrec);
    QString bracketed(AstSpan elements, int indent, const QString &open,
                      const QString &close, bool keywordTail, int elemPrec);
    QString keywordPair(const Ast &pair, int indent);
    QString binary(const Ast &ast, int indent, bool rightOpen);
    QString unary(const Ast &ast, int indent, bool rightOpen);
    QString capture(const Ast &operand, int indent);
    QString bitstring(const Ast &ast, int indent);
    QString interpolated(AstSpan parts, int indent, char quote);
    QString sigil(const Ast &ast, int indent);
    QString map(const Ast &ast, int indent);
    QString aliases(const Ast &ast, int indent);
    QString block(const Ast &ast, int indent);
    QString literal(const Ast &ast, int indent);

    bool m_inBinary = false;     // inside <<>>: `::` is written tight
    bool m_inBinaryType = false; // after `::` inside <<>>: `-` too
};

} // namespace ectowb::elixir
