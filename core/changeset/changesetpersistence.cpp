#include "changesetpersistence.h"

#include "adaptererror.h"
#include "autogenerate.h"
#include "constraintmatcher.h"
#include "valuecodec.h"

namespace ectowb::changeset {

using value::Term;

namespace {

using Values = std::vector<std::pair<QString, Term>>;

RepoOutcome raised(Changeset cs, const Error &error)
{
    RepoOutcome out;
    out.kind = RepoOutcome::Kind::Raised;
    out.changeset = std::move(cs);
    out.raised = error;
    return out;
}

bool isStored(const ChangesetSchema &schema, const QString &field)
{
    const schema::Field *f = schema.field(field);
    return f && !f->isVirtual;
}

// Only stored fields reach the row (virtual ones and unknown keys are dropped).
Values storedChanges(const Changeset &cs)
{
    Values out;
    for (const auto &[field, value] : cs.changes) {
        if (isStored(*cs.schema, field))
            out.emplace_back(field, value);
    }
    return out;
}

// Repo.insert merges the struct into the changes: every non-nil field not changed.
Values insertValues(const Changeset &cs)
{
    Values out = storedChanges(cs);
    for (const auto &[field, value] : cs.data) {
        const bool changed = std::any_of(out.begin(), out.end(), [&](const auto &v) { return v.first == field; });
        if (!changed && !value.isNil() && isStored(*cs.schema, field))
            out.emplace_back(field, value);
    }
    return out;
}

Result<Values> primaryKeyFilters(const Changeset &cs)
{
    if (cs.schema->primaryKey.isEmpty())
        return Error{QStringLiteral("schema `%1` has no primary key").arg(cs.schema->module), QStringLiteral("Ecto.NoPrimaryKeyFieldError")};
    Values out;
    for (const QString &key : cs.schema->primaryKey) {
        const Term value = cs.dataValue(key);
        if (value.isNil())
            return Error{QStringLiteral("struct `%%%1{}` is missing primary key value")
                             .arg(cs.schema->module), QStringLiteral("Ecto.NoPrimaryKeyValueError")};
        out.emplace_back(key, value);
    }
    return out;
}

Result<RepoStatement> buildStatement(const Changeset &cs, RepoAction action, db::Dialect dialect, Values &values,
                                     const QDateTime &nowUtc, bool *noop)
{
    if (action == RepoAction::Insert) {
        values = insertValues(cs);
        Autogenerate::forInsert(*cs.schema, values, nowUtc);
        return RepoStatement::insert(*cs.schema, values, dialect, cs.customDumps);
    }
    Result<Values> filters = primaryKeyFilters(cs);
    if (!filters)
        return filters.failure();
    if (action == RepoAction::Delete)
        return RepoStatement::remove(*cs.schema, *filters, dialect, cs.customDumps);
    values = storedChanges(cs);
    // Changes to virtual fields only, or none: Repo.update sends nothing and succeeds.
    if (values.empty()) {
        *noop = true;
        return RepoStatement();
    }
    Autogenerate::forUpdate(*cs.schema, values, nowUtc);
    return RepoStatement::update(*cs.schema, values, *filters, dialect, cs.customDumps);
}

void readBack(RepoOutcome &out, const RepoStatement &statement, const db::QueryRows &rows, db::Dialect dialect)
{
    if (rows.rows.isEmpty())
        return;
    const QVariantList &row = rows.rows.first();
    for (int i = 0; i < statement.returning.size() && i < row.size(); ++i) {
        const schema::Field *f = out.changeset.schema->field(statement.returning[i]);
        Result<Term> value = f ? ValueCodec::load(f->type, row[i], dialect) : Result<Term>(Term::nil());
        if (value)
            out.values.emplace_back(statement.returning[i], *value);
    }
}

} // namespace

QString ChangesetPersistence::actionName(RepoAction action)
{
    switch (action) {
    case RepoAction::Insert:
        return QStringLiteral("insert");
    case RepoAction::Update:
        return QStringLiteral("update");
    case RepoAction::Delete:
        return QStringLiteral("delete");
    }
    return QString();
}

RepoOutcome ChangesetPersistence::run(db::Connection &connection, const Changeset &changeset, RepoAction action, Mode mode,
                                      const QDateTime &nowUtc)
{
    Changeset cs = changeset;
    cs.action = actionName(action);
    if (!cs.valid) {
        RepoOutcome out;
        out.kind = RepoOutcome::Kind::Invalid;
        out.changeset = std::move(cs);
        return out;
    }
    // A step the tool could not run may have rejected this changeset: never write it.
    if (mode == Mode::Save && !cs.skipped.empty())
        return raised(std::move(cs), Error{QStringLiteral("not saved: %1 step(s) of the changeset function could not be "
                                                          "evaluated, so it may not be valid")
                                               .arg(cs.skipped.size())});
    Values values;
    bool noop = false;
    Result<RepoStatement> statement = buildStatement(cs, action, connection.dialect(), values, nowUtc, &noop);
    if (!statement)
        return raised(std::move(cs), statement.failure());
    RepoOutcome out;
    out.changeset = cs;
    out.values = values;
    if (noop) {
        out.kind = RepoOutcome::Kind::Ok;
        out.noop = true;
        return out;
    }
    out.statement = *statement;
    if (Result<void> begun = connection.begin(); !begun)
        return raised(std::move(cs), begun.failure());
    RepoStatement::Outcome executed = statement->execute(connection);
    if (!executed.ok) {
        connection.rollback();
        executed.query.reset();
        const std::vector<ConstraintViolation> violations = AdapterError::toConstraints(executed.error, connection.dialect());
        if (violations.empty()) {
            out.kind = RepoOutcome::Kind::Raised;
            out.raised = AdapterError::exception(executed.error, connection.dialect());
            return out;
        }
        Result<Changeset> mapped = ConstraintMatcher::apply(cs, violations);
        if (!mapped) {
            out.kind = RepoOutcome::Kind::Raised;
            out.raised = mapped.failure();
            return out;
        }
        out.kind = RepoOutcome::Kind::Invalid;
        out.changeset = *mapped;
        return out;
    }
    if (action != RepoAction::Insert && executed.rows.rowsAffected == 0) {
        connection.rollback();
        out.kind = RepoOutcome::Kind::Raised;
        out.raised = Error{QStringLiteral("attempted to %1 a stale struct").arg(cs.action), QStringLiteral("Ecto.StaleEntryError")};
        return out;
    }
    readBack(out, *statement, executed.rows, connection.dialect());
    Result<void> finished = mode == Mode::Save ? connection.commit() : connection.rollback();
    if (!finished) {
        out.kind = RepoOutcome::Kind::Raised;
        out.raised = finished.failure();
        return out;
    }
    out.kind = RepoOutcome::Kind::Ok;
    out.committed = mode == Mode::Save;
    return out;
}

} // namespace ectowb::changeset
