#pragma once

#include "elixir/ast.h"

#include <QList>
#include <QPair>
#include <QString>
#include <QStringList>

namespace ectowb::schema {

// One association as Ecto's reflection (`__schema__(:association, name)`) reports it.
struct Association
{
    enum class Kind : quint8 { BelongsTo, HasMany, HasOne, ManyToMany, HasThrough };

    QString name;
    Kind kind = Kind::BelongsTo;
    QString related;    // module; empty for has_through
    QString ownerKey;
    QString relatedKey; // empty for has_through
    QStringList through;
    QString joinThrough;              // table name, or module when joinThroughIsSchema
    bool joinThroughIsSchema = false;
    QList<QPair<QString, QString>> joinKeys; // [{join_owner_key, owner_key}, {join_related_key, related_key}]
    elixir::Ast where;                // `where:` keyword, when given
    elixir::Ast preloadOrder;
    QString onDelete;                 // nothing, nilify_all, delete_all ...
    QString onReplace;
    elixir::SourcePos pos;

    bool throughMany = false; // has_many :through, as opposed to has_one :through

    bool cardinalityMany() const
    {
        return kind == Kind::HasMany || kind == Kind::ManyToMany || (kind == Kind::HasThrough && throughMany);
    }

    static QString kindName(Kind kind);
};

} // namespace ectowb::schema
