#include "querycomposer.h"

#include "codeview.h"
#include "queryrunpanel.h"
#include "stepdelegate.h"
#include "stepeditor.h"
#include "models/pipelinemodel.h"
#include "query/pipeline/pipelinereader.h"
#include "query/pipeline/pipelinescope.h"
#include "query/querycompiler.h"
#include "sql/sqldiff.h"

#include <QAction>
#include <QKeyEvent>
#include <QRegularExpression>
#include <QCheckBox>
#include <QComboBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QListView>
#include <QMenu>
#include <QPlainTextEdit>
#include <QSplitter>
#include <QTimer>
#include <QToolBar>
#include <QToolButton>
#include <QVBoxLayout>

namespace ectowb::widgets {

using models::PipelineModel;
using query::PipelineStep;
using query::QuerySyntax;
using Kind = PipelineStep::Kind;

namespace {

constexpr int CodeDelayMs = 250; // read typed code once the typing pauses

QLabel *noteLabel(QWidget *parent)
{
    auto *label = new QLabel(parent);
    label->setWordWrap(true);
    label->setTextInteractionFlags(Qt::TextSelectableByMouse);
    label->setStyleSheet(QStringLiteral("QLabel { background: #fff4e5; color: #6d3d00; padding: 4px; }"));
    label->hide();
    return label;
}

// A pane with a bold title (and, at its right, a control about the pane: the syntax
// of the code, the database of the SQL).
QWidget *titled(const QString &title, QWidget *body, QWidget *extra, QWidget *parent, QWidget *control = nullptr)
{
    auto *box = new QWidget(parent);
    auto *layout = new QVBoxLayout(box);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(2);
    auto *label = new QLabel(title, box);
    QFont bold; // the weight only: the size follows the UI zoom
    bold.setBold(true);
    label->setFont(bold);
    label->setBuddy(body);
    auto *header = new QHBoxLayout;
    header->addWidget(label, 1);
    if (control)
        header->addWidget(control);
    layout->addLayout(header);
    layout->addWidget(body, 1);
    if (extra)
        layout->addWidget(extra);
    return box;
}

} // namespace

QueryComposer::QueryComposer(QWidget *parent)
    : QWidget(parent)
    , m_model(new PipelineModel(this))
    , m_steps(new QListView(this))
    , m_editor(new StepEditor(this))
    , m_code(new CodeView(this))
    , m_codeNote(noteLabel(this))
    , m_sql(new CodeView(this))
    , m_params(new QPlainTextEdit(this))
    , m_sqlNote(noteLabel(this))
    , m_syntax(new QComboBox(this))
    , m_dialect(new QComboBox(this))
    , m_stepThrough(new QCheckBox(tr("Step &through"), this))
    , m_open(new OpenParametersEditor(this))
    , m_runPanel(new QueryRunPanel(this))
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

