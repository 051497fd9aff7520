#include "modulecollector.h"

using ectowb::elixir::Ast;

namespace ectowb::project {

namespace {

void walk(elixir::AstSpan stmts, AliasScope scope, const QString &file, QList<ElixirModule> &out);

// `defmodule Name do ... end` at statement level (also inside blocks such as `if`).
void visit(const Ast &stmt, AliasScope &scope, const QString &file, QList<ElixirModule> &out)
{
    if (stmt.isCall(u"alias")) {
        scope.apply(stmt);
        return;
    }
    if (!stmt.isCall(u"defmodule", 2))
        return;
    const Ast &nameAst = stmt.args()[0];
    QString name;
    QString firstSegment;
    if (nameAst.isCall(u"__aliases__") && !nameAst.args().empty() && nameAst.args()[0].isAtom()) {
        QStringList segments;
        for (const Ast &seg : nameAst.args())
            segments << seg.atomName();
        firstSegment = segments.first();
        // Nested modules are named after their parent, unless the name is already
        // expanded through an alias (Elixir does not prefix `defmodule __MODULE__.X`).
        const QString outer = scope.currentModule();
        name = outer.isEmpty() ? segments.join(QLatin1Char('.'))
                               : outer + QLatin1Char('.') + segments.join(QLatin1Char('.'));
    } else {
        name = scope.expand(nameAst);
    }
    if (name.isEmpty())
        return;
    if (!scope.currentModule().isEmpty() && !firstSegment.isEmpty())
        scope.addAlias(firstSegment, scope.currentModule() + QLatin1Char('.') + firstSegment);

    ElixirModule module;
    module.name = name;
    module.file = file;
    module.pos = stmt.pos();
    module.body = stmt.args()[1].keywordValue(u"do").blockStatements();
    module.scope = scope;
    module.scope.setCurrentModule(name);
    const qsizetype index = out.size();
    out.append(module);
    walk(out[index].body, out[index].scope, file, out);
}

void walk(elixir::AstSpan stmts, AliasScope scope, const QString &file, QList<ElixirModule> &out)
{
    for (const Ast &stmt : stmts)
        visit(stmt, scope, file, out);
}

} // namespace

QList<ElixirModule> ModuleCollector::collect(const Ast &fileAst, const QString &file)
{
    QList<ElixirModule> out;
    walk(fileAst.blockStatements(), AliasScope(), file, out);
    return out;
}

} // namespace ectowb::project
