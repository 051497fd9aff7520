#include "connectiondialog.h"
#include "buddylabel.h"

#include "passwordstore.h"
#include "db/connection.h"
#include "db/databaseurl.h"
#include "workspace/databasecreator.h"
#include "workspace/savedconnections.h"
#include "workspace/workspace.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QDir>
#include <QFileDialog>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QInputDialog>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QPushButton>
#include <QSpinBox>
#include <QUrl>
#include <QUrlQuery>
#include <QVBoxLayout>

namespace ectowb::widgets {

namespace {

// libpq's sslmode values; the first, empty, leaves it out of the URL.
const QStringList &sslModes()
{
    static const QStringList modes{QString(), QStringLiteral("disable"), QStringLiteral("allow"), QStringLiteral("prefer"),
                                   QStringLiteral("require"), QStringLiteral("verify-ca"), QStringLiteral("verify-full")};
    return modes;
}

} // namespace

ConnectionDialog::ConnectionDialog(workspace::Workspace *workspace, QWidget *parent)
    : QDialog(parent)
    , m_projectFolder(workspace->folder())
    , m_connections(new workspace::SavedConnections(m_projectFolder))
    , m_passwords(new PasswordStore(this))
    , m_jobs(workspace->createJobQueue(this))
    , m_saved(new QComboBox(this))
    , m_url(new QLineEdit(this))
    , m_driver(new QComboBox(this))
    , m_host(new QLineEdit(this))
    , m_port(new QSpinBox(this))
    , m_user(new QLineEdit(this))
    , m_password(new QLineEdit(this))
    , m_database(new QLineEdit(this))
    , m_browse(new QPushButton(tr("&Browse\u2026"), this))
    , m_newFile(new QPushButton(tr("&New SQLite File\u2026"), this))
    , m_ssl(new QComboBox(this))
    , m_status(new QLabel(this))
    , m_test(new QPushButton(tr("&Test"), this))
{
    setObjectName(QStringLiteral("connectionDialog"));
    setWindowTitle(tr("Open Database"));
    buildUi();
    reloadSaved();
    driverChanged();
}

ConnectionDialog::~ConnectionDialog()
{
    delete m_connections;
}

void ConnectionDialog::buildUi()
{
    m_driver->addItem(db::dialectTitle(db::Dialect::Postgres), int(db::Dialect::Postgres));
    m_driver->addItem(db::dialectTitle(db::Dialect::Sqlite), int(db::Dialect::Sqlite));
    m_port->setRange(0, 65535);
    m_port->setSpecialValueText(tr("default"));
    m_password->setEchoMode(QLineEdit::Password);
    m_url->setPlaceholderText(tr("postgres://user@host:5432/database or sqlite:/path/to.db"));
    m_url->setClearButtonEnabled(true);
    for (const QString &mode : sslModes())
        m_ssl->addItem(mode.isEmpty() ? tr("(libpq's default)") : mode, mode);
    m_status->setWordWrap(true);
    m_status->setTextInteractionFlags(Qt::TextSelectableByMouse);

    auto *savedRow = new QHBoxLayout;
    savedRow->addWidget(m_saved, 1);
    auto *save = new QPushButton(tr("&Save\u2026"), this);
    auto *remove = new QPushButton(tr("&Delete"), this);
    savedRow->addWidget(save);
    savedRow->addWidget(remove);
    auto *databaseRow = new QHBoxLayout;
    databaseRow->addWidget(m_database, 1);
    databaseRow->addWidget(m_browse);
    databaseRow->addWidget(m_newFile);

    auto *form = new QFormLayout;
    // Rows holding a layout get a label with a buddy, or its mnemonic shows as "&".
    auto *savedLabel = buddyLabel(tr("Sa&ved:"), m_saved, this);
    form->addRow(savedLabel, savedRow);
    form->addRow(tr("&URL:"), m_url);
    form->addRow(tr("D&river:"), m_driver);
    form->addRow(tr("&Host:"), m_host);
    form->addRow(tr("&Port:"), m_port);
    form->addRow(tr("U&ser:"), m_user);
    form->addRow(tr("Pass&word:"), m_password);
    auto *databaseLabel = buddyLabel(tr("&Database:"), m_database, this);
    form->addRow(databaseLabel, databaseRow);
    form->addRow(tr("SS&L mode:"), m_ssl);

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    buttons->addButton(m_test, QDialogButtonBox::ActionRole);
    QPushButton *project = buttons->addButton(tr("Use the &Project's Database"), QDialogButtonBox::ResetRole);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(m_status);
    layout->addWidget(buttons);

    connect(m_url, &QLineEdit::textEdited, this, &ConnectionDialog::urlEdited);
    for (QLineEdit *edit : {m_host, m_user, m_database})
        connect(edit, &QLineEdit::textEdited, this, &ConnectionDialog::fieldsEdited);
    connect(m_password, &QLineEdit::textEdited, this, [this] { showStatus(QString(), false); });
    connect(m_port, &QSpinBox::valueChanged, this, &ConnectionDialog::fieldsEdited);
    connect(m_ssl, &QComboBox::currentIndexChanged, this, &ConnectionDialog::fieldsEdited);
    connect(m_driver, &QComboBox::currentIndexChanged, this, [this] {
        driverChanged();
        fieldsEdited();
    });
    connect(m_saved, &QComboBox::activated, this, &ConnectionDialog::loadSaved);
    connect(save, &QPushButton::clicked, this, [this] {
        bool ok = false;
        const QString name = QInputDialog::getText(this, tr("Save the Connection"), tr("Name:"), QLineEdit::Normal,
                                                   m_saved->currentIndex() > 0 ? m_saved->currentText() : QString(), &ok);
        if (ok && !name.trimmed().isEmpty())
            saveConnection(name.trimmed());
    });
    connect(remove, &QPushButton::clicked, this, [this] {
        if (m_saved->currentIndex() <= 0)
            return;
        const QString name = m_saved->currentText();
        m_passwords->remove(m_connections->passwordKey(name));
        m_connections->remove(name);
        reloadSaved();
    });
    connect(m_browse, &QPushButton::clicked, this, [this] {
        const QString file = QFileDialog::getOpenFileName(this, tr("Open a SQLite Database"), m_projectFolder,
                                                          tr("SQLite databases (*.db *.sqlite *.sqlite3);;All files (*)"));
        if (!file.isEmpty()) {
            m_database->setText(file);
            fieldsEdited();
        }
    });
    connect(m_newFile, &QPushButton::clicked, this, [this] {
        const QString file = QFileDialog::getSaveFileName(this, tr("New SQLite Database"), m_projectFolder,
                                                          tr("SQLite databases (*.db *.sqlite *.sqlite3)"));
        if (!file.isEmpty())
            createSqliteFile(file);
    });
    connect(m_test, &QPushButton::clicked, this, &ConnectionDialog::test);
    connect(buttons, &QDialogButtonBox::accepted, this, &ConnectionDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(project, &QPushButton::clicked, this, [this] {
        m_useProject = true;
        QDialog::accept();
    });
}

QString ConnectionDialog::urlText() const
{
    return m_url->text().trimmed();
}

QString ConnectionDialog::statusText() const
{
    return m_status->text();
}

void ConnectionDialog::setUrl(const QString &url)
{
    m_url->setText(url);
    urlEdited();
}

// The URL wins: its parts go to the fields. A password typed into it moves to the
// password field, so it never stays on screen.
void ConnectionDialog::urlEdited()
{
    if (m_updating)
        return;
    const QString text = urlText();
    if (text.isEmpty())
        return;
    const Result<db::ConnectionSettings> parsed = db::DatabaseUrl::parse(text, QProcessEnvironment());
    if (!parsed) {
        showStatus(tr("Not a database URL: %1").arg(parsed.error()), true);
        return;
    }
    showStatus(QString(), false);
    m_updating = true;
    const db::ConnectionSettings &s = parsed.value();
    m_driver->setCurrentIndex(m_driver->findData(int(s.dialect)));
    m_host->setText(s.hostname);
    m_port->setValue(s.port);
    m_user->setText(s.username);
    m_database->setText(s.database);
    const QString ssl = s.dialect == db::Dialect::Postgres ? QUrlQuery(QUrl(text)).queryItemValue(QStringLiteral("sslmode")) : QString();
    m_ssl->setCurrentIndex(std::max(0, int(sslModes().indexOf(ssl))));
    driverChanged();
    m_updating = false;
    if (!s.password.isEmpty()) {
        m_password->setText(s.password);
        fieldsEdited();
    }
}

// The fields win: the URL is written from them, without the password.
void ConnectionDialog::fieldsEdited()
{
    if (m_updating)
        return;
    m_updating = true;
    const auto dialect = db::Dialect(m_driver->currentData().toInt());
    if (dialect == db::Dialect::Sqlite) {
        m_url->setText(m_database->text().isEmpty() ? QString() : QStringLiteral("sqlite:") + m_database->text());
    } else {
        QUrl url;
        url.setScheme(QStringLiteral("postgres"));
        url.setUserName(m_user->text());
        url.setHost(m_host->text().isEmpty() ? QStringLiteral("localhost") : m_host->text());
        if (m_port->value() > 0)
            url.setPort(m_port->value());
        url.setPath(u'/' + m_database->text());
        const QString ssl = m_ssl->currentData().toString();
        if (!ssl.isEmpty())
            url.setQuery(QStringLiteral("sslmode=") + ssl);
        m_url->setText(url.toString());
    }
    m_updating = false;
    showStatus(QString(), false);
}

void ConnectionDialog::driverChanged()
{
    const bool sqlite = db::Dialect(m_driver->currentData().toInt()) == db::Dialect::Sqlite;
    for (QWidget *w : std::initializer_list<QWidget *>{m_host, m_port, m_user, m_password, m_ssl})
        w->setEnabled(!sqlite);
    m_browse->setVisible(sqlite);
    m_newFile->setVisible(sqlite);
    m_database->setPlaceholderText(sqlite ? tr("path/to/database.db") : tr("database name"));
}

QString ConnectionDialog::urlWithPassword() const
{
    const QString text = urlText();
    if (m_password->text().isEmpty() || db::Dialect(m_driver->currentData().toInt()) != db::Dialect::Postgres)
        return text;
    QUrl url(text);
    url.setPassword(m_password->text());
    return url.toString(QUrl::FullyEncoded);
}

QString ConnectionDialog::connectionUrl() const
{
    return m_useProject ? QString() : urlWithPassword();
}

void ConnectionDialog::showStatus(const QString &text, bool error)
{
    m_status->setText(text);
    m_status->setStyleSheet(error ? QStringLiteral("color: #b00020;") : QString());
}

void ConnectionDialog::test()
{
    const Result<db::ConnectionSettings> parsed = db::DatabaseUrl::parse(urlWithPassword());
    if (!parsed || urlText().isEmpty()) {
        showStatus(tr("Not a database URL: %1").arg(parsed ? tr("it is empty") : parsed.error()), true);
        Q_EMIT testFinished(false);
        return;
    }
    db::ConnectionSettings settings = parsed.value();
    settings.createIfMissing = false; // testing never makes a file
    auto error = std::make_shared<QString>();
    showStatus(tr("Connecting to %1\u2026").arg(settings.redacted()), false);
    m_test->setEnabled(false);
    const bool started = m_jobs->start([settings, error] {
        const auto connection = db::Connection::open(settings);
        if (!connection)
            *error = connection.error();
    }, [this, settings, error] { testDone(*error, settings); });
    if (!started)
        m_test->setEnabled(true);
}

void ConnectionDialog::testDone(const QString &error, const db::ConnectionSettings &settings)
{
    m_test->setEnabled(true);
    const bool acceptAfter = m_acceptAfterTest;
    m_acceptAfterTest = false;
    if (error.isEmpty()) {
        showStatus(tr("Connected to %1.").arg(settings.redacted()), false);
        Q_EMIT testFinished(true);
        if (acceptAfter)
            QDialog::accept();
        return;
    }
    if (workspace::DatabaseCreator::isMissingDatabase(settings, error)) {
        const QString title = tr("Create the Database?");
        const QString text = tr("The database %1 does not exist on %2. Create it?").arg(settings.database, settings.hostname);
        const bool yes = m_confirm ? m_confirm(title, text)
                                   : QMessageBox::question(this, title, text) == QMessageBox::Yes;
        if (yes) {
            // CREATE DATABASE talks to the server: on the queue, like the test itself.
            auto created = std::make_shared<Result<bool>>(Error{});
            showStatus(tr("Creating the database %1\u2026").arg(settings.database), false);
            m_test->setEnabled(false);
            m_acceptAfterTest = acceptAfter;
            m_jobs->start([settings, created] { *created = workspace::DatabaseCreator::createPostgres(settings); },
                          [this, settings, created] { createDone(*created, settings); });
            return;
        }
    }
    showStatus(tr("Cannot connect: %1").arg(error), true);
    Q_EMIT testFinished(false);
}

void ConnectionDialog::createDone(const Result<bool> &created, const db::ConnectionSettings &settings)
{
    m_test->setEnabled(true);
    const bool acceptAfter = m_acceptAfterTest;
    m_acceptAfterTest = false;
    if (!created) {
        showStatus(tr("Cannot create the database %1: %2").arg(settings.database, created.error()), true);
        Q_EMIT testFinished(false);
        return;
    }
    showStatus(tr("Created the database %1.").arg(settings.database), false);
    Q_EMIT testFinished(true);
    if (acceptAfter)
        QDialog::accept();
}

bool ConnectionDialog::createSqliteFile(const QString &path)
{
    const Result<bool> created = workspace::DatabaseCreator::createSqliteFile(path);
    if (!created) {
        showStatus(tr("Cannot create %1: %2").arg(QDir::toNativeSeparators(path), created.error()), true);
        return false;
    }
    m_driver->setCurrentIndex(m_driver->findData(int(db::Dialect::Sqlite)));
    m_database->setText(path);
    fieldsEdited();
    showStatus(tr("Created the empty database %1.").arg(QDir::toNativeSeparators(path)), false);
    return true;
}

bool ConnectionDialog::saveConnection(const QString &name)
{
    if (!m_connections->save({name, urlText()}))
        return false;
    if (!m_password->text().isEmpty()) {
        m_passwords->write(m_connections->passwordKey(name), m_password->text(), [this](bool ok, const QString &) {
            if (!ok)
                showStatus(tr("Saved without the password: no keychain is available, so it will be asked for each time."), false);
        });
    }
    reloadSaved();
    m_saved->setCurrentIndex(m_saved->findText(name));
    return true;
}

void ConnectionDialog::loadSaved(int index)
{
    if (index <= 0)
        return;
    const QString name = m_saved->itemText(index);
    setUrl(m_saved->itemData(index).toString());
    m_password->clear();
    if (db::Dialect(m_driver->currentData().toInt()) != db::Dialect::Postgres)
        return;
    m_passwords->read(m_connections->passwordKey(name), [this](const QString &password, bool ok) {
        if (ok) {
            m_password->setText(password);
        } else {
            m_password->setPlaceholderText(tr("not kept: type it each time"));
            m_password->setFocus(Qt::OtherFocusReason);
        }
        Q_EMIT passwordLoaded(ok);
    });
}

void ConnectionDialog::reloadSaved()
{
    m_saved->clear();
    m_saved->addItem(tr("(a new connection)"));
    for (const workspace::SavedConnections::Entry &entry : m_connections->entries())
        m_saved->addItem(entry.name, entry.url);
}

// OK tries the connection first: a database that is not there is offered to be made.
void ConnectionDialog::accept()
{
    if (urlText().isEmpty()) {
        m_useProject = true;
        QDialog::accept();
        return;
    }
    m_acceptAfterTest = true;
    test();
}

} // namespace ectowb::widgets