    auto *toolBar = new QToolBar(this);
    toolBar->setToolButtonStyle(Qt::ToolButtonTextOnly);
    m_add = new QAction(tr("&Add Step"), this);
    m_add->setShortcut(Qt::Key_Insert);
    m_add->setMenu(createAddMenu());
    m_remove = new QAction(tr("&Remove Step"), this);
    m_remove->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_Delete));
    m_up = new QAction(tr("Move &Up"), this);
    m_up->setShortcut(QKeySequence(Qt::ALT | Qt::Key_Up));
    m_down = new QAction(tr("Move &Down"), this);
    m_down->setShortcut(QKeySequence(Qt::ALT | Qt::Key_Down));
    for (QAction *action : {m_add, m_remove, m_up, m_down}) {
        action->setShortcutContext(Qt::WidgetWithChildrenShortcut);
        addAction(action);
        toolBar->addAction(action);
    }
    if (auto *button = qobject_cast<QToolButton *>(toolBar->widgetForAction(m_add)))
        button->setPopupMode(QToolButton::InstantPopup);
    connect(m_add, &QAction::triggered, this, [this] { m_add->menu()->popup(mapToGlobal(QPoint(0, 0))); });
    connect(m_remove, &QAction::triggered, this, &QueryComposer::removeStep);
    connect(m_up, &QAction::triggered, this, [this] { moveStep(-1); });
    connect(m_down, &QAction::triggered, this, [this] { moveStep(1); });
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
    connect(m_open, &OpenParametersEditor::valuesChanged, this, &QueryComposer::render);
    connect(m_runPanel, &QueryRunPanel::historyActivated, this, &QueryComposer::setSource);
    toolBar->addSeparator();
    toolBar->addWidget(m_stepThrough);

    auto *right = new QSplitter(Qt::Vertical, this);
    right->addWidget(createCodePane());
    right->addWidget(createSqlPane());
    auto *top = new QSplitter(Qt::Horizontal, this);
    top->addWidget(createStepPane());
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

    connect(m_model, &PipelineModel::pipelineChanged, this, &QueryComposer::stepsChanged);
    connect(m_editor, &StepEditor::stepEdited, this, [this](int row, const PipelineStep &step) {
        const QString before = row < int(m_model->pipeline().steps.size()) ? m_model->pipeline().steps[size_t(row)].binding : QString();
        if (!before.isEmpty() && !step.binding.isEmpty() && before != step.binding) {
            renameBinding(row, step, before);
            return;
        }
        // The form already shows this step: refilling it would fight the typing.
        m_editingStep = true;
        m_model->replaceStep(row, step);
        m_editingStep = false;
    });
    connect(m_steps->selectionModel(), &QItemSelectionModel::currentChanged, this, &QueryComposer::currentStepChanged);
    connect(m_code, &QPlainTextEdit::textChanged, this, &QueryComposer::codeEdited);
    connect(m_codeTimer, &QTimer::timeout, this, &QueryComposer::readCode);
    connect(m_syntax, &QComboBox::currentIndexChanged, this, [this] {
        if (m_pipelineMode)
            writeCode();
    });
    connect(m_dialect, &QComboBox::currentIndexChanged, this, &QueryComposer::render);
    connect(m_stepThrough, &QCheckBox::toggled, this, [this](bool on) {
        if (!on)
            m_model->setHighlightedStep(-1);
        render();
    });
    // Text fields take some keys for themselves (a line edit reads Ctrl+E as "end of
    // line"): the composer's own keys win in every field of it.
    for (QWidget *child : findChildren<QWidget *>())
        child->installEventFilter(this);
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

QWidget *QueryComposer::createStepPane()
{
    m_steps->setObjectName(QStringLiteral("composerSteps"));
    m_steps->setModel(m_model);
    m_steps->setItemDelegate(new StepDelegate(m_steps));
    m_steps->setUniformItemSizes(true);
    auto *split = new QSplitter(Qt::Vertical, this);
    split->addWidget(titled(tr("&Steps"), m_steps, nullptr, split));
    split->addWidget(m_editor);
    split->setStretchFactor(0, 1);
    split->setStretchFactor(1, 1);
    return split;
}

QWidget *QueryComposer::createCodePane()
{
    m_code->setObjectName(QStringLiteral("composerCode"));
    m_code->setReadOnly(false);
    m_code->setTextInteractionFlags(Qt::TextEditorInteraction);
    m_code->setLineWrapMode(QPlainTextEdit::WidgetWidth);
    m_code->setPlaceholderText(tr("Type or paste an Ecto query, e.g. from p in Post, where: p.published"));
    return titled(tr("Ecto &code"), m_code, m_codeNote, this, m_syntax);
}

