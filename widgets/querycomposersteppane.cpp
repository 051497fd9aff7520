#include "querycomposersteppane.h"

#include "stepdelegate.h"
#include "stepeditor.h"
#include "titledpane.h"

#include "models/pipelinemodel.h"
#include "query/pipeline/pipelinescope.h"

#include <QAction>
#include <QListView>
#include <QMenu>

namespace ectowb::widgets {

using models::PipelineModel;
using query::PipelineStep;
using Kind = PipelineStep::Kind;

QueryComposerStepPane::QueryComposerStepPane(QWidget *parent)
    : QSplitter(Qt::Vertical, parent)
    , m_model(new PipelineModel(this))
    , m_steps(new QListView(this))
    , m_editor(new StepEditor(this))
{
    m_steps->setObjectName(QStringLiteral("composerSteps"));
    m_steps->setModel(m_model);
    m_steps->setItemDelegate(new StepDelegate(m_steps));
    m_steps->setUniformItemSizes(true);
    addWidget(new TitledPane(tr("&Steps"), m_steps, nullptr, this));
    addWidget(m_editor);
    setStretchFactor(0, 1);
    setStretchFactor(1, 1);

    m_add = new QAction(tr("&Add Step"), this);
    m_add->setShortcut(Qt::Key_Insert);
    m_add->setMenu(createAddMenu());
    m_remove = new QAction(tr("&Remove Step"), this);
    m_remove->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_Delete));
    m_up = new QAction(tr("Move &Up"), this);
    m_up->setShortcut(QKeySequence(Qt::ALT | Qt::Key_Up));
    m_down = new QAction(tr("Move &Down"), this);
    m_down->setShortcut(QKeySequence(Qt::ALT | Qt::Key_Down));
    connect(m_remove, &QAction::triggered, this, &QueryComposerStepPane::removeStep);
    connect(m_up, &QAction::triggered, this, [this] { moveStep(-1); });
    connect(m_down, &QAction::triggered, this, [this] { moveStep(1); });

    connect(m_model, &PipelineModel::pipelineChanged, this, [this] {
        if (!m_showing)
            Q_EMIT stepsEdited();
    });
    connect(m_editor, &StepEditor::stepEdited, this, &QueryComposerStepPane::onStepEdited);
    connect(m_steps->selectionModel(), &QItemSelectionModel::currentChanged, this, [this] {
        syncCurrentStep();
        Q_EMIT currentStepChanged(currentRow());
    });
}

QList<QAction *> QueryComposerStepPane::stepActions() const
{
    return {m_add, m_remove, m_up, m_down};
}

void QueryComposerStepPane::setProject(const project::Project *project)
{
    m_project = project;
    m_editor->setProject(project);
}

void QueryComposerStepPane::showPipeline(const query::Pipeline &pipeline)
{
    m_showing = true;
    const int row = currentRow();
    m_model->setPipeline(pipeline);
    m_steps->setCurrentIndex(m_model->index(std::clamp(row, 0, m_model->rowCount() - 1)));
    m_showing = false;
}

void QueryComposerStepPane::setEditable(bool on)
{
    m_steps->setEnabled(on);
    m_editor->setEnabled(on);
}

int QueryComposerStepPane::currentRow() const
{
    return m_steps->currentIndex().row();
}

void QueryComposerStepPane::setCurrentRow(int row)
{
    m_steps->setCurrentIndex(m_model->index(row));
}

void QueryComposerStepPane::syncCurrentStep()
{
    const int row = currentRow();
    if (!m_editingStep)
        m_editor->setStep(m_model->pipeline(), row);
    m_remove->setEnabled(row > 0);
    m_up->setEnabled(row > 1);
    m_down->setEnabled(row > 0 && row + 1 < m_model->rowCount());
}

void QueryComposerStepPane::onStepEdited(int row, const PipelineStep &step)
{
    const QString before = row < int(m_model->pipeline().steps.size()) ? m_model->pipeline().steps[size_t(row)].binding : QString();
    if (!before.isEmpty() && !step.binding.isEmpty() && before != step.binding) {
        renameBinding(row, step, before);
        return;
    }
    // The form already shows this step: refilling it would fight the typing.
    m_editingStep = true;
    m_model->replaceStep(row, step);
    m_editingStep = false;
}

