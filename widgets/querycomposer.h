#pragma once

#include "openparameterseditor.h"
#include "querycomposerrendering.h"
#include "stepedithistory.h"

#include "db/connectionsettings.h"
#include "project/project.h"
#include "query/pipeline/pipelinewriter.h"

#include <QWidget>

#include <functional>
#include <memory>
#include <optional>

class QAction;
class QCheckBox;
class QComboBox;
class QLabel;
class QListView;
class QTimer;

namespace ectowb::models {
class PipelineModel;
}

namespace ectowb::widgets {

class CodeView;
class QueryComposerRenderer;
class QueryComposerRunController;
class QueryComposerSqlPane;
class QueryComposerStepPane;
class QueryRunPanel;
class StepEditor;

// The query composer: a query as steps (added, removed, reordered, each with its
// form), the same query as Ecto code in keyword or pipe syntax, and the SQL and
// parameters Ecto would send for the chosen database. Steps and code are one thing:
// editing either rewrites the other; code that is more than a pipeline (variables,
// Enum.reduce) stays code and still renders. A step-through shows each step's SQL
// and marks what the step added. Below: run the statement on the open database and
// see its rows, its plan, the preload queries and the project's query history.
// The steps are QueryComposerStepPane's, the SQL shown QueryComposerSqlPane's,
// rendering through the query core QueryComposerRenderer's and running
// QueryComposerRunController's; the composer keeps code, steps and SQL in step.
class QueryComposer : public QWidget
{
    Q_OBJECT
public:
    using Statement = QueryComposerRendering::Statement;
    using Rendering = QueryComposerRendering;
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
    void setConfirmation(Confirmation confirm);
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

    models::PipelineModel *model() const;
    QListView *stepList() const;
    StepEditor *stepEditor() const;
    CodeView *codeEditor() const { return m_code; }
    CodeView *sqlView() const;
    QAction *addStepAction() const;
    QAction *removeStepAction() const;
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
    QWidget *createToolBar();
    void createUndoActions();
    QWidget *createCodePane();
    void stepsChanged();
    void restoreSource(const QString &source);
    void updateUndoActions();
    void codeEdited();
    void readCode();
    void showCodeProblem(const QString &problem);
    void writeCode();
    void render();
    void showRendering(const Rendering &rendering, const QString &previousSql);
    void locateProblem(const QString &message);
    void currentStepChanged();
    int stepShown() const;
    QString sourceUpTo(int stepCount) const;
    QString runSource() const;
    void followDatabaseDialect();

    QueryComposerStepPane *m_stepPane;
    CodeView *m_code;
    QLabel *m_codeNote;
    QueryComposerSqlPane *m_sqlPane;
    QComboBox *m_syntax;
    QComboBox *m_dialect;
    QCheckBox *m_stepThrough;
    OpenParametersEditor *m_open;
    QueryRunPanel *m_runPanel;
    QueryComposerRunController *m_runs;
    QTimer *m_codeTimer;
    QAction *m_run = nullptr;
    QAction *m_explain = nullptr;
    QAction *m_undoAction = nullptr;
    QAction *m_redoAction = nullptr;

    project::Project m_project;
    Renderer m_renderer;
    bool m_customRenderer = false;
    std::unique_ptr<QueryComposerRenderer> m_coreRenderer;
    bool m_pipelineMode = true; // the code is a pipeline the steps show
    bool m_writingCode = false;
    bool m_restoring = false;   // an undo or redo puts a source back
    StepEditHistory m_history;
    QString m_codeProblem;
    Rendering m_last;
};

} // namespace ectowb::widgets
