// QueryComposer, part two: adding, removing and moving steps, undoing step edits and
// renaming a binding.
#include "querycomposer.h"

#include "codeview.h"
#include "stepeditor.h"

#include "models/pipelinemodel.h"
#include "query/pipeline/pipelinescope.h"

#include <QAction>
#include <QListView>
#include <QMenu>
#include <QRegularExpression>
#include <QTimer>

namespace ectowb::widgets {

using query::PipelineStep;
using Kind = PipelineStep::Kind;

QMenu *QueryComposer::createAddMenu()
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
void QueryComposer::addStep(Kind kind)
{
    const query::Pipeline &pipeline = m_model->pipeline();
    if (pipeline.steps.empty())
        return;
    const int row = m_steps->currentIndex().isValid() ? m_steps->currentIndex().row() + 1 : m_model->rowCount();
    const QStringList bindings = pipeline.bindingsAt(row - 1);
    const QString first = bindings.value(0, QStringLiteral("p"));
    const query::PipelineScope scope(pipeline, &m_project);
    PipelineStep step;
    step.kind = kind;
    switch (kind) {
    case Kind::Join: {
        step.qualifier = QStringLiteral("inner");
        step.source = scope.joinSources(row).value(0);
        const QString hint = step.source.section(u':', 1).section(u')', 0, 0).trimmed();
        QString name = (hint.isEmpty() ? step.source : hint).left(1).toLower();
        if (name.isEmpty() || !name.at(0).isLetter())
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

void QueryComposer::removeStep()
{
    const int row = m_steps->currentIndex().row();
    if (row <= 0)
        return; // the From step stays: a query needs one
    m_model->removeStep(row);
    m_steps->setCurrentIndex(m_model->index(std::min(row, m_model->rowCount() - 1)));
}

void QueryComposer::moveStep(int delta)
{
    const int row = m_steps->currentIndex().row();
    if (m_model->moveStep(row, row + delta))
        m_steps->setCurrentIndex(m_model->index(row + delta));
}

// A source's binding renamed (by hand, or following a new source): the later steps
// that use it are rewritten with it, so the query still reads.
void QueryComposer::renameBinding(int row, const PipelineStep &step, const QString &before)
{
    query::Pipeline pipeline = m_model->pipeline();
    pipeline.steps[size_t(row)] = step;
    const QRegularExpression use(QStringLiteral("(?<![\\w.@^:\"])%1(?=\\s*[.,)\\]])").arg(QRegularExpression::escape(before)));
    for (size_t i = size_t(row) + 1; i < pipeline.steps.size(); ++i) {
        PipelineStep &later = pipeline.steps[i];
        if (later.binding == before)
            break; // bound again from here: the later uses are that one's
        later.expression.replace(use, step.binding);
        later.source.replace(use, step.binding);
    }
    m_model->setPipeline(pipeline);
    m_steps->setCurrentIndex(m_model->index(row));
}

void QueryComposer::recordStepEdit()
{
    const QString now = source();
    if (m_restoring || now == m_recorded)
        return;
    m_undo.append(m_recorded);
    m_redo.clear();
    m_recorded = now;
    updateUndoActions();
}

bool QueryComposer::undo()
{
    if (m_undo.isEmpty())
        return false;
    m_redo.append(source());
    restoreSource(m_undo.takeLast());
    return true;
}

bool QueryComposer::redo()
{
    if (m_redo.isEmpty())
        return false;
    m_undo.append(source());
    restoreSource(m_redo.takeLast());
    return true;
}

void QueryComposer::restoreSource(const QString &text)
{
    m_restoring = true;
    m_code->setCode(text, CodeLanguage::Elixir);
    m_codeTimer->stop();
    readCode();
    m_recorded = source();
    m_restoring = false;
    updateUndoActions();
}

void QueryComposer::updateUndoActions()
{
    m_undoAction->setEnabled(!m_undo.isEmpty());
    m_redoAction->setEnabled(!m_redo.isEmpty());
}

} // namespace ectowb::widgets