QMenu *QueryComposerStepPane::createAddMenu()
{
    auto *menu = new QMenu(this);
    struct Entry { Kind kind; QString text; };
    // Ecto's own macro names: code, not words to translate.
    const Entry entries[] = {
        {Kind::Join, QStringLiteral("&join")}, {Kind::Where, QStringLiteral("&where")}, {Kind::OrWhere, QStringLiteral("&or_where")},
        {Kind::Select, QStringLiteral("&select")}, {Kind::SelectMerge, QStringLiteral("select_&merge")}, {Kind::Distinct, QStringLiteral("&distinct")},
        {Kind::GroupBy, QStringLiteral("&group_by")}, {Kind::Having, QStringLiteral("&having")}, {Kind::OrderBy, QStringLiteral("o&rder_by")},
        {Kind::Limit, QStringLiteral("&limit")}, {Kind::Offset, QStringLiteral("of&fset")}, {Kind::Preload, QStringLiteral("&preload")},
    };
    for (const Entry &entry : entries)
        menu->addAction(entry.text, this, [this, kind = entry.kind] { addStep(kind); });
    return menu;
}

// A new step goes after the selected one, with a first guess that already renders
// where one is possible; the form is the next thing to fill.
void QueryComposerStepPane::addStep(Kind kind)
{
    const query::Pipeline &pipeline = m_model->pipeline();
    if (pipeline.steps.empty())
        return;
    const int row = m_steps->currentIndex().isValid() ? m_steps->currentIndex().row() + 1 : m_model->rowCount();
    const QStringList bindings = pipeline.bindingsAt(row - 1);
    const QString first = bindings.value(0, QStringLiteral("p"));
    const query::PipelineScope scope(pipeline, m_project);
    PipelineStep step;
    step.kind = kind;
    switch (kind) {
    case Kind::Join: {
        step.qualifier = QStringLiteral("inner");
        step.source = scope.joinSources(row).value(0);
        QString name = PipelineStep::defaultBinding(step.source);
        if (name.isEmpty())
            name = QStringLiteral("j");
        QString unique = name;
        for (int i = 1; bindings.contains(unique); ++i)
            unique = name + QString::number(i);
        step.binding = unique;
        break;
    }
    case Kind::Select: step.expression = first; break;
    case Kind::SelectMerge: step.expression = QStringLiteral("%{}"); break;
    case Kind::Distinct: step.expression = QStringLiteral("true"); break;
    case Kind::GroupBy: step.expression = first % u".id"; break;
    case Kind::OrderBy: step.expression = u"[asc: " % first % u".id]"; break;
    case Kind::Limit: step.expression = QStringLiteral("10"); break;
    case Kind::Offset: step.expression = QStringLiteral("10"); break;
    case Kind::Preload: {
        const schema::Schema *schema = scope.schemaOf(row - 1, first);
        step.expression = schema && !schema->associations.isEmpty() ? u':' % schema->associations.first().name
                                                                      : QString();
        break;
    }
    case Kind::From:
    case Kind::Where:
    case Kind::OrWhere:
    case Kind::Having:
    case Kind::OrHaving:
        break;
    }
    m_model->insertStep(row, step);
    m_steps->setCurrentIndex(m_model->index(row));
    m_editor->setFocus(Qt::OtherFocusReason);
}

void QueryComposerStepPane::removeStep()
{
    const int row = m_steps->currentIndex().row();
    if (row <= 0)
        return; // the From step stays: a query needs one
    m_model->removeStep(row);
    m_steps->setCurrentIndex(m_model->index(std::min(row, m_model->rowCount() - 1)));
}

void QueryComposerStepPane::moveStep(int delta)
{
    const int row = m_steps->currentIndex().row();
    if (m_model->moveStep(row, row + delta))
        m_steps->setCurrentIndex(m_model->index(row + delta));
}

// A source's binding renamed (by hand, or following a new source): the later steps
// that use it are rewritten with it, so the query still reads.
void QueryComposerStepPane::renameBinding(int row, const PipelineStep &step, const QString &before)
{
    query::Pipeline pipeline = m_model->pipeline();
    pipeline.steps[size_t(row)] = step;
    pipeline.renameBinding(row, before);
    m_model->setPipeline(pipeline);
    m_steps->setCurrentIndex(m_model->index(row));
}

} // namespace ectowb::widgets
