#include "changesetrunner.h"

#include "projecttypes.h"

// The runner at the Repo's edges: the values a write sends (their project types'
// dump/1) and a row as Repo.get loads it (load/1), both through ProjectTypes with
// the runner's interpreter.
namespace ectowb::changeset {

using value::Term;

Result<void> ChangesetRunner::dumpCustomTypes(Changeset &changeset, const QString &action)
{
    changeset.customDumps.clear();
    if (!changeset.schema)
        return {};
    const ChangesetSchema &schema = *changeset.schema;
    // What the write sends (Ecto.Repo.Schema): an insert every stored field, the
    // changes over the struct's; an update its changes; a delete the primary key.
    std::vector<std::pair<QString, Term>> sent;
    if (action == u"insert") {
        for (const schema::Field &f : schema.fields) {
            if (!f.isVirtual)
                sent.emplace_back(f.name, changeset.field(f.name));
        }
    } else if (action == u"update") {
        sent = changeset.changes;
    } else {
        for (const QString &key : schema.primaryKey)
            sent.emplace_back(key, changeset.dataValue(key));
    }
    for (const auto &[name, value] : sent) {
        const schema::Field *field = schema.field(name);
        if (!field)
            continue;
        const Result<std::optional<CustomDump>> dumped = m_types->dump(schema.module, *field, value, action);
        if (!dumped)
            return dumped.failure();
        if (*dumped)
            changeset.customDumps.insert(name, **dumped);
    }
    return {};
}

Result<Term> ChangesetRunner::loadRow(const QString &module, const Term &row)
{
    const std::shared_ptr<const ChangesetSchema> s = schema(module);
    if (!s || !row.isMap())
        return row;
    std::vector<Term::Pair> out;
    for (const auto &[key, given] : row.pairs()) {
        Term value = given;
        if (const schema::Field *field = s->field(key.text())) {
            const Result<std::optional<Term>> loaded = m_types->load(module, *field, value);
            if (!loaded)
                return loaded.failure();
            if (*loaded)
                value = **loaded;
        }
        out.emplace_back(key, value);
    }
    return Term::map(std::move(out));
}

} // namespace ectowb::changeset
