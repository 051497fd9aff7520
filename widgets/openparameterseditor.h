#pragma once

#include "value/term.h"

#include <QHash>
#include <QList>
#include <QWidget>

#include <memory>

class QFormLayout;
class QLabel;
class QLineEdit;

namespace ectowb::interpreter {
class Interpreter;
}

namespace ectowb::widgets {

// The pins a query leaves unbound (`^user_id` with no user_id in the code), each with
// a field to give it a value as an Elixir literal: 7, "ada", true, [1, 2], nil. The
// values are Ecto's to cast, by the type it names beside each field; what is not a
// literal is marked and left out.
class OpenParametersEditor : public QWidget
{
    Q_OBJECT
public:
    struct Parameter
    {
        QString name;
        QString type; // as Ecto casts it: `:id`, `{:array, :string}`
        bool supplied = false; // a value was given for it
    };

    explicit OpenParametersEditor(QWidget *parent = nullptr);
    ~OpenParametersEditor() override;

    // Keeps what was typed for names that stay; the fields stay as long as the names
    // and types do (giving a value does not rebuild the field it is typed into).
    void setParameters(const QList<Parameter> &parameters);
    QList<Parameter> parameters() const { return m_parameters; }
    QHash<QString, value::Term> values() const;
    QLineEdit *editor(const QString &name) const { return m_edits.value(name); }

Q_SIGNALS:
    void valuesChanged();

private:
    // What was typed as a value: the interpreter's literal mode, so an expression is
    // marked and left out instead of run.
    std::optional<value::Term> parse(const QString &text) const;
    void check(QLineEdit *edit);

    QFormLayout *m_form;
    QLabel *m_empty;
    QList<Parameter> m_parameters;
    QHash<QString, QLineEdit *> m_edits;
    QHash<QString, QString> m_texts;
    std::unique_ptr<interpreter::Interpreter> m_literals;
};

} // namespace ectowb::widgets
