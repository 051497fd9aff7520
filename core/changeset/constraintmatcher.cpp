#include "constraintmatcher.h"

namespace ectowb::changeset {

using value::Term;

namespace {

const ChangesetConstraint *find(const Changeset &cs, const ConstraintViolation &v)
{
    if (!v.name)
        return nullptr; // no constraint name is ever equal to nil
    for (const ChangesetConstraint &c : cs.constraints) {
        if (c.type != v.type)
            continue;
        if (c.match == QLatin1String("exact") && c.constraint == *v.name)
            return &c;
        if (c.match == QLatin1String("suffix") && v.name->endsWith(c.constraint))
            return &c;
        if (c.match == QLatin1String("prefix") && v.name->startsWith(c.constraint))
            return &c;
    }
    return nullptr;
}

QString inspectName(const std::optional<QString> &name)
{
    if (!name)
        return QStringLiteral("nil");
    QString escaped = *name;
    escaped.replace(QLatin1Char('\\'), QStringLiteral("\\\\")).replace(QLatin1Char('"'), QStringLiteral("\\\""));
    return QLatin1Char('"') + escaped + QLatin1Char('"');
}

} // namespace

Error ConstraintMatcher::constraintError(const Changeset &cs, const ConstraintViolation &v)
{
    QString defined;
    if (cs.constraints.empty()) {
        defined = QStringLiteral("The changeset has not defined any constraint.");
    } else {
        QStringList lines;
        for (const ChangesetConstraint &c : cs.constraints)
            lines << QStringLiteral("    * %1 (%2_constraint)").arg(inspectName(c.constraint), c.type);
        defined = QStringLiteral("The changeset defined the following constraints:\n\n") + lines.join(QLatin1Char('\n'));
    }
    return Error{QStringLiteral("constraint error when attempting to %1 struct:\n\n"
                          "    * %2 (%3_constraint)\n\n"
                          "If you would like to stop this constraint violation from raising an\n"
                          "exception and instead add it as an error to your changeset, please\n"
                          "call `%3_constraint/3` on your changeset with the constraint\n"
                          "`:name` as an option.\n\n%4\n")
        .arg(cs.action.isEmpty() ? QStringLiteral("nil") : cs.action, inspectName(v.name), v.type, defined), QStringLiteral("Ecto.ConstraintError")};
}

Result<Changeset> ConstraintMatcher::apply(Changeset cs, const std::vector<ConstraintViolation> &violations)
{
    std::vector<ChangesetError> errors;
    for (const ConstraintViolation &v : violations) {
        const ChangesetConstraint *c = find(cs, v);
        if (!c)
            return constraintError(cs, v);
        errors.push_back(ChangesetError{c->field, c->errorMessage,
                                        {{QStringLiteral("constraint"), Term::atom(c->errorType)},
                                         {QStringLiteral("constraint_name"), Term::string(*v.name)}}});
    }
    cs.addErrors(std::move(errors));
    cs.valid = false;
    return cs;
}

} // namespace ectowb::changeset
