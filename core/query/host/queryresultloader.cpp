#include "queryresultloader.h"

#include "db/valueloader.h"
#include "interpreter/interpreter.h"
#include "value/termvalue.h"

namespace ectowb::query {

using interpreter::Value;

namespace {

struct RowLoad
{
    const QVariantList &row;
    db::Dialect dialect;
    interpreter::Interpreter &interpreter;

    Value column(int index, const schema::EctoType &type) const
    {
        const QVariant cell = index >= 0 && index < row.size() ? row.at(index) : QVariant();
        return value::TermValue::toValue(db::ValueLoader::load(type, cell, dialect));
    }

    Value key(const SelectShape &shape, const QString &name) const
    {
        return shape.atomKeys ? Value::atom(name) : Value::string(name);
    }

    // A struct of `module` with its defaults, or a bare one when the interpreter has none.
    Value structOf(const QString &module) const
    {
        Result<Value> made = interpreter.newStruct(module);
        return made ? *made : Value::structure(module, {});
    }

    Result<Value> source(const SelectShape &shape) const
    {
        std::vector<Value::Pair> fields;
        bool allNull = true;
        for (qsizetype i = 0; i < shape.fields.size(); ++i) {
            const int at = shape.column + int(i);
            allNull = allNull && (at >= row.size() || row.at(at).isNull());
            fields.emplace_back(Value::atom(shape.fields.at(i)), column(at, shape.types[size_t(i)]));
        }
        if (allNull && !shape.fields.isEmpty())
            return Value::nil(); // a left join that matched nothing
        if (!shape.schema || shape.asMap)
            return Value::map(std::move(fields));
        Value out = structOf(shape.schema->module);
        for (const auto &[k, v] : fields)
            out = out.put(k, v);
        return out;
    }

    Result<Value> children(const SelectShape &shape, size_t first, std::vector<Value> &out) const
    {
        for (size_t i = first; i < shape.children.size(); ++i) {
            Result<Value> v = build(*shape.children[i]);
            if (!v)
                return v;
            out.push_back(*v);
        }
        return Value::nil();
    }

    Result<Value> keyed(const SelectShape &shape, Value base, size_t first) const
    {
        std::vector<Value> values;
        if (Result<Value> ok = children(shape, first, values); !ok)
            return ok;
        for (size_t i = 0; i < values.size() && i < size_t(shape.keys.size()); ++i)
            base = base.put(key(shape, shape.keys.at(qsizetype(i))), values[i]);
        return base;
    }

    Result<Value> build(const SelectShape &shape) const
    {
        switch (shape.kind) {
        case SelectShape::Kind::Value: return column(shape.column, shape.type);
        case SelectShape::Kind::Source: return source(shape);
        case SelectShape::Kind::Literal: return value::TermValue::toValue(shape.literal);
        case SelectShape::Kind::Tuple:
        case SelectShape::Kind::List: {
            std::vector<Value> items;
            if (Result<Value> ok = children(shape, 0, items); !ok)
                return ok;
            return shape.kind == SelectShape::Kind::Tuple ? Value::tuple(std::move(items)) : Value::list(std::move(items));
        }
        case SelectShape::Kind::Map: return keyed(shape, Value::map({}), 0);
        case SelectShape::Kind::Struct: return keyed(shape, structOf(shape.module), 0);
        case SelectShape::Kind::MapUpdate: {
            if (shape.children.empty())
                return Value::nil();
            Result<Value> base = build(*shape.children[0]);
            return base ? keyed(shape, *base, 1) : base;
        }
        case SelectShape::Kind::Merge: {
            std::vector<Value> sides;
            if (Result<Value> ok = children(shape, 0, sides); !ok)
                return ok;
            if (sides.size() != 2 || !(sides[0].isMap() || sides[0].isStruct()) || !(sides[1].isMap() || sides[1].isStruct()))
                return Error{QStringLiteral("merge/2 in select expects two maps"), QStringLiteral("ArgumentError")};
            Value out = sides[0];
            for (const auto &[k, v] : sides[1].pairs())
                out = out.put(k, v);
            return out;
        }
        }
        return Value::nil();
    }
};

} // namespace

Result<std::vector<Value>> QueryResultLoader::load(const SelectShape &shape, const db::QueryRows &rows, db::Dialect dialect,
                                                    interpreter::Interpreter &interpreter)
{
    std::vector<Value> out;
    out.reserve(size_t(rows.rows.size()));
    for (const QVariantList &row : rows.rows) {
        Result<Value> v = RowLoad{row, dialect, interpreter}.build(shape);
        if (!v)
            return v.failure();
        out.push_back(*v);
    }
    return out;
}

} // namespace ectowb::query
