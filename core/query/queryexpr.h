#pragma once

#include "changeset/term.h"

#include <QString>

#include <memory>
#include <vector>

namespace ectowb::query {

using changeset::Term;
struct Query;
struct Expr;
using ExprPtr = std::shared_ptr<const Expr>;
using QueryPtr = std::shared_ptr<const Query>;

// A pinned value and the type Ecto casts it to: a field (`{binding, field}`), an
// explicit type (`type(^x, :integer)`, `{:array, t}`), or `any`.
struct Param
{
    Term value;
    int binding = -1; // with field: the value is cast to this field's type
    QString field;
    QString type;     // explicit primitive type, or empty
    bool inList = false;  // `x in ^list`: Postgres gets one list, SQLite one `?` each
    bool arrayElement = false; // push/pull: the value is one element of an array field
    QueryPtr subquery; // a subquery's parameters take this place, as {:subquery, i} in Ecto
};

// One node of a query expression, as Ecto keeps it after building (`{:==, [], [..]}`,
// `{{:., [], [{:&, [], [0]}, :title]}, [], []}`, `{:^, [], [ix]}`), not raw AST.
struct Expr
{
    enum class Kind : quint8 {
        Field,     // binding.field; parent >= 1 for parent_as
        Binding,   // a whole binding (`select: p`)
        Param,     // ^value: index into the owning clause's params (count > 1 for splice)
        Literal,   // a literal term (number, string, boolean, nil, list)
        Op,        // binary/unary operators and calls: name holds ==, and, not, is_nil, count...
        Fragment,  // parts alternate string/expr: texts holds strings, args the exprs
        Type,      // type(args[0], name)
        Tuple,
        List,
        Map,       // keys (terms) with args as values
        MapUpdate, // %{binding | key: value}: args[0] binding, keys/args rest
        Subquery,  // a nested query (exists, in, scalar)
        SelectedAs,    // selected_as(args[0], name)
        SelectedAsRef, // selected_as(name)
        Over,      // args[0] over window name or (partition_by/order_by) in args[1..]
        Splice,    // splice(^list) inside a fragment: params [param, param + count)
        StructFields, // struct(p, fields) / map(p, fields): binding + names
    };

    Kind kind = Kind::Literal;
    QString name;
    int binding = 0;
    int parent = 0;        // 0: this query; 1: the enclosing query (parent_as)
    QString parentAlias;   // parent_as(:name) resolved at plan time
    int param = -1;
    int count = 1;
    Term literal;
    std::vector<ExprPtr> args;
    std::vector<QString> texts; // fragment strings, map keys, field lists, order directions
    QueryPtr subquery;

    static ExprPtr field(int binding, const QString &name);
    static ExprPtr op(const QString &name, std::vector<ExprPtr> args);
    static ExprPtr literalOf(const Term &term);
    static ExprPtr paramAt(int index);
};

} // namespace ectowb::query
