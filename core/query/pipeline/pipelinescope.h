#pragma once

#include "pipeline.h"

#include "project/project.h"

#include <QStringList>

namespace ectowb::query {

// What the composer's form may offer at a step: the schema each binding stands for
// (a From of `Post`, a Join of `assoc(p, :comments)`), their fields, and the
// associations a join can follow. Read from the project model, never from the database.
class PipelineScope
{
public:
    PipelineScope(const Pipeline &pipeline, const project::Project *project);

    // The schema bound to `binding` by the steps before `row` (and by `row` itself),
    // or null: a table name, an unknown module, an association the model lacks.
    const schema::Schema *schemaOf(int row, const QString &binding) const;
    // Field names of that schema, in Ecto's order; empty when it is unknown.
    QStringList fieldsOf(int row, const QString &binding) const;
    // Sources a join at `row` can take: `assoc(p, :comments)` for every association of
    // the bindings in scope, then every table-backed schema by its short name.
    QStringList joinSources(int row) const;
    // Sources a From can take: every table-backed schema by its short name.
    QStringList fromSources() const;

private:
    const schema::Schema *schemaOfSource(const QString &source, int row) const;
    QString shortName(const QString &module) const;

    const Pipeline &m_pipeline;
    const project::Project *m_project;
};

} // namespace ectowb::query
