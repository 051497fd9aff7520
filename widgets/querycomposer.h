#pragma once

#include "openparameterseditor.h"

#include "db/connectionsettings.h"
#include "project/project.h"
#include "query/pipeline/pipelinewriter.h"
#include "runner/statement.h"

#include <QWidget>

#include <functional>
#include <memory>
#include <optional>

class QAction;
class QCheckBox;
class QComboBox;
class QLabel;
class QListView;
class QMenu;
class QPlainTextEdit;
class QTimer;

namespace ectowb::models {
class PipelineModel;
}
namespace ectowb::query {
class QueryCompiler;
}

namespace ectowb::widgets {

class CodeView;
class QueryRunPanel;
class StepEditor;

// The query composer: a query as steps (added, removed, reordered, each with its
// form), the same query as Ecto code in keyword or pipe syntax, and the SQL and
// parameters Ecto would send for the chosen database. Steps and code are one thing:
// editing either rewrites the other; code that is more than a pipeline (variables,
// Enum.reduce) stays code and still renders. A step-through shows each step's SQL
// and marks what the step added. Below: run the statement on the open database and
// see its rows, its plan, the preload queries and the project's query history.
class QueryComposer : public QWidget
{
    Q_OBJECT
public:
    // What the renderer answered for one source: the statements with their parameters
    // as text, or why there are none.
    struct Statement
    {
        QString sql;
        QStringList params;                  // as Elixir writes the values
        std::vector<value::Term> values; // what is bound when it runs
        bool writes = false;                 // the query core says it changes data
    };
    struct Rendering
    {
        QList<Statement> statements;
        QString error;
        QList<OpenParametersEditor::Parameter> open; // pins the source leaves unbound, filled or not
        QString preloads;                            // the queries Ecto runs for preload:, as SQL text
    };
    // Asked before a statement that writes runs; the default shows a dialog.
    using Confirmation = std::function<bool(const QString &title, const QString &text)>;
    using Renderer = std::function<Rendering(const QString &source, db::Dialect dialect)>;

    explicit QueryComposer(QWidget *parent = nullptr);
    ~QueryComposer() override;

    // The project's schemas and functions; its queries render through the query core
    // (query::QueryCompiler) unless setRenderer() chose another renderer.
    void setProject(const project::Project &project);
    void setRenderer(Renderer renderer);
    void setDatabase(const std::optional<db::ConnectionSettings> &settings);
    void setHistoryFile(const QString &path);
    void setConfirmation(Confirmation confirm) { m_confirm = std::move(confirm); }
    // Runs the one statement of the query; false when nothing could start.
    bool runQuery();
    bool explainQuery();
    void setDialect(db::Dialect dialect);
    db::Dialect dialect() const;
    void setSyntax(query::QuerySyntax syntax);
    query::QuerySyntax syntax() const;

    // As if the person typed or pasted it into the code view.
    void setSource(const QString &source);
    QString source() const;
    // The SQL shown now (all statements), and its parameter lines.
    QString sqlText() const;
    QStringList parameterLines() const;
    QString codeProblem() const; // why the code is not (or not only) steps; empty when it is
    QString renderProblem() const; // the error shown instead of (or after) the SQL; empty when none

    void setStepThrough(bool on);
    bool isStepThrough() const;
    // In a step-through: show the SQL after step `row` and mark what it added.
    void showStep(int row);
    // Moves the step-through one step back (-1) or on (+1), starting it if it is off;
    // false when there are no steps to walk through.
    bool stepBy(int delta);
    QStringList addedSqlParts() const; // the marked text, for tests

    models::PipelineModel *model() const { return m_model; }
    QListView *stepList() const { return m_steps; }
    StepEditor *stepEditor() const { return m_editor; }
    CodeView *codeEditor() const { return m_code; }
    CodeView *sqlView() const { return m_sql; }
    QAction *addStepAction() const { return m_add; }
    QAction *removeStepAction() const { return m_remove; }
    QAction *runAction() const { return m_run; }
    QAction *explainAction() const { return m_explain; }
    // Undo and redo of step edits (added, removed, moved, changed in the form); the
    // code pane keeps its own undo for typing.
    bool undo();
    bool redo();
    QAction *undoAction() const { return m_undoAction; }
    QAction *redoAction() const { return m_redoAction; }
    QueryRunPanel *runPanel() const { return m_runPanel; }
    OpenParametersEditor *openParameters() const { return m_open; }

Q_SIGNALS:
    // After the SQL was rendered again.
    void rendered();

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    QWidget *createStepPane();
    QWidget *createCodePane();
    QWidget *createSqlPane();
    QMenu *createAddMenu();
    void addStep(query::PipelineStep::Kind kind);
    void removeStep();
    void moveStep(int delta);
    void stepsChanged();
    void recordStepEdit();
    void renameBinding(int row, const query::PipelineStep &step, const QString &before);
    void restoreSource(const QString &source);
    void updateUndoActions();
    void codeEdited();
    void readCode();
    void writeCode();
    void render();
    void showRendering(const Rendering &rendering, const QString &previousSql);
    void locateProblem(const QString &message);
    void currentStepChanged();
    QString sourceUpTo(int stepCount) const;
    QString joinedSql(const Rendering &rendering) const;
    Rendering compile(const QString &source, db::Dialect dialect) const;
    std::optional<runner::Statement> statementToRun();
    static bool allSupplied(const Rendering &rendering);

    models::PipelineModel *m_model;
    QListView *m_steps;
    StepEditor *m_editor;
    CodeView *m_code;
    QLabel *m_codeNote;
    CodeView *m_sql;
    QPlainTextEdit *m_params;
    QLabel *m_sqlNote;
    QComboBox *m_syntax;
    QComboBox *m_dialect;
    QCheckBox *m_stepThrough;
    QAction *m_add;
    QAction *m_remove;
    QAction *m_up;
    QAction *m_down;
    QAction *m_run;
    QAction *m_explain;
    OpenParametersEditor *m_open;
    QueryRunPanel *m_runPanel;
    QTimer *m_codeTimer;

    project::Project m_project;
    Renderer m_renderer;
    bool m_customRenderer = false;
    std::unique_ptr<query::QueryCompiler> m_compiler;
    Confirmation m_confirm;
    bool m_pipelineMode = true; // the code is a pipeline the steps show
    bool m_writingCode = false;
    bool m_readingCode = false;
    bool m_editingStep = false;
    QStringList m_undo;     // sources before each step edit, oldest first
    QStringList m_redo;
    QString m_recorded;     // the source as of the last step edit or load
    bool m_restoring = false;
    QAction *m_undoAction = nullptr;
    QAction *m_redoAction = nullptr;
    QString m_codeProblem;
    QStringList m_added;
    Rendering m_last;
};

} // namespace ectowb::widgets
