#include "changesetform.h"

namespace ectowb::changeset {

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
    return out;
}

} // namespace ectowb::changeset
