#pragma once

#include "query/pipeline/pipeline.h"

#include <QWidget>

class QCheckBox;
class QComboBox;
class QLabel;
class QLineEdit;
class QStackedWidget;

namespace ectowb::project {
struct Project;
}

namespace ectowb::query {
struct OrderTerm;
}

namespace ectowb::widgets {

class OrderByEditor;

// The form of one composer step. A From or Join picks its source (schemas, and the
// associations of the bindings in scope); a where/having builds a condition from a
// binding, a field of its schema, an operator and a value or a ^parameter; an order_by
// lists its terms with the same field pickers and a direction each; the other
// steps take their Ecto expression. Every form writes the step's code, and code
// typed in the expression field fills the form back when it is a simple condition.
class StepEditor : public QWidget
{
    Q_OBJECT
public:
    explicit StepEditor(QWidget *parent = nullptr);

    void setProject(const project::Project *project);
    // Shows step `row` of `pipeline`; -1 or an empty pipeline clears the form.
    void setStep(const query::Pipeline &pipeline, int row);
    int row() const { return m_row; }

    // For tests and keyboard users: the editors of the current form.
    QLineEdit *expressionEdit() const { return m_expression; }
    QLineEdit *bindingEdit() const { return m_binding; }
    QComboBox *sourceCombo() const { return m_source; }
    QComboBox *fieldCombo() const { return m_field; }
    QComboBox *operatorCombo() const { return m_operator; }
    QLineEdit *valueEdit() const { return m_value; }
    QCheckBox *parameterCheck() const { return m_pinned; }
    OrderByEditor *orderEditor() const { return m_order; }

Q_SIGNALS:
    void stepEdited(int row, const query::PipelineStep &step);

private:
    QWidget *createSourcePage();
    QWidget *createConditionPage();
    QWidget *createExpressionPage();
    void showSourceStep();
    void showConditionStep();
    void showOrderStep();
    void orderChanged(const QList<query::OrderTerm> &terms);
    void fillFields();
    void conditionChanged();
    void expressionChanged();
    void sourceChanged();
    void emitStep();
    static bool isCondition(query::PipelineStep::Kind kind);
    static QString hint(query::PipelineStep::Kind kind);

    const project::Project *m_project = nullptr;
    query::Pipeline m_pipeline;
    query::PipelineStep m_step;
    int m_row = -1;
    bool m_updating = false;

    QLabel *m_title;
    QStackedWidget *m_pages;
    // From / Join
    QLineEdit *m_binding;
    QComboBox *m_qualifier;
    QComboBox *m_source;
    QLineEdit *m_on;
    QLabel *m_onLabel;
    QLabel *m_qualifierLabel;
    QLineEdit *m_as;
    // Conditions
    QComboBox *m_conditionBinding;
    QComboBox *m_field;
    QComboBox *m_operator;
    QLineEdit *m_value;
    QCheckBox *m_pinned;
    QLabel *m_codeNote;
    // Order by
    OrderByEditor *m_order;
    // Everything: the step's expression as code
    QLineEdit *m_expression;
    QLabel *m_codeLabel;
    QLabel *m_hint;
};

} // namespace ectowb::widgets
