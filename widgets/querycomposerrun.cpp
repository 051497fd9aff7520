// QueryComposer, part three: the query core as its renderer, and running what it
// renders on the open database.
#include "querycomposer.h"

#include "queryrunpanel.h"
#include "models/pipelinemodel.h"

#include <QListView>
#include "changeset/changesetinspect.h"
#include "query/querycompiler.h"

#include <QAction>
#include <QMessageBox>

namespace ectowb::widgets {

namespace {

QString located(const query::ComposerError &error)
{
    if (error.pos.line <= 0)
        return error.message;
    return QueryComposer::tr("Line %1, column %2: %3").arg(error.pos.line).arg(error.pos.column).arg(error.message);
}

QStringList elixirTexts(const std::vector<value::Term> &values)
{
    QStringList out;
    for (const value::Term &value : values)
        out << changeset::ChangesetInspect::value(value);
    return out;
}

} // namespace

bool QueryComposer::allSupplied(const Rendering &rendering)
{
    return std::all_of(rendering.open.cbegin(), rendering.open.cend(),
                       [](const OpenParametersEditor::Parameter &p) { return p.supplied; });
}

QueryComposer::Rendering QueryComposer::compile(const QString &source, db::Dialect dialect) const
{
    Rendering out;
    if (!m_compiler || source.trimmed().isEmpty())
        return out;
    const query::Evaluation evaluation = m_compiler->evaluate(source);
    const query::ComposeResult result = m_compiler->render(evaluation, dialect, query::Operation::All,
                                                           m_open->values());
    for (const query::Statement &statement : result.statements)
        out.statements.append({statement.sql, elixirTexts(statement.params), statement.params, statement.writes});
    QStringList errors;
    for (const query::ComposerError &error : result.errors)
        errors << located(error);
    out.error = errors.join(u'\n');
    for (const query::OpenParameterInfo &open : result.openParameters)
        out.open.append({open.name, open.type, open.supplied});
    if (result.isOk() && evaluation.query) {
        const auto preloads = m_compiler->preloads(evaluation, dialect);
        QStringList texts;
        for (const query::PreloadStatement &preload : preloads ? preloads.value() : std::vector<query::PreloadStatement>())
            texts << u"-- " % preload.path % u" (for the parents' keys in ^" % preload.keys % u")\n" % preload.statement.sql % u';';
        out.preloads = texts.join(u"\n\n");
    }
    return out;
}

void QueryComposer::setDatabase(const std::optional<db::ConnectionSettings> &settings)
{
    m_runPanel->setDatabase(settings);
    if (settings)
        setDialect(settings->dialect); // the SQL shown is what would run
}

void QueryComposer::setHistoryFile(const QString &path)
{
    m_runPanel->setHistoryFile(path);
}

std::optional<runner::Statement> QueryComposer::statementToRun()
{
    // What runs is shown: the SQL of the database it runs on, whatever the combo said.
    if (const auto database = m_runPanel->databaseDialect(); database && *database != dialect())
        setDialect(*database);
    render();
    if (m_last.statements.size() != 1 || !m_last.error.isEmpty() || !allSupplied(m_last))
        return std::nullopt;
    const Statement &statement = m_last.statements.first();
    return runner::Statement{statement.sql, statement.values};
}

bool QueryComposer::runQuery()
{
    const auto statement = statementToRun();
    if (!statement || !m_runPanel->hasDatabase())
        return false;
    // A statement that changes data runs only after the person said so.
    if (m_last.statements.first().writes) {
        const QString title = tr("Change the Database");
        const QString text = tr("This statement changes rows of the database:\n\n%1\n\nRun it?").arg(statement->sql);
        const bool go = m_confirm ? m_confirm(title, text)
                                  : QMessageBox::question(this, title, text, QMessageBox::Yes | QMessageBox::No,
                                                          QMessageBox::No) == QMessageBox::Yes;
        if (!go)
            return false;
    }
    // In a step-through, what ran is the query up to the step shown.
    const QModelIndex step = m_steps->currentIndex();
    const bool partial = isStepThrough() && m_pipelineMode && step.isValid() && step.row() + 1 < m_model->rowCount();
    return m_runPanel->run(*statement, partial ? sourceUpTo(step.row() + 1) : source());
}

bool QueryComposer::explainQuery()
{
    const auto statement = statementToRun();
    return statement && m_runPanel->explain(*statement);
}

} // namespace ectowb::widgets
