#pragma once

#include "association.h"
#include "embed.h"
#include "field.h"

#include <QList>
#include <QString>
#include <QStringList>

namespace ectowb::schema {

// Something in a schema module that the model could not understand (a macro that
// may add fields, a type from an unknown library). Listed, never dropped silently.
struct Unresolved
{
    QString what;
    elixir::SourcePos pos;
};

// What `__schema__/1` would report for one Ecto schema module.
struct Schema
{
    QString module;
    QString file;
    QString source;  // table; empty for embedded schemas
    QString prefix;  // @schema_prefix
    bool embedded = false;
    QStringList primaryKey;
    QList<Field> fields;        // Ecto's order: primary key, declarations, timestamps
    QList<Field> virtualFields;
    // The fields timestamps/1 added (they may be renamed), empty when absent:
    // Repo.insert fills both, Repo.update the second.
    QString insertedAt;
    QString updatedAt;
    QList<Association> associations;
    QList<Embed> embeds;
    QList<Unresolved> unresolved;
    elixir::SourcePos pos;

    const Field *field(const QString &name) const;        // stored fields only
    const Field *anyField(const QString &name) const;     // stored or virtual
    const Association *association(const QString &name) const;
    const Embed *embed(const QString &name) const;
};

} // namespace ectowb::schema
