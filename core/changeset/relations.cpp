#include "relations.h"

#include "casting.h"
#include "typecaster.h"

namespace ectowb::changeset {

using value::Term;

namespace {

const QString structKey = QStringLiteral("__struct__");

// What Ecto's relation reflection (Ecto.Embedded, Ecto.Association.*) tells cast_relation.
struct Relation
{
    QString kind; // embed, assoc
    QString name;
    bool many = false;
    QString related;
    QString onReplace; // raise, mark_as_invalid, delete, nilify, update, delete_if_exists
    std::shared_ptr<const ChangesetSchema> schema;
};

// The outcome of Relation.cast/5: a change, nothing to change (:ignore) or an error.
struct Outcome
{
    enum class Kind : quint8 { Change, Ignore, Invalid };
    Kind kind = Kind::Ignore;
    Term change;
    bool valid = true;
};

Outcome invalid()
{
    return Outcome{Outcome::Kind::Invalid, Term::nil(), false};
}

Result<Relation> relationOf(const Changeset &cs, const QString &kind, const QString &name,
                            const Relations::SchemaLookup &lookup)
{
    Relation r;
    r.kind = kind;
    r.name = name;
    const schema::Field *field = cs.schema->field(name);
    if (field && field->type.kind() == schema::EctoType::Kind::Embedded) {
        r.many = field->type.embedsMany();
        r.related = field->type.name();
        r.onReplace = cs.schema->onReplace.value(name, QStringLiteral("raise"));
        if (kind != QLatin1String("embed"))
            return Error{QStringLiteral("cast_assoc/3 expected :%1 to be an association").arg(name), QStringLiteral("ArgumentError")};
    } else if (const schema::Association *a = cs.schema->association(name)) {
        if (kind != QLatin1String("assoc"))
            return Error{QStringLiteral("cast_embed/3 expected :%1 to be an embed").arg(name), QStringLiteral("ArgumentError")};
        if (a->kind == schema::Association::Kind::HasThrough)
            return Error{QStringLiteral("cannot cast through association :%1").arg(name), QStringLiteral("ArgumentError")};
        r.many = a->cardinalityMany();
        r.related = a->related;
        r.onReplace = a->onReplace.isEmpty() ? QStringLiteral("raise") : a->onReplace;
    } else {
        return Error{QStringLiteral("cannot cast_%1 :%2, it is not an %3 of %4")
                         .arg(kind, name, kind == QLatin1String("embed") ? QStringLiteral("embed") : QStringLiteral("association"),
                              cs.schema->module), QStringLiteral("ArgumentError")};
    }
    r.schema = lookup(r.related);
    if (!r.schema)
        return Error{QStringLiteral("%1 is not a schema of this project").arg(r.related)};
    return r;
}

Term expectedType(const Relation &r)
{
    return r.many ? Term::list({Term::atom(QStringLiteral("array")), Term::atom(QStringLiteral("map"))})
                  : Term::atom(QStringLiteral("map"));
}

Error raiseMessage(const Relation &r, const Changeset &owner)
{
    return Error{QStringLiteral("you are attempting to change relation :%1 of %2 but the `:on_replace` option "
                          "of this relation is set to `:raise`")
        .arg(r.name, owner.schema->module), QStringLiteral("RuntimeError")};
}

// Relation.on_replace/2: the replaced child as a :replace changeset, :error, or a raise.
Result<std::optional<Changeset>> onReplace(const Relation &r, const Changeset &owner, const Term &current)
{
    if (r.onReplace == QLatin1String("mark_as_invalid"))
        return std::optional<Changeset>();
    if (r.onReplace == QLatin1String("raise"))
        return raiseMessage(r, owner);
    Changeset replaced = Casting::fromData(r.schema, Relations::structFields(current));
    replaced.action = QStringLiteral("replace");
    return std::optional<Changeset>(std::move(replaced));
}

Term paramGet(const Term &params, const QString &key)
{
    if (!params.isMap())
        return params.isKeyword() ? params.get(key).value_or(Term::nil()) : Term::nil();
    if (std::optional<Term> v = params.mapGet(Term::string(key)); v && v->isTruthy())
        return *v;
    return params.mapGet(Term::atom(key)).value_or(Term::nil());
}

// param_pk/2: the primary key as the params give it, cast to its type when it casts.
std::vector<Term> paramPk(const Relation &r, const Term &params)
{
    std::vector<Term> out;
    for (const QString &pk : r.schema->primaryKey) {
        const Term original = paramGet(params, pk);
        const schema::Field *f = r.schema->field(pk);
        const CastOutcome cast = f ? TypeCaster::cast(f->type, original) : CastOutcome{};
        out.push_back(cast.ok ? cast.value : original);
    }
    return out;
}

std::vector<Term> dataPk(const Relation &r, const Term &structTerm)
{
    std::vector<Term> out;
    const auto fields = Relations::structFields(structTerm);
    for (const QString &pk : r.schema->primaryKey) {
        const auto it = std::find_if(fields.begin(), fields.end(), [&](const auto &p) { return p.first == pk; });
        out.push_back(it == fields.end() ? Term::nil() : it->second);
    }
    return out;
}

bool skippable(const Changeset &cs)
{
    return cs.valid && cs.changes.empty() && cs.action == QLatin1String("update");
}

Result<Changeset> runOnCast(const Relation &r, const Relations::OnCast &onCast, const Term &current, const Term &params,
                            int index)
{
    const bool insert = current.isNil();
    const Term data = insert ? Relations::structTerm(r.related, [&] {
        std::vector<std::pair<QString, Term>> fields;
        for (const schema::Field &f : r.schema->fields)
            fields.emplace_back(f.name, r.schema->defaults.value(f.name));
        return fields;
    }())
                             : current;
    Result<Changeset> child = onCast(data, params, index);
    if (child && child->action.isEmpty())
        child.value().action = insert ? QStringLiteral("insert") : QStringLiteral("update");
    return child;
}

bool castableParams(const Term &value)
{
    return value.isMap() || value.isList();
}

Result<Outcome> castOne(const Relation &r, const Changeset &owner, Term value, const Term &current,
                        const Relations::OnCast &onCast)
{
    if (value.isKeyword()) { // Map.new/1 of a keyword list
        std::vector<Term::Pair> pairs;
        for (const Term &kv : value.elements())
            pairs.emplace_back(kv.elements()[0], kv.elements()[1]);
        value = Term::map(std::move(pairs));
    }
    if (value.isNil()) {
        if (!current.isNil()) {
            Result<std::optional<Changeset>> replaced = onReplace(r, owner, current);
            if (!replaced)
                return replaced.failure();
            if (!*replaced)
                return invalid();
        }
        return Outcome{Outcome::Kind::Change, Term::nil(), true};
    }
    // A keyword list is a map of params; any other list cannot be one child.
    if (value.isList())
        return invalid();
    if (!castableParams(value))
        return invalid();
    Term base = Term::nil();
    bool skip = false;
    if (!current.isNil()) {
        const std::vector<Term> pk = paramPk(r, value);
        if ((!pk.empty() && pk == dataPk(r, current)) || r.onReplace == QLatin1String("update")) {
            base = current;
            skip = true;
        } else {
            Result<std::optional<Changeset>> replaced = onReplace(r, owner, current);
            if (!replaced)
                return replaced.failure();
            if (!*replaced)
                return invalid();
        }
    }
    Result<Changeset> child = runOnCast(r, onCast, base, value, -1);
    if (!child)
        return child.failure();
    if (child->action == QLatin1String("ignore") || (skip && skippable(*child)))
        return Outcome{};
    const bool valid = child->valid;
    return Outcome{Outcome::Kind::Change, Term::changeset(std::make_shared<const Changeset>(std::move(child.value()))), valid};
}

Result<Outcome> castMany(const Relation &r, const Changeset &owner, const Term &value, const Term &current,
                         const Relations::OnCast &onCast)
{
    if (!value.isList())
        return invalid();
    const std::vector<Term> currentList = current.isList() ? current.elements() : std::vector<Term>();
    if (value.elements().empty() && currentList.empty())
        return Outcome{Outcome::Kind::Change, Term::list({}), true};
    // process_current/3: the current children by primary key, in their order.
    std::vector<std::pair<std::vector<Term>, Term>> pending;
    for (const Term &c : currentList)
        pending.emplace_back(dataPk(r, c), c);
    std::vector<std::vector<Term>> currentOrder;
    for (const auto &p : pending)
        currentOrder.push_back(p.first);

    std::vector<Term> changesets;
    std::vector<std::vector<Term>> matchedOrder;
    std::vector<std::vector<Term>> seenPks;
    bool valid = true;
    bool skip = true;
    int index = 0;
    for (const Term &params : value.elements()) {
        if (!castableParams(params))
            return invalid();
        const std::vector<Term> pk = paramPk(r, params);
        Term base = Term::nil();
        const auto found = std::find_if(pending.begin(), pending.end(), [&](const auto &p) { return p.first == pk; });
        if (found != pending.end()) {
            base = found->second;
            pending.erase(found);
            matchedOrder.push_back(pk);
        }
        Result<Changeset> child = runOnCast(r, onCast, base, params, index++);
        if (!child)
            return child.failure();
        if (child->action == QLatin1String("ignore"))
            continue;
        // maybe_add_error_on_pk/3: embeds and has_many keep their keys unique. The key
        // is the child changeset's (change_pk/1: its change, else its data), not the
        // param's: an id a child's changeset does not cast is no key at all.
        std::vector<Term> childPk;
        for (const QString &f : r.schema->primaryKey)
            childPk.push_back(child->change(f).value_or(child->dataValue(f)));
        const bool missingPk = childPk.empty() || std::any_of(childPk.begin(), childPk.end(), [](const Term &t) { return t.isNil(); });
        if (!missingPk && std::find(seenPks.begin(), seenPks.end(), childPk) != seenPks.end()) {
            std::vector<ChangesetError> taken;
            for (const QString &f : r.schema->primaryKey)
                taken.push_back(ChangesetError{f, QStringLiteral("has already been taken"), {}});
            std::reverse(taken.begin(), taken.end());
            child.value().addErrors(std::move(taken));
        }
        seenPks.push_back(childPk);
        valid = valid && child->valid;
        skip = skip && !base.isNil() && skippable(*child);
        changesets.push_back(Term::changeset(std::make_shared<const Changeset>(std::move(child.value()))));
    }
    // An embeds_many given in another order is a change even when no child changed.
    skip = skip && (r.kind != QLatin1String("embed") || matchedOrder == currentOrder);
    // reduce_delete_changesets/5 puts each replaced child in front, so they lead, last one first.
    for (const auto &[pk, structTerm] : pending) {
        Result<std::optional<Changeset>> replaced = onReplace(r, owner, structTerm);
        if (!replaced)
            return replaced.failure();
        if (!*replaced)
            return invalid();
        changesets.insert(changesets.begin(), Term::changeset(std::make_shared<const Changeset>(std::move(**replaced))));
        skip = false;
    }
    if (skip)
        return Outcome{};
    return Outcome{Outcome::Kind::Change, Term::list(std::move(changesets)), valid};
}

// "0", "12": the integer, so children given as a map sort by position (key_as_int/1).
Term keyAsInt(const Term &key)
{
    if (!key.isString())
        return key;
    bool ok = false;
    const qint64 n = key.text().toLongLong(&ok);
    return ok ? Term::integer(n) : key;
}

// Erlang term order for the keys of children given as a map: numbers first, then strings.
bool keyLess(const Term &a, const Term &b)
{
    if (a.isInteger() != b.isInteger())
        return a.isInteger();
    if (a.isInteger())
        return a.integerValue() < b.integerValue();
    return a.text().toUtf8() < b.text().toUtf8();
}

std::vector<Term> sortedByKey(std::vector<Term::Pair> pairs)
{
    for (auto &p : pairs)
        p.first = keyAsInt(p.first);
    std::stable_sort(pairs.begin(), pairs.end(), [](const Term::Pair &x, const Term::Pair &y) { return keyLess(x.first, y.first); });
    std::vector<Term> out;
    for (const auto &p : pairs)
        out.push_back(p.second);
    return out;
}

// cast_params/4: `sort_param`/`drop_param` and children given as a map of positions.
Result<Term> castParams(const Relation &r, Term value, const std::optional<Term> &sort, const std::optional<Term> &drop)
{
    if (!r.many) {
        if (drop)
            return Error{QStringLiteral(":drop_param not supported for :%1, it has cardinality :one").arg(r.name), QStringLiteral("ArgumentError")};
        return value;
    }
    if (value.isNil() && (sort || drop))
        value = Term::map({});
    if (!value.isMap())
        return value;
    const std::vector<Term> dropped = drop ? drop->elements() : std::vector<Term>();
    std::vector<Term::Pair> rest = value.pairs();
    std::vector<Term> out;
    if (sort) {
        std::vector<Term> order = sort->elements();
        for (const Term &d : dropped) { // sort -- drop
            const auto it = std::find(order.begin(), order.end(), d);
            if (it != order.end())
                order.erase(it);
        }
        for (const Term &key : order) { // Map.pop(params, key, %{})
            const auto it = std::find_if(rest.begin(), rest.end(), [&](const Term::Pair &p) { return p.first == key; });
            if (it == rest.end()) {
                out.push_back(Term::map({}));
                continue;
            }
            out.push_back(it->second);
            rest.erase(it);
        }
    }
    rest.erase(std::remove_if(rest.begin(), rest.end(),
                              [&](const Term::Pair &p) { return std::find(dropped.begin(), dropped.end(), p.first) != dropped.end(); }),
               rest.end());
    for (const Term &t : sortedByKey(std::move(rest)))
        out.push_back(t);
    return Term::list(std::move(out));
}

// The list under `:sort_param`/`:drop_param` in the params, when the option is given.
std::optional<Term> paramList(const Term &opts, const char *option, const Term &params)
{
    const std::optional<Term> key = opts.get(QString::fromLatin1(option));
    if (!key || key->isNil() || !key->isAtom())
        return std::nullopt;
    const Term found = params.mapGet(Term::string(key->text())).value_or(Term::nil());
    return found.isList() ? std::optional<Term>(found) : std::nullopt;
}

QString message(const Term &opts, const char *option, const QString &fallback)
{
    const std::optional<Term> m = opts.get(QString::fromLatin1(option));
    return m && m->isString() ? m->text() : fallback;
}

// Relation.empty?/2: nothing, or only children being replaced or deleted.
bool relationEmpty(const Term &value)
{
    if (value.isNil())
        return true;
    if (!value.isList())
        return false;
    return std::all_of(value.elements().begin(), value.elements().end(), [](const Term &t) {
        return t.isChangeset()
               && (t.changesetValue().action == QLatin1String("replace") || t.changesetValue().action == QLatin1String("delete"));
    });
}

Changeset missingRelation(Changeset cs, const QString &name, const Term &current, bool required, const Term &opts)
{
    const Term value = cs.change(name).value_or(current);
    if (required && relationEmpty(value))
        cs.addErrors({ChangesetError{name, message(opts, "required_message", QStringLiteral("can't be blank")),
                                     {{QStringLiteral("validation"), Term::atom(QStringLiteral("required"))}}}});
    return cs;
}

} // namespace

Result<Changeset> Relations::cast(Changeset cs, const QString &kind, const QString &name, const Term &opts,
                                  const OnCast &onCast, const SchemaLookup &lookup)
{
    Result<Relation> relation = relationOf(cs, kind, name, lookup);
    if (!relation)
        return relation.failure();
    const Relation &r = *relation;
    const Term params = cs.params.isMap() ? cs.params : Term::map({});
    const bool required = opts.get(u"required").value_or(Term::nil()).isTruthy();
    if (required)
        cs.required.prepend(name);
    const std::optional<Term> sort = paramList(opts, "sort_param", params);
    const std::optional<Term> drop = paramList(opts, "drop_param", params);
    const Term original = cs.dataValue(name);
    const std::optional<Term> given = params.mapGet(Term::string(name));
    if (!given && !sort && !drop)
        return missingRelation(std::move(cs), name, original, required, opts);

    Result<Term> value = castParams(r, given.value_or(Term::nil()), sort, drop);
    if (!value)
        return value.failure();
    Result<Outcome> outcome = r.many ? castMany(r, cs, *value, original, onCast) : castOne(r, cs, *value, original, onCast);
    if (!outcome)
        return outcome.failure();
    if (outcome->kind == Outcome::Kind::Invalid) {
        cs.addErrors({ChangesetError{name, message(opts, "invalid_message", QStringLiteral("is invalid")),
                                     {{QStringLiteral("validation"), Term::atom(kind)}, {QStringLiteral("type"), expectedType(r)}}}});
        return cs;
    }
    // An association of a built struct is not loaded: whatever the cast gives differs from it.
    const bool notLoaded = kind == QLatin1String("assoc");
    const bool unchanged = outcome->kind == Outcome::Kind::Ignore
                           || (!notLoaded && outcome->change.isNil() && original.isNil())
                           || (!notLoaded && outcome->change.isList() && outcome->change.elements().empty() && original.isList()
                               && original.elements().empty());
    if (!unchanged) {
        cs.putChange(name, outcome->change);
        cs.valid = cs.valid && outcome->valid;
    }
    return missingRelation(std::move(cs), name, original, required, opts);
}

Term Relations::structTerm(const QString &module, const std::vector<std::pair<QString, Term>> &fields)
{
    std::vector<Term::Pair> pairs;
    pairs.reserve(fields.size() + 1);
    pairs.emplace_back(Term::atom(structKey), Term::atom(module));
    for (const auto &[k, v] : fields)
        pairs.emplace_back(Term::atom(k), v);
    return Term::map(std::move(pairs));
}

Term Relations::structTerm(const Changeset &changeset)
{
    return structTerm(changeset.schema->module, changeset.data);
}

std::vector<std::pair<QString, Term>> Relations::structFields(const Term &term)
{
    std::vector<std::pair<QString, Term>> out;
    if (!term.isMap())
        return out;
    for (const auto &[k, v] : term.pairs()) {
        if (!k.isAtom(structKey))
            out.emplace_back(k.text(), v);
    }
    return out;
}

QString Relations::structName(const Term &term)
{
    if (!term.isMap())
        return QString();
    const std::optional<Term> s = term.mapGet(Term::atom(structKey));
    return s && s->isAtom() ? s->text() : QString();
}

} // namespace ectowb::changeset
