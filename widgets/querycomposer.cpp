#include "querycomposer.h"

#include "codeview.h"
#include "notelabel.h"
#include "querycomposerrenderer.h"
#include "querycomposerruncontroller.h"
#include "querycomposersqlpane.h"
#include "querycomposersteppane.h"
#include "queryrunpanel.h"
#include "titledpane.h"
#include "models/pipelinemodel.h"
#include "query/pipeline/pipelinereader.h"
#include "query/pipeline/pipelinescope.h"

#include <QAction>
#include <QKeyEvent>
#include <QCheckBox>
#include <QComboBox>
#include <QMenu>
#include <QPlainTextEdit>
#include <QSplitter>
#include <QTimer>
#include <QToolBar>
#include <QToolButton>
#include <QVBoxLayout>

namespace ectowb::widgets {

using query::QuerySyntax;

namespace {

constexpr int CodeDelayMs = 250; // read typed code once the typing pauses

} // namespace

QueryComposer::QueryComposer(QWidget *parent)
    : QWidget(parent)
    , m_stepPane(new QueryComposerStepPane(this))
    , m_code(new CodeView(this))
    , m_codeNote(new NoteLabel(this))
    , m_sqlPane(new QueryComposerSqlPane(this))
    , m_syntax(new QComboBox(this))
    , m_dialect(new QComboBox(this))
    , m_stepThrough(new QCheckBox(tr("Step &through"), this))
    , m_open(new OpenParametersEditor(this))
    , m_runPanel(new QueryRunPanel(this))
    , m_runs(new QueryComposerRunController(m_runPanel, this))
    , m_codeTimer(new QTimer(this))
{
    setObjectName(QStringLiteral("queryComposer"));
    m_syntax->addItem(tr("Keyword syntax"), int(QuerySyntax::Keyword));
    m_syntax->addItem(tr("Pipe syntax"), int(QuerySyntax::Pipe));
    m_dialect->addItem(db::dialectTitle(db::Dialect::Postgres), int(db::Dialect::Postgres));
    m_dialect->addItem(db::dialectTitle(db::Dialect::Sqlite), int(db::Dialect::Sqlite));
    m_stepThrough->setToolTip(tr("Show the SQL after the selected step and mark what that step added"));
    m_codeTimer->setSingleShot(true);
    m_codeTimer->setInterval(CodeDelayMs);
    QWidget *toolBar = createToolBar();

    auto *right = new QSplitter(Qt::Vertical, this);
    right->addWidget(createCodePane());
    m_sqlPane->addControls(m_dialect, m_open);
    right->addWidget(m_sqlPane);
    auto *top = new QSplitter(Qt::Horizontal, this);
    top->addWidget(m_stepPane);
    top->addWidget(right);
    top->setStretchFactor(0, 2);
    top->setStretchFactor(1, 3);
    auto *main = new QSplitter(Qt::Vertical, this);
    main->addWidget(top);
    main->addWidget(m_runPanel);
    main->setStretchFactor(0, 1);
    main->setStretchFactor(1, 1);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(4, 4, 4, 4);
    layout->addWidget(toolBar);
    layout->addWidget(main, 1);

    connect(m_open, &OpenParametersEditor::valuesChanged, this, &QueryComposer::render);
    connect(m_runPanel, &QueryRunPanel::historyActivated, this, &QueryComposer::setSource);
    connect(m_stepPane, &QueryComposerStepPane::stepsEdited, this, &QueryComposer::stepsChanged);
    connect(m_stepPane, &QueryComposerStepPane::currentStepChanged, this, [this](int row) {
        if (isStepThrough())
            showStep(row);
    });
    connect(m_code, &QPlainTextEdit::textChanged, this, &QueryComposer::codeEdited);
    connect(m_codeTimer, &QTimer::timeout, this, &QueryComposer::readCode);
    connect(m_syntax, &QComboBox::currentIndexChanged, this, [this] {
        if (m_pipelineMode)
            writeCode();
    });
    connect(m_dialect, &QComboBox::currentIndexChanged, this, &QueryComposer::render);
    connect(m_stepThrough, &QCheckBox::toggled, this, [this](bool on) {
        if (!on)
            model()->setHighlightedStep(-1);
        render();
    });
    // Text fields take some keys for themselves (a line edit reads Ctrl+E as "end of
    // line"): the composer's own keys win in every field of it.
    for (QWidget *child : findChildren<QWidget *>())
        child->installEventFilter(this);
}

// The step actions, undo and redo, Run and Explain, and the step-through switch. Their
// keys work in every pane of the composer, not only in the pane an action belongs to.
QWidget *QueryComposer::createToolBar()
{
    auto *toolBar = new QToolBar(this);
    toolBar->setToolButtonStyle(Qt::ToolButtonTextOnly);
    for (QAction *action : m_stepPane->stepActions()) {
        action->setShortcutContext(Qt::WidgetWithChildrenShortcut);
        addAction(action);
        toolBar->addAction(action);
    }
    QAction *add = m_stepPane->addStepAction();
    if (auto *button = qobject_cast<QToolButton *>(toolBar->widgetForAction(add)))
        button->setPopupMode(QToolButton::InstantPopup);
    connect(add, &QAction::triggered, this, [this, add] { add->menu()->popup(mapToGlobal(QPoint(0, 0))); });
    createUndoActions();
    toolBar->addSeparator();
    m_run = new QAction(tr("R&un"), this);
    m_run->setShortcuts({QKeySequence(Qt::CTRL | Qt::Key_Return), QKeySequence(Qt::CTRL | Qt::Key_Enter)});
    m_run->setToolTip(tr("Run the query on the open database (Ctrl+Return)"));
    m_explain = new QAction(tr("E&xplain"), this);
    m_explain->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_E));
    m_explain->setToolTip(tr("Show how the database plans the query (Ctrl+E)"));
    for (QAction *action : {m_run, m_explain}) {
        action->setShortcutContext(Qt::WidgetWithChildrenShortcut);
        addAction(action);
        toolBar->addAction(action);
    }
    connect(m_run, &QAction::triggered, this, &QueryComposer::runQuery);
    connect(m_explain, &QAction::triggered, this, &QueryComposer::explainQuery);
    toolBar->addSeparator();
    toolBar->addWidget(m_stepThrough);
    return toolBar;
}

