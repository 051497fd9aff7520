#pragma once

#include "schema/schemacomparison.h"

#include <QWidget>

class QAction;
class QLabel;
class QLineEdit;
class QTableView;
class QTextBrowser;
class QTreeView;

namespace ectowb::models {
class MismatchModel;
class SchemaTreeModel;
}

namespace ectowb::widgets {

class SchemaFilterProxy;

// The schemas of the project as a filterable tree with a details pane. Activating an
// association or embed goes to its target schema; Back/Forward (Alt+Left/Alt+Right)
// walk that history. Below the tree: how the schemas differ from the database.
class SchemaBrowser : public QWidget
{
    Q_OBJECT
public:
    explicit SchemaBrowser(QWidget *parent = nullptr);

    void setSchemas(const QList<schema::Schema> &schemas);
    void setMismatches(const QList<schema::Mismatch> &mismatches, const QString &database);
    void setDatabaseProblem(const QString &message);

    bool selectSchema(const QString &module); // and records it in the history
    QString currentModule() const;
    QString databaseStatus() const;

    QLineEdit *filterEdit() const { return m_filter; }
    QTreeView *tree() const { return m_tree; }
    QTableView *mismatchView() const { return m_mismatchView; }
    QAction *backAction() const { return m_back; }
    QAction *forwardAction() const { return m_forward; }
    models::SchemaTreeModel *model() const { return m_model; }
    models::MismatchModel *mismatchModel() const { return m_mismatchModel; }

    void goBack();
    void goForward();
    void activate(const QModelIndex &index);

Q_SIGNALS:
    // The current schema changed; `file` is its source, for a preview beside the tree.
    void currentSchemaChanged(const QString &module, const QString &file);

private:
    void showSchema(const QString &module);
    void updateDetails();
    void updateHistoryActions();
    void fitNameColumn(const QList<schema::Schema> &schemas);
    QString detailsHtml(const schema::Schema &schema) const;

    models::SchemaTreeModel *m_model;
    models::MismatchModel *m_mismatchModel;
    SchemaFilterProxy *m_proxy;
    QLineEdit *m_filter;
    QTreeView *m_tree;
    QTextBrowser *m_details;
    QLabel *m_databaseStatus;
    QTableView *m_mismatchView;
    QAction *m_back;
    QAction *m_forward;
    QStringList m_history;
    qsizetype m_historyPos = -1;
    QString m_shownModule;
};

} // namespace ectowb::widgets
