#pragma once

#include "pipelinestep.h"

#include "common/result.h"
#include "elixir/ast.h"

#include <QHash>
#include <QSet>
#include <QStringList>

#include <optional>

namespace ectowb::query {

// The AST work the pipeline writer and reader share: reading a step's code
// fragments, finding and renaming binding variables, building binding lists.
class PipelineAst
{
public:
    // One Elixir expression from a fragment ("p.title == ^title").
    static Result<elixir::Ast> parseFragment(const QString &text);
    // The fragment as conventionally printed Elixir.
    static QString print(const elixir::Ast &ast);
    // The plain variables an expression mentions (`p` in `p.title`, `title` in `^title`).
    static QSet<QString> variables(const elixir::Ast &ast);
    // The same expression with variables renamed (`x.id` -> `p.id`).
    static elixir::Ast renamed(const elixir::Ast &ast, const QHash<QString, QString> &names);
    // `[p, c]`: the shortest prefix of `bindings` that covers the names `used`.
    static elixir::Ast bindingList(const QStringList &bindings, const QSet<QString> &used);
    static elixir::Ast variable(const QString &name);
    // Why a step cannot be written with these bindings in scope, or nothing.
    static std::optional<QString> checkStep(const PipelineStep &step, const QStringList &bindings);
    // The variables of a fragment that are bindings (as opposed to pinned variables).
    static QSet<QString> bindingsUsed(const elixir::Ast &ast, const QStringList &bindings);
    // `p.title`, a binding's field, read into its two names; false for anything else.
    static bool fieldAccess(const elixir::Ast &ast, QString *binding, QString *field);
};

} // namespace ectowb::query
