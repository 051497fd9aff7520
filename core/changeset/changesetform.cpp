#include "changesetform.h"

namespace ectowb::changeset {

using value::Term;

namespace {

bool hasValidation(const Changeset &cs, const QString &field, QStringView name)
{
    return std::any_of(cs.validations.begin(), cs.validations.end(),
                       [&](const auto &v) { return v.first == field && v.second == name; });
}

bool contains(const QList<FormField> &fields, const QString &name)
{
    return std::any_of(fields.begin(), fields.end(), [&](const FormField &f) { return f.name == name; });
}

// The first row's changeset of a relation's change: a child changeset, or the
// first of a list of them.
const Changeset *firstRow(const Changeset &cs, const QString &name)
{
    const std::optional<Term> change = cs.change(name);
    if (!change)
        return nullptr;
    if (change->isChangeset())
        return &change->changesetValue();
    if (change->isList() && !change->elements().empty() && change->elements().front().isChangeset())
        return &change->elements().front().changesetValue();
    return nullptr;
}

bool isMany(const ChangesetSchema &schema, const QString &name)
{
    if (const schema::Field *f = schema.field(name))
        return f->type.embedsMany();
    const schema::Association *a = schema.association(name);
    return a && a->cardinalityMany();
}

QString relatedOf(const ChangesetSchema &schema, const QString &name)
{
    if (const schema::Field *f = schema.field(name))
        return f->type.name();
    const schema::Association *a = schema.association(name);
    return a ? a->related : QString();
}

} // namespace

bool ChangesetForm::isSecret(const QString &name, const schema::Field *field)
{
    return (field && field->redact) || name.contains(QLatin1String("password"), Qt::CaseInsensitive);
}

QList<FormField> ChangesetForm::fields(const Changeset &probe)
{
    const ChangesetSchema &schema = *probe.schema;
    QList<FormField> out;
    for (const QString &name : probe.permitted) {
        const schema::Field *f = schema.field(name);
        if (!f)
            continue;
        FormField field;
        field.name = name;
        field.type = f->type;
        field.required = probe.required.contains(name);
        field.secret = isSecret(name, f);
        out << field;
        if (hasValidation(probe, name, u"confirmation")) {
            FormField confirmation = field;
            confirmation.name = name + QStringLiteral("_confirmation");
            confirmation.kind = FormField::Kind::Confirmation;
            confirmation.required = false;
            confirmation.confirms = name;
            if (!probe.permitted.contains(confirmation.name))
                out << confirmation;
        }
    }
    // Validations are kept newest first; the form lists them as written.
    for (auto it = probe.validations.rbegin(); it != probe.validations.rend(); ++it) {
        if (it->second != QLatin1String("acceptance") || contains(out, it->first))
            continue;
        FormField field;
        field.name = it->first;
        field.type = schema::EctoType::primitive(QStringLiteral("boolean"));
        field.kind = FormField::Kind::Acceptance;
        out << field;
    }
    for (const QString &name : probe.relations) {
        if (contains(out, name))
            continue;
        FormField field;
        field.name = name;
        field.kind = FormField::Kind::Relation;
        if (const schema::Field *f = schema.field(name))
            field.type = f->type;
        field.required = probe.required.contains(name);
        field.many = isMany(schema, name);
        field.related = relatedOf(schema, name);
        if (const Changeset *row = firstRow(probe, name)) {
            const QList<FormField> rowFields = fields(*row);
            field.rowFields.assign(rowFields.begin(), rowFields.end());
        }
        out << field;
    }
    return out;
}

Term ChangesetForm::rowProbeParams(const Changeset &probe)
{
    std::vector<Term::Pair> pairs;
    for (const QString &name : probe.relations) {
        const Changeset *row = firstRow(probe, name);
        const Term rowParams = row ? rowProbeParams(*row) : Term::map({});
        pairs.emplace_back(Term::string(name), isMany(*probe.schema, name) ? Term::list({rowParams}) : rowParams);
    }
    return Term::map(std::move(pairs));
}

QList<FormField> ChangesetForm::probe(const std::function<std::optional<Changeset>(const Term &params)> &run)
{
    std::optional<Changeset> cs = run(Term::map({}));
    if (!cs)
        return {};
    // Each round reaches one level deeper; a round that raises keeps the last form.
    Term params = Term::map({});
    for (int depth = 0; depth < 3 && !cs->relations.isEmpty(); ++depth) {
        const Term next = rowProbeParams(*cs);
        if (next == params)
            break;
        std::optional<Changeset> deeper = run(next);
        if (!deeper)
            break;
        params = next;
        cs = std::move(deeper);
    }
    return fields(*cs);
}

} // namespace ectowb::changeset
