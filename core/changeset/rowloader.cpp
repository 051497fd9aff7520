#include "rowloader.h"

#include "repostatement.h"
#include "typecaster.h"
#include "valuecodec.h"

#include "adaptererror.h"

namespace ectowb::changeset {

using value::Term;

Result<Term> RowLoader::load(db::Connection &connection, const ChangesetSchema &schema, const Term &key)
{
    if (schema.source.isEmpty())
        return Error{QStringLiteral("%1 is an embedded schema: it has no table to load a row from").arg(schema.module)};
    if (schema.primaryKey.size() != 1)
        return Error{QStringLiteral("Ecto.Repo.get/2 needs a schema with exactly one primary key; %1 has %2")
                         .arg(schema.module)
                         .arg(schema.primaryKey.size())};
    const QString keyField = schema.primaryKey.first();
    const schema::Field *keyDef = schema.field(keyField);
    const CastOutcome cast = keyDef ? TypeCaster::cast(keyDef->type, key) : CastOutcome{};
    if (!cast.ok || cast.value.isNil())
        return Error{QStringLiteral("value `%1` cannot be cast to type %2 in query")
                         .arg(key.toElixirString(), keyDef ? keyDef->type.toElixir() : QStringLiteral("?")), QStringLiteral("Ecto.Query.CastError")};
    Result<RepoStatement> select = RepoStatement::select(schema, {{keyField, cast.value}}, connection.dialect());
    if (!select)
        return select.failure();
    const RepoStatement::Outcome executed = select->execute(connection);
    if (!executed.ok)
        return AdapterError::exception(executed.error, connection.dialect());
    if (executed.rows.rows.isEmpty())
        return Error{QStringLiteral("expected at least one result but got none (%1 with %2 %3)")
                         .arg(schema.module, keyField, cast.value.toElixirString()), QStringLiteral("Ecto.NoResultsError")};
    const QVariantList &row = executed.rows.rows.first();
    std::vector<Term::Pair> fields;
    for (int i = 0; i < select->returning.size() && i < row.size(); ++i) {
        const schema::Field *f = schema.field(select->returning[i]);
        Result<Term> value = ValueCodec::load(f->type, row[i], connection.dialect());
        if (!value)
            return Error{QStringLiteral("%1 (field %2)").arg(value.error(), f->name)};
        fields.emplace_back(Term::string(f->name), *value);
    }
    return Term::map(std::move(fields));
}

} // namespace ectowb::changeset
