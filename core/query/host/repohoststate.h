#pragma once

// Internal to RepoHost (repohost*.cpp): what the Repo host functions share.

#include "querycontext.h"

#include "changeset/changesethost.h"
#include "interpreter/value.h"

#include <memory>
#include <optional>

namespace ectowb::interpreter {
class Interpreter;
}

namespace ectowb::query::repo {

// A struct or changeset given to insert/update/delete: its schema, fields and changes.
struct Row
{
    const schema::Schema *schema = nullptr;
    std::vector<std::pair<QString, Term>> data;
    std::vector<std::pair<QString, Term>> changes;
    bool changeset = false;
    bool valid = true;

    std::optional<Term> value(const QString &field) const; // the change, or the data
    bool changed(const QString &field) const;
};

// Shared by insert and insert_all (repohost.cpp): the atoms of an atom or a list,
// and the on_conflict:/conflict_target: options of `opts` put on an INSERT (after
// its table, prefix and header are set).
QStringList fieldNames(const interpreter::Value &v);
Result<bool> onConflict(RepoStatement &s, const interpreter::Value &opts, const schema::Schema *schema,
                        const QueryContext &context);
// Ecto.Query.Builder.Update.update!/4: a keyword list of updates given at runtime
// (`update: ^kw`), one parameter per value, typed by its field, in the order given.
Result<UpdateClause> runtimeUpdate(const interpreter::Value &updates);

struct RepoState
{
    std::shared_ptr<QueryContext> context;
    std::shared_ptr<changeset::ChangesetHost::Context> changesets;
    interpreter::Interpreter *interpreter = nullptr; // the one of the call being answered

    // What a read just recorded returns: Repo.all's list when its rows are known (a
    // migration applied live), an empty list offline.
    Result<interpreter::Value> all();
    // Repo.one/get/get_by (and their ! forms) on the read just recorded, as
    // Ecto.Repo.Queryable.one/3: the row, nil, or the exception Ecto raises. Offline
    // a ! form raises after the query was sent.
    Result<interpreter::Value> one(bool bang);

    Result<interpreter::Value> raise(const QString &exception, const QString &message);
    Result<std::shared_ptr<Query>> query(const interpreter::Value &v) const;
    // `prefix:` of the call's options, put on the query as Ecto.Repo.Queryable does
    void record(QueryPtr q, Operation op, const QString &prefix = QString());
    // The `prefix:` option of a Repo call (its last argument when a keyword list),
    // `fallback` when the option is absent.
    static QString prefixOption(const std::vector<interpreter::Value> &args, const QString &fallback = QString());
    Result<const schema::Schema *> fromSchema(const Query &q, const char *function) const;
    Result<Row> row(const interpreter::Value &v) const;
    // Ecto.Repo.Schema dump_field!/6 for a value a write sends to `column`: the value
    // as it goes (a project Ecto.Type's dump/1, typed by its type/0), or the
    // Ecto.ChangeError of a value its field's type does not dump (`action` as Ecto
    // names it).
    Result<TypedValue> dumped(const schema::Schema &schema, const char *action, const schema::Field &field,
                              const Term &value, const QString &column) const;
    // The primary key of the row as the WHERE of an update or delete (`action`).
    Result<bool> primaryKeyFilters(const schema::Schema &schema, const Row &r, RepoStatement &s, const char *action) const;

    Result<interpreter::Value> get(const std::vector<interpreter::Value> &args, bool bang);
    Result<interpreter::Value> getBy(const std::vector<interpreter::Value> &args, bool bang);
    Result<interpreter::Value> aggregate(const std::vector<interpreter::Value> &args);
    Result<interpreter::Value> exists(const std::vector<interpreter::Value> &args);
    Result<interpreter::Value> insert(const std::vector<interpreter::Value> &args);
    Result<interpreter::Value> insertAll(const std::vector<interpreter::Value> &args);
    Result<interpreter::Value> update(const std::vector<interpreter::Value> &args);
    Result<interpreter::Value> remove(const std::vector<interpreter::Value> &args);
    Result<interpreter::Value> updateAll(const std::vector<interpreter::Value> &args);
    Result<interpreter::Value> deleteAll(const std::vector<interpreter::Value> &args);
    Result<interpreter::Value> preload(const std::vector<interpreter::Value> &args);
    Result<interpreter::Value> reload(const std::vector<interpreter::Value> &args, bool bang);
    Result<interpreter::Value> transaction(const std::vector<interpreter::Value> &args, interpreter::Interpreter &interpreter,
                                           const QString &repo);
    Result<interpreter::Value> runMulti(const interpreter::Value &multi, interpreter::Interpreter &interpreter,
                                        const QString &repo);
};

interpreter::Value tuple2(const char *tag, const interpreter::Value &v);


} // namespace ectowb::query::repo
