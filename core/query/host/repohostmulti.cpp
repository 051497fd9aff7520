// Repo.insert_all/3, Repo.preload/2, Repo.transaction/1, Ecto.Multi (recorded, then
// run by transaction/1) and the registration of the Repo and Ecto.Multi host functions.
#include "multivalue.h"
#include "query/builder/preloadbuilder.h"
#include "repohost.h"
#include "repohoststate.h"

#include "value/termvalue.h"
#include "interpreter/interpreter.h"

#include <algorithm>

namespace ectowb::query {

namespace repo {

using interpreter::Interpreter;
using interpreter::Value;

namespace {

const QString ectoMulti = QStringLiteral("Ecto.Multi");

// An argument that may be a function of the changes so far (`fn changes -> ... end`).
Result<Value> resolved(const Value &arg, const Value &changes, Interpreter &interpreter)
{
    if (!arg.isFunction())
        return arg;
    return interpreter.apply(arg, {changes});
}

} // namespace

Result<Value> RepoState::insertAll(const std::vector<Value> &args)
{
    Result<Source> source = context->sourceOf(args[0]);
    if (!source)
        return source.failure();
    const schema::Schema *schema = source->schema.isEmpty() ? nullptr : context->schema(source->schema);
    if (!args[1].isList())
        return Error{QStringLiteral("Repo.insert_all expects a list of entries, got: %1").arg(args[1].inspect()), QStringLiteral("ArgumentError")};
    std::vector<std::vector<std::pair<QString, Value>>> entries;
    QStringList keys;
    for (const Value &entry : args[1].elements()) {
        std::vector<std::pair<QString, Value>> fields;
        if (entry.isMap()) {
            for (const auto &[k, v] : entry.pairs())
                fields.emplace_back(k.isAtom() ? k.atomName() : k.text(), v);
        } else if (entry.isKeyword()) {
            for (const Value &kv : entry.elements())
                fields.emplace_back(kv.elements()[0].atomName(), kv.elements()[1]);
        } else {
            return Error{QStringLiteral("an insert_all entry must be a map or keyword list, got: %1").arg(entry.inspect()), QStringLiteral("ArgumentError")};
        }
        for (const auto &[k, v] : fields) {
            if (schema && !schema->field(k))
                return Error{QStringLiteral("unknown field :%1 in schema %2 given to insert_all").arg(k, schema->module), QStringLiteral("ArgumentError")};
            if (!keys.contains(k))
                keys << k;
        }
        entries.push_back(std::move(fields));
    }
    keys.sort();
    RepoStatement s;
    s.kind = RepoStatement::Kind::Insert;
    s.table = source->table;
    s.prefix = prefixOption(args, source->prefix);
    for (const QString &k : keys) {
        const schema::Field *f = schema ? schema->field(k) : nullptr;
        s.header << (f && !f->source.isEmpty() ? f->source : k);
    }
    // {:placeholder, key} cells: Ecto.Repo.Schema numbers each key as it first meets it,
    // row by row, and dumps its value from the placeholders: map by that field's type
    const Value placeholderMap = [&] {
        for (const Value &kv : args.size() > 2 && args[2].isKeyword() ? args[2].elements() : std::vector<Value>{}) {
            if (kv.elements()[0].isAtom(u"placeholders"))
                return kv.elements()[1];
        }
        return Value::map({});
    }();
    auto isPlaceholder = [](const Value &v) { return v.isTuple(2) && v.elements()[0].isAtom(u"placeholder"); };
    std::vector<Value> placeholderKeys;
    for (const auto &fields : entries) {
        for (const auto &[k, v] : fields) {
            if (!isPlaceholder(v) || std::find(placeholderKeys.begin(), placeholderKeys.end(), v.elements()[1]) != placeholderKeys.end())
                continue;
            const std::optional<Value> value = placeholderMap.get(v.elements()[1]);
            if (!value)
                return Error{QStringLiteral("key %1 not found in the placeholders").arg(v.elements()[1].inspect()), QStringLiteral("KeyError")};
            Result<Term> t = value::TermValue::fromValue(*value);
            if (!t)
                return t.failure();
            const schema::Field *f = schema ? schema->field(k) : nullptr;
            const Result<TypedValue> sent = f ? dumped(*schema, "insert_all", *f, *t, k) : TypedValue{k, *t, schema::EctoType()};
            if (!sent)
                return sent.failure();
            placeholderKeys.push_back(v.elements()[1]);
            s.placeholders.push_back(*sent);
        }
    }
    for (const auto &fields : entries) {
        std::vector<std::optional<TypedValue>> row;
        for (qsizetype i = 0; i < keys.size(); ++i) {
            const auto it = std::find_if(fields.begin(), fields.end(), [&](const auto &p) { return p.first == keys[i]; });
            if (it == fields.end() || it->second.isNil()) {
                row.push_back(std::nullopt);
                continue;
            }
            if (isPlaceholder(it->second)) {
                const auto at = std::find(placeholderKeys.begin(), placeholderKeys.end(), it->second.elements()[1]);
                row.push_back(TypedValue{s.header[i], Term::nil(), schema::EctoType(), int(at - placeholderKeys.begin()) + 1});
                continue;
            }
            Result<Term> t = value::TermValue::fromValue(it->second);
            if (!t)
                return t.failure();
            const schema::Field *f = schema ? schema->field(keys[i]) : nullptr;
            const Result<TypedValue> sent =
                f ? dumped(*schema, "insert_all", *f, *t, s.header[i]) : TypedValue{s.header[i], *t, schema::EctoType()};
            if (!sent)
                return sent.failure();
            row.push_back(*sent);
        }
        s.rows.push_back(std::move(row));
    }
    if (args.size() > 2) {
        if (Result<bool> ok = onConflict(s, args[2], schema, *context); !ok)
            return ok.failure();
        for (const Value &kv : args[2].isKeyword() ? args[2].elements() : std::vector<Value>{}) {
            if (!kv.elements()[0].isAtom(u"returning"))
                continue;
            if (kv.elements()[1].isTrue() && schema) {
                for (const schema::Field &f : schema->fields)
                    s.returning << f.source;
            } else {
                s.returning = fieldNames(kv.elements()[1]);
            }
        }
    }
    const bool returns = !s.returning.isEmpty();
    context->record(std::move(s));
    return Value::tuple({Value::integer(0), returns ? Value::list({}) : Value::nil()});
}

Result<Value> RepoState::preload(const std::vector<Value> &args)
{
    const Value &given = args[0];
    if (given.isNil() || (given.isList() && given.elements().empty()))
        return given;
    const std::vector<Value> structs = given.isList() ? given.elements() : std::vector<Value>{given};
    const schema::Schema *schema = structs.front().isStruct() ? context->schema(structs.front().structName()) : nullptr;
    if (!schema)
        return Error{QStringLiteral("Repo.preload expects structs of an Ecto schema, got: %1").arg(given.inspect()), QStringLiteral("ArgumentError")};
    std::vector<Preload> preloads;
    if (Result<bool> ok = PreloadBuilder::parse(args[1], preloads); !ok)
        return ok.failure();
    PreloadBuilder builder(*context);
    for (Preload p : preloads) {
        const schema::Association *a = schema->association(p.assoc);
        if (a && a->kind == schema::Association::Kind::HasThrough) {
            // only the first step of the chain runs: its query returns no rows
            Result<std::vector<Preload>> chain = builder.throughChain(*schema, p);
            if (!chain)
                return chain.failure();
            p = chain->front();
        }
        Result<QString> key = PreloadBuilder::ownerKey(*schema, p.assoc);
        if (!key)
            return key.failure();
        // Ecto.Repo.Preloader.fetch_ids prepends each parent's key as it reduces over
        // the structs, and fetch_query takes Enum.uniq of that: the keys go last parent
        // first, each where it last occurs in the list.
        std::vector<Term> keys;
        for (auto s = structs.rbegin(); s != structs.rend(); ++s) {
            const std::optional<Value> v = s->get(*key);
            Result<Term> t = v ? value::TermValue::fromValue(*v) : Result<Term>(Term::nil());
            if (t && !t->isNil() && std::find(keys.begin(), keys.end(), *t) == keys.end())
                keys.push_back(*t);
        }
        if (keys.empty())
            continue; // no parent key: Ecto sends nothing
        Result<QueryPtr> q = builder.assocQuery(*schema, p.assoc, keys, QString(), p.query);
        if (!q)
            return q.failure();
        // preload_prefix/2: the prefix: option of Repo.preload/3, else the prefix in the
        // first struct's __meta__ (a built struct's is its schema's @schema_prefix);
        // fetch_query puts it on the assoc query in place of the query's own
        auto prefixed = std::make_shared<Query>(**q);
        prefixed->prefix = args.size() == 3 ? prefixOption(args, schema->prefix) : schema->prefix;
        record(prefixed, Operation::All);
    }
    return given;
}

// Ecto.Repo.Queryable.reload/3: one query for all the structs, `where: field(x, ^pk) in
// ^keys` with the keys in the structs' order, run as one/2 for a struct, all/2 for a list.
Result<Value> RepoState::reload(const std::vector<Value> &args, bool bang)
{
    const Value &given = args[0];
    const std::vector<Value> structs = given.isList() ? given.elements() : std::vector<Value>{given};
    if (structs.empty())
        return given;
    const schema::Schema *schema = structs.front().isStruct() ? context->schema(structs.front().structName()) : nullptr;
    if (!schema)
        return Error{QStringLiteral("Repo.reload expects structs of an Ecto schema, got: %1").arg(given.inspect()), QStringLiteral("ArgumentError")};
    if (schema->primaryKey.size() != 1)
        return Error{QStringLiteral("Repo.reload of a schema without exactly one primary key field is not supported "
                                    "by the workbench yet")};
    const QString pk = schema->primaryKey.front();
    std::vector<Term> keys;
    for (const Value &s : structs) {
        const std::optional<Value> v = s.isStruct() ? s.get(pk) : std::nullopt;
        Result<Term> t = v ? value::TermValue::fromValue(*v) : Result<Term>(Term::nil());
        if (!t || t->isNil())
            return Error{QStringLiteral("struct `%1` is missing primary key value").arg(s.inspect()), QStringLiteral("Ecto.NoPrimaryKeyValueError")};
        keys.push_back(*t);
    }
    auto q = std::make_shared<Query>();
    q->from.kind = Source::Kind::Schema;
    q->from.table = schema->source;
    q->from.schema = schema->module;
    q->from.prefix = schema->prefix;
    Clause where;
    Param p;
    p.value = Term::list(keys);
    p.type = QueryType::in(QueryType::field(0, pk));
    where.params.push_back(std::move(p));
    where.expr = Expr::call(QStringLiteral("in"), {Expr::field(0, pk), Expr::param(0)});
    q->wheres.push_back(std::move(where));
    record(q, Operation::All, prefixOption(args));
    if (bang)
        return raise(QStringLiteral("RuntimeError"), QStringLiteral("could not reload %1, maybe it doesn't exist or was "
                                                                    "deleted").arg(given.inspect()));
    return given.isList() ? Value::list(std::vector<Value>(structs.size(), Value::nil())) : Value::nil();
}

Result<Value> RepoState::transaction(const std::vector<Value> &args, Interpreter &interpreter, const QString &repo)
{
    const Value &what = args[0];
    if (what.isFunction()) {
        const int arity = what.function()->arity;
        Result<Value> v = arity == 1 ? interpreter.apply(what, {Value::atom(QStringLiteral("Elixir.") + repo)})
                                     : interpreter.apply(what, {});
        if (!v)
            return v;
        return tuple2("ok", *v);
    }
    return runMulti(what, interpreter, repo);
}

Result<Value> RepoState::runMulti(const Value &multiValue, Interpreter &interpreter, const QString &repo)
{
    const MultiValue *multi = MultiValue::unwrap(multiValue);
    if (!multi)
        return Error{QStringLiteral("Repo.transaction expects a function or an Ecto.Multi, got: %1")
                         .arg(multiValue.inspect()), QStringLiteral("ArgumentError")};
    Value changes = Value::map({});
    for (const MultiOperation &op : multi->operations()) {
        std::vector<Value> args = op.args;
        if (!args.empty() && op.function != u"run") {
            Result<Value> first = resolved(args[0], changes, interpreter);
            if (!first)
                return first;
            args[0] = *first;
        }
        Result<Value> result = Value::nil();
        if (op.function == u"insert")
            result = insert(args);
        else if (op.function == u"update")
            result = update(args);
        else if (op.function == u"delete")
            result = remove(args);
        else if (op.function == u"insert_all")
            result = insertAll(args);
        else if (op.function == u"update_all")
            result = updateAll(args);
        else if (op.function == u"delete_all")
            result = deleteAll(args);
        else if (op.function == u"all" || op.function == u"one") {
            Result<std::shared_ptr<Query>> q = query(args[0]);
            if (!q)
                return q.failure();
            record(*q, Operation::All);
            result = op.function == u"all" ? all() : one(false);
        } else if (op.function == u"put") {
            result = args[0];
        } else if (op.function == u"run") {
            result = interpreter.apply(args[0], {Value::atom(QStringLiteral("Elixir.") + repo), changes});
            if (result && result->isTuple(2) && result->elements()[0].isAtom(u"error"))
                return Value::tuple({Value::atom(QStringLiteral("error")), op.name, result->elements()[1], changes});
        }
        if (!result)
            return result;
        Value stored = *result;
        if (stored.isTuple(2) && stored.elements()[0].isAtom(u"ok") && op.function != u"put")
            stored = stored.elements()[1];
        if (stored.isTuple(2) && stored.elements()[0].isAtom(u"error"))
            return Value::tuple({Value::atom(QStringLiteral("error")), op.name, stored.elements()[1], changes});
        changes = changes.put(op.name, stored);
    }
    return tuple2("ok", changes);
}

} // namespace repo

namespace {

using interpreter::Interpreter;
using interpreter::NativeFunction;
using interpreter::Value;

void registerMulti(interpreter::HostFunctions &host)
{
    host.add(QStringLiteral("Ecto.Multi"), QStringLiteral("new"), 0,
             [](const std::vector<Value> &, Interpreter &) -> Result<Value> { return MultiValue::wrap({}); });
    // name/arity -> number of leading arguments after (multi, name) that belong to the operation
    const std::vector<std::pair<const char *, std::vector<int>>> operations{
        {"insert", {3, 4}}, {"update", {3, 4}}, {"delete", {3, 4}},  {"insert_all", {4, 5}},
        {"update_all", {4, 5}}, {"delete_all", {3, 4}}, {"all", {3, 4}}, {"one", {3, 4}},
        {"run", {3}}, {"put", {3}}};
    for (const auto &[name, arities] : operations) {
        const QString function = QString::fromLatin1(name);
        for (int arity : arities) {
            host.add(QStringLiteral("Ecto.Multi"), function, arity,
                     [function](const std::vector<Value> &args, Interpreter &) -> Result<Value> {
                         const MultiValue *multi = MultiValue::unwrap(args[0]);
                         if (!multi)
                             return Error{QStringLiteral("expected an Ecto.Multi, got: %1").arg(args[0].inspect()), QStringLiteral("ArgumentError")};
                         for (const MultiOperation &op : multi->operations()) {
                             if (op.name == args[1])
                                 return Error{QStringLiteral("%1 is already a member of the Ecto.Multi").arg(args[1].inspect()), QStringLiteral("RuntimeError")};
                         }
                         std::vector<MultiOperation> ops = multi->operations();
                         ops.push_back({function, args[1], std::vector<Value>(args.begin() + 2, args.end())});
                         return MultiValue::wrap(std::move(ops));
                     });
        }
    }
    host.add(QStringLiteral("Ecto.Multi"), QStringLiteral("append"), 2,
             [](const std::vector<Value> &args, Interpreter &) -> Result<Value> {
                 const MultiValue *a = MultiValue::unwrap(args[0]);
                 const MultiValue *b = MultiValue::unwrap(args[1]);
                 if (!a || !b)
                     return Error{QStringLiteral("Ecto.Multi.append/2 expects two multis"), QStringLiteral("ArgumentError")};
                 std::vector<MultiOperation> ops = a->operations();
                 ops.insert(ops.end(), b->operations().begin(), b->operations().end());
                 return MultiValue::wrap(std::move(ops));
             });
}

} // namespace

void RepoHost::registerAll(interpreter::HostFunctions &host, std::shared_ptr<QueryContext> context,
                           const QStringList &repos, std::shared_ptr<changeset::ChangesetHost::Context> changesets)
{
    auto state = std::make_shared<repo::RepoState>();
    state->context = std::move(context);
    state->changesets = std::move(changesets);
    using Fn = Result<Value> (repo::RepoState::*)(const std::vector<Value> &);
    struct Entry
    {
        const char *name;
        std::vector<int> arities;
        std::function<Result<Value>(repo::RepoState &, const std::vector<Value> &, Interpreter &, const QString &)> fn;
    };
    auto plain = [](Fn f) {
        return [f](repo::RepoState &s, const std::vector<Value> &a, Interpreter &, const QString &) { return (s.*f)(a); };
    };
    auto listQuery = [](bool one, bool bang) {
        return [one, bang](repo::RepoState &s, const std::vector<Value> &a, Interpreter &, const QString &) -> Result<Value> {
            Result<std::shared_ptr<Query>> q = s.query(a[0]);
            if (!q)
                return q.failure();
            s.record(*q, Operation::All, repo::RepoState::prefixOption(a));
            return one ? s.one(bang) : s.all();
        };
    };
    const std::vector<Entry> entries{
        {"all", {1, 2}, listQuery(false, false)},
        {"stream", {1, 2}, listQuery(false, false)},
        {"one", {1, 2}, listQuery(true, false)},
        {"one!", {1, 2}, listQuery(true, true)},
        {"get", {2, 3}, [](repo::RepoState &s, const std::vector<Value> &a, Interpreter &, const QString &) { return s.get(a, false); }},
        {"get!", {2, 3}, [](repo::RepoState &s, const std::vector<Value> &a, Interpreter &, const QString &) { return s.get(a, true); }},
        {"get_by", {2, 3}, [](repo::RepoState &s, const std::vector<Value> &a, Interpreter &, const QString &) { return s.getBy(a, false); }},
        {"get_by!", {2, 3}, [](repo::RepoState &s, const std::vector<Value> &a, Interpreter &, const QString &) { return s.getBy(a, true); }},
        {"aggregate", {2, 3, 4}, plain(&repo::RepoState::aggregate)},
        {"exists?", {1, 2}, plain(&repo::RepoState::exists)},
        {"insert", {1, 2}, plain(&repo::RepoState::insert)},
        {"insert!", {1, 2}, plain(&repo::RepoState::insert)},
        {"insert_all", {2, 3}, plain(&repo::RepoState::insertAll)},
        {"update", {1, 2}, plain(&repo::RepoState::update)},
        {"update!", {1, 2}, plain(&repo::RepoState::update)},
        {"delete", {1, 2}, plain(&repo::RepoState::remove)},
        {"delete!", {1, 2}, plain(&repo::RepoState::remove)},
        {"update_all", {2, 3}, plain(&repo::RepoState::updateAll)},
        {"delete_all", {1, 2}, plain(&repo::RepoState::deleteAll)},
        {"preload", {2, 3}, plain(&repo::RepoState::preload)},
        {"reload", {1, 2}, [](repo::RepoState &s, const std::vector<Value> &a, Interpreter &, const QString &) { return s.reload(a, false); }},
        {"reload!", {1, 2}, [](repo::RepoState &s, const std::vector<Value> &a, Interpreter &, const QString &) { return s.reload(a, true); }},
        {"transaction", {1, 2},
         [](repo::RepoState &s, const std::vector<Value> &a, Interpreter &i, const QString &r) { return s.transaction(a, i, r); }},
    };
    for (const QString &module : repos) {
        for (const Entry &e : entries) {
            for (int arity : e.arities) {
                const auto fn = e.fn;
                host.add(module, QString::fromLatin1(e.name), arity,
                         [state, fn, module](const std::vector<Value> &args, Interpreter &i) {
                             state->context->noteRepoCall();
                             state->interpreter = &i;
                             return fn(*state, args, i, module);
                         });
            }
        }
    }
    registerMulti(host);
}

} // namespace ectowb::query