QWidget *QueryComposer::createSqlPane()
{
    m_sql->setObjectName(QStringLiteral("composerSql"));
    m_sql->setLineWrapMode(QPlainTextEdit::WidgetWidth);
    m_params->setObjectName(QStringLiteral("composerParams"));
    m_params->setReadOnly(true);
    m_params->setMaximumBlockCount(1000);
    m_params->setPlaceholderText(tr("No parameters"));
    QFont mono; // the family only: the size follows the UI zoom
    mono.setFamily(m_sql->font().family());
    mono.setStyleHint(QFont::Monospace);
    m_params->setFont(mono);
    auto *split = new QSplitter(Qt::Vertical, this);
    split->addWidget(titled(tr("S&QL"), m_sql, m_sqlNote, split, m_dialect));
    split->addWidget(titled(tr("P&arameters"), m_params, m_open, split));
    split->setStretchFactor(0, 3);
    split->setStretchFactor(1, 1);
    return split;
}

void QueryComposer::setProject(const project::Project &project)
{
    m_project = project;
    m_editor->setProject(&m_project);
    if (!m_customRenderer) {
        m_compiler = std::make_unique<query::QueryCompiler>(m_project);
        m_renderer = [this](const QString &source, db::Dialect dialect) { return compile(source, dialect); };
    }
    if (m_model->rowCount() == 0 && m_code->toPlainText().trimmed().isEmpty()) {
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
    m_undo.clear();
    m_redo.clear();
    m_recorded = this->source();
    updateUndoActions();
}

QString QueryComposer::source() const
{
    return m_code->toPlainText();
}

QString QueryComposer::sqlText() const
{
    return m_sql->toPlainText();
}

QStringList QueryComposer::parameterLines() const
{
    const QString text = m_params->toPlainText();
    return text.isEmpty() ? QStringList() : text.split(u'\n');
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
    if (m_readingCode)
        return;
    writeCode();
    recordStepEdit();
    currentStepChanged();
}

void QueryComposer::writeCode()
{
    const auto written = query::PipelineWriter::write(m_model->pipeline(), syntax());
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
        m_readingCode = true;
        const int row = m_steps->currentIndex().row();
        m_model->setPipeline(*read);
        m_steps->setCurrentIndex(m_model->index(std::clamp(row, 0, m_model->rowCount() - 1)));
        m_readingCode = false;
        m_pipelineMode = true;
        m_codeProblem.clear();
        m_codeNote->hide();
    } else {
        m_pipelineMode = false;
        const SourcePosition &at = read.failure().position;
        m_codeProblem = at.isValid() ? tr("line %1, column %2: %3").arg(at.line).arg(at.column).arg(read.error()) : read.error();
        m_codeNote->setText(tr("Shown as code only (the steps stay as they were): %1").arg(m_codeProblem));
        m_codeNote->show();
    }
    m_steps->setEnabled(m_pipelineMode);
    m_editor->setEnabled(m_pipelineMode);
    // Typing has its own undo in the code pane; a step edit after it undoes to here.
    if (!m_restoring)
        m_recorded = source();
    currentStepChanged();
    render();
}

void QueryComposer::currentStepChanged()
{
    const int row = m_steps->currentIndex().row();
    if (!m_editingStep)
        m_editor->setStep(m_model->pipeline(), row);
    m_remove->setEnabled(row > 0);
    m_up->setEnabled(row > 1);
    m_down->setEnabled(row > 0 && row + 1 < m_model->rowCount());
    if (isStepThrough())
        showStep(row);
}

QString QueryComposer::sourceUpTo(int stepCount) const
{
    const auto written = query::PipelineWriter::write(m_model->pipeline().prefix(stepCount), syntax());
    return written ? *written : QString();
}

QString QueryComposer::joinedSql(const Rendering &rendering) const
{
    QStringList sqls;
    for (const Statement &statement : rendering.statements)
        sqls << statement.sql;
    return sqls.join(u";\n\n");
}

