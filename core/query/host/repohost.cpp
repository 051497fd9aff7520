// The Repo functions that write, and what reads and writes share; the reads are in
// repohostreads.cpp, Ecto.Multi (which runs through them) in repohostmulti.cpp.
#include "repohost.h"

#include "query/builder/preloadbuilder.h"
#include "querycontext.h"
#include "queryvalue.h"
#include "repohoststate.h"

#include "value/termvalue.h"
#include "changeset/typecaster.h"
#include "changeset/typedumper.h"
#include "changeset/projecttypes.h"
#include "interpreter/interpreter.h"

#include <QDateTime>
#include <QUuid>

#include <algorithm>

namespace ectowb::query::repo {

using interpreter::Interpreter;
using interpreter::Value;

Value tuple2(const char *tag, const Value &v)
{
    return Value::tuple({Value::atom(QString::fromLatin1(tag)), v});
}

Result<Value> RepoState::raise(const QString &exception, const QString &message)
{
    context->raiseAfterSend(exception);
    return Error{message, exception};
}

Result<std::shared_ptr<Query>> RepoState::query(const Value &v) const
{
    return context->toNewQuery(v);
}

QString RepoState::prefixOption(const std::vector<Value> &args, const QString &fallback)
{
    if (args.size() < 2 || !args.back().isKeyword())
        return fallback;
    // Keyword.get/3: the first `prefix:` wins; `prefix: nil` is no prefix at all
    for (const Value &kv : args.back().elements()) {
        if (kv.elements()[0].isAtom(u"prefix"))
            return kv.elements()[1].isBinary() ? kv.elements()[1].text() : QString();
    }
    return fallback;
}

void RepoState::record(QueryPtr q, Operation op, const QString &prefix)
{
    // Ecto.Query.Planner.attach_prefix/2: the option only fills a query prefix not set
    if (!prefix.isEmpty() && q->prefix.isEmpty()) {
        auto copy = std::make_shared<Query>(*q);
        copy->prefix = prefix;
        q = copy;
    }
    RepoStatement s;
    s.kind = RepoStatement::Kind::Query;
    s.query = std::move(q);
    s.operation = op;
    context->record(std::move(s));
}

Result<const schema::Schema *> RepoState::fromSchema(const Query &q, const char *function) const
{
    const schema::Schema *s = q.from.schema.isEmpty() ? nullptr : context->schema(q.from.schema);
    if (!s)
        return Error{QStringLiteral("query in Repo.%1 must have a schema as its source").arg(QLatin1String(function)), QStringLiteral("Ecto.QueryError")};
    return s;
}

// field(x, ^name) == ^value, the value typed by the field.
void addEquals(Query &q, const QString &field, const Term &value)
{
    Clause c;
    Param p;
    p.value = value;
    p.type = QueryType::field(0, field);
    c.params.push_back(std::move(p));
    c.expr = Expr::call(QStringLiteral("=="), {Expr::field(0, field), Expr::param(0)});
    q.wheres.push_back(std::move(c));
}

Result<Row> RepoState::row(const Value &v) const
{
    Row r;
    if (const changeset::Changeset *cs = changeset::ChangesetHost::unwrap(v)) {
        r.schema = cs->schema ? context->schema(cs->schema->module) : nullptr;
        r.data = cs->data;
        r.changes = cs->changes;
        r.changeset = true;
        r.valid = cs->valid;
    } else if (v.isStruct()) {
        r.schema = context->schema(v.structName());
        for (const auto &[k, val] : v.pairs()) {
            Result<Term> t = value::TermValue::fromValue(val);
            if (t)
                r.data.emplace_back(k.atomName(), *t);
        }
    }
    if (!r.schema)
        return Error{QStringLiteral("expected a struct or changeset of an Ecto schema, got: %1").arg(v.inspect()), QStringLiteral("ArgumentError")};
    return r;
}

std::optional<Term> Row::value(const QString &field) const
{
    for (const auto &[k, v] : changes) {
        if (k == field)
            return v;
    }
    for (const auto &[k, v] : data) {
        if (k == field)
            return v;
    }
    return std::nullopt;
}

bool Row::changed(const QString &field) const
{
    return std::any_of(changes.begin(), changes.end(), [&](const auto &c) { return c.first == field; });
}

// NaiveDateTime.utc_now() (or DateTime) at the precision of the timestamp type.
Term now(const schema::EctoType &type)
{
    const QDateTime t = QDateTime::currentDateTimeUtc();
    const bool usec = type.name().endsWith(u"_usec");
    const value::ClockTime time{t.time().hour(), t.time().minute(), t.time().second(),
                                    usec ? t.time().msec() * 1000 : 0, usec ? 6 : 0};
    if (type.name().startsWith(u"utc_datetime"))
        return Term::utcDateTime(t.date(), time);
    return Term::naiveDateTime(t.date(), time);
}

QStringList fieldNames(const Value &v)
{
    QStringList out;
    if (v.isAtom() && !v.isNil())
        out << v.atomName();
    else if (v.isList()) {
        for (const Value &e : v.elements()) {
            if (e.isAtom())
                out << e.atomName();
        }
    }
    return out;
}

// Ecto.Repo.Schema's returning/2, add_read_after_writes/2 and fields_to_sources/2:
// the `returning:` fields (all of them for `true`), then the read_after_writes ones,
// as columns in reverse, since fields_to_sources prepends each.
QStringList returningColumns(const schema::Schema &schema, const std::vector<Value> &args)
{
    QStringList fields;
    for (const Value &kv : args.size() > 1 && args.back().isKeyword() ? args.back().elements() : std::vector<Value>{}) {
        if (!kv.elements()[0].isAtom(u"returning"))
            continue;
        if (kv.elements()[1].isTrue()) {
            for (const schema::Field &f : schema.fields)
                fields << f.name;
        } else {
            fields = fieldNames(kv.elements()[1]);
        }
        break;
    }
    for (const schema::Field &f : schema.fields) {
        if (f.readAfterWrites && !fields.contains(f.name))
            fields << f.name;
    }
    QStringList columns;
    for (const QString &name : fields) {
        const schema::Field *f = schema.field(name);
        columns.prepend(f && !f->source.isEmpty() ? f->source : name);
    }
    return columns;
}

Result<UpdateClause> runtimeUpdate(const Value &updates)
{
    if (!updates.isKeyword())
        return Error{QStringLiteral("malformed update `%1` in query expression").arg(updates.inspect()), QStringLiteral("ArgumentError")};
    UpdateClause u;
    for (const Value &opKv : updates.elements()) {
        const QString op = opKv.elements()[0].atomName();
        if (op != u"set" && op != u"inc" && op != u"push" && op != u"pull")
            return Error{QStringLiteral("unknown key `:%1` in update").arg(op), QStringLiteral("ArgumentError")};
        if (!opKv.elements()[1].isKeyword())
            return Error{QStringLiteral("malformed :%1 in update").arg(op), QStringLiteral("ArgumentError")};
        for (const Value &kv : opKv.elements()[1].elements()) {
            const QString field = kv.elements()[0].atomName();
            Result<Term> t = value::TermValue::fromValue(kv.elements()[1]);
            if (!t)
                return t.failure();
            Param p;
            p.value = *t;
            const QueryType type = QueryType::field(0, field);
            p.type = op == u"push" || op == u"pull" ? QueryType::out(type) : type;
            u.params.push_back(std::move(p));
            u.ops.push_back({op, field, Expr::param(int(u.params.size()) - 1)});
        }
    }
    return u;
}

namespace {

// on_conflict/6 for a keyword list (`from {source, schema}, update: ^kw`) or a query,
// which must read the table of the insert (on_conflict_query/6).
Result<bool> conflictQuery(RepoStatement &s, const Value &on, const schema::Schema *schema, const QueryContext &context)
{
    std::shared_ptr<Query> q;
    if (on.isList()) {
        q = std::make_shared<Query>();
        q->from.kind = Source::Kind::Table;
        q->from.table = s.table;
        if (schema) {
            q->from.schema = schema->module;
            q->from.prefix = schema->prefix;
        }
        Result<UpdateClause> u = runtimeUpdate(on);
        if (!u)
            return u.failure();
        q->updates.push_back(std::move(*u));
    } else {
        Result<std::shared_ptr<Query>> given = context.toNewQuery(on);
        if (!given)
            return given.failure();
        q = *given;
        const bool sameSource = (q->from.kind == Source::Kind::Table || q->from.kind == Source::Kind::Schema)
                                && q->from.table == s.table && q->from.schema == (schema ? schema->module : QString());
        if (!sameSource)
            return Error{QStringLiteral("cannot run on_conflict: query because the query has a different "
                                        "{source, schema} pair than the original struct/changeset/query. Got %1 and %2 "
                                        "respectively")
                             .arg(on.inspect(), schema ? QStringLiteral("{\"%1\", %2}").arg(s.table, schema->module)
                                                       : QStringLiteral("\"%1\"").arg(s.table)), QStringLiteral("ArgumentError")};
    }
    // the insert's prefix is the query prefix (`%{query | prefix: prefix}`)
    q->prefix = s.prefix;
    s.onConflict = QStringLiteral("query");
    s.conflictQuery = std::move(q);
    return true;
}

} // namespace

Result<bool> onConflict(RepoStatement &s, const Value &opts, const schema::Schema *schema, const QueryContext &context)
{
    if (!opts.isKeyword())
        return true;
    const Value conflict = opts.get(Value::atom(QStringLiteral("on_conflict"))).value_or(Value::nil());
    const Value target = [&] {
        for (const Value &kv : opts.elements()) {
            if (kv.elements()[0].isAtom(u"conflict_target"))
                return kv.elements()[1];
        }
        return Value::nil();
    }();
    auto column = [&](const QString &f) {
        const schema::Field *field = schema ? schema->field(f) : nullptr;
        return field && !field->source.isEmpty() ? field->source : f;
    };
    Value on;
    for (const Value &kv : opts.elements()) {
        if (kv.elements()[0].isAtom(u"on_conflict"))
            on = kv.elements()[1];
    }
    Q_UNUSED(conflict);
    for (const QString &f : fieldNames(target))
        s.conflictTarget << column(f);
    if (on.isAtom(u"nothing")) {
        s.onConflict = QStringLiteral("nothing");
    } else if (on.isAtom(u"replace_all")) {
        s.onConflict = QStringLiteral("replace");
        if (!schema)
            s.replaceFields = s.header;
    } else if (on.isTuple(2) && on.elements()[0].isAtom(u"replace")) {
        s.onConflict = QStringLiteral("replace");
        for (const QString &f : fieldNames(on.elements()[1]))
            s.replaceFields << column(f);
    } else if (on.isTuple(2) && on.elements()[0].isAtom(u"replace_all_except")) {
        s.onConflict = QStringLiteral("replace");
        const QStringList except = fieldNames(on.elements()[1]);
        if (!schema) {
            for (const QString &h : s.header) {
                if (!except.contains(h))
                    s.replaceFields << h;
            }
        }
    }
    if ((on.isAtom(u"replace_all") || (on.isTuple(2) && on.elements()[0].isAtom(u"replace_all_except"))) && schema) {
        // Ecto.Repo.Schema replace_all_fields!/3: the schema's updatable fields, which
        // __schema__(:updatable_fields) lists last declared first, less the conflict
        // target (left alone so PostgreSQL can do a HOT update) and, for
        // {:replace_all_except, fields}, those fields
        QStringList remove = fieldNames(target);
        if (on.isTuple(2))
            remove += fieldNames(on.elements()[1]);
        for (auto f = schema->fields.rbegin(); f != schema->fields.rend(); ++f) {
            if (!remove.contains(f->name))
                s.replaceFields << (f->source.isEmpty() ? f->name : f->source);
        }
    }
    if ((on.isList() && !on.elements().empty()) || QueryValue::unwrap(on))
        return conflictQuery(s, on, schema, context);
    return true;
}

Result<Value> RepoState::insert(const std::vector<Value> &args)
{
    Result<Row> r = row(args[0]);
    if (!r)
        return r.failure();
    if (r->changeset && !r->valid)
        return tuple2("error", args[0]);
    const schema::Schema &schema = *r->schema;
    RepoStatement s;
    s.kind = RepoStatement::Kind::Insert;
    s.table = schema.source;
    s.prefix = prefixOption(args, schema.prefix);
    std::vector<std::pair<QString, TypedValue>> values;
    s.returning = returningColumns(schema, args);
    for (const schema::Field &f : schema.fields) {
        std::optional<Term> v = r->value(f.name);
        const bool missing = !v || v->isNil();
        if (f.primaryKey && f.autogenerate && missing) {
            const QString t = f.type.name();
            if (t == u"binary_id" || t == u"uuid" || t == u"Ecto.UUID") {
                // Ecto.UUID.generate/0 on the client, as the adapters' autogenerate(:binary_id) does
                v = Term::string(QUuid::createUuid().toString(QUuid::WithoutBraces));
            } else {
                // autogenerate_id/5: a key the storage generates is returned first
                s.returning.removeAll(f.source);
                s.returning.prepend(f.source);
                continue;
            }
        }
        if (f.autogenerate && !f.primaryKey && missing)
            v = now(f.type);
        if ((!v || v->isNil()) && !r->changed(f.name))
            continue;
        values.emplace_back(f.name, TypedValue{f.source, v.value_or(Term::nil()), f.type});
    }
    std::sort(values.begin(), values.end(), [](const auto &a, const auto &b) { return a.first < b.first; });
    for (auto &[name, v] : values) {
        Result<TypedValue> sent = dumped(schema, "insert", *schema.field(name), v.value, v.column);
        if (!sent)
            return sent.failure();
        v = *sent;
    }
    std::vector<std::optional<TypedValue>> rowValues;
    for (const auto &[name, v] : values) {
        s.header << v.column;
        rowValues.push_back(v);
    }
    s.rows.push_back(std::move(rowValues));
    if (args.size() > 1) {
        if (Result<bool> ok = onConflict(s, args[1], &schema, *context); !ok)
            return ok.failure();
    }
    const bool nothing = s.onConflict == u"nothing";
    const bool returns = !s.returning.isEmpty();
    context->record(std::move(s));
    if (!nothing && returns)
        return raise(QStringLiteral("Ecto.StaleEntryError"), QStringLiteral("attempted to insert a stale struct"));
    return tuple2("ok", args[0]);
}

Result<Value> RepoState::update(const std::vector<Value> &args)
{
    if (!changeset::ChangesetHost::unwrap(args[0]))
        return Error{QStringLiteral("giving a struct to Repo.update/2 is unsupported. Use "
                                    "Ecto.Changeset.change/2 or Ecto.Changeset.cast/4 to build a changeset first"), QStringLiteral("ArgumentError")};
    Result<Row> r = row(args[0]);
    if (!r)
        return r.failure();
    if (!r->valid)
        return tuple2("error", args[0]);
    const schema::Schema &schema = *r->schema;
    std::vector<std::pair<QString, Term>> changes = r->changes;
    if (changes.empty())
        return tuple2("ok", args[0]);
    for (const schema::Field &f : schema.fields) {
        if (f.autogenerate && !f.primaryKey && f.name == u"updated_at" && !r->changed(f.name))
            changes.emplace_back(f.name, now(f.type));
    }
    std::sort(changes.begin(), changes.end(), [](const auto &a, const auto &b) { return a.first < b.first; });
    RepoStatement s;
    s.kind = RepoStatement::Kind::Update;
    s.table = schema.source;
    s.prefix = prefixOption(args, schema.prefix);
    for (const auto &[name, v] : changes) {
        const schema::Field *f = schema.field(name);
        if (!f)
            continue;
        Result<TypedValue> sent = dumped(schema, "update", *f, v, f->source);
        if (!sent)
            return sent.failure();
        s.changes.push_back(*sent);
    }
    if (Result<bool> ok = primaryKeyFilters(schema, *r, s, "update"); !ok)
        return ok.failure();
    s.returning = returningColumns(schema, args);
    context->record(std::move(s));
    return raise(QStringLiteral("Ecto.StaleEntryError"), QStringLiteral("attempted to update a stale struct"));
}

Result<TypedValue> RepoState::dumped(const schema::Schema &schema, const char *action, const schema::Field &field,
                                     const Term &value, const QString &column) const
{
    // A project Ecto.Type, or an array or map of one (ProjectTypes tells which).
    const schema::EctoType::Kind kind = field.type.kind();
    if (interpreter && changesets
        && (kind == schema::EctoType::Kind::Custom || kind == schema::EctoType::Kind::Array || kind == schema::EctoType::Kind::Map)) {
        changeset::ProjectTypes types([this] { return interpreter; }, changesets);
        Result<std::optional<changeset::CustomDump>> custom = types.dump(schema.module, field, value, QLatin1String(action));
        if (!custom)
            return custom.failure();
        if (*custom)
            return TypedValue{column, (*custom)->value, (*custom)->type};
    }
    // Every other value is dumped by its field's type, and one the type does not take
    // raises before anything is sent.
    Result<bool> m = changeset::TypeDumper::matches(field.type, value);
    if (!m)
        return m.failure();
    if (!*m)
        return Error{QStringLiteral("value `%1` for `%2.%3` in `%4` does not match type %5")
                         .arg(value::TermValue::toValue(value).inspect(), schema.module, field.name,
                              QLatin1String(action),
                              value::TermValue::toValue(changeset::TypeCaster::typeTerm(field.type)).inspect()),
                     QStringLiteral("Ecto.ChangeError")};
    return TypedValue{column, value, field.type};
}

Result<bool> RepoState::primaryKeyFilters(const schema::Schema &schema, const Row &r, RepoStatement &s,
                                          const char *action) const
{
    if (schema.primaryKey.isEmpty())
        return Error{QStringLiteral("schema %1 has no primary key").arg(schema.module), QStringLiteral("Ecto.NoPrimaryKeyFieldError")};
    // add_pk_filter!/2 puts the keys into the changeset's filters map, which the
    // adapter gets in map order: a small map's atom keys sorted, not declared order
    QStringList keys = schema.primaryKey;
    keys.sort();
    for (const QString &pk : keys) {
        const schema::Field *f = schema.field(pk);
        Term v;
        for (const auto &[k, val] : r.data) {
            if (k == pk)
                v = val;
        }
        if (v.isNil())
            return Error{QStringLiteral("struct %1 is missing primary key value").arg(schema.module), QStringLiteral("Ecto.NoPrimaryKeyValueError")};
        Result<TypedValue> sent = dumped(schema, action, *f, v, f->source);
        if (!sent)
            return sent.failure();
        s.filters.push_back(*sent);
    }
    return true;
}

Result<Value> RepoState::remove(const std::vector<Value> &args)
{
    Result<Row> r = row(args[0]);
    if (!r)
        return r.failure();
    if (r->changeset && !r->valid)
        return tuple2("error", args[0]);
    RepoStatement s;
    s.kind = RepoStatement::Kind::Delete;
    s.table = r->schema->source;
    s.prefix = prefixOption(args, r->schema->prefix);
    if (Result<bool> ok = primaryKeyFilters(*r->schema, *r, s, "delete"); !ok)
        return ok.failure();
    context->record(std::move(s));
    return raise(QStringLiteral("Ecto.StaleEntryError"), QStringLiteral("attempted to delete a stale struct"));
}

Result<Value> RepoState::updateAll(const std::vector<Value> &args)
{
    Result<std::shared_ptr<Query>> q = query(args[0]);
    if (!q)
        return q.failure();
    // Ecto.Repo.Queryable.update_all/4: with no updates (`[]`) the query goes as it
    // is, so one without an update clause is refused by the planner.
    if (!(args[1].isList() && args[1].elements().empty())) {
        Result<UpdateClause> built = runtimeUpdate(args[1]);
        if (!built)
            return built.failure();
        UpdateClause u = std::move(*built);
        std::stable_sort(u.ops.begin(), u.ops.end(), [](const UpdateOp &a, const UpdateOp &b) { return a.op < b.op; });
        (*q)->updates.push_back(std::move(u));
    }
    record(*q, Operation::UpdateAll, prefixOption(args));
    return Value::tuple({Value::integer(0), (*q)->select ? Value::list({}) : Value::nil()});
}

Result<Value> RepoState::deleteAll(const std::vector<Value> &args)
{
    Result<std::shared_ptr<Query>> q = query(args[0]);
    if (!q)
        return q.failure();
    record(*q, Operation::DeleteAll, prefixOption(args));
    return Value::tuple({Value::integer(0), (*q)->select ? Value::list({}) : Value::nil()});
}

} // namespace ectowb::query::repo
