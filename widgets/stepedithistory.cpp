#include "stepedithistory.h"

namespace ectowb::widgets {

void StepEditHistory::reset(const QString &source)
{
    m_undo.clear();
    m_redo.clear();
    m_current = source;
}

bool StepEditHistory::record(const QString &source)
{
    if (source == m_current)
        return false;
    m_undo.append(m_current);
    m_redo.clear();
    m_current = source;
    return true;
}

std::optional<QString> StepEditHistory::undo(const QString &current)
{
    if (m_undo.isEmpty())
        return std::nullopt;
    m_redo.append(current);
    return m_undo.takeLast();
}

std::optional<QString> StepEditHistory::redo(const QString &current)
{
    if (m_redo.isEmpty())
        return std::nullopt;
    m_undo.append(current);
    return m_redo.takeLast();
}

} // namespace ectowb::widgets
