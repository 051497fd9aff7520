#include "pipelinescope.h"

#include "pipelineast.h"

namespace ectowb::query {

using elixir::Ast;
using Kind = PipelineStep::Kind;

PipelineScope::PipelineScope(const Pipeline &pipeline, const project::Project *project)
    : m_pipeline(pipeline), m_project(project)
{
}

const schema::Schema *PipelineScope::schemaOf(int row, const QString &binding) const
{
    if (!m_project)
        return nullptr;
    for (int i = std::min(row, int(m_pipeline.steps.size()) - 1); i >= 0; --i) {
        const PipelineStep &step = m_pipeline.steps[size_t(i)];
        if (PipelineStep::bindsSource(step.kind) && step.binding == binding)
            return schemaOfSource(step.source, i);
    }
    return nullptr;
}

const schema::Schema *PipelineScope::schemaOfSource(const QString &source, int row) const
{
    const auto parsed = PipelineAst::parseFragment(source);
    if (!parsed)
        return nullptr;
    const Ast &ast = *parsed;
    if (ast.isCall(u"__aliases__")) {
        QStringList segments;
        for (const Ast &segment : ast.args())
            segments << segment.atomName();
        return m_project->findSchema(segments.join(u'.'));
    }
    // assoc(p, :comments): the related schema of p's association, as the planner finds it.
    if (ast.isCall(u"assoc", 2) && ast.args()[0].isVariable() && ast.args()[1].isAtom()) {
        const schema::Schema *owner = schemaOf(row - 1, ast.args()[0].callName());
        const schema::Association *association = owner ? owner->association(ast.args()[1].atomName()) : nullptr;
        if (!association)
            return nullptr;
        if (association->kind == schema::Association::Kind::HasThrough) {
            const schema::Schema *at = owner;
            for (const QString &hop : association->through) {
                const schema::Association *next = at ? at->association(hop) : nullptr;
                at = next ? m_project->schema(next->related) : nullptr;
            }
            return at;
        }
        return m_project->schema(association->related);
    }
    return nullptr;
}

QStringList PipelineScope::fieldsOf(int row, const QString &binding) const
{
    QStringList names;
    if (const schema::Schema *schema = schemaOf(row, binding)) {
        for (const schema::Field &field : schema->fields)
            names << field.name;
    }
    return names;
}

QString PipelineScope::shortName(const QString &module) const
{
    const QString last = module.section(u'.', -1);
    return m_project->findSchema(last) && m_project->findSchema(last)->module == module ? last : module;
}

QStringList PipelineScope::fromSources() const
{
    QStringList sources;
    if (!m_project)
        return sources;
    for (const schema::Schema &schema : m_project->schemas) {
        if (!schema.embedded && !schema.source.isEmpty())
            sources << shortName(schema.module);
    }
    return sources;
}

QStringList PipelineScope::joinSources(int row) const
{
    QStringList sources;
    if (!m_project)
        return sources;
    for (const QString &binding : m_pipeline.bindingsAt(row - 1)) {
        if (const schema::Schema *schema = schemaOf(row - 1, binding)) {
            for (const schema::Association &association : schema->associations)
                sources << QStringLiteral("assoc(%1, :%2)").arg(binding, association.name);
        }
    }
    return sources + fromSources();
}

} // namespace ectowb::query
