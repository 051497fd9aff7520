#include "schemaextractor.h"

#include <QRegularExpression>

using ectowb::elixir::Ast;
using ectowb::project::AliasScope;
using ectowb::project::ElixirModule;

namespace ectowb::schema {

namespace {
constexpr int kMaxExpansionDepth = 16; // a macro that expands to itself must not hang us

QString callLabel(const Ast &call)
{
    const QString name = call.callName();
    return name.isEmpty() ? QStringLiteral("an expression")
                          : QStringLiteral("%1/%2").arg(name).arg(call.args().size());
}
} // namespace

QString SchemaExtractor::lastSegment(const QString &module)
{
    return module.mid(module.lastIndexOf(QLatin1Char('.')) + 1);
}

bool SchemaExtractor::boolOption(const Ast &opts, QStringView key, bool fallback)
{
    const Ast v = opts.keywordValue(key);
    if (v.isAtom(u"true"))
        return true;
    if (v.isAtom(u"false"))
        return false;
    return fallback;
}

QString SchemaExtractor::atomOption(const Ast &opts, QStringView key)
{
    return opts.keywordValue(key).atomName();
}

Ast SchemaExtractor::optionsArg(const Ast &call, size_t index)
{
    const auto &args = call.args();
    if (args.size() > index && args[index].isList() && !args[index].keywordValue(u"do").isValid())
        return args[index];
    return Ast::list({});
}

Ast SchemaExtractor::doBlock(const Ast &call)
{
    for (const Ast &arg : call.args()) {
        if (arg.isList()) {
            const Ast block = arg.keywordValue(u"do");
            if (block.isValid())
                return block;
        }
    }
    return Ast();
}


SchemaExtractor::SchemaExtractor(Expander expander, PrimaryKeyLookup primaryKeys, ConfigLookup config)
    : m_expander(std::move(expander)), m_primaryKeys(std::move(primaryKeys)), m_config(std::move(config))
{
}

// Application.compile_env(app, key_or_path, default) and its siblings, evaluated
// against the project's config/*.exs when the module compiles; nullopt when the
// call is none of them.
std::optional<Ast> SchemaExtractor::applicationEnv(const Ast &call, const State &state) const
{
    if (!call.isCall() || !call.callForm().isCall(u".", 2) || call.args().size() < 2
        || state.scope.expand(call.callForm().args()[0]) != QLatin1String("Application"))
        return std::nullopt;
    const QString fun = call.callForm().args()[1].atomName();
    if (fun != QLatin1String("compile_env") && fun != QLatin1String("compile_env!") && fun != QLatin1String("get_env")
        && fun != QLatin1String("fetch_env!"))
        return std::nullopt;
    const Ast &app = call.args()[0];
    QStringList path;
    const auto keyName = [&](const Ast &key) {
        return key.isAtom() ? key.atomName() : state.scope.expand(key);
    };
    if (call.args()[1].isList()) {
        for (const Ast &key : call.args()[1].elements())
            path << keyName(key);
    } else {
        path << keyName(call.args()[1]);
    }
    if (app.isAtom() && !path.contains(QString()) && m_config) {
        if (const std::optional<Ast> configured = m_config(app.atomName(), path))
            return resolve(*configured, state);
    }
    return call.args().size() > 2 ? resolve(call.args()[2], state) : Ast::nil();
}

QString SchemaExtractor::underscore(const QString &name)
{
    // Macro.underscore/1, character for character: an upper-case letter starts a new
    // word when it follows a lower-case letter or digit, or when it begins the last
    // capital of an acronym (`HTTPServer` -> `http_server`).
    QString out;
    const auto isUpper = [](QChar c) { return c >= QLatin1Char('A') && c <= QLatin1Char('Z'); };
    const auto isDigit = [](QChar c) { return c >= QLatin1Char('0') && c <= QLatin1Char('9'); };
    for (qsizetype i = 0; i < name.size(); ++i) {
        const QChar c = name[i];
        if (c == QLatin1Char('.')) {
            out += QLatin1Char('/');
            continue;
        }
        if (i > 0 && isUpper(c)) {
            const QChar prev = name[i - 1];
            const bool nextLower = i + 1 < name.size() && !isUpper(name[i + 1]) && !isDigit(name[i + 1])
                                   && name[i + 1] != QLatin1Char('.') && name[i + 1] != QLatin1Char('_');
            if ((nextLower && prev != QLatin1Char('.')) || (!isUpper(prev) && prev != QLatin1Char('_') && prev != QLatin1Char('.')))
                out += QLatin1Char('_');
        }
        out += c.toLower();
    }
    return out;
}

Ast SchemaExtractor::resolve(const Ast &expr, const State &state) const
{
    // @attr
    if (expr.isCall(u"@", 1) && expr.args()[0].isCall()) {
        const auto it = state.attributes.constFind(expr.args()[0].callName());
        return it == state.attributes.constEnd() ? expr : *it;
    }
    // ~w(a b c)a
    if (expr.isCall(u"sigil_w", 2) && expr.args()[0].isCall(u"<<>>") && expr.args()[0].args().size() == 1
        && expr.args()[0].args()[0].isString()) {
        const QString words = expr.args()[0].args()[0].text();
        bool atoms = false;
        for (const Ast &m : expr.args()[1].elements())
            atoms = atoms || (m.isInteger() && m.integerValue() == 'a');
        std::vector<Ast> items;
        for (const QString &w : words.split(QRegularExpression(QStringLiteral("\\s+")), Qt::SkipEmptyParts))
            items.push_back(atoms ? Ast::atom(w) : Ast::string(w));
        return Ast::list(std::move(items));
    }
    if (expr.isList()) {
        std::vector<Ast> items;
        for (const Ast &e : expr.elements())
            items.push_back(e.isTuple() ? Ast::tuple(e.elements()[0], resolve(e.elements()[1], state)) : resolve(e, state));
        return Ast::list(std::move(items));
    }
    if (expr.isTuple())
        return Ast::tuple(resolve(expr.elements()[0], state), resolve(expr.elements()[1], state));
    if (expr.isCall(u"{}")) {
        std::vector<Ast> items;
        for (const Ast &e : expr.args())
            items.push_back(resolve(e, state));
        return expr.withArgs(std::move(items));
    }
    if (const std::optional<Ast> configured = applicationEnv(expr, state))
        return *configured;
    return expr;
}

QList<Schema> SchemaExtractor::extract(const ElixirModule &module) const
{
    State state;
    state.module = &module;
    state.scope = module.scope;
    for (const Ast &stmt : module.body)
        runStatement(stmt, state, 0);
    QList<Schema> out;
    if (state.schema)
        out.append(*state.schema);
    out.append(state.extra);
    return out;
}

void SchemaExtractor::runStatement(const Ast &stmt, State &state, int depth) const
{
    if (depth > kMaxExpansionDepth || !stmt.isCall())
        return;
    const QString name = stmt.callName();
    if (name == QLatin1String("@") && stmt.args().size() == 1 && stmt.args()[0].isCall()
        && stmt.args()[0].args().size() == 1) {
        const Ast &attr = stmt.args()[0];
        state.attributes.insert(attr.callName(), resolve(attr.args()[0], state));
    } else if (name == QLatin1String("alias")) {
        state.scope.apply(stmt);
    } else if (name == QLatin1String("use") && !stmt.args().empty()) {
        const QString used = state.scope.expand(stmt.args()[0]);
        if (used == QLatin1String("Ecto.Schema") || used == QLatin1String("TypedEctoSchema")) {
            state.usesEctoSchema = true;
        } else if (m_expander) {
            if (const auto expanded = m_expander(stmt, state.scope)) {
                for (const Ast &s : *expanded)
                    runStatement(s, state, depth + 1);
            }
        }
    } else if ((name == QLatin1String("schema") || name == QLatin1String("typed_schema")) && state.usesEctoSchema) {
        startSchema(stmt, false, state);
        runSchemaBlock(doBlock(stmt).blockStatements(), state, depth);
    } else if ((name == QLatin1String("embedded_schema") || name == QLatin1String("typed_embedded_schema"))
               && state.usesEctoSchema) {
        startSchema(stmt, true, state);
        runSchemaBlock(doBlock(stmt).blockStatements(), state, depth);
    } else if (name == QLatin1String("defmodule") && !stmt.args().empty() && stmt.args()[0].isCall(u"__aliases__")
               && !stmt.args()[0].args().empty() && stmt.args()[0].args()[0].isAtom()) {
        // A nested module is aliased by its first segment from here on.
        const QString first = stmt.args()[0].args()[0].atomName();
        state.scope.addAlias(first, state.module->name + QLatin1Char('.') + first);
    } else if (name == QLatin1String("__block__")) {
        for (const Ast &s : stmt.args())
            runStatement(s, state, depth);
    }
}

void SchemaExtractor::runSchemaBlock(elixir::AstSpan stmts, State &state, int depth) const
{
    for (const Ast &stmt : stmts)
        schemaStatement(stmt, state, depth);
}

void SchemaExtractor::schemaStatement(const Ast &raw, State &state, int depth) const
{
    // TypedEctoSchema writes `field(:name, :string) :: String.t()`: the field is on the left.
    const Ast stmt = raw.isCall(u"::", 2) ? raw.args()[0] : raw;
    if (!stmt.isCall() || !state.schema)
        return;
    const QString name = stmt.callName();
    if (name == QLatin1String("field"))
        addField(stmt, state);
    else if (name == QLatin1String("belongs_to"))
        addBelongsTo(stmt, state);
    else if (name == QLatin1String("has_many") || name == QLatin1String("has_one"))
        addHas(stmt, name == QLatin1String("has_many"), state);
    else if (name == QLatin1String("many_to_many"))
        addManyToMany(stmt, state);
    else if (name == QLatin1String("embeds_one") || name == QLatin1String("embeds_many"))
        addEmbed(stmt, name == QLatin1String("embeds_many"), state);
    else if (name == QLatin1String("polymorphic_embeds_one") || name == QLatin1String("polymorphic_embeds_many"))
        addPolymorphicEmbed(stmt, name == QLatin1String("polymorphic_embeds_many"), state);
    else if (name == QLatin1String("timestamps"))
        addTimestamps(stmt, state);
    else if (name == QLatin1String("@") || name == QLatin1String("alias"))
        runStatement(stmt, state, depth);
    else if (name == QLatin1String("__block__"))
        runSchemaBlock(stmt.args(), state, depth);
    else if (depth < kMaxExpansionDepth && m_expander) {
        if (const auto expanded = m_expander(stmt, state.scope)) {
            runSchemaBlock(*expanded, state, depth + 1);
            return;
        }
        state.schema->unresolved.append({QStringLiteral("macro %1").arg(callLabel(stmt)), stmt.pos()});
    } else {
        state.schema->unresolved.append({QStringLiteral("macro %1").arg(callLabel(stmt)), stmt.pos()});
    }
}

void SchemaExtractor::startSchema(const Ast &call, bool embedded, State &state) const
{
    Schema s;
    s.module = state.module->name;
    s.file = state.module->file;
    s.pos = call.pos();
    s.embedded = embedded;
    // `schema "posts"` or `schema @table_name`: the source is whatever the argument
    // evaluates to when the module compiles.
    if (!embedded && !call.args().empty()) {
        const Ast source = resolve(call.args()[0], state);
        if (source.isString())
            s.source = source.text();
        else
            s.unresolved.append({QStringLiteral("source of the schema"), call.pos()});
    }
    const Ast prefix = state.attributes.value(QStringLiteral("schema_prefix"));
    if (prefix.isString())
        s.prefix = prefix.text();
    else if (prefix.isAtom() && !prefix.isAtom(u"nil"))
        s.prefix = prefix.atomName();

    // @primary_key: false, {name, type, opts}, or Ecto's default, which differs for
    // embedded schemas ({:id, :binary_id, autogenerate: true}).
    const Ast pk = state.attributes.value(QStringLiteral("primary_key"));
    Ast pkName = Ast::atom(QStringLiteral("id"));
    Ast pkType = Ast::atom(embedded ? QStringLiteral("binary_id") : QStringLiteral("id"));
    Ast pkOpts = Ast::list({Ast::tuple(Ast::atom(QStringLiteral("autogenerate")), Ast::boolean(true))});
    bool hasPk = !pk.isAtom(u"false");
    if (pk.isCall(u"{}", 3)) {
        pkName = pk.args()[0];
        pkType = pk.args()[1];
        pkOpts = pk.args()[2];
    } else if (pk.isTuple()) {
        pkName = pk.elements()[0];
        pkType = pk.elements()[1];
        pkOpts = Ast::list({});
    }
    state.schema = s;
    if (hasPk && pkName.isAtom()) {
        Field f;
        f.name = pkName.atomName();
        f.type = resolveType(pkType, pkOpts, state);
        f.source = atomOption(pkOpts, u"source");
        if (f.source.isEmpty())
            f.source = f.name;
        f.primaryKey = true;
        f.autogenerate = boolOption(pkOpts, u"autogenerate", false);
        f.pos = call.pos();
        state.schema->fields.append(f);
        state.schema->primaryKey.append(f.name);
    }
}

EctoType SchemaExtractor::resolveType(const Ast &rawType, const Ast &opts, State &state) const
{
    const Ast type = resolve(rawType, state);
    if (type.isAtom())
        return EctoType::primitive(type.atomName());
    if (type.isTuple() && type.elements()[0].isAtom()) {
        const QString outer = type.elements()[0].atomName();
        const EctoType inner = resolveType(type.elements()[1], opts, state); // {:array, Ecto.Enum}, values: ...
        if (outer == QLatin1String("array"))
            return EctoType::array(inner);
        if (outer == QLatin1String("map"))
            return EctoType::map(inner);
    }
    const QString module = state.scope.expand(type);
    if (module == QLatin1String("Ecto.Enum")) {
        QList<EctoType::EnumValue> values;
        const Ast valueList = resolve(opts.keywordValue(u"values"), state);
        for (const Ast &v : valueList.elements()) {
            if (v.isAtom())
                values.append({v.atomName(), v.atomName()});
            else if (v.isTuple() && v.elements()[1].isInteger())
                values.append({v.elements()[0].atomName(), QVariant(v.elements()[1].integerValue())});
            else if (v.isTuple() && v.elements()[1].isString())
                values.append({v.elements()[0].atomName(), v.elements()[1].text()});
        }
        return EctoType::enumeration(values);
    }
    if (!module.isEmpty())
        return EctoType::custom(module);
    if (state.schema)
        state.schema->unresolved.append({QStringLiteral("type of a field"), rawType.pos()});
    return EctoType();
}

void SchemaExtractor::addField(const Ast &call, State &state) const
{
    const auto &args = call.args();
    if (args.empty() || !args[0].isAtom()) {
        state.schema->unresolved.append({QStringLiteral("field with a computed name"), call.pos()});
        return;
    }
    const Ast typeAst = args.size() > 1 && !args[1].isKeywordList() ? args[1] : Ast::atom(QStringLiteral("string"));
    Ast opts = Ast::list({});
    if (args.size() > 1 && args.back().isKeywordList())
        opts = resolve(args.back(), state);
    Field f;
    f.name = args[0].atomName();
    f.type = resolveType(typeAst, opts, state);
    f.source = atomOption(opts, u"source");
    if (f.source.isEmpty())
        f.source = f.name;
    f.defaultValue = opts.keywordValue(u"default");
    f.options = opts;
    f.isVirtual = boolOption(opts, u"virtual", false);
    f.primaryKey = boolOption(opts, u"primary_key", false);
    f.redact = boolOption(opts, u"redact", false);
    f.readAfterWrites = boolOption(opts, u"read_after_writes", false);
    f.autogenerate = boolOption(opts, u"autogenerate", false);
    f.loadInQuery = boolOption(opts, u"load_in_query", true);
    f.pos = call.pos();
    if (f.isVirtual) {
        state.schema->virtualFields.append(f);
        return;
    }
    if (f.primaryKey)
        state.schema->primaryKey.append(f.name);
    state.schema->fields.append(f);
}

void SchemaExtractor::addTimestamps(const Ast &call, State &state) const
{
    // Options given to timestamps/1 win over @timestamps_opts, key by key.
    const Ast given = resolve(optionsArg(call, 0), state);
    const Ast defaults = state.attributes.value(QStringLiteral("timestamps_opts"));
    const auto option = [&](QStringView key) {
        const Ast v = given.keywordValue(key);
        return v.isValid() ? v : defaults.keywordValue(key);
    };
    const Ast type = option(u"type");
    const EctoType ectoType = type.isValid() ? resolveType(type, Ast::list({}), state)
                                             : EctoType::primitive(QStringLiteral("naive_datetime"));
    const auto add = [&](QStringView key, const QString &fallback, QStringView sourceKey) {
        const Ast v = option(key);
        if (v.isAtom(u"false"))
            return;
        Field f;
        f.name = v.isAtom() && !v.isAtom(u"true") && !v.isAtom(u"nil") ? v.atomName() : fallback;
        f.type = ectoType;
        f.source = option(sourceKey).atomName();
        if (f.source.isEmpty())
            f.source = f.name;
        f.autogenerate = true;
        f.pos = call.pos();
        state.schema->fields.append(f);
        (key == u"inserted_at" ? state.schema->insertedAt : state.schema->updatedAt) = f.name;
    };
    add(u"inserted_at", QStringLiteral("inserted_at"), u"inserted_at_source");
    add(u"updated_at", QStringLiteral("updated_at"), u"updated_at_source");
}

} // namespace ectowb::schema
