#pragma once

#include "changeset/changesetform.h"

#include <QHash>
#include <QWidget>

#include <utility>
#include <vector>

class QFormLayout;
class QLabel;
class QVBoxLayout;

namespace ectowb::widgets {

class FieldEditor;

// The form of one changeset function: a labelled editor per param it reads, each
// with a button to stop sending it and its errors right below, as the person types.
// Labels get mnemonics (Alt+letter) that avoid the letters of the view around it.
class ChangesetFormView : public QWidget
{
    Q_OBJECT
public:
    explicit ChangesetFormView(QWidget *parent = nullptr);

    // Letters the surrounding view uses for its own mnemonics.
    void setReservedMnemonics(const QString &letters) { m_reserved = letters.toLower(); }
    void setFields(const QList<changeset::FormField> &fields);
    const QList<FieldEditor *> &editors() const { return m_editors; }
    FieldEditor *editor(const QString &name) const;
    // The sent params, as a map with string keys.
    value::Term params() const;
    // A loaded row: each editor shows (and from now on sends) its field's value.
    void setData(const value::Term &data);
    void clearAll();
    // Params as a request would bring them: each editor shows (and sends) its key's
    // value, confirmation and acceptance params too; editors without one send nothing.
    void setParams(const value::Term &params);
    // Messages per field in traverse_errors order; fields without an editor are
    // listed above the form.
    void setMessages(const std::vector<std::pair<QString, QStringList>> &messages);
    QString messageText(const QString &field) const;
    QString otherMessagesText() const;
    QWidget *firstFocusTarget() const;
    // Every editor's widgets in Tab order, sub-form rows included.
    QList<QWidget *> tabChain() const;
    // A row of a sub-form: no margins, and no note when it has no fields of its own.
    void setNested(bool nested);
    // Errors under each field (traverse_errors of this changeset), and each
    // sub-form's rows those of their child changesets.
    void showChangeset(const changeset::Changeset &cs);
    // Gives each sub-form its child changesets' errors (the form's own are set by setMessages()).
    void showRelations(const changeset::Changeset &cs);

    // "Password confirmation", "Author" for author_id: Phoenix.Naming.humanize/1.
    static QString humanize(const QString &name);

Q_SIGNALS:
    void paramsChanged();
    // A sub-form's rows came or went (the tab order was re-linked).
    void rowsChanged();

private:
    QString mnemonicLabel(const QString &text, QString &used) const;
    void relinkTabOrder();

    QFormLayout *m_layout;
    QLabel *m_other;
    QLabel *m_empty;
    QList<FieldEditor *> m_editors;
    QHash<QString, QLabel *> m_messages;
    QList<QWidget *> m_rows;
    QString m_reserved;
    QVBoxLayout *m_outer;
};

} // namespace ectowb::widgets
