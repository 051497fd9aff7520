#pragma once

#include "querytype.h"

#include "value/term.h"

#include <QString>

#include <functional>
#include <memory>
#include <vector>

namespace ectowb::query {

using value::Term;
struct Query;
struct Expr;
struct PlannedQuery;
using ExprPtr = std::shared_ptr<const Expr>;
using QueryPtr = std::shared_ptr<const Query>;

// One node of a query expression as Ecto keeps it after building: `{:==, [], [..]}`,
// `{{:., [], [{:&, [], [0]}, :title]}, [], []}`, `{:^, [], [ix]}`, `%Ecto.Query.Tagged{}`,
// not the user's AST. Immutable and shared between query values.
struct Expr
{
    enum class Kind : quint8 {
        Field,         // a field of a binding: `binding`, or `alias` for as(:a) and parent_as(:a)
        Source,        // a whole binding (`select: p`): `binding`
        Param,         // ^value: `index` into the owning clause's params
        Literal,       // `literal`: number, string, boolean, nil, atom, list of those
        Tagged,        // a literal tagged with `type` (Ecto.Query.Tagged), args[0] the literal
        Type,          // type(args[0], `type`)
        Call,          // `name`(args): operators, aggregates, SQL functions, exists, in
        Fragment,      // `texts` raw parts (one more than args) around the args
        Splice,        // splice(^list) inside a fragment: `index` the param
        Subquery,      // a query in an expression (in, exists, scalar): `subquery`
        Tuple,
        List,
        Map,           // `texts` keys, args values
        MapUpdate,     // %{args[0] | `texts`: args[1..]}
        Struct,        // %`name`{`texts`: args}
        Take,          // struct(p, fields) / map(p, fields): `binding`, `texts` the fields
        SelectedAs,    // selected_as(args[0], `name`)
        SelectedAsRef, // selected_as(`name`)
        Over,          // args[0] over the window `name`, or over args[1] (a Window)
        Window,        // args[0] partition_by List, args[1] order_by List, args[2] frame (or null)
        Order,         // args[0] with the direction `name` (asc, desc_nulls_first...)
        Merge,         // select_merge of args[0] and args[1]
    };

    Kind kind = Kind::Literal;
    bool parent = false; // Field of parent_as
    bool atomKeys = true; // Map, Struct: every key an atom (a keyword list, for select_merge)
    int binding = -1;
    int index = -1;
    QString name;
    QString alias;
    Term literal;
    QueryType type;
    QueryPtr subquery;
    // After planning: the planned subquery, and for a Param or Splice the number of
    // driver parameters it takes (a list in `in ^list` on SQLite, a splice).
    std::shared_ptr<const PlannedQuery> planned;
    int count = 0;
    std::vector<ExprPtr> args;
    std::vector<QString> texts;

    static ExprPtr field(int binding, const QString &name);
    static ExprPtr source(int binding);
    static ExprPtr param(int index);
    static ExprPtr literalOf(const Term &term);
    static ExprPtr call(const QString &name, std::vector<ExprPtr> args);
    static ExprPtr order(const QString &direction, ExprPtr expr);
    static ExprPtr list(std::vector<ExprPtr> items);
    static std::shared_ptr<Expr> make(Kind kind);

    bool isCall(QStringView callName) const { return kind == Kind::Call && name == callName; }
    bool isLiteralTrue() const { return kind == Kind::Literal && literal.isTrue(); }

    // A copy where every binding index (fields, sources, takes, field types) goes
    // through `map`, and every param index is shifted by `paramOffset`.
    ExprPtr rebased(const std::function<int(int)> &map, int paramOffset) const;
};

} // namespace ectowb::query
