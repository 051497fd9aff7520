#include "valueconversion.h"

#include "interpreter/valueformat.h"

#include <QHash>
#include <QStringList>

namespace ectowb::migration {

namespace {

Error bad(const QString &what, const Value &value)
{
    return Error{QStringLiteral("invalid %1: %2").arg(what, value.inspect())};
}

// A field or keyword entry through to_string/1; nothing when absent or nil.
std::optional<QString> optionalText(const Value &opts, const QString &key)
{
    const auto value = opts.isList() ? ([&]() -> std::optional<Value> {
        for (const Value &e : opts.elements()) {
            if (e.isTuple(2) && e.elements()[0].isAtom(key))
                return e.elements()[1];
        }
        return std::nullopt;
    })()
                                     : opts.get(key);
    if (!value || value->isNil())
        return std::nullopt;
    Result<QString> text = value->toString();
    return text ? std::optional<QString>(*text) : std::nullopt;
}

std::optional<Value> entry(const Value &opts, const QString &key)
{
    if (!opts.isList())
        return opts.get(key);
    for (const Value &e : opts.elements()) {
        if (e.isTuple(2) && e.elements()[0].isAtom(key))
            return e.elements()[1];
    }
    return std::nullopt;
}

// Index columns: an atom is a column, a string an SQL expression, {direction,
// column} a column with a sort direction.
Result<std::vector<IndexColumn>> indexColumns(const Value &value)
{
    std::vector<IndexColumn> out;
    const std::vector<Value> items = value.isList() ? value.elements() : std::vector<Value>{value};
    for (const Value &item : items) {
        if (item.isAtom()) {
            out.push_back({item.atomName(), false, {}});
        } else if (item.isBinary()) {
            out.push_back({item.text(), true, {}});
        } else if (item.isTuple(2) && item.elements()[0].isAtom()
                   && (item.elements()[1].isAtom() || item.elements()[1].isBinary())) {
            const Value &column = item.elements()[1];
            out.push_back({column.isAtom() ? column.atomName() : column.text(), column.isBinary(),
                           item.elements()[0].atomName()});
        } else {
            return bad(QStringLiteral("index column"), item);
        }
    }
    return out;
}

QString jsonString(const QString &text)
{
    QString out = QStringLiteral("\"");
    for (const QChar c : text) {
        switch (c.unicode()) {
        case '"': out += QStringLiteral("\\\""); break;
        case '\\': out += QStringLiteral("\\\\"); break;
        case '\n': out += QStringLiteral("\\n"); break;
        case '\r': out += QStringLiteral("\\r"); break;
        case '\t': out += QStringLiteral("\\t"); break;
        case '\b': out += QStringLiteral("\\b"); break;
        case '\f': out += QStringLiteral("\\f"); break;
        default:
            if (c.unicode() < 0x20)
                out += QStringLiteral("\\u%1").arg(c.unicode(), 4, 16, QLatin1Char('0'));
            else
                out += c;
        }
    }
    return out + QLatin1Char('"');
}

} // namespace

Result<QString> ValueConversion::name(const Value &value)
{
    if (value.isAtom() && !value.isNil())
        return value.atomName();
    if (value.isBinary())
        return value.text();
    return bad(QStringLiteral("name"), value);
}

std::optional<QString> ValueConversion::toJson(const Value &value)
{
    switch (value.kind()) {
    case Value::Kind::Atom:
        if (value.isNil())
            return QStringLiteral("null");
        return value.isBoolean() ? value.atomName() : jsonString(value.atomName());
    case Value::Kind::Integer: return QString::number(value.integerValue());
    case Value::Kind::Float: return interpreter::formatFloat(value.floatValue());
    case Value::Kind::Binary: return jsonString(value.text());
    case Value::Kind::List: {
        QStringList parts;
        for (const Value &e : value.elements()) {
            auto json = toJson(e);
            if (!json)
                return std::nullopt;
            parts << *json;
        }
        return QLatin1Char('[') + parts.join(QLatin1Char(',')) + QLatin1Char(']');
    }
    case Value::Kind::Map: {
        // The interpreter keeps map pairs in Erlang's order, which Jason follows.
        QStringList parts;
        for (const auto &[k, v] : value.pairs()) {
            Result<QString> key = k.toString();
            auto json = toJson(v);
            if (!key || !json)
                return std::nullopt;
            parts << jsonString(*key) + QLatin1Char(':') + *json;
        }
        return QLatin1Char('{') + parts.join(QLatin1Char(',')) + QLatin1Char('}');
    }
    case Value::Kind::Struct: {
        // Jason encodes Decimal and the calendar structs as their string form.
        Result<QString> text = value.toString();
        return text ? std::optional<QString>(jsonString(*text)) : std::nullopt;
    }
    default: return std::nullopt;
    }
}

Result<Table> ValueConversion::table(const Value &value)
{
    if (!value.isStruct(u"Ecto.Migration.Table"))
        return bad(QStringLiteral("table"), value);
    Table t;
    auto n = name(value.get(QStringLiteral("name")).value_or(Value()));
    if (!n)
        return n.failure();
    t.name = *n;
    t.prefix = optionalText(value, QStringLiteral("prefix")).value_or(QString());
    t.comment = optionalText(value, QStringLiteral("comment"));
    if (auto options = value.get(QStringLiteral("options")); options && !options->isNil())
        t.options = *options;
    return t;
}

Result<Index> ValueConversion::index(const Value &value)
{
    if (!value.isStruct(u"Ecto.Migration.Index"))
        return bad(QStringLiteral("index"), value);
    Index i;
    auto table = name(value.get(QStringLiteral("table")).value_or(Value()));
    if (!table)
        return table.failure();
    i.table = *table;
    auto columns = indexColumns(value.get(QStringLiteral("columns")).value_or(Value::list({})));
    if (!columns)
        return columns.failure();
    i.columns = *columns;
    if (auto include = value.get(QStringLiteral("include")); include && !include->isNil()) {
        auto included = indexColumns(*include);
        if (!included)
            return included.failure();
        i.include = *included;
    }
    i.prefix = optionalText(value, QStringLiteral("prefix")).value_or(QString());
    i.unique = value.get(QStringLiteral("unique")).value_or(Value()).isTrue();
    i.concurrently = value.get(QStringLiteral("concurrently")).value_or(Value()).isTrue();
    i.only = value.get(QStringLiteral("only")).value_or(Value()).isTrue();
    i.using_ = optionalText(value, QStringLiteral("using"));
    i.where = optionalText(value, QStringLiteral("where"));
    i.comment = optionalText(value, QStringLiteral("comment"));
    i.options = optionalText(value, QStringLiteral("options"));
    if (auto nd = value.get(QStringLiteral("nulls_distinct")); nd && nd->isBoolean())
        i.nullsDistinct = nd->isTrue();
    i.name = optionalText(value, QStringLiteral("name")).value_or(QString());
    return i;
}

Result<Constraint> ValueConversion::constraint(const Value &value)
{
    if (!value.isStruct(u"Ecto.Migration.Constraint"))
        return bad(QStringLiteral("constraint"), value);
    Constraint c;
    auto table = name(value.get(QStringLiteral("table")).value_or(Value()));
    auto n = name(value.get(QStringLiteral("name")).value_or(Value()));
    if (!table || !n)
        return table ? n.failure() : table.failure();
    c.table = *table;
    c.name = *n;
    c.prefix = optionalText(value, QStringLiteral("prefix")).value_or(QString());
    c.check = optionalText(value, QStringLiteral("check"));
    c.exclude = optionalText(value, QStringLiteral("exclude"));
    c.comment = optionalText(value, QStringLiteral("comment"));
    c.validate = !value.get(QStringLiteral("validate")).value_or(Value()).isAtom(u"false");
    return c;
}

Result<ForeignKeyAction> ValueConversion::action(const Value &value, bool onDelete)
{
    using Kind = ForeignKeyAction::Kind;
    static const QHash<QString, Kind> deletes{{QStringLiteral("nothing"), Kind::Nothing},
                                              {QStringLiteral("delete_all"), Kind::DeleteAll},
                                              {QStringLiteral("nilify_all"), Kind::NilifyAll},
                                              {QStringLiteral("restrict"), Kind::Restrict},
                                              {QStringLiteral("default_all"), Kind::DefaultAll}};
    static const QHash<QString, Kind> updates{{QStringLiteral("nothing"), Kind::Nothing},
                                              {QStringLiteral("update_all"), Kind::UpdateAll},
                                              {QStringLiteral("nilify_all"), Kind::NilifyAll},
                                              {QStringLiteral("restrict"), Kind::Restrict},
                                              {QStringLiteral("default_all"), Kind::DefaultAll}};
    const QHash<QString, Kind> &kinds = onDelete ? deletes : updates;
    if (value.isAtom() && kinds.contains(value.atomName()))
        return ForeignKeyAction{kinds.value(value.atomName()), {}};
    const bool withColumns = value.isTuple(2) && value.elements()[1].isList()
                             && (value.elements()[0].isAtom(u"nilify") || value.elements()[0].isAtom(u"default"));
    if (onDelete && withColumns) {
        ForeignKeyAction a;
        a.kind = value.elements()[0].isAtom(u"nilify") ? Kind::NilifyColumns : Kind::DefaultColumns;
        for (const Value &c : value.elements()[1].elements()) {
            if (!c.isAtom())
                return bad(QStringLiteral("foreign key action"), value);
            a.columns << c.atomName();
        }
        return a;
    }
    return bad(QStringLiteral("foreign key action"), value);
}

Result<Reference> ValueConversion::reference(const Value &value)
{
    Reference r;
    auto table = name(value.get(QStringLiteral("table")).value_or(Value()));
    if (!table)
        return table.failure();
    r.table = *table;
    if (auto column = optionalText(value, QStringLiteral("column")))
        r.column = *column;
    if (auto type = optionalText(value, QStringLiteral("type")))
        r.type = *type;
    r.name = optionalText(value, QStringLiteral("name")).value_or(QString());
    r.prefix = optionalText(value, QStringLiteral("prefix")).value_or(QString());
    r.match = optionalText(value, QStringLiteral("match"));
    r.validate = !value.get(QStringLiteral("validate")).value_or(Value()).isAtom(u"false");
    for (const bool onDelete : {true, false}) {
        if (auto given = value.get(onDelete ? QStringLiteral("on_delete") : QStringLiteral("on_update"))) {
            auto a = action(*given, onDelete);
            if (!a)
                return a.failure();
            (onDelete ? r.onDelete : r.onUpdate) = *a;
        }
    }
    if (auto with = value.get(QStringLiteral("with")); with && with->isKeyword()) {
        for (const Value &e : with->elements()) {
            auto theirs = name(e.elements()[1]);
            if (!theirs)
                return theirs.failure();
            r.with.emplace_back(e.elements()[0].atomName(), *theirs);
        }
    }
    return r;
}

Result<ColumnType> ValueConversion::columnType(const Value &value)
{
    if (value.isStruct(u"Ecto.Migration.Reference")) {
        auto ref = reference(value);
        if (!ref)
            return ref.failure();
        ColumnType t;
        t.reference = std::make_shared<const Reference>(*ref);
        return t;
    }
    if (value.isAtom() && !value.isNil())
        return ColumnType::atom(value.atomName());
    if (value.isTuple(2) && value.elements()[0].isAtom()) {
        auto inner = columnType(value.elements()[1]);
        if (!inner)
            return inner;
        return ColumnType{value.elements()[0].atomName(), {*inner}, nullptr};
    }
    return bad(QStringLiteral("column type"), value);
}

Result<ColumnOptions> ValueConversion::columnOptions(const Value &keyword)
{
    if (!keyword.isKeyword())
        return bad(QStringLiteral("column options"), keyword);
    ColumnOptions o;
    auto integer = [&](const QString &key) -> std::optional<qint64> {
        const auto v = entry(keyword, key);
        return v && v->isInteger() ? std::optional<qint64>(v->integerValue()) : std::nullopt;
    };
    if (auto null = entry(keyword, QStringLiteral("null")); null && null->isBoolean())
        o.null = null->isTrue();
    o.defaultValue = entry(keyword, QStringLiteral("default"));
    o.size = integer(QStringLiteral("size"));
    o.precision = integer(QStringLiteral("precision"));
    o.scale = integer(QStringLiteral("scale"));
    o.startValue = integer(QStringLiteral("start_value"));
    o.increment = integer(QStringLiteral("increment"));
    o.primaryKey = entry(keyword, QStringLiteral("primary_key")).value_or(Value()).isTrue();
    o.comment = optionalText(keyword, QStringLiteral("comment"));
    o.collation = optionalText(keyword, QStringLiteral("collation"));
    o.collate = optionalText(keyword, QStringLiteral("collate"));
    if (auto generated = entry(keyword, QStringLiteral("generated")); generated && !generated->isNil()) {
        if (generated->isBinary())
            o.generated = generated->text();
        else
            o.invalidGenerated = generated->inspect();
    }
    o.fields = optionalText(keyword, QStringLiteral("fields"));
    if (auto check = entry(keyword, QStringLiteral("check")); check && check->isMap()) {
        auto n = optionalText(*check, QStringLiteral("name"));
        auto expr = optionalText(*check, QStringLiteral("expr"));
        if (n && expr)
            o.check = std::make_pair(*n, *expr);
    }
    if (auto from = entry(keyword, QStringLiteral("from")); from && !from->isNil()) {
        // {type, opts} when the second element is a keyword list, otherwise a type.
        if (from->isTuple(2) && from->elements()[1].isKeyword() && !from->elements()[1].elements().empty()) {
            auto type = columnType(from->elements()[0]);
            auto options = columnOptions(from->elements()[1]);
            if (!type || !options)
                return type ? options.failure() : type.failure();
            o.from = ModifyFrom{*type, std::make_shared<const ColumnOptions>(*options)};
        } else {
            auto type = columnType(*from);
            if (!type)
                return type.failure();
            o.from = ModifyFrom{*type, nullptr};
        }
    }
    return o;
}

Result<ColumnChange> ValueConversion::columnChange(ColumnChange::Kind kind, const Value &column, const Value &type,
                                                   const Value &opts)
{
    ColumnChange change;
    change.kind = kind;
    auto n = name(column);
    if (!n)
        return n.failure();
    change.column = *n;
    if (!type.isNil()) {
        auto t = columnType(type);
        if (!t)
            return t.failure();
        change.type = *t;
    }
    auto options = columnOptions(opts);
    if (!options)
        return options.failure();
    change.options = *options;
    return change;
}

} // namespace ectowb::migration
