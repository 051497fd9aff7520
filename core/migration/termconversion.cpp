#include "termconversion.h"

#include <QHash>
#include <QRegularExpression>
#include <QStringList>

namespace ectowb::migration {

namespace {

Error bad(const QString &what, const Term &value)
{
    return Error{QStringLiteral("invalid %1: %2").arg(what, value.inspect())};
}

std::optional<QString> optionalText(const Term &opts, const QString &key)
{
    const auto value = opts.get(key);
    if (!value || value->isNil())
        return std::nullopt;
    return value->toElixirString();
}

Result<std::vector<IndexColumn>> indexColumns(const Term &term)
{
    std::vector<IndexColumn> out;
    const std::vector<Term> items = term.isList() ? term.elements() : std::vector<Term>{term};
    for (const Term &item : items) {
        if (item.isAtom())
            out.push_back({item.atomName(), false});
        else if (item.isString())
            out.push_back({item.text(), true});
        else
            return bad(QStringLiteral("index column"), item);
    }
    return out;
}

} // namespace

Result<QString> TermConversion::name(const Term &term)
{
    if ((term.isAtom() && !term.isNil()) || term.isString())
        return term.text();
    return bad(QStringLiteral("name"), term);
}

Result<Table> TermConversion::table(const Term &term)
{
    if (!term.isStruct(QStringLiteral("Table")))
        return bad(QStringLiteral("table"), term);
    Table t;
    auto n = name(term.get(QStringLiteral("name")).value_or(Term()));
    if (!n)
        return n.failure();
    t.name = *n;
    t.prefix = optionalText(term, QStringLiteral("prefix")).value_or(QString());
    t.comment = optionalText(term, QStringLiteral("comment"));
    if (auto options = term.get(QStringLiteral("options")); options && !options->isNil())
        t.options = *options;
    return t;
}

Result<std::optional<ColumnChange>> TermConversion::primaryKeyColumn(const Term &tableTerm)
{
    const Term pk = tableTerm.get(QStringLiteral("primary_key")).value_or(Term::boolean(true));
    if (pk.isAtom(QStringLiteral("false")))
        return std::optional<ColumnChange>();
    ColumnChange column;
    column.kind = ColumnChange::Kind::Add;
    column.column = QStringLiteral("id");
    column.type = ColumnType::atom(QStringLiteral("bigserial"));
    if (pk.isKeyword()) {
        // Ecto's pk_opts_to_tuple: name and type come out, the rest are column options.
        std::vector<Term> rest;
        for (const Term &entry : pk.elements()) {
            const QString key = entry.elements()[0].atomName();
            if (key == QLatin1String("name")) {
                auto n = name(entry.elements()[1]);
                if (!n)
                    return n.failure();
                column.column = *n;
            } else if (key == QLatin1String("type")) {
                auto type = columnType(entry.elements()[1]);
                if (!type)
                    return type.failure();
                column.type = *type;
            } else {
                rest.push_back(entry);
            }
        }
        auto options = columnOptions(Term::list(rest));
        if (!options)
            return options.failure();
        column.options = *options;
    } else if (!pk.isTrue()) {
        return Error{QStringLiteral(":primary_key option must be either a boolean or a keyword list of options")};
    }
    column.options.primaryKey = true;
    return std::optional<ColumnChange>(column);
}

Result<Index> TermConversion::index(const Term &term)
{
    if (!term.isStruct(QStringLiteral("Index")))
        return bad(QStringLiteral("index"), term);
    Index i;
    auto table = name(term.get(QStringLiteral("table")).value_or(Term()));
    if (!table)
        return table.failure();
    i.table = *table;
    auto columns = indexColumns(term.get(QStringLiteral("columns")).value_or(Term::list({})));
    if (!columns)
        return columns.failure();
    i.columns = *columns;
    if (auto include = term.get(QStringLiteral("include")); include && !include->isNil()) {
        auto included = indexColumns(*include);
        if (!included)
            return included.failure();
        i.include = *included;
    }
    i.prefix = optionalText(term, QStringLiteral("prefix")).value_or(QString());
    i.unique = term.get(QStringLiteral("unique")).value_or(Term()).isTrue();
    i.concurrently = term.get(QStringLiteral("concurrently")).value_or(Term()).isTrue();
    i.only = term.get(QStringLiteral("only")).value_or(Term()).isTrue();
    i.using_ = optionalText(term, QStringLiteral("using"));
    i.where = optionalText(term, QStringLiteral("where"));
    i.comment = optionalText(term, QStringLiteral("comment"));
    i.options = optionalText(term, QStringLiteral("options"));
    if (auto nd = term.get(QStringLiteral("nulls_distinct")); nd && nd->isBoolean())
        i.nullsDistinct = nd->isTrue();
    if (auto n = optionalText(term, QStringLiteral("name"))) {
        i.name = *n;
    } else {
        // Ecto's default_index_name: table, columns and "index" joined by "_", with
        // every non-word character of expressions turned into "_".
        QStringList parts{i.table};
        for (const IndexColumn &c : i.columns)
            parts << c.text;
        parts << QStringLiteral("index");
        QString joined = parts.join(QLatin1Char('_'));
        joined.replace(QRegularExpression(QStringLiteral("[^A-Za-z0-9_]")), QStringLiteral("_"));
        while (joined.endsWith(QLatin1Char('_')))
            joined.chop(1);
        i.name = joined;
    }
    return i;
}

Result<Constraint> TermConversion::constraint(const Term &term)
{
    if (!term.isStruct(QStringLiteral("Constraint")))
        return bad(QStringLiteral("constraint"), term);
    Constraint c;
    auto table = name(term.get(QStringLiteral("table")).value_or(Term()));
    auto n = name(term.get(QStringLiteral("name")).value_or(Term()));
    if (!table || !n)
        return Error{table ? n.error() : table.error()};
    c.table = *table;
    c.name = *n;
    c.prefix = optionalText(term, QStringLiteral("prefix")).value_or(QString());
    c.check = optionalText(term, QStringLiteral("check"));
    c.exclude = optionalText(term, QStringLiteral("exclude"));
    c.comment = optionalText(term, QStringLiteral("comment"));
    c.validate = !term.get(QStringLiteral("validate")).value_or(Term()).isAtom(QStringLiteral("false"));
    return c;
}

Result<ForeignKeyAction> TermConversion::action(const Term &term)
{
    using Kind = ForeignKeyAction::Kind;
    static const QHash<QString, Kind> kinds{{QStringLiteral("nothing"), Kind::Nothing},     {QStringLiteral("nil"), Kind::Nothing},
                                            {QStringLiteral("delete_all"), Kind::DeleteAll}, {QStringLiteral("nilify_all"), Kind::NilifyAll},
                                            {QStringLiteral("restrict"), Kind::Restrict},    {QStringLiteral("update_all"), Kind::UpdateAll},
                                            {QStringLiteral("default_all"), Kind::DefaultAll}};
    if (term.isAtom() && kinds.contains(term.atomName()))
        return ForeignKeyAction{kinds.value(term.atomName()), {}};
    if (term.isTuple(2) && (term.elements()[0].isAtom(QStringLiteral("nilify")) || term.elements()[0].isAtom(QStringLiteral("default")))
        && term.elements()[1].isList()) {
        ForeignKeyAction a;
        a.kind = term.elements()[0].isAtom(QStringLiteral("nilify")) ? Kind::NilifyColumns : Kind::DefaultColumns;
        for (const Term &c : term.elements()[1].elements()) {
            auto n = name(c);
            if (!n)
                return n.failure();
            a.columns << *n;
        }
        return a;
    }
    return bad(QStringLiteral("foreign key action"), term);
}

Result<Reference> TermConversion::reference(const Term &term)
{
    Reference r;
    auto table = name(term.get(QStringLiteral("table")).value_or(Term()));
    if (!table)
        return table.failure();
    r.table = *table;
    if (auto column = optionalText(term, QStringLiteral("column")))
        r.column = *column;
    if (auto type = optionalText(term, QStringLiteral("type")))
        r.type = *type;
    r.name = optionalText(term, QStringLiteral("name")).value_or(QString());
    r.prefix = optionalText(term, QStringLiteral("prefix")).value_or(QString());
    r.match = optionalText(term, QStringLiteral("match"));
    r.validate = !term.get(QStringLiteral("validate")).value_or(Term()).isAtom(QStringLiteral("false"));
    for (const QString &key : {QStringLiteral("on_delete"), QStringLiteral("on_update")}) {
        if (auto value = term.get(key)) {
            auto a = action(*value);
            if (!a)
                return a.failure();
            (key == QLatin1String("on_delete") ? r.onDelete : r.onUpdate) = *a;
        }
    }
    if (auto with = term.get(QStringLiteral("with")); with && with->isKeyword()) {
        for (const Term &entry : with->elements()) {
            auto theirs = name(entry.elements()[1]);
            if (!theirs)
                return theirs.failure();
            r.with.emplace_back(entry.elements()[0].atomName(), *theirs);
        }
    }
    return r;
}

Result<ColumnType> TermConversion::columnType(const Term &term)
{
    if (term.isStruct(QStringLiteral("Reference"))) {
        auto ref = reference(term);
        if (!ref)
            return ref.failure();
        ColumnType t;
        t.reference = std::make_shared<const Reference>(*ref);
        return t;
    }
    if (term.isAtom() && !term.isNil())
        return ColumnType::atom(term.atomName());
    if (term.isTuple(2) && term.elements()[0].isAtom()) {
        auto inner = columnType(term.elements()[1]);
        if (!inner)
            return inner;
        return ColumnType{term.elements()[0].atomName(), {*inner}, nullptr};
    }
    return bad(QStringLiteral("column type"), term);
}

Result<ColumnOptions> TermConversion::columnOptions(const Term &keyword)
{
    if (!keyword.isKeyword())
        return bad(QStringLiteral("column options"), keyword);
    ColumnOptions o;
    auto integer = [&](const QString &key) -> std::optional<qint64> {
        const auto v = keyword.get(key);
        return v && v->isInteger() ? std::optional<qint64>(v->integerValue()) : std::nullopt;
    };
    if (auto null = keyword.get(QStringLiteral("null")); null && null->isBoolean())
        o.null = null->isTrue();
    o.defaultValue = keyword.get(QStringLiteral("default"));
    o.size = integer(QStringLiteral("size"));
    o.precision = integer(QStringLiteral("precision"));
    o.scale = integer(QStringLiteral("scale"));
    o.primaryKey = keyword.get(QStringLiteral("primary_key")).value_or(Term()).isTrue();
    o.comment = optionalText(keyword, QStringLiteral("comment"));
    o.collation = optionalText(keyword, QStringLiteral("collation"));
    o.generated = optionalText(keyword, QStringLiteral("generated"));
    if (auto check = keyword.get(QStringLiteral("check")); check && check->isMap()) {
        auto n = optionalText(*check, QStringLiteral("name"));
        auto expr = optionalText(*check, QStringLiteral("expr"));
        if (n && expr)
            o.check = std::make_pair(*n, *expr);
    }
    if (auto from = keyword.get(QStringLiteral("from")); from && !from->isNil()) {
        // {type, opts} when the second element is a keyword list, otherwise a type.
        if (from->isTuple(2) && from->elements()[1].isKeyword() && !from->elements()[0].isAtom(QStringLiteral("array"))
            && !from->elements()[0].isAtom(QStringLiteral("map"))) {
            auto type = columnType(from->elements()[0]);
            auto options = columnOptions(from->elements()[1]);
            if (!type || !options)
                return Error{type ? options.error() : type.error()};
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

} // namespace ectowb::migration
