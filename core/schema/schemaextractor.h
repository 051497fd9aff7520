#pragma once

#include "schema.h"
#include "project/elixirmodule.h"

#include <QHash>
#include <QList>

#include <functional>
#include <optional>

namespace ectowb::schema {

// Reads Ecto schema modules from their AST into Schema values, applying Ecto's own
// defaults (primary key, foreign key names, join keys, timestamps) so the result is
// what `__schema__/1` reports.
class SchemaExtractor
{
public:
    // Expands a macro call found in a module body or a schema block into the statements
    // it stands for (a `use` wrapper's quote, a project macro); nullopt when unknown.
    using Expander = std::function<std::optional<std::vector<elixir::Ast>>(const elixir::Ast &call,
                                                                          const project::AliasScope &scope)>;
    // The primary key names of another schema module (for default join keys).
    using PrimaryKeyLookup = std::function<QStringList(const QString &module)>;

    // The compile-time config of an application (`Application.compile_env/2,3`):
    // the value at a key path, nullopt when it is not configured.
    using ConfigLookup = std::function<std::optional<elixir::Ast>(const QString &app, const QStringList &path)>;

    SchemaExtractor(Expander expander = {}, PrimaryKeyLookup primaryKeys = {}, ConfigLookup config = {});

    // The schemas the module defines: none when it is not a schema, more than one when
    // it defines inline embeds (`embeds_one :address, Address do ... end`).
    QList<Schema> extract(const project::ElixirModule &module) const;

    // Macro.underscore/1 of a module's last segment: `BlogPost` -> `blog_post`.
    static QString underscore(const QString &name);

private:
    // What reading one module has gathered so far.
    struct State
    {
        const project::ElixirModule *module = nullptr;
        project::AliasScope scope;
        QHash<QString, elixir::Ast> attributes;
        bool usesEctoSchema = false;
        std::optional<Schema> schema;
        QList<Schema> extra;
    };

    // Reading a macro call's options.
    static QString lastSegment(const QString &module);
    static bool boolOption(const elixir::Ast &opts, QStringView key, bool fallback);
    static QString atomOption(const elixir::Ast &opts, QStringView key);
    static void readManyOptions(const elixir::Ast &opts, Association &a);
    // The trailing keyword list of a call (options), or an empty list.
    static elixir::Ast optionsArg(const elixir::Ast &call, size_t index);
    // The `do` block of a call, wherever its keyword list sits.
    static elixir::Ast doBlock(const elixir::Ast &call);

    void runStatement(const elixir::Ast &stmt, State &state, int depth) const;
    void runSchemaBlock(elixir::AstSpan stmts, State &state, int depth) const;
    void schemaStatement(const elixir::Ast &stmt, State &state, int depth) const;
    void startSchema(const elixir::Ast &call, bool embedded, State &state) const;
    void addField(const elixir::Ast &call, State &state) const;
    void addBelongsTo(const elixir::Ast &call, State &state) const;
    void addHas(const elixir::Ast &call, bool many, State &state) const;
    void addManyToMany(const elixir::Ast &call, State &state) const;
    void addEmbed(const elixir::Ast &call, bool many, State &state) const;
    void addPolymorphicEmbed(const elixir::Ast &call, bool many, State &state) const;
    void addTimestamps(const elixir::Ast &call, State &state) const;
    EctoType resolveType(const elixir::Ast &type, const elixir::Ast &opts, State &state) const;
    elixir::Ast resolve(const elixir::Ast &expr, const State &state) const;
    std::optional<elixir::Ast> applicationEnv(const elixir::Ast &call, const State &state) const;

    Expander m_expander;
    PrimaryKeyLookup m_primaryKeys;
    ConfigLookup m_config;
};

} // namespace ectowb::schema
