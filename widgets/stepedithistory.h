#pragma once

#include <QString>
#include <QStringList>

#include <optional>

namespace ectowb::widgets {

// The undo history of the composer's step edits (added, removed, moved, changed in
// the form), kept as the query's source before and after each edit. Typing in the
// code pane has the editor's own undo; a step edit after typing undoes to the text
// as it was typed.
class StepEditHistory
{
public:
    // A query loaded from outside: a new history that starts at `source`.
    void reset(const QString &source);
    // The steps were edited into `source`; false when that changed nothing.
    bool record(const QString &source);
    // `source` came from typing or from an undo: the next edit undoes to here.
    void setCurrent(const QString &source) { m_current = source; }
    // The source to restore, moving `current` to the other side; nullopt at the end.
    std::optional<QString> undo(const QString &current);
    std::optional<QString> redo(const QString &current);
    bool canUndo() const { return !m_undo.isEmpty(); }
    bool canRedo() const { return !m_redo.isEmpty(); }

private:
    QStringList m_undo; // sources before each step edit, oldest first
    QStringList m_redo;
    QString m_current;  // the source as of the last step edit or load
};

} // namespace ectowb::widgets
