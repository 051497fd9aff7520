#include "casting.h"

#include "typecaster.h"

namespace ectowb::changeset {

using value::Term;

namespace {

// The empty_values option: literal values compared with ==, or Ecto's default
// (nullopt) that treats strings of only whitespace as empty.
using EmptyValues = std::optional<std::vector<Term>>;

// &Ecto.Type.empty_trimmed_string?/1 as a Term (what Ecto.Changeset.empty_values/0 holds).
bool isTrimmedStringTest(const Term &e)
{
    return e.isTuple() && e.elements().size() == 4 && e.elements()[0].isAtom(u"&")
           && e.elements()[1].isAtom(u"Ecto.Type") && e.elements()[2].isAtom(u"empty_trimmed_string?");
}

bool isEmpty(const Term &value, const EmptyValues &empty, const schema::EctoType &type)
{
    if (!empty)
        return Casting::isEmptyTrimmed(value, type);
    return std::any_of(empty->begin(), empty->end(), [&](const Term &e) {
        return isTrimmedStringTest(e) ? Casting::isEmptyTrimmed(value, type) : e == value;
    });
}

// Ecto.Type.filter_empty_values/3: arrays lose their empty elements first.
bool filterEmpty(const schema::EctoType &type, Term &value, const EmptyValues &empty)
{
    if (type.kind() == schema::EctoType::Kind::Array && value.isList()) {
        std::vector<Term> kept;
        for (const Term &e : value.elements()) {
            Term element = e;
            if (!filterEmpty(type.inner(), element, empty))
                kept.push_back(element);
        }
        value = Term::list(std::move(kept));
    }
    return isEmpty(value, empty, type);
}

Result<Term> normalizeParams(const Term &params)
{
    if (!params.isMap()) {
        const QString shown = params.isNil() ? QStringLiteral("nil") : QString::fromUtf8("a non-map value");
        return Error{QStringLiteral("expected params to be a :map, got: `%1`").arg(shown), QStringLiteral("Ecto.CastError")};
    }
    bool atoms = false;
    bool strings = false;
    std::vector<Term::Pair> pairs;
    for (const auto &[key, value] : params.pairs()) {
        atoms = atoms || key.isAtom();
        strings = strings || key.isString();
        pairs.emplace_back(key.isAtom() ? Term::string(key.text()) : key, value);
    }
    if (atoms && strings)
        return Error{QStringLiteral("expected params to be a map with atoms or string keys, "
                                    "got a map with mixed keys"), QStringLiteral("Ecto.CastError")};
    return Term::map(std::move(pairs));
}

// cast/4's error for a value its type refused: the type's own keys
// ({:error, keys}) with `validation: :cast` put in when absent and `type:` always
// Ecto's (Keyword.put_new, Keyword.put), `message:` popped as the template.
ChangesetError castError(const QString &field, const Term &type, const std::vector<std::pair<QString, Term>> &custom)
{
    KeywordList keys;
    QString message;
    bool messageSeen = false;
    bool validation = false;
    for (const auto &[k, v] : custom) {
        if (k == QLatin1String("message")) {
            if (!messageSeen)
                message = v.text();
            messageSeen = true;
            continue;
        }
        if (k == QLatin1String("type"))
            continue;
        validation = validation || k == QLatin1String("validation");
        keys.emplace_back(k, v);
    }
    if (!validation)
        keys.insert(keys.begin(), {QStringLiteral("validation"), Term::atom(QStringLiteral("cast"))});
    keys.insert(keys.begin(), {QStringLiteral("type"), type});
    return ChangesetError{field, messageSeen ? message : QStringLiteral("is invalid"), std::move(keys)};
}

Changeset castCustom(Changeset changeset, const schema::Field &field, const Term &value, bool force,
                     std::vector<ChangesetError> &castErrors)
{
    CustomCastOutcome outcome;
    outcome.reason = QStringLiteral("the project is no longer loaded");
    if (const std::shared_ptr<const CustomTypeCast> cast = changeset.schema->customCast.lock())
        outcome = (*cast)(changeset.schema->module, field, value, changeset.field(field.name));
    switch (outcome.status) {
    case CustomCastOutcome::Status::Ok:
        if (force || !outcome.unchanged)
            changeset.putChange(field.name, outcome.value);
        break;
    case CustomCastOutcome::Status::Invalid:
        castErrors.push_back(castError(field.name, outcome.type, outcome.keys));
        break;
    case CustomCastOutcome::Status::NotEvaluable: {
        const QString call = Casting::isProjectType(field.type)
                                 ? QStringLiteral("%1.cast(%2)").arg(field.type.name(), value.toElixirString())
                                 : QStringLiteral("cast(%1) as %2").arg(value.toElixirString(), field.type.toElixir());
        changeset.skipped.push_back(SkippedStep{call + QStringLiteral(" for :") + field.name, {}, outcome.reason});
        break;
    }
    }
    return changeset;
}

Result<Changeset> castField(Changeset changeset, const QString &key, const Term &params, const EmptyValues &empty,
                            bool force, std::vector<ChangesetError> &castErrors)
{
    const schema::Field *field = changeset.schema->field(key);
    if (!field)
        return Error{QStringLiteral("unknown field `:%1` given to cast").arg(key), QStringLiteral("ArgumentError")};
    const std::optional<Term> raw = params.get(key);
    if (!raw)
        return changeset;
    Term value = *raw;
    if (filterEmpty(field->type, value, empty))
        value = changeset.schema->defaults.value(key);
    if (Casting::castsThroughProjectType(field->type))
        return castCustom(std::move(changeset), *field, value, force, castErrors);
    const CastOutcome outcome = TypeCaster::cast(field->type, value);
    if (!outcome.ok) {
        castErrors.push_back(castError(key, TypeCaster::typeTerm(field->type), outcome.errorKeys));
        return changeset;
    }
    if (force || !TypeCaster::equal(field->type, changeset.field(key), outcome.value))
        changeset.putChange(key, outcome.value);
    return changeset;
}

} // namespace

Changeset Casting::fromData(std::shared_ptr<const ChangesetSchema> schema, std::vector<std::pair<QString, Term>> data)
{
    Changeset changeset;
    changeset.schema = std::move(schema);
    changeset.data = std::move(data);
    return changeset;
}

bool Casting::isProjectType(const schema::EctoType &type)
{
    return type.kind() == schema::EctoType::Kind::Custom && !type.name().startsWith(QLatin1String("Ecto."));
}

// Ecto.Type.cast/2 of {:array, t} and {:map, t} casts each element as t, so a
// project type anywhere inside runs through its module too.
bool Casting::castsThroughProjectType(const schema::EctoType &type)
{
    const bool composite = type.kind() == schema::EctoType::Kind::Array || type.kind() == schema::EctoType::Kind::Map;
    return isProjectType(type) || (composite && castsThroughProjectType(type.inner()));
}

bool Casting::isEmptyTrimmed(const Term &value, const schema::EctoType &type)
{
    // Ecto.Type.empty_trimmed?/2: a :binary holds bytes, where whitespace is data,
    // so only "" is empty there; any other type trims leading whitespace first.
    if (type.kind() == schema::EctoType::Kind::Primitive && type.name() == QLatin1String("binary"))
        return value.isString() && value.text().isEmpty();
    return value.isString() && value.text().trimmed().isEmpty();
}

Result<Changeset> Casting::cast(Changeset changeset, const Term &params, const QStringList &permitted,
                                const Term &options)
{
    Result<Term> normalized = normalizeParams(params);
    if (!normalized)
        return normalized.failure();
    EmptyValues empty;
    if (const std::optional<Term> given = options.get(u"empty_values"); given && given->isList())
        empty = given->elements();
    const bool force = options.get(u"force_changes").value_or(Term::nil()).isTrue();
    std::vector<ChangesetError> castErrors;
    for (const QString &key : permitted) {
        if (!changeset.permitted.contains(key))
            changeset.permitted << key;
        Result<Changeset> next = castField(std::move(changeset), key, *normalized, empty, force, castErrors);
        if (!next)
            return next;
        changeset = std::move(next.value());
    }
    // A second cast merges its params into the first one's.
    if (changeset.params.isMap()) {
        std::vector<Term::Pair> merged = changeset.params.pairs();
        for (const auto &pair : normalized->pairs()) {
            merged.erase(std::remove_if(merged.begin(), merged.end(), [&](const auto &p) { return p.first == pair.first; }),
                         merged.end());
            merged.push_back(pair);
        }
        changeset.params = Term::map(std::move(merged));
    } else {
        changeset.params = *normalized;
    }
    // Cast errors keep the permitted order and sit below the errors already there
    // (cast_merge/2 appends the new changeset's errors).
    if (!castErrors.empty()) {
        changeset.valid = false;
        changeset.errors.insert(changeset.errors.end(), castErrors.begin(), castErrors.end());
    }
    return changeset;
}

Result<Changeset> Casting::putChange(Changeset changeset, const QString &field, const Term &value)
{
    const schema::Field *f = changeset.schema->field(field);
    if (!f)
        return Error{QStringLiteral("unknown field `:%1` in put_change").arg(field), QStringLiteral("ArgumentError")};
    if (TypeCaster::equal(f->type, changeset.dataValue(field), value))
        changeset.deleteChange(field);
    else
        changeset.putChange(field, value);
    return changeset;
}

Result<Changeset> Casting::forceChange(Changeset changeset, const QString &field, const Term &value)
{
    const schema::Field *f = changeset.schema->field(field);
    if (!f)
        return Error{QStringLiteral("unknown field `:%1` in force_change").arg(field), QStringLiteral("ArgumentError")};
    if (f->type.kind() == schema::EctoType::Kind::Embedded)
        return Error{QStringLiteral("changing embeds with force_change/3 is not supported, "
                                    "please use put_embed/4 instead"), QStringLiteral("RuntimeError")};
    changeset.putChange(field, value);
    return changeset;
}

Result<Changeset> Casting::change(Changeset changeset, const Term &changes)
{
    if (!changes.isKeyword() && !changes.isMap())
        return Error{QStringLiteral("change/2 expects a keyword list or a map of changes"), QStringLiteral("ArgumentError")};
    const std::vector<Term::Pair> pairs = [&] {
        if (changes.isMap())
            return changes.pairs();
        std::vector<Term::Pair> out;
        for (const Term &t : changes.elements())
            out.emplace_back(t.elements()[0], t.elements()[1]);
        return out;
    }();
    for (const auto &[key, value] : pairs) {
        Result<Changeset> next = putChange(std::move(changeset), key.text(), value);
        if (!next)
            return next;
        changeset = std::move(next.value());
    }
    return changeset;
}

} // namespace ectowb::changeset
