#include "changesetpreview.h"
#include "buddylabel.h"

#include "databasedescription.h"
#include "changesetformview.h"
#include "changesetresultpanel.h"
#include "changeset/changesetform.h"
#include "changeset/changesetinspect.h"
#include "changeset/ectomessages.h"
#include "project/projectdatabase.h"
#include "workspace/changesetdatabaseworker.h"
#include "workspace/workspace.h"

#include <QComboBox>
#include <QGridLayout>
#include <QHBoxLayout>
#include <QInputDialog>
#include <QLabel>
#include <QMessageBox>
#include <QPushButton>
#include <QScrollArea>
#include <QSplitter>
#include <QVBoxLayout>

namespace ectowb::widgets {

using changeset::Changeset;
using changeset::ChangesetPersistence;
using changeset::RepoAction;
using changeset::RepoOutcome;
using value::Term;

namespace {

// The letter after a single '&' ("&&" is a literal ampersand), or nothing.
QChar mnemonicOf(const QString &text)
{
    for (qsizetype i = 0; i + 1 < text.size(); ++i) {
        if (text.at(i) == u'&') {
            if (text.at(i + 1) != u'&')
                return text.at(i + 1).toLower();
            ++i;
        }
    }
    return QChar();
}

} // namespace

ChangesetPreview::ChangesetPreview(workspace::Workspace *workspace, QWidget *parent)
    : QWidget(parent), m_worker(new workspace::ChangesetDatabaseWorker(workspace, this)), m_schema(new QComboBox(this)),
      m_function(new QComboBox(this)), m_repoAction(new QComboBox(this)), m_dataLabel(new QLabel(this)),
      m_databaseLabel(new QLabel(this)), m_form(new ChangesetFormView(this)), m_result(new ChangesetResultPanel(this))
{
    setObjectName(QStringLiteral("changesetPreview"));
    m_schema->setObjectName(QStringLiteral("schemaCombo"));
    m_function->setObjectName(QStringLiteral("functionCombo"));
    m_repoAction->setObjectName(QStringLiteral("repoCombo"));
    m_repoAction->addItem(QStringLiteral("Repo.insert"), int(RepoAction::Insert));
    m_repoAction->addItem(QStringLiteral("Repo.update"), int(RepoAction::Update));
    m_repoAction->addItem(QStringLiteral("Repo.delete"), int(RepoAction::Delete));
    m_dataLabel->setWordWrap(true);
    m_databaseLabel->setWordWrap(true);
    m_databaseLabel->setTextInteractionFlags(Qt::TextSelectableByMouse);

    auto *scroll = new QScrollArea(this);
    scroll->setWidget(m_form);
    scroll->setWidgetResizable(true);
    scroll->setMinimumWidth(360);
    auto *splitter = new QSplitter(Qt::Horizontal, this);
    splitter->addWidget(scroll);
    splitter->addWidget(m_result);
    splitter->setStretchFactor(0, 2);
    splitter->setStretchFactor(1, 3);
    splitter->setSizes({480, 720});
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(4, 4, 4, 4);
    layout->addWidget(createHeader());
    layout->addWidget(createButtons());
    layout->addWidget(splitter, 1);

    connect(m_schema, &QComboBox::currentIndexChanged, this, &ChangesetPreview::onSchemaChanged);
    connect(m_function, &QComboBox::currentIndexChanged, this, &ChangesetPreview::onFunctionChanged);
    connect(m_form, &ChangesetFormView::paramsChanged, this, &ChangesetPreview::evaluate);
    connect(workspace, &workspace::Workspace::projectLoaded, this, &ChangesetPreview::setProject);
    connect(workspace, &workspace::Workspace::databaseChosen, this,
            qOverload<const std::optional<db::ConnectionSettings> &>(&ChangesetPreview::setDatabase));
    connect(m_worker, &workspace::ChangesetDatabaseWorker::rowLoaded, this, &ChangesetPreview::onRowLoaded);
    connect(m_worker, &workspace::ChangesetDatabaseWorker::written, this, &ChangesetPreview::onWritten);
    connect(m_worker, &workspace::ChangesetDatabaseWorker::busyChanged, this, &ChangesetPreview::updateButtons);
    setTabOrder(m_schema, m_function);
    // Form labels pick letters the view's own labels and buttons (in this language) leave.
    QString reserved;
    for (const QLabel *label : findChildren<QLabel *>()) {
        if (label->buddy() && !mnemonicOf(label->text()).isNull())
            reserved += mnemonicOf(label->text());
    }
    for (const QPushButton *b : std::as_const(m_buttons))
        reserved += mnemonicOf(b->text());
    m_form->setReservedMnemonics(reserved);
    updateLabels();
    updateButtons();
    if (workspace->isLoaded())
        setProject(workspace->project());
}

ChangesetPreview::~ChangesetPreview() = default;

QWidget *ChangesetPreview::createHeader()
{
    auto *header = new QWidget(this);
    auto *grid = new QGridLayout(header);
    grid->setContentsMargins(0, 0, 0, 0);
    auto *schemaLabel = buddyLabel(tr("&Schema:"), m_schema, header);
    auto *functionLabel = buddyLabel(tr("&Function:"), m_function, header);
    auto *repoLabel = buddyLabel(tr("&Repo function:"), m_repoAction, header);
    m_schema->setSizeAdjustPolicy(QComboBox::AdjustToContents);
    m_function->setSizeAdjustPolicy(QComboBox::AdjustToContents);
    grid->addWidget(schemaLabel, 0, 0);
    grid->addWidget(m_schema, 0, 1);
    grid->addWidget(functionLabel, 0, 2);
    grid->addWidget(m_function, 0, 3);
    grid->addWidget(repoLabel, 0, 4);
    grid->addWidget(m_repoAction, 0, 5);
    grid->setColumnStretch(6, 1);
    grid->addWidget(m_dataLabel, 1, 0, 1, 7);
    grid->addWidget(m_databaseLabel, 2, 0, 1, 7);
    return header;
}

QWidget *ChangesetPreview::createButtons()
{
    struct Spec
    {
        QString text;
        QString tip;
        std::function<void()> slot;
    };
    const Spec specs[] = {
        {tr("&Load Row..."), tr("Load a row by its primary key as the changeset's data (Repo.get!)"), [this] { loadRow(); }},
        {tr("&New Struct"), tr("Start again from the schema's struct with its defaults"), [this] { newStruct(); }},
        {tr("&Try"), tr("Run the Repo function in a transaction that is rolled back: nothing is written"),
         [this] { write(ChangesetPersistence::Mode::Try); }},
        {tr("Sa&ve..."), tr("Run the Repo function for real and commit, after a confirmation"),
         [this] { write(ChangesetPersistence::Mode::Save); }},
        {tr("R&eset Form"), tr("Send no params at all"), [this] {
             m_form->clearAll();
             evaluate();
         }},
    };
    auto *bar = new QWidget(this);
    auto *layout = new QHBoxLayout(bar);
    layout->setContentsMargins(0, 0, 0, 0);
    for (const Spec &spec : specs) {
        auto *button = new QPushButton(spec.text, bar);
        button->setToolTip(spec.tip);
        button->setAutoDefault(false);
        connect(button, &QPushButton::clicked, this, spec.slot);
        layout->addWidget(button);
        m_buttons << button;
    }
    layout->addStretch(1);
    return bar;
}

QPushButton *ChangesetPreview::button(Button which) const
{
    return m_buttons.value(int(which));
}

void ChangesetPreview::setProject(const project::Project &project)
{
    m_project = project;
    m_runner = std::make_unique<changeset::ChangesetRunner>(m_project);
    // Never make an empty database file: the migrations create the sample's.
    if (!m_explicitDatabase)
        setDatabase(std::optional<db::ConnectionSettings>());
    fillSchemas();
    updateLabels();
    Q_EMIT projectChanged();
}

void ChangesetPreview::setDatabase(const db::ConnectionSettings &settings)
{
    m_database = settings;
    m_database->createIfMissing = false;
    m_explicitDatabase = true;
    updateLabels();
    updateButtons();
}

void ChangesetPreview::setDatabase(const std::optional<db::ConnectionSettings> &settings)
{
    if (settings) {
        setDatabase(*settings);
        return;
    }
    m_explicitDatabase = false;
    const Result<db::ConnectionSettings> own = project::ProjectDatabase::settingsFor(m_project);
    m_database = own ? std::optional<db::ConnectionSettings>(*own) : std::nullopt;
    m_databaseProblem = own ? QString() : own.error();
    if (m_database)
        m_database->createIfMissing = false;
    updateLabels();
    updateButtons();
}

void ChangesetPreview::fillSchemas()
{
    QSignalBlocker block(m_schema);
    m_schema->clear();
    for (const schema::Schema &s : m_project.schemas) {
        if (!m_runner->changesetFunctions(s.module).isEmpty())
            m_schema->addItem(s.module);
    }
    m_schema->setCurrentIndex(m_schema->count() > 0 ? 0 : -1);
    onSchemaChanged();
}

bool ChangesetPreview::selectFunction(const QString &module, const QString &function)
{
    const int schemaIndex = m_schema->findText(module);
    if (schemaIndex < 0)
        return false;
    m_schema->setCurrentIndex(schemaIndex);
    const int functionIndex = m_function->findText(function);
    if (functionIndex < 0)
        return false;
    m_function->setCurrentIndex(functionIndex);
    return true;
}

QString ChangesetPreview::module() const
{
    return m_schema->currentText();
}

QString ChangesetPreview::function() const
{
    return m_function->currentText();
}

std::shared_ptr<const changeset::ChangesetSchema> ChangesetPreview::currentSchema() const
{
    return m_runner && !module().isEmpty() ? m_runner->schema(module()) : nullptr;
}

void ChangesetPreview::onSchemaChanged()
{
    QSignalBlocker block(m_function);
    m_function->clear();
    if (m_runner && !module().isEmpty())
        m_function->addItems(m_runner->changesetFunctions(module()));
    m_function->setCurrentIndex(m_function->count() > 0 ? 0 : -1);
    onFunctionChanged();
}

void ChangesetPreview::onFunctionChanged()
{
    m_data = Term::nil();
    m_dataIsStruct = false;
    m_loadedKey.clear();
    m_result->clearRepoOutcome();
    QList<changeset::FormField> fields;
    if (m_runner && !function().isEmpty()) {
        // Probes with empty params (and one empty row per relation) show which params the function reads.
        fields = changeset::ChangesetForm::probe([this](const Term &params) -> std::optional<Changeset> {
            Result<Changeset> cs = m_runner->run(module(), function(), Term::nil(), params);
            return cs ? std::optional<Changeset>(std::move(cs.value())) : std::nullopt;
        });
    }
    m_form->setFields(fields);
    chooseRepoAction();
    evaluate();
}

void ChangesetPreview::evaluate()
{
    if (!m_runner || function().isEmpty()) {
        m_changeset.reset();
        m_lastError.clear();
        updateLabels();
        updateButtons();
        return;
    }
    Result<Changeset> cs = m_runner->run(module(), function(), m_data, m_form->params(),
                                         m_dataIsStruct ? changeset::ChangesetRunner::DataSource::Struct
                                                        : changeset::ChangesetRunner::DataSource::Given);
    if (cs) {
        m_changeset = *cs;
        m_lastError.clear();
        showMessages(*cs);
        m_result->showChangeset(*cs);
    } else {
        m_changeset.reset();
        m_lastError = cs.error();
        m_form->setMessages({});
        m_form->showRelations(Changeset());
        m_result->showRaised(cs.failure(), m_runner->raisedSteps());
    }
    updateLabels();
    updateButtons();
    Q_EMIT evaluated();
}

// Errors go under their field's editor; an association's (assoc_constraint) under
// the editor of its foreign key.
void ChangesetPreview::showMessages(const Changeset &cs)
{
    std::vector<std::pair<QString, QStringList>> messages = changeset::EctoMessages::messages(cs);
    for (auto &[field, list] : messages) {
        const schema::Association *assoc = cs.schema ? cs.schema->association(field) : nullptr;
        if (assoc && !m_form->editor(field) && m_form->editor(assoc->ownerKey))
            field = assoc->ownerKey;
    }
    m_form->setMessages(messages);
    m_form->showRelations(cs);
}

void ChangesetPreview::chooseRepoAction()
{
    RepoAction action = RepoAction::Insert;
    if (!m_loadedKey.isEmpty())
        action = function().contains(QLatin1String("delete")) ? RepoAction::Delete : RepoAction::Update;
    m_repoAction->setCurrentIndex(m_repoAction->findData(int(action)));
}

RepoAction ChangesetPreview::repoAction() const
{
    return RepoAction(m_repoAction->currentData().toInt());
}

void ChangesetPreview::loadRow()
{
    const auto schema = currentSchema();
    if (!schema || !m_database || m_worker->isBusy())
        return;
    std::optional<QString> key;
    if (m_keyPrompt) {
        key = m_keyPrompt(schema->module);
    } else {
        bool ok = false;
        const QString text = QInputDialog::getText(this, tr("Load Row"),
                                                   tr("%1 of the %2 row to load:").arg(schema->primaryKey.value(0), schema->source),
                                                   QLineEdit::Normal, m_loadedKey, &ok);
        if (ok)
            key = text.trimmed();
    }
    if (!key || key->isEmpty())
        return;
    m_result->showRepoMessage(tr("Loading %1 %2...").arg(schema->source, *key));
    m_worker->loadRow(*m_database, schema, *key);
}

void ChangesetPreview::onRowLoaded(const QString &loadedModule, const QString &key, const Term &row, const QString &error)
{
    if (!error.isEmpty()) {
        m_result->showRepoMessage(error);
        Q_EMIT jobFinished(false);
        return;
    }
    if (loadedModule != module()) {
        Q_EMIT jobFinished(false);
        return; // the schema changed while the row was loading
    }
    // Repo.get's load: a project type's value through its load/1.
    const Result<Term> loaded = m_runner ? m_runner->loadRow(loadedModule, row) : Result<Term>(row);
    if (!loaded) {
        m_result->showRepoMessage(loaded.error());
        Q_EMIT jobFinished(false);
        return;
    }
    m_data = *loaded;
    m_dataIsStruct = true;
    m_loadedKey = key;
    m_form->setData(m_data);
    m_result->showRepoMessage(tr("Loaded %1 %2 as the changeset's data.").arg(currentSchema()->source, key));
    chooseRepoAction();
    evaluate();
    Q_EMIT jobFinished(true);
}

void ChangesetPreview::setStructData(const Term &data)
{
    m_data = data;
    m_dataIsStruct = false;
    m_loadedKey.clear();
    m_form->setData(data);
    chooseRepoAction();
    evaluate();
}

void ChangesetPreview::newStruct()
{
    m_data = Term::nil();
    m_dataIsStruct = false;
    m_loadedKey.clear();
    m_form->clearAll();
    m_result->clearRepoOutcome();
    chooseRepoAction();
    evaluate();
}

void ChangesetPreview::write(ChangesetPersistence::Mode mode)
{
    if (!m_changeset || !m_database || m_worker->isBusy())
        return;
    const QString repoFunction = m_repoAction->currentText();
    if (mode == ChangesetPersistence::Mode::Save) {
        const QString text = tr("Run %1 for real on %2 and commit?\n\nChanges: %3\n\nThe database is changed; this cannot be undone here.")
                                 .arg(repoFunction, DatabaseDescription::describe(*m_database), changeset::ChangesetInspect::changes(*m_changeset));
        if (!confirm(tr("Save Changeset"), text))
            return;
    }
    // A valid changeset's project-typed values are dumped here, where the interpreter
    // lives; an invalid one goes nowhere near a dump, as in Repo.
    Changeset sent = *m_changeset;
    if (sent.valid && m_runner) {
        const Result<void> dumped = m_runner->dumpCustomTypes(sent, ChangesetPersistence::actionName(repoAction()));
        if (!dumped) {
            RepoOutcome raised;
            raised.kind = RepoOutcome::Kind::Raised;
            raised.changeset = sent;
            raised.raised = dumped.failure();
            onWritten(raised);
            return;
        }
    }
    m_result->showRepoMessage(tr("Running %1...").arg(repoFunction));
    m_worker->write(*m_database, sent, repoAction(), mode);
}

void ChangesetPreview::onWritten(const RepoOutcome &outcome)
{
    m_result->showRepoOutcome(outcome, m_database ? DatabaseDescription::describe(*m_database) : QString());
    // {:error, changeset}: what Repo returned is what the form and the panel show,
    // until the next edit runs the function again.
    if (outcome.kind == RepoOutcome::Kind::Invalid) {
        showMessages(outcome.changeset);
        m_result->showChangeset(outcome.changeset);
    }
    // Saved: the struct Ecto returned is the data from now on (a new row becomes an update).
    if (outcome.committed && outcome.kind == RepoOutcome::Kind::Ok && outcome.changeset.action != QLatin1String("delete")) {
        std::vector<Term::Pair> fields;
        for (const auto &[name, value] : outcome.changeset.data) {
            Term v = outcome.changeset.change(name).value_or(value);
            for (const auto &[written, writtenValue] : outcome.values) {
                if (written == name)
                    v = writtenValue;
            }
            const schema::Field *f = outcome.changeset.schema->field(name);
            if (f && !f->isVirtual)
                fields.emplace_back(Term::string(name), v);
        }
        m_data = Term::map(std::move(fields));
        m_dataIsStruct = true;
        const QString key = outcome.changeset.schema->primaryKey.value(0);
        const std::optional<Term> id = m_data.get(key);
        m_loadedKey = id ? id->toElixirString() : QString();
        m_form->setData(m_data);
        chooseRepoAction();
        evaluate();
    } else if (outcome.committed && outcome.changeset.action == QLatin1String("delete")) {
        newStruct();
        m_result->showRepoOutcome(outcome, m_database ? DatabaseDescription::describe(*m_database) : QString());
    }
    updateLabels();
    Q_EMIT jobFinished(outcome.kind == RepoOutcome::Kind::Ok);
}

bool ChangesetPreview::confirm(const QString &title, const QString &text) const
{
    if (m_confirm)
        return m_confirm(title, text);
    auto *self = const_cast<ChangesetPreview *>(this);
    return QMessageBox::question(self, title, text, QMessageBox::Ok | QMessageBox::Cancel, QMessageBox::Cancel)
           == QMessageBox::Ok;
}

bool ChangesetPreview::isBusy() const
{
    return m_worker->isBusy();
}

void ChangesetPreview::updateButtons()
{
    const auto schema = currentSchema();
    const bool stored = schema && !schema->source.isEmpty();
    const bool ready = stored && m_database && !m_worker->isBusy();
    const QString embedded = schema && !stored ? tr("%1 is an embedded schema: it has no table.").arg(schema->module) : QString();
    button(Button::LoadRow)->setEnabled(ready);
    button(Button::Try)->setEnabled(ready && m_changeset.has_value());
    button(Button::Save)->setEnabled(ready && m_changeset.has_value());
    button(Button::NewStruct)->setEnabled(!m_worker->isBusy() && m_runner);
    button(Button::ResetForm)->setEnabled(!m_form->editors().isEmpty());
    m_repoAction->setEnabled(stored);
    for (Button b : {Button::LoadRow, Button::Try, Button::Save})
        button(b)->setStatusTip(embedded);
}

void ChangesetPreview::updateLabels()
{
    const auto schema = currentSchema();
    if (!schema)
        m_dataLabel->setText(tr("Open a project with Ecto schemas that have changeset functions."));
    else if (m_loadedKey.isEmpty())
        m_dataLabel->setText(tr("Data: %%1{} with its defaults (a new struct)").arg(schema->module));
    else
        m_dataLabel->setText(tr("Data: the %1 row with %2 %3").arg(schema->source, schema->primaryKey.value(0), m_loadedKey));
    if (schema && schema->source.isEmpty())
        m_databaseLabel->setText(tr("%1 is an embedded schema: there is nothing to insert.").arg(schema->module));
    else if (m_database)
        m_databaseLabel->setText(tr("Database: %1").arg(DatabaseDescription::describe(*m_database)));
    else
        m_databaseLabel->setText(tr("No database: %1").arg(m_databaseProblem));
}

QString ChangesetPreview::dataText() const
{
    return m_dataLabel->text();
}

QString ChangesetPreview::databaseText() const
{
    return m_databaseLabel->text();
}

} // namespace ectowb::widgets