void QueryComposer::createUndoActions()
{
    m_undoAction = new QAction(tr("Undo Step Edit"), this);
    m_undoAction->setShortcut(QKeySequence::Undo);
    m_redoAction = new QAction(tr("Redo Step Edit"), this);
    m_redoAction->setShortcut(QKeySequence::Redo);
    for (QAction *action : {m_undoAction, m_redoAction}) {
        action->setShortcutContext(Qt::WidgetWithChildrenShortcut);
        action->setEnabled(false);
        addAction(action);
    }
    connect(m_undoAction, &QAction::triggered, this, &QueryComposer::undo);
    connect(m_redoAction, &QAction::triggered, this, &QueryComposer::redo);
}

bool QueryComposer::eventFilter(QObject *watched, QEvent *event)
{
    if (event->type() == QEvent::ShortcutOverride) {
        const auto *key = static_cast<QKeyEvent *>(event);
        const QKeySequence pressed(key->keyCombination());
        for (const QAction *action : {m_run, m_explain}) {
            if (action->shortcuts().contains(pressed)) {
                event->ignore(); // not the field's: the action's shortcut takes it
                return true;
            }
        }
    }
    return QWidget::eventFilter(watched, event);
}

QueryComposer::~QueryComposer() = default;

QWidget *QueryComposer::createCodePane()
{
    m_code->setObjectName(QStringLiteral("composerCode"));
    m_code->setReadOnly(false);
    m_code->setTextInteractionFlags(Qt::TextEditorInteraction);
    m_code->setLineWrapMode(QPlainTextEdit::WidgetWidth);
    m_code->setPlaceholderText(tr("Type or paste an Ecto query, e.g. from p in Post, where: p.published"));
    return new TitledPane(tr("Ecto &code"), m_code, m_codeNote, this, m_syntax);
}

models::PipelineModel *QueryComposer::model() const
{
    return m_stepPane->model();
}

QListView *QueryComposer::stepList() const
{
    return m_stepPane->stepList();
}

StepEditor *QueryComposer::stepEditor() const
{
    return m_stepPane->stepEditor();
}

CodeView *QueryComposer::sqlView() const
{
    return m_sqlPane->sqlView();
}

QAction *QueryComposer::addStepAction() const
{
    return m_stepPane->addStepAction();
}

QAction *QueryComposer::removeStepAction() const
{
    return m_stepPane->removeStepAction();
}

void QueryComposer::setProject(const project::Project &project)
{
    m_project = project;
    m_stepPane->setProject(&m_project);
    if (!m_customRenderer) {
        m_coreRenderer = std::make_unique<QueryComposerRenderer>(m_project);
        m_renderer = [this](const QString &source, db::Dialect dialect) {
            return m_coreRenderer->render(source, dialect, m_open->values());
        };
    }
    if (model()->rowCount() == 0 && m_code->toPlainText().trimmed().isEmpty()) {
        // Start from something that runs: the first table of the project.
        const QStringList sources = query::PipelineScope({}, &m_project).fromSources();
        if (!sources.isEmpty())
            setSource(QStringLiteral("from %1 in %2").arg(sources.first().left(1).toLower(), sources.first()));
    }
    render();
}

