#pragma once

#include "ddlrenderer.h"
#include "ddlwriter.h"

namespace ectowb::migration {

// ecto_sql 3.13's Ecto.Adapters.Postgres.Connection.execute_ddl/1, with the repo's
// default configuration.
class PostgresDdl : public DdlRenderer
{
public:
    QString name() const override { return QStringLiteral("postgres"); }

protected:
    Result<QStringList> renderDdl(const Command &command) const override;

private:
    static QStringList createTable(DdlWriter &w, const CreateTable &c);
    static QStringList alterTable(DdlWriter &w, const AlterTable &c);
    static QStringList createIndex(DdlWriter &w, const CreateIndex &c);
    static QString dropIndex(DdlWriter &w, const DropIndex &c);
    static QStringList createConstraint(DdlWriter &w, const CreateConstraint &c);
    static QString dropConstraint(DdlWriter &w, const DropConstraint &c);

    static QString columnDefinition(DdlWriter &w, const Table &table, const ColumnChange &column);
    static QString columnChange(DdlWriter &w, const Table &table, const ColumnChange &change);
    static QString modifyChange(DdlWriter &w, const Table &table, const ColumnChange &change);
    static QString columnType(DdlWriter &w, const ColumnType &type, const ColumnOptions &options);
    static QString referenceColumnType(DdlWriter &w, const Reference &ref, const ColumnOptions &options);
    static QString columnOptions(DdlWriter &w, const ColumnType &type, const ColumnOptions &options);
    static QString defaultValue(DdlWriter &w, const Value &value, const ColumnType &type);
    static QString referenceExpr(DdlWriter &w, const Reference &ref, const Table &table, const QString &column);
    static QString referenceName(DdlWriter &w, const Reference &ref, const Table &table, const QString &column);
    static QString dropReferenceFrom(DdlWriter &w, const ColumnOptions &options, const Table &table, const QString &column);
    static QString primaryKey(DdlWriter &w, const std::vector<ColumnChange> &columns, const QString &lead);
    static QStringList columnComments(DdlWriter &w, const QString &tableName, const std::vector<ColumnChange> &columns);
    static QString tableOptions(DdlWriter &w, const std::optional<Value> &options);
    static QString ectoToDb(const ColumnType &type);
};

} // namespace ectowb::migration
