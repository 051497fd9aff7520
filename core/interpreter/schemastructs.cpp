// Struct defaults of Ecto schema modules, from core/schema's extractor.
#include "machine.h"

#include "schema/schemaextractor.h"

namespace ectowb::interpreter {

void Machine::loadSchemaFields(ModuleInfo &info, const project::ElixirModule &module)
{
    if (info.hasStruct)
        return;
    const QList<schema::Schema> schemas = schema::SchemaExtractor().extract(module);
    for (const schema::Schema &s : schemas) {
        if (s.module != module.name)
            continue;
        info.hasStruct = true;
        for (const schema::Field &field : s.fields)
            info.structFields.emplace_back(field.name, field.defaultValue.isValid() ? field.defaultValue : elixir::Ast::nil());
        for (const schema::Field &field : s.virtualFields)
            info.structFields.emplace_back(field.name, field.defaultValue.isValid() ? field.defaultValue : elixir::Ast::nil());
        for (const schema::Association &assoc : s.associations)
            info.structFields.emplace_back(assoc.name, elixir::Ast::nil());
        for (const schema::Embed &embed : s.embeds)
            info.structFields.emplace_back(embed.name, elixir::Ast::nil());
    }
}

void Machine::defineStruct(const QString &module, const std::vector<std::pair<QString, elixir::Ast>> &fields)
{
    ModuleInfo &info = m_modules[module];
    if (info.hasStruct)
        return;
    if (info.name.isEmpty())
        info.name = module;
    info.hasStruct = true;
    info.structFields = fields;
}

} // namespace ectowb::interpreter