void QueryComposer::setRenderer(Renderer renderer)
{
    m_renderer = std::move(renderer);
    m_customRenderer = true;
    render();
}

void QueryComposer::setDatabase(const std::optional<db::ConnectionSettings> &settings)
{
    m_runs->setDatabase(settings);
    if (settings)
        setDialect(settings->dialect); // the SQL shown is what would run
}

void QueryComposer::setHistoryFile(const QString &path)
{
    m_runs->setHistoryFile(path);
}

void QueryComposer::setConfirmation(Confirmation confirm)
{
    m_runs->setConfirmation(std::move(confirm));
}

void QueryComposer::setDialect(db::Dialect dialect)
{
    m_dialect->setCurrentIndex(m_dialect->findData(int(dialect)));
}

db::Dialect QueryComposer::dialect() const
{
    return db::Dialect(m_dialect->currentData().toInt());
}

void QueryComposer::setSyntax(QuerySyntax syntax)
{
    m_syntax->setCurrentIndex(m_syntax->findData(int(syntax)));
}

QuerySyntax QueryComposer::syntax() const
{
    return QuerySyntax(m_syntax->currentData().toInt());
}

void QueryComposer::setSource(const QString &source)
{
    m_code->setCode(source, CodeLanguage::Elixir);
    m_codeTimer->stop();
    readCode();
    // A query loaded from outside starts a new undo history.
    m_history.reset(this->source());
    updateUndoActions();
}

QString QueryComposer::source() const
{
    return m_code->toPlainText();
}

QString QueryComposer::sqlText() const
{
    return m_sqlPane->sqlText();
}

QStringList QueryComposer::parameterLines() const
{
    return m_sqlPane->parameterLines();
}

QString QueryComposer::renderProblem() const
{
    return m_last.error;
}

QString QueryComposer::codeProblem() const
{
    return m_codeProblem;
}

void QueryComposer::stepsChanged()
{
    writeCode();
    if (!m_restoring && m_history.record(source()))
        updateUndoActions();
    currentStepChanged();
}

bool QueryComposer::undo()
{
    const auto before = m_history.undo(source());
    if (before)
        restoreSource(*before);
    return before.has_value();
}

bool QueryComposer::redo()
{
    const auto after = m_history.redo(source());
    if (after)
        restoreSource(*after);
    return after.has_value();
}

void QueryComposer::restoreSource(const QString &text)
{
    m_restoring = true;
    m_code->setCode(text, CodeLanguage::Elixir);
    m_codeTimer->stop();
    readCode();
    m_history.setCurrent(source());
    m_restoring = false;
    updateUndoActions();
}

void QueryComposer::updateUndoActions()
{
    m_undoAction->setEnabled(m_history.canUndo());
    m_redoAction->setEnabled(m_history.canRedo());
}

void QueryComposer::writeCode()
{
    const auto written = query::PipelineWriter::write(model()->pipeline(), syntax());
    if (written) {
        m_writingCode = true;
        m_code->setCode(*written, CodeLanguage::Elixir);
        m_writingCode = false;
        m_pipelineMode = true;
        m_codeProblem.clear();
        m_codeNote->hide();
    }
    // Otherwise the step list marks the step; the code keeps its last good form.
    render();
}

void QueryComposer::codeEdited()
{
    if (!m_writingCode)
        m_codeTimer->start();
}

void QueryComposer::readCode()
{
    const auto read = query::PipelineReader::read(m_code->toPlainText());
    if (read) {
        m_stepPane->showPipeline(*read);
        m_pipelineMode = true;
        m_codeProblem.clear();
        m_codeNote->hide();
    } else {
        m_pipelineMode = false;
        const SourcePosition &at = read.failure().position;
        showCodeProblem(at.isValid() ? tr("line %1, column %2: %3").arg(at.line).arg(at.column).arg(read.error()) : read.error());
    }
    m_stepPane->setEditable(m_pipelineMode);
    // Typing has its own undo in the code pane; a step edit after it undoes to here.
    if (!m_restoring)
        m_history.setCurrent(source());
    currentStepChanged();
    render();
}

