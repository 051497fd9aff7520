#pragma once

#include "ddlrenderer.h"
#include "ddlwriter.h"

namespace ectowb::migration {

// ecto_sqlite3 0.23's Ecto.Adapters.SQLite3.Connection.execute_ddl/1 with its default
// type mappings. What SQLite cannot do (ALTER COLUMN, constraints on an existing
// table, prefixes, index options) is an error, as the adapter raises.
class SqliteDdl : public DdlRenderer
{
public:
    QString name() const override { return QStringLiteral("sqlite"); }

protected:
    Result<QStringList> renderDdl(const Command &command) const override;

private:
    static QStringList createTable(DdlWriter &w, const CreateTable &c);
    static QStringList alterTable(DdlWriter &w, const AlterTable &c);
    static QString createIndex(DdlWriter &w, const Index &index, bool ifNotExists);
    static QString dropIndex(DdlWriter &w, const Index &index, bool ifExists);
    static void checkIndex(DdlWriter &w, const Index &index);

    static QString columnDefinition(DdlWriter &w, const Table &table, const ColumnChange &column, bool inlinePrimaryKey);
    static QString columnType(const ColumnType &type, const ColumnOptions &options);
    static QString defaultValue(DdlWriter &w, const Value &value);
    static QString referenceTail(DdlWriter &w, const Reference &ref, const Table &owner, const QString &column);
    static QString table(DdlWriter &w, const QString &prefix, const QString &name);
};

} // namespace ectowb::migration
