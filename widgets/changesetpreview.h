#pragma once

#include "changeset/changesetpersistence.h"
#include "changeset/changesetrunner.h"
#include "db/connectionsettings.h"
#include "project/project.h"

#include <QWidget>

#include <functional>
#include <memory>
#include <optional>

class QComboBox;
class QLabel;
class QPushButton;

namespace ectowb::workspace {
class ChangesetDatabaseWorker;
class Workspace;
}

namespace ectowb::widgets {

class ChangesetFormView;
class ChangesetResultPanel;

// Tries a schema's changeset function with real inputs: pick the schema and the
// function, fill the form it asks for (one editor per cast field, fitting its type)
// and see valid?, the changes and Ecto's errors under each field as you type. A row
// loaded from the database becomes the changeset's data; "Try" runs Repo.insert,
// update or delete in a transaction that is rolled back, so constraint errors show
// as Ecto would give them; "Save" commits after a confirmation. Database work runs
// on a worker thread.
class ChangesetPreview : public QWidget
{
    Q_OBJECT
public:
    enum class Button { LoadRow, NewStruct, Try, Save, ResetForm };
    // Asked before Save; returns whether to go on. The default shows a dialog.
    using Confirmation = std::function<bool(const QString &title, const QString &text)>;
    // Asks for the primary key of the row to load; nothing cancels.
    using KeyPrompt = std::function<std::optional<QString>(const QString &module)>;

    // Observes `workspace`: takes its project once read (and again on each reopen);
    // rows are loaded and saved on the workspace's pool.
    explicit ChangesetPreview(workspace::Workspace *workspace, QWidget *parent = nullptr);
    ~ChangesetPreview() override;

    // The project's Repo database (the sample's own SQLite file for the bundled
    // sample) is used unless setDatabase() chose another.
    void setProject(const project::Project &project);
    void setDatabase(const db::ConnectionSettings &settings);
    // Nothing: back to the project's own database (as MigrationTimeline::databaseChosen says).
    void setDatabase(const std::optional<db::ConnectionSettings> &settings);
    bool selectFunction(const QString &module, const QString &function);
    // The struct the changeset starts from, as Load Row makes it but without a
    // database (a map of field name to value; nil: %Module{} with its defaults).
    void setStructData(const value::Term &data);

    void setConfirmation(Confirmation confirm) { m_confirm = std::move(confirm); }
    void setKeyPrompt(KeyPrompt prompt) { m_keyPrompt = std::move(prompt); }

    QPushButton *button(Button which) const;
    QComboBox *schemaCombo() const { return m_schema; }
    QComboBox *functionCombo() const { return m_function; }
    QComboBox *repoCombo() const { return m_repoAction; }
    ChangesetFormView *form() const { return m_form; }
    ChangesetResultPanel *resultPanel() const { return m_result; }
    // The last evaluation: nothing when the function raised (see lastError()).
    const std::optional<changeset::Changeset> &changeset() const { return m_changeset; }
    QString lastError() const { return m_lastError; }
    QString dataText() const;
    QString databaseText() const;
    bool isBusy() const;
    changeset::RepoAction repoAction() const;

Q_SIGNALS:
    void projectChanged();
    // After every run of the changeset function.
    void evaluated();
    // After a row load, try or save finished.
    void jobFinished(bool ok);

private:
    QWidget *createHeader();
    QWidget *createButtons();
    void fillSchemas();
    void onSchemaChanged();
    void onFunctionChanged();
    void evaluate();
    void showMessages(const changeset::Changeset &cs);
    void loadRow();
    void newStruct();
    void write(changeset::ChangesetPersistence::Mode mode);
    void onRowLoaded(const QString &module, const QString &key, const value::Term &row, const QString &error);
    void onWritten(const changeset::RepoOutcome &outcome);
    void chooseRepoAction();
    void updateButtons();
    void updateLabels();
    bool confirm(const QString &title, const QString &text) const;
    QString module() const;
    QString function() const;
    std::shared_ptr<const changeset::ChangesetSchema> currentSchema() const;

    workspace::ChangesetDatabaseWorker *m_worker;
    QComboBox *m_schema;
    QComboBox *m_function;
    QComboBox *m_repoAction;
    QLabel *m_dataLabel;
    QLabel *m_databaseLabel;
    ChangesetFormView *m_form;
    ChangesetResultPanel *m_result;
    QList<QPushButton *> m_buttons;
    Confirmation m_confirm;
    KeyPrompt m_keyPrompt;

    project::Project m_project;
    std::unique_ptr<changeset::ChangesetRunner> m_runner;
    std::optional<db::ConnectionSettings> m_database;
    bool m_explicitDatabase = false;
    QString m_databaseProblem; // why the project has no database, when it has none
    value::Term m_data;   // nil: %Module{} with its defaults
    // Whether m_data is a struct's own (a loaded row, what Save returned): its project
    // type values are then not cast again.
    bool m_dataIsStruct = false;
    QString m_loadedKey;      // the primary key of the loaded row, empty for a new struct
    std::optional<changeset::Changeset> m_changeset;
    QString m_lastError;
};

} // namespace ectowb::widgets
