// The sources ClauseBuilder reads beyond schemas and tables: values/2 lists and the
// hints of a from or join.
#include "clausebuilder.h"

#include "value/termvalue.h"
#include "interpreter/interpreter.h"

#include <algorithm>

namespace ectowb::query {

using elixir::Ast;
using interpreter::Value;

namespace {

// A type given as a value (`:integer`, `{:array, :string}`); anything else casts nothing.
QueryType typeOfValue(const Value &type)
{
    if (type.isAtom() && !type.isNil())
        return QueryType::primitive(type.atomName());
    if (type.isTuple(2) && type.elements()[0].isAtom(u"array"))
        return QueryType::array(typeOfValue(type.elements()[1]));
    return QueryType::any();
}

} // namespace

// values(rows, types) (Ecto.Query.Values): a non-empty list of maps, each with
// exactly the keys of the types map; the fields are the types map's keys in map
// order, every cell a parameter of its field's type.
Result<Source> ClauseBuilder::valuesSource(const BindingMap &vars, const Ast &expr, Clause &cells)
{
    ExprBuilder b(scope(), vars, cells.params);
    Result<Value> rows = b.evaluate(expr.args()[0]);
    if (!rows)
        return rows.failure();
    Result<Value> types = b.evaluate(expr.args()[1]);
    if (!types)
        return types.failure();
    if (!types->isMap() || types->pairs().empty())
        return ExprBuilder::errorAt(expr, Error{QStringLiteral("values/2 expects a map of field types, got: %1")
                                              .arg(types->inspect()), QStringLiteral("ArgumentError")});
    if (!rows->isList() || rows->elements().empty())
        return ExprBuilder::errorAt(expr, Error{QStringLiteral("must provide a non-empty list to values/2"), QStringLiteral("ArgumentError")});
    Source s;
    s.kind = Source::Kind::Values;
    std::vector<std::pair<QString, Value>> fields;
    for (const Value::Pair &kv : types->pairs()) {
        if (!kv.first.isAtom())
            return ExprBuilder::errorAt(expr, Error{QStringLiteral("values/2 expects atom keys in its types"), QStringLiteral("ArgumentError")});
        fields.emplace_back(kv.first.atomName(), kv.second);
    }
    // an Elixir map of atom keys iterates in key order
    std::sort(fields.begin(), fields.end(), [](const auto &a, const auto &b) { return a.first < b.first; });
    for (const auto &[name, type] : fields) {
        s.valueFields << name;
        s.valueTypes.push_back(typeOfValue(type));
    }
    for (const Value &row : rows->elements()) {
        if (!row.isMap() || row.pairs().size() != fields.size())
            return ExprBuilder::errorAt(expr, Error{QStringLiteral("each member of a values list must have "
                                                             "exactly the keys of its types map, got: %1").arg(row.inspect()), QStringLiteral("ArgumentError")});
        for (size_t f = 0; f < fields.size(); ++f) {
            const Value *cell = nullptr;
            for (const Value::Pair &kv : row.pairs()) {
                if (kv.first.isAtom(fields[f].first))
                    cell = &kv.second;
            }
            if (!cell)
                return ExprBuilder::errorAt(expr, Error{QStringLiteral("values/2: the row %1 has no key :%2")
                                                      .arg(row.inspect(), fields[f].first), QStringLiteral("ArgumentError")});
            Result<Term> t = value::TermValue::fromValue(*cell);
            if (!t)
                return t.failure();
            Param p;
            p.value = *t;
            p.type = s.valueTypes[f];
            p.pos = expr.pos();
            b.addParam(std::move(p));
        }
    }
    s.valueRows = int(rows->elements().size());
    return s;
}

// hints: "..." or ["...", ...] (or interpolated): strings written after the source.
Result<bool> ClauseBuilder::setHints(Source &source, const Ast &value, elixir::SourcePos)
{
    Result<Value> v = m_interpreter.eval(value.isCall(u"^", 1) ? value.args()[0] : value, m_env);
    if (!v)
        return v.failure();
    const std::vector<Value> items = v->isList() ? v->elements() : std::vector<Value>{*v};
    for (const Value &h : items) {
        if (!h.isBinary())
            return ExprBuilder::errorAt(value, Error{QStringLiteral("`hints` must be a compile time "
                                                              "string, list of strings, or a tuple, got: `%1`")
                                                   .arg(h.inspect()), QStringLiteral("Ecto.Query.CompileError")});
        source.hints << h.text();
    }
    return true;
}

} // namespace ectowb::query
