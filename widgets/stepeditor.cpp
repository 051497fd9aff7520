#include "stepeditor.h"
#include "buddylabel.h"

#include "orderbyeditor.h"

#include "query/pipeline/condition.h"
#include "query/pipeline/orderterm.h"
#include "query/pipeline/pipelinescope.h"

#include <QCheckBox>
#include <QComboBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QStackedWidget>
#include <QVBoxLayout>

namespace ectowb::widgets {

using query::Condition;
using query::PipelineStep;
using Kind = PipelineStep::Kind;

namespace {

enum Page { SourcePage, ConditionPage, OrderPage, NoPage };

void setComboItems(QComboBox *combo, const QStringList &items, const QString &current)
{
    const QSignalBlocker blocker(combo);
    combo->clear();
    combo->addItems(items);
    if (combo->isEditable())
        combo->setEditText(current);
    else
        combo->setCurrentIndex(std::max(0, combo->findText(current)));
}

} // namespace

StepEditor::StepEditor(QWidget *parent)
    : QWidget(parent)
    , m_title(new QLabel(this))
    , m_pages(new QStackedWidget(this))
    , m_order(new OrderByEditor(this))
    , m_expression(new QLineEdit(this))
    , m_hint(new QLabel(this))
{
    setObjectName(QStringLiteral("stepEditor"));
    QFont bold; // the weight only: the size follows the UI zoom
    bold.setBold(true);
    m_title->setFont(bold);
    m_pages->addWidget(createSourcePage());
    m_pages->addWidget(createConditionPage());
    m_pages->addWidget(m_order);
    m_pages->addWidget(new QWidget(m_pages));
    connect(m_order, &OrderByEditor::termsEdited, this, &StepEditor::orderChanged);
    m_expression->setObjectName(QStringLiteral("stepExpression"));
    m_expression->setFont(QFont(QStringLiteral("monospace")));
    m_hint->setWordWrap(true);
    m_hint->setForegroundRole(QPalette::PlaceholderText);
    auto *expressionRow = new QFormLayout;
    m_codeLabel = buddyLabel(tr("&Code:"), m_expression, this);
    expressionRow->addRow(m_codeLabel, m_expression);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(4, 4, 4, 4);
    layout->addWidget(m_title);
    layout->addWidget(m_pages);
    layout->addLayout(expressionRow);
    layout->addWidget(m_hint);
    layout->addStretch();
    connect(m_expression, &QLineEdit::textEdited, this, &StepEditor::expressionChanged);
    setStep({}, -1);
}

QWidget *StepEditor::createSourcePage()
{
    auto *page = new QWidget(this);
    auto *form = new QFormLayout(page);
    form->setContentsMargins(0, 0, 0, 0);
    m_qualifier = new QComboBox(page);
    for (const QString &q : {QStringLiteral("inner"), QStringLiteral("left"), QStringLiteral("right"),
                             QStringLiteral("full"), QStringLiteral("cross"), QStringLiteral("inner_lateral"),
                             QStringLiteral("left_lateral")})
        m_qualifier->addItem(q);
    m_binding = new QLineEdit(page);
    m_binding->setMaximumWidth(120);
    m_source = new QComboBox(page);
    m_source->setEditable(true);
    m_source->setObjectName(QStringLiteral("stepSource"));
    m_on = new QLineEdit(page);
    m_on->setFont(QFont(QStringLiteral("monospace")));
    m_as = new QLineEdit(page);
    m_as->setMaximumWidth(160);
    m_as->setPlaceholderText(tr("optional"));
    m_qualifierLabel = buddyLabel(tr("&Join:"), m_qualifier, page);
    m_onLabel = buddyLabel(tr("&On:"), m_on, page);
    form->addRow(m_qualifierLabel, m_qualifier);
    form->addRow(tr("&Binding:"), m_binding);
    form->addRow(tr("&Source:"), m_source);
    form->addRow(m_onLabel, m_on);
    form->addRow(tr("&Named as:"), m_as);
    connect(m_qualifier, &QComboBox::currentTextChanged, this, &StepEditor::sourceChanged);
    connect(m_binding, &QLineEdit::textEdited, this, &StepEditor::sourceChanged);
    connect(m_source, &QComboBox::currentTextChanged, this, &StepEditor::sourceChanged);
    connect(m_on, &QLineEdit::textEdited, this, &StepEditor::sourceChanged);
    connect(m_as, &QLineEdit::textEdited, this, &StepEditor::sourceChanged);
    return page;
}

QWidget *StepEditor::createConditionPage()
{
    auto *page = new QWidget(this);
    auto *form = new QFormLayout(page);
    form->setContentsMargins(0, 0, 0, 0);
    m_conditionBinding = new QComboBox(page);
    m_field = new QComboBox(page);
    m_field->setEditable(true);
    m_field->setObjectName(QStringLiteral("stepField"));
    m_operator = new QComboBox(page);
    m_operator->addItems(Condition::operators());
    m_value = new QLineEdit(page);
    m_value->setObjectName(QStringLiteral("stepValue"));
    m_value->setPlaceholderText(tr("a value (10, \"text\", true, [1, 2]) or a parameter name"));
    m_pinned = new QCheckBox(tr("&Parameter (^)"), page);
    m_pinned->setToolTip(tr("Pin the value: it is sent as a bound parameter, as ^name in Ecto"));
    m_codeNote = new QLabel(tr("This condition is more than one comparison: edit it as code below."), page);
    m_codeNote->setWordWrap(true);
    auto *fieldRow = new QHBoxLayout;
    fieldRow->addWidget(m_conditionBinding);
    fieldRow->addWidget(new QLabel(QStringLiteral("."), page));
    fieldRow->addWidget(m_field, 1);
    auto *valueRow = new QHBoxLayout;
    valueRow->addWidget(m_value, 1);
    valueRow->addWidget(m_pinned);
    auto *fieldLabel = buddyLabel(tr("&Field:"), m_field, page);
    auto *operatorLabel = buddyLabel(tr("O&perator:"), m_operator, page);
    auto *valueLabel = buddyLabel(tr("&Value:"), m_value, page);
    form->addRow(fieldLabel, fieldRow);
    form->addRow(operatorLabel, m_operator);
    form->addRow(valueLabel, valueRow);
    form->addRow(m_codeNote);
    connect(m_conditionBinding, &QComboBox::currentTextChanged, this, [this] {
        fillFields();
        conditionChanged();
    });
    connect(m_field, &QComboBox::currentTextChanged, this, &StepEditor::conditionChanged);
    connect(m_operator, &QComboBox::currentTextChanged, this, &StepEditor::conditionChanged);
    connect(m_value, &QLineEdit::textEdited, this, &StepEditor::conditionChanged);
    connect(m_pinned, &QCheckBox::toggled, this, &StepEditor::conditionChanged);
    return page;
}

void StepEditor::setProject(const project::Project *project)
{
    m_project = project;
    setStep(m_pipeline, m_row);
}

bool StepEditor::isCondition(Kind kind)
{
    return kind == Kind::Where || kind == Kind::OrWhere || kind == Kind::Having || kind == Kind::OrHaving;
}

QString StepEditor::hint(Kind kind)
{
    switch (kind) {
    case Kind::From: return tr("The schema or table the query reads, bound to a variable.");
    case Kind::Join: return tr("Follow an association with assoc(p, :name), or join a schema with an on: condition.");
    case Kind::Where:
    case Kind::OrWhere: return tr("Rows to keep: p.published == true, p.view_count > ^min, is_nil(p.published_at).");
    case Kind::Having:
    case Kind::OrHaving: return tr("Groups to keep: count(c.id) > 2.");
    case Kind::Select: return tr("What each row returns: p, p.title, {p.id, p.title}, %{title: p.title}, map(p, [:id]).");
    case Kind::SelectMerge: return tr("Fields merged into the select: %{author: u.name}.");
    case Kind::Distinct: return tr("true, or the expressions rows must differ in: [p.author_id].");
    case Kind::GroupBy: return tr("The expressions to group by: p.author_id or [p.author_id, p.published].");
    case Kind::OrderBy: return tr("Sorting: [desc: p.inserted_at] or [asc: p.title, desc: p.id].");
    case Kind::Limit: return tr("How many rows at most: 10 or ^limit.");
    case Kind::Offset: return tr("How many rows to skip: 20 or ^offset.");
    case Kind::Preload: return tr("Associations loaded with the rows: :comments or [comments: c] with a join.");
    }
    return {};
}

void StepEditor::setStep(const query::Pipeline &pipeline, int row)
{
    m_pipeline = pipeline;
    m_row = row >= 0 && row < int(pipeline.steps.size()) ? row : -1;
    const QSignalBlocker blocker(this);
    m_updating = true;
    setEnabled(m_row >= 0);
    if (m_row < 0) {
        m_title->setText(tr("Select a step to edit it."));
        m_pages->setCurrentIndex(NoPage);
        m_pages->hide();
        m_expression->clear();
        m_hint->clear();
        m_updating = false;
        return;
    }
    m_step = pipeline.steps[size_t(m_row)];
    m_title->setText(tr("Step %1: %2").arg(m_row + 1).arg(PipelineStep::macroName(m_step.kind)));
    m_hint->setText(hint(m_step.kind));
    const bool source = PipelineStep::bindsSource(m_step.kind);
    m_expression->setVisible(!source);
    m_codeLabel->setVisible(!source);
    m_expression->setText(m_step.expression);
    if (source)
        showSourceStep();
    else if (isCondition(m_step.kind))
        showConditionStep();
    else if (m_step.kind == Kind::OrderBy)
        showOrderStep();
    else
        m_pages->setCurrentIndex(NoPage);
    m_pages->setVisible(m_pages->currentIndex() != NoPage);
    m_updating = false;
}

void StepEditor::showSourceStep()
{
    m_pages->setCurrentIndex(SourcePage);
    const bool join = m_step.kind == Kind::Join;
    m_qualifier->setVisible(join);
    m_qualifierLabel->setVisible(join);
    m_on->setVisible(join);
    m_onLabel->setVisible(join);
    const query::PipelineScope scope(m_pipeline, m_project);
    setComboItems(m_source, join ? scope.joinSources(m_row) : scope.fromSources(), m_step.source);
    m_qualifier->setCurrentText(m_step.qualifier.isEmpty() ? QStringLiteral("inner") : m_step.qualifier);
    m_binding->setText(m_step.binding);
    m_on->setText(m_step.expression);
    m_as->setText(m_step.as);
}

void StepEditor::showConditionStep()
{
    m_pages->setCurrentIndex(ConditionPage);
    const auto condition = Condition::fromExpression(m_step.expression);
    const QStringList bindings = m_pipeline.bindingsAt(m_row);
    setComboItems(m_conditionBinding, bindings, condition ? condition->binding : bindings.value(0));
    fillFields();
    const bool simple = condition.has_value() || m_step.expression.trimmed().isEmpty();
    for (QWidget *w : std::initializer_list<QWidget *>{m_conditionBinding, m_field, m_operator, m_value, m_pinned})
        w->setEnabled(simple);
    m_codeNote->setVisible(!simple);
    if (condition) {
        m_field->setEditText(condition->field);
        m_operator->setCurrentText(condition->op);
        m_value->setText(condition->value);
        m_pinned->setChecked(condition->pinned);
    }
}

void StepEditor::showOrderStep()
{
    m_pages->setCurrentIndex(OrderPage);
    const auto terms = m_step.expression.trimmed().isEmpty() ? std::optional(QList<query::OrderTerm>())
                                                             : query::OrderTerm::fromExpression(m_step.expression);
    const query::Pipeline pipeline = m_pipeline;
    const project::Project *project = m_project;
    const int row = m_row;
    m_order->setTerms(terms, m_pipeline.bindingsAt(m_row), [pipeline, project, row](const QString &binding) {
        return query::PipelineScope(pipeline, project).fieldsOf(row, binding);
    });
}

void StepEditor::orderChanged(const QList<query::OrderTerm> &terms)
{
    if (m_updating)
        return;
    m_step.expression = query::OrderTerm::toExpression(terms);
    m_expression->setText(m_step.expression);
    emitStep();
}

void StepEditor::fillFields()
{
    const query::PipelineScope scope(m_pipeline, m_project);
    const QString current = m_field->currentText();
    setComboItems(m_field, scope.fieldsOf(m_row, m_conditionBinding->currentText()), current);
}

void StepEditor::conditionChanged()
{
    if (m_updating)
        return;
    Condition condition;
    condition.binding = m_conditionBinding->currentText();
    condition.field = m_field->currentText().trimmed();
    condition.op = m_operator->currentText();
    condition.value = m_value->text().trimmed();
    condition.pinned = m_pinned->isChecked();
    m_value->setEnabled(Condition::takesValue(condition.op));
    m_pinned->setEnabled(Condition::takesValue(condition.op));
    if (condition.binding.isEmpty() || condition.field.isEmpty()
        || (Condition::takesValue(condition.op) && condition.value.isEmpty()))
        return; // not a condition yet: the step keeps its code until the form is complete
    m_step.expression = condition.toExpression();
    m_expression->setText(m_step.expression);
    emitStep();
}

void StepEditor::expressionChanged()
{
    if (m_updating)
        return;
    m_step.expression = m_expression->text();
    if (isCondition(m_step.kind)) {
        // Keep the form in step with what is typed, as far as it is a simple condition.
        m_updating = true;
        showConditionStep();
        m_updating = false;
    } else if (m_step.kind == Kind::OrderBy) {
        m_updating = true;
        showOrderStep();
        m_updating = false;
    }
    emitStep();
}

void StepEditor::sourceChanged()
{
    if (m_updating)
        return;
    const QString source = m_source->currentText().trimmed();
    QString binding = m_binding->text().trimmed();
    // A binding left at the old source's default follows the new source, unless
    // another binding of the query has that name already.
    if (source != m_step.source && !binding.isEmpty() && binding == PipelineStep::defaultBinding(m_step.source)) {
        const QString renamed = PipelineStep::defaultBinding(source);
        const QStringList taken = m_pipeline.bindingsAt(m_row);
        if (!renamed.isEmpty() && renamed != binding && !taken.contains(renamed)) {
            binding = renamed;
            m_updating = true;
            m_binding->setText(binding);
            m_updating = false;
        }
    }
    m_step.binding = binding;
    m_step.source = source;
    m_step.as = m_as->text().trimmed();
    if (m_step.kind == Kind::Join) {
        m_step.qualifier = m_qualifier->currentText();
        m_step.expression = m_on->text();
    }
    emitStep();
}

void StepEditor::emitStep()
{
    if (m_row < 0)
        return;
    m_pipeline.steps[size_t(m_row)] = m_step;
    Q_EMIT stepEdited(m_row, m_step);
}

} // namespace ectowb::widgets
