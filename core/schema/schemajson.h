#pragma once

#include "schema.h"

#include <QJsonArray>
#include <QJsonObject>

namespace ectowb::schema {

// The JSON shape of `ectowb schemas --json`: one object per schema module with its
// source, primary key, fields, virtual fields, associations, embeds and what was not
// understood. Relative file paths are relative to `root`.
class SchemaJson
{
public:
    static QJsonArray toJson(const QList<Schema> &schemas, const QString &root = QString());
    static QJsonObject toJson(const Schema &schema, const QString &root = QString());
    static QJsonObject toJson(const Association &association);
};

} // namespace ectowb::schema
