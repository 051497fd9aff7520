#include "schemaextractor.h"

using ectowb::elixir::Ast;

// Ecto.Schema's association and embed macros (belongs_to, has_one/has_many,
// many_to_many, embeds_one/embeds_many and PolymorphicEmbed's), with the defaults
// Ecto derives for their keys; the rest of the extractor is in schemaextractor.cpp.
namespace ectowb::schema {

namespace {

// `name, Related, ...` of an association macro: the name, where it stands and the
// related schema, or false for a call this reader cannot take (Ecto raises on those
// at compile time). Related may be `{"source", Schema}` for every kind, as
// Ecto.Association.related_from_query/2 takes it; a has :through has none.
bool startAssociation(const Ast &call, Association::Kind kind, const project::AliasScope &scope, Association &a)
{
    const auto &args = call.args();
    if (args.size() < 2 || !args[0].isAtom())
        return false;
    a.kind = kind;
    a.name = args[0].atomName();
    a.pos = call.pos();
    if (!args[1].isKeywordList())
        a.related = scope.expand(args[1].isTuple() ? args[1].elements()[1] : args[1]);
    return true;
}

} // namespace

void SchemaExtractor::addBelongsTo(const Ast &call, State &state) const
{
    Association a;
    if (!startAssociation(call, Association::Kind::BelongsTo, state.scope, a))
        return;
    const Ast opts = resolve(optionsArg(call, 2), state);
    a.ownerKey = atomOption(opts, u"foreign_key");
    if (a.ownerKey.isEmpty())
        a.ownerKey = a.name + QStringLiteral("_id");
    a.relatedKey = atomOption(opts, u"references");
    if (a.relatedKey.isEmpty())
        a.relatedKey = QStringLiteral("id");
    a.where = opts.keywordValue(u"where");
    a.onReplace = atomOption(opts, u"on_replace");
    state.schema->associations.append(a);

    if (!boolOption(opts, u"define_field", true))
        return;
    Field f;
    f.name = a.ownerKey;
    const Ast type = opts.keywordValue(u"type");
    const Ast fkType = state.attributes.value(QStringLiteral("foreign_key_type"));
    f.type = type.isValid() ? resolveType(type, opts, state)
             : fkType.isValid() ? resolveType(fkType, Ast::list({}), state)
                                : EctoType::primitive(QStringLiteral("id"));
    f.source = atomOption(opts, u"source");
    if (f.source.isEmpty())
        f.source = f.name;
    f.primaryKey = boolOption(opts, u"primary_key", false);
    f.pos = call.pos();
    if (f.primaryKey)
        state.schema->primaryKey.append(f.name);
    state.schema->fields.append(f);
}

// The options has_one, has_many and many_to_many share: the where: filter,
// preload_order:, on_delete: (Ecto's default :nothing) and on_replace:.
void SchemaExtractor::readManyOptions(const Ast &opts, Association &a)
{
    a.where = opts.keywordValue(u"where");
    a.preloadOrder = opts.keywordValue(u"preload_order");
    a.onDelete = atomOption(opts, u"on_delete");
    if (a.onDelete.isEmpty())
        a.onDelete = QStringLiteral("nothing");
    a.onReplace = atomOption(opts, u"on_replace");
}

void SchemaExtractor::addHas(const Ast &call, bool many, State &state) const
{
    Association a;
    if (!startAssociation(call, many ? Association::Kind::HasMany : Association::Kind::HasOne, state.scope, a))
        return;
    const auto &args = call.args();
    const Ast through = args[1].isKeywordList() ? args[1].keywordValue(u"through") : Ast();
    if (through.isValid()) {
        a.kind = Association::Kind::HasThrough;
        a.throughMany = many;
        const Ast steps = resolve(through, state);
        for (const Ast &step : steps.elements())
            a.through << step.atomName();
        if (!a.through.isEmpty()) {
            if (const Association *first = state.schema->association(a.through.first()))
                a.ownerKey = first->ownerKey;
        }
        state.schema->associations.append(a);
        return;
    }
    const Ast opts = resolve(optionsArg(call, 2), state);
    a.ownerKey = atomOption(opts, u"references");
    if (a.ownerKey.isEmpty() && !state.schema->primaryKey.isEmpty())
        a.ownerKey = state.schema->primaryKey.first();
    a.relatedKey = atomOption(opts, u"foreign_key");
    if (a.relatedKey.isEmpty())
        a.relatedKey = underscore(lastSegment(state.module->name)) + QLatin1Char('_') + a.ownerKey;
    readManyOptions(opts, a);
    state.schema->associations.append(a);
}

void SchemaExtractor::addManyToMany(const Ast &call, State &state) const
{
    Association a;
    if (!startAssociation(call, Association::Kind::ManyToMany, state.scope, a))
        return;
    const Ast opts = resolve(optionsArg(call, 2), state);
    const Ast joinThrough = opts.keywordValue(u"join_through");
    if (joinThrough.isString()) {
        a.joinThrough = joinThrough.text();
    } else {
        a.joinThrough = state.scope.expand(joinThrough);
        a.joinThroughIsSchema = true;
    }
    const Ast joinKeys = opts.keywordValue(u"join_keys");
    for (const Ast &pair : joinKeys.elements()) {
        if (pair.isTuple())
            a.joinKeys.append({pair.elements()[0].atomName(), pair.elements()[1].atomName()});
    }
    if (a.joinKeys.size() != 2) {
        const QString ownerPk = state.schema->primaryKey.value(0, QStringLiteral("id"));
        const QStringList relatedPks = m_primaryKeys ? m_primaryKeys(a.related) : QStringList();
        const QString relatedPk = relatedPks.value(0, QStringLiteral("id"));
        a.joinKeys = {{underscore(lastSegment(state.module->name)) + QLatin1Char('_') + ownerPk, ownerPk},
                      {underscore(lastSegment(a.related)) + QLatin1Char('_') + relatedPk, relatedPk}};
    }
    a.ownerKey = a.joinKeys[0].second;
    a.relatedKey = a.joinKeys[1].second;
    readManyOptions(opts, a);
    state.schema->associations.append(a);
}

void SchemaExtractor::addEmbed(const Ast &call, bool many, State &state) const
{
    const auto &args = call.args();
    if (args.size() < 2 || !args[0].isAtom())
        return;
    Embed e;
    e.name = args[0].atomName();
    e.kind = many ? Embed::Kind::Many : Embed::Kind::One;
    e.pos = call.pos();
    const Ast block = doBlock(call);
    const Ast opts = resolve(optionsArg(call, 2), state);
    if (block.isValid()) {
        // An inline embed defines the module Parent.Name from its block.
        QString local = state.scope.expand(args[1]);
        // Ecto's expand_nested_module_alias: `Address` is Parent.Address, while
        // `__MODULE__.Address` (or any other expression) is taken as it evaluates.
        const bool nestedAlias = args[1].isCall(u"__aliases__") && !args[1].args().empty() && args[1].args()[0].isAtom();
        if (nestedAlias) {
            QStringList segments;
            for (const Ast &seg : args[1].args())
                segments << seg.atomName();
            local = segments.join(QLatin1Char('.'));
        }
        e.related = nestedAlias ? state.module->name + QLatin1Char('.') + local : local;
        project::ElixirModule inlineModule;
        inlineModule.name = e.related;
        inlineModule.file = state.module->file;
        inlineModule.pos = call.pos();
        inlineModule.scope = state.scope;
        inlineModule.scope.setCurrentModule(e.related);
        Ast pkAttr = opts.keywordValue(u"primary_key");
        std::vector<Ast> body;
        body.push_back(Ast::call(QStringLiteral("use"), call.pos(),
                                 {Ast::atom(QStringLiteral("Elixir.Ecto.Schema"))}));
        if (pkAttr.isValid())
            body.push_back(Ast::call(QStringLiteral("@"), call.pos(),
                                     {Ast::call(QStringLiteral("primary_key"), call.pos(), {pkAttr})}));
        body.push_back(Ast::call(QStringLiteral("embedded_schema"), call.pos(),
                                 {Ast::list({Ast::tuple(Ast::atom(QStringLiteral("do")), block)})}));
        inlineModule.body = std::move(body);
        state.extra.append(extract(inlineModule));
    } else {
        e.related = state.scope.expand(args[1]);
    }
    state.schema->embeds.append(e);
    Field f;
    f.name = e.name;
    f.type = EctoType::embedded(e.related, many);
    f.source = atomOption(opts, u"source");
    if (f.source.isEmpty())
        f.source = f.name;
    f.pos = call.pos();
    state.schema->fields.append(f);
}

void SchemaExtractor::addPolymorphicEmbed(const Ast &call, bool many, State &state) const
{
    const auto &args = call.args();
    if (args.empty() || !args[0].isAtom())
        return;
    Field f;
    f.name = args[0].atomName();
    const EctoType type = EctoType::custom(QStringLiteral("PolymorphicEmbed"));
    f.type = many ? EctoType::array(type) : type;
    f.source = f.name;
    f.pos = call.pos();
    state.schema->fields.append(f);
}

} // namespace ectowb::schema
