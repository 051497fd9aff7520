#pragma once

#include "query/pipeline/pipelinestep.h"

#include <QSplitter>

class QAction;
class QListView;
class QMenu;

namespace ectowb::models {
class PipelineModel;
}
namespace ectowb::project {
struct Project;
}
namespace ectowb::query {
struct Pipeline;
}

namespace ectowb::widgets {

class StepEditor;

// The composer's steps: the list of the query's steps over the form of the selected
// one, and the actions that add, remove and move steps. Edits change the pipeline
// model and are announced (stepsEdited); turning steps into code and code back into
// steps is the composer's.
class QueryComposerStepPane : public QSplitter
{
    Q_OBJECT
public:
    explicit QueryComposerStepPane(QWidget *parent = nullptr);

    // Where a new step's first guess finds sources and associations; the project must
    // outlive the pane.
    void setProject(const project::Project *project);
    // Steps read from the code: shown without counting as an edit, the selection kept
    // on the row it was on.
    void showPipeline(const query::Pipeline &pipeline);
    // Off while the code is more than a pipeline: the steps stay as they were.
    void setEditable(bool on);
    int currentRow() const; // -1: none
    void setCurrentRow(int row);
    // The form shows the selected step (unless it is the one being typed into) and
    // the actions follow the selection.
    void syncCurrentStep();

    models::PipelineModel *model() const { return m_model; }
    QListView *stepList() const { return m_steps; }
    StepEditor *stepEditor() const { return m_editor; }
    QAction *addStepAction() const { return m_add; }
    QAction *removeStepAction() const { return m_remove; }
    // Add, remove, move up, move down: the composer puts them on its tool bar and
    // takes their keys in all of its panes.
    QList<QAction *> stepActions() const;

Q_SIGNALS:
    // The steps changed by an edit here or in the model (not by showPipeline).
    void stepsEdited();
    // The person selected another step.
    void currentStepChanged(int row);

private:
    QMenu *createAddMenu();
    void addStep(query::PipelineStep::Kind kind);
    void removeStep();
    void moveStep(int delta);
    void onStepEdited(int row, const query::PipelineStep &step);
    void renameBinding(int row, const query::PipelineStep &step, const QString &before);

    models::PipelineModel *m_model;
    QListView *m_steps;
    StepEditor *m_editor;
    QAction *m_add;
    QAction *m_remove;
    QAction *m_up;
    QAction *m_down;
    const project::Project *m_project = nullptr;
    bool m_showing = false;     // showPipeline is filling the model
    bool m_editingStep = false; // the form's own edit is being stored
};

} // namespace ectowb::widgets