void QueryComposer::render()
{
    if (!m_renderer)
        return;
    if (isStepThrough() && m_pipelineMode) {
        showStep(m_steps->currentIndex().isValid() ? m_steps->currentIndex().row() : m_model->rowCount() - 1);
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
    const QString sql = joinedSql(rendering);
    m_sql->setCode(sql, CodeLanguage::Sql);
    QStringList params;
    const bool postgres = dialect() == db::Dialect::Postgres;
    for (const Statement &statement : rendering.statements) {
        for (qsizetype i = 0; i < statement.params.size(); ++i)
            params << (postgres ? u'$' % QString::number(i + 1) : u'?' % QString::number(i + 1)) % u" = " % statement.params.at(i);
    }
    QStringList missing;
    for (const OpenParametersEditor::Parameter &p : rendering.open) {
        if (!p.supplied)
            missing << u'^' % p.name;
    }
    // Until every pin has a value there is nothing honest to show as its parameter.
    m_params->setPlainText(missing.isEmpty() ? params.join(u'\n')
                                             : tr("Give %1 a value below to see the parameters.").arg(missing.join(u", ")));
    m_sqlNote->setVisible(!rendering.error.isEmpty());
    m_sqlNote->setText(rendering.error);
    m_open->setParameters(rendering.open);
    m_runPanel->setPreloads(rendering.preloads);
    m_runPanel->queryChanged(rendering.statements.size() == 1 ? rendering.statements.first().sql : sql);
    m_run->setEnabled(rendering.statements.size() == 1 && allSupplied(rendering));
    m_explain->setEnabled(m_run->isEnabled());
    // Step-through: what this step added to the SQL.
    m_added.clear();
    QList<QTextEdit::ExtraSelection> marks;
    if (!previousSql.isNull()) {
        for (const sql::TextRange &range : sql::SqlDiff::added(previousSql, sql)) {
            QTextEdit::ExtraSelection mark;
            mark.cursor = QTextCursor(m_sql->document());
            mark.cursor.setPosition(range.start);
            mark.cursor.setPosition(range.start + range.length, QTextCursor::KeepAnchor);
            mark.format.setBackground(QColor(0xff, 0xe0, 0x82));
            marks << mark;
            m_added << sql.mid(range.start, range.length);
        }
    }
    m_sql->setExtraSelections(marks);
}

// The renderer's error is about the whole query; the first prefix that fails tells
// which step caused it, so the mark goes there.
void QueryComposer::locateProblem(const QString &message)
{
    for (int count = 1; count <= m_model->rowCount(); ++count) {
        const Rendering partial = m_renderer(sourceUpTo(count), dialect());
        if (!partial.error.isEmpty()) {
            m_model->setRenderProblem(query::PipelineProblem{count - 1, partial.error});
            return;
        }
    }
    m_model->setRenderProblem(query::PipelineProblem{m_model->rowCount() - 1, message});
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
    const int count = m_model->rowCount();
    if (count == 0 || !m_pipelineMode)
        return false;
    const QModelIndex current = m_steps->currentIndex();
    int row = current.isValid() ? current.row() + delta : (delta > 0 ? 0 : count - 1);
    if (!isStepThrough()) {
        // The first press starts the step-through where the person stands.
        row = current.isValid() ? current.row() : 0;
        m_steps->setCurrentIndex(m_model->index(row, 0));
        setStepThrough(true);
        return true;
    }
    row = std::clamp(row, 0, count - 1);
    m_steps->setCurrentIndex(m_model->index(row, 0)); // shows the step, as a click would
    return true;
}

void QueryComposer::showStep(int row)
{
    if (!m_renderer || row < 0 || row >= m_model->rowCount())
        return;
    m_model->setHighlightedStep(row);
    const Rendering before = row > 0 ? m_renderer(sourceUpTo(row), dialect()) : Rendering{};
    const Rendering after = m_renderer(sourceUpTo(row + 1), dialect());
    showRendering(after, joinedSql(before));
    Q_EMIT rendered();
}

QStringList QueryComposer::addedSqlParts() const
{
    return m_added;
}

} // namespace ectowb::widgets