void QueryComposer::showCodeProblem(const QString &problem)
{
    m_codeProblem = problem;
    m_codeNote->setText(tr("Shown as code only (the steps stay as they were): %1").arg(m_codeProblem));
    m_codeNote->show();
}

void QueryComposer::currentStepChanged()
{
    m_stepPane->syncCurrentStep();
    if (isStepThrough())
        showStep(m_stepPane->currentRow());
}

// The step a step-through shows: the selected one, or the last.
int QueryComposer::stepShown() const
{
    const int row = m_stepPane->currentRow();
    return row >= 0 ? row : model()->rowCount() - 1;
}

QString QueryComposer::sourceUpTo(int stepCount) const
{
    const auto written = query::PipelineWriter::write(model()->pipeline().prefix(stepCount), syntax());
    return written ? *written : QString();
}

void QueryComposer::render()
{
    if (!m_renderer)
        return;
    if (isStepThrough() && m_pipelineMode) {
        showStep(stepShown());
        return;
    }
    const Rendering rendering = m_renderer(m_code->toPlainText(), dialect());
    showRendering(rendering, {});
    if (!rendering.error.isEmpty() && m_pipelineMode)
        locateProblem(rendering.error);
    Q_EMIT rendered();
}

void QueryComposer::showRendering(const Rendering &rendering, const QString &previousSql)
{
    m_last = rendering;
    m_sqlPane->showRendering(rendering, dialect(), previousSql);
    m_open->setParameters(rendering.open);
    m_runPanel->setPreloads(rendering.preloads);
    m_runPanel->queryChanged(rendering.statements.size() == 1 ? rendering.statements.first().sql
                                                              : QueryComposerSqlPane::joinedSql(rendering));
    m_run->setEnabled(rendering.statements.size() == 1 && rendering.allSupplied());
    m_explain->setEnabled(m_run->isEnabled());
}

// The renderer's error is about the whole query; the first prefix that fails tells
// which step caused it, so the mark goes there.
void QueryComposer::locateProblem(const QString &message)
{
    for (int count = 1; count <= model()->rowCount(); ++count) {
        const Rendering partial = m_renderer(sourceUpTo(count), dialect());
        if (!partial.error.isEmpty()) {
            model()->setRenderProblem(query::PipelineProblem{count - 1, partial.error});
            return;
        }
    }
    model()->setRenderProblem(query::PipelineProblem{model()->rowCount() - 1, message});
}

void QueryComposer::setStepThrough(bool on)
{
    m_stepThrough->setChecked(on);
}

bool QueryComposer::isStepThrough() const
{
    return m_stepThrough->isChecked();
}

bool QueryComposer::stepBy(int delta)
{
    const int count = model()->rowCount();
    if (count == 0 || !m_pipelineMode)
        return false;
    const int current = m_stepPane->currentRow();
    if (!isStepThrough()) {
        // The first press starts the step-through where the person stands.
        m_stepPane->setCurrentRow(current >= 0 ? current : 0);
        setStepThrough(true);
        return true;
    }
    const int row = current >= 0 ? current + delta : (delta > 0 ? 0 : count - 1);
    m_stepPane->setCurrentRow(std::clamp(row, 0, count - 1)); // shows the step, as a click would
    return true;
}

void QueryComposer::showStep(int row)
{
    if (!m_renderer || row < 0 || row >= model()->rowCount())
        return;
    model()->setHighlightedStep(row);
    const Rendering before = row > 0 ? m_renderer(sourceUpTo(row), dialect()) : Rendering{};
    const Rendering after = m_renderer(sourceUpTo(row + 1), dialect());
    showRendering(after, QueryComposerSqlPane::joinedSql(before));
    Q_EMIT rendered();
}

QStringList QueryComposer::addedSqlParts() const
{
    return m_sqlPane->addedParts();
}

// What runs is shown: the SQL of the database it runs on, whatever the combo said.
void QueryComposer::followDatabaseDialect()
{
    if (const auto database = m_runs->databaseDialect(); database && *database != dialect())
        setDialect(*database);
    render();
}

// In a step-through, what runs is the query up to the step shown.
QString QueryComposer::runSource() const
{
    const int step = m_stepPane->currentRow();
    const bool partial = isStepThrough() && m_pipelineMode && step >= 0 && step + 1 < model()->rowCount();
    return partial ? sourceUpTo(step + 1) : source();
}

bool QueryComposer::runQuery()
{
    followDatabaseDialect();
    return m_runs->run(m_last, runSource());
}

bool QueryComposer::explainQuery()
{
    followDatabaseDialect();
    return m_runs->explain(m_last);
}

} // namespace ectowb::widgets
