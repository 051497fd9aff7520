#pragma once

#include "common/result.h"
#include "db/connectionsettings.h"

#include <QDialog>

#include <functional>
#include <optional>

class QComboBox;
class QLabel;
class QLineEdit;
class QPushButton;
class QSpinBox;

namespace ectowb::workspace {
class JobQueue;
class SavedConnections;
class Workspace;
}

namespace ectowb::widgets {

class PasswordStore;

// Open Database: a connection form. The URL and the fields (driver, host, port, user,
// password, database, SSL mode) are one thing: editing either updates the other. The
// password never shows in the URL. Test tries the connection off the GUI thread;
// connections are saved per project (their passwords in the system keychain); a new
// SQLite file can be made, and a missing PostgreSQL database created on request.
class ConnectionDialog : public QDialog
{
    Q_OBJECT
public:
    // Asked before creating a missing database; the default shows a question.
    using Confirmation = std::function<bool(const QString &title, const QString &text)>;

    // For `workspace`'s project (its saved connections); tests and creates
    // databases on the workspace's pool.
    explicit ConnectionDialog(workspace::Workspace *workspace, QWidget *parent = nullptr);
    ~ConnectionDialog() override;

    // The URL with the password in it, percent-encoded, for db::DatabaseUrl::parse;
    // empty when the person chose the project's own database.
    QString connectionUrl() const;
    bool useProjectDatabase() const { return m_useProject; }
    // The URL field's text: never a password.
    QString urlText() const;
    void setUrl(const QString &url);
    void setConfirmation(Confirmation confirm) { m_confirm = std::move(confirm); }

    QComboBox *driverBox() const { return m_driver; }
    QLineEdit *hostEdit() const { return m_host; }
    QSpinBox *portBox() const { return m_port; }
    QLineEdit *userEdit() const { return m_user; }
    QLineEdit *passwordEdit() const { return m_password; }
    QLineEdit *databaseEdit() const { return m_database; }
    QComboBox *sslBox() const { return m_ssl; }
    QComboBox *savedBox() const { return m_saved; }
    QString statusText() const;

    // The actions behind the buttons, for tests and for the keyboard.
    void test();
    bool createSqliteFile(const QString &path);
    bool saveConnection(const QString &name);
    void loadSaved(int index);
    // OK: tries the connection first (empty: the project's own database).
    void accept() override;

Q_SIGNALS:
    void testFinished(bool ok);
    void passwordLoaded(bool fromKeychain);

private:
    void buildUi();
    void urlEdited();
    void fieldsEdited();
    void driverChanged();
    void showStatus(const QString &text, bool error);
    void testDone(const QString &error, const db::ConnectionSettings &settings);
    void createDone(const Result<bool> &created, const db::ConnectionSettings &settings);
    void reloadSaved();
    QString urlWithPassword() const;

    QString m_projectFolder;
    workspace::SavedConnections *m_connections;
    PasswordStore *m_passwords;
    workspace::JobQueue *m_jobs;
    Confirmation m_confirm;
    QComboBox *m_saved;
    QLineEdit *m_url;
    QComboBox *m_driver;
    QLineEdit *m_host;
    QSpinBox *m_port;
    QLineEdit *m_user;
    QLineEdit *m_password;
    QLineEdit *m_database;
    QPushButton *m_browse;
    QPushButton *m_newFile;
    QComboBox *m_ssl;
    QLabel *m_status;
    QPushButton *m_test;
    bool m_updating = false;
    bool m_useProject = false;
    bool m_acceptAfterTest = false;
};

} // namespace ectowb::widgets
