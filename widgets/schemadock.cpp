#include "schemadock.h"

#include "schemabrowser.h"
#include "schemadiagram.h"
#include "db/connection.h"
#include "project/projectdatabase.h"
#include "db/introspector.h"
#include "project/sampleproject.h"
#include "workspace/workspace.h"

#include <QDir>
#include <QFileInfo>
#include <QLabel>
#include <QProgressBar>
#include <QTabWidget>
#include <QVBoxLayout>

namespace ectowb::widgets {

namespace {

struct Comparison
{
    QList<schema::Mismatch> mismatches;
    QString error;
};

Comparison compare(const db::ConnectionSettings &settings, const QList<schema::Schema> &schemas)
{
    const Result<std::shared_ptr<db::Connection>> connection = db::Connection::open(settings);
    if (!connection)
        return {{}, connection.error()};
    const Result<db::DatabaseSchema> database = db::Introspector::introspect(*connection.value());
    if (!database)
        return {{}, database.error()};
    return {schema::SchemaComparison::compare(schemas, database.value()), {}};
}

} // namespace

SchemaDock::SchemaDock(workspace::Workspace *workspace, QWidget *parent)
    : QDockWidget(tr("Schemas"), parent)
    , m_browser(new SchemaBrowser(this))
    , m_diagram(new SchemaDiagram(this))
    , m_tabs(new QTabWidget(this))
    , m_progress(new QProgressBar(this))
    , m_empty(new QLabel(this))
    , m_workspace(workspace)
{
    setObjectName(QStringLiteral("schemaDock"));
    m_tabs->addTab(m_browser, tr("Browser"));
    m_tabs->addTab(m_diagram, tr("Diagram"));
    m_progress->setFormat(tr("Reading the project\u2026 %p%"));
    m_progress->hide();
    m_empty->setObjectName(QStringLiteral("schemasEmpty"));
    m_empty->setWordWrap(true);
    m_empty->setMargin(12);
    m_empty->hide();
    auto *content = new QWidget(this);
    auto *layout = new QVBoxLayout(content);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_progress);
    layout->addWidget(m_empty);
    layout->addWidget(m_tabs);
    setWidget(content);
    connect(m_diagram, &SchemaDiagram::schemaActivated, m_browser, &SchemaBrowser::selectSchema);
    connect(workspace, &workspace::Workspace::opening, this, &SchemaDock::beginLoading);
    connect(workspace, &workspace::Workspace::loadProgress, this, &SchemaDock::showProgress);
    connect(workspace, &workspace::Workspace::projectLoaded, this, &SchemaDock::setProject);
    connect(workspace, &workspace::Workspace::databaseChosen, this, &SchemaDock::setDatabase);
    // Migrations ran, or their state was read again: the tables may have changed.
    connect(workspace, &workspace::Workspace::migrationStatusChanged, this, [this] {
        if (!m_project.root.isEmpty())
            compareWithDatabase();
    });
    if (workspace->isLoading())
        beginLoading();
    else if (workspace->isLoaded())
        setProject(workspace->project());
}

SchemaDock::~SchemaDock() = default;

void SchemaDock::showTab(Tab tab)
{
    m_tabs->setCurrentIndex(tab == Tab::Browser ? 0 : 1);
}

void SchemaDock::beginLoading()
{
    ++m_compareGeneration; // the old project's comparison no longer matters
    m_busy = true;
    m_progress->setValue(0);
    m_progress->show();
}

void SchemaDock::showProgress(int done, int total)
{
    m_progress->setMaximum(std::max(total, 1));
    m_progress->setValue(done);
}

QString SchemaDock::emptyText() const
{
    return m_empty->isHidden() ? QString() : m_empty->text();
}

void SchemaDock::setProject(const project::Project &project)
{
    m_project = project;
    m_progress->hide();
    // An empty tree and diagram say nothing; this says why they are empty.
    const QString folder = QDir::toNativeSeparators(project.root);
    if (!QFileInfo::exists(QDir(project.root).filePath(QStringLiteral("mix.exs"))))
        m_empty->setText(tr("%1 has no mix.exs: it is not the root of a Mix project. Open the folder that holds "
                            "mix.exs (File, Open Project).").arg(folder));
    else if (project.schemas.isEmpty())
        m_empty->setText(tr("No Ecto schema was found in %1 (%n file(s) read). Schemas are modules that "
                            "use Ecto.Schema under lib/.", nullptr, int(project.sourceFiles.size())).arg(folder));
    m_empty->setVisible(project.schemas.isEmpty());
    m_tabs->setVisible(!project.schemas.isEmpty());
    m_browser->setSchemas(project.schemas);
    m_diagram->setSchemas(project.schemas);
    if (!project.schemas.isEmpty())
        m_browser->selectSchema(project.schemas.first().module);
    Q_EMIT schemasLoaded(int(project.schemas.size()));
    compareWithDatabase();
}

void SchemaDock::setDatabase(const std::optional<db::ConnectionSettings> &settings)
{
    m_database = settings;
    if (!m_project.root.isEmpty())
        compareWithDatabase();
}

void SchemaDock::compareWithDatabase()
{
    // A newer comparison makes an older one's answer stale, whatever this one finds.
    const quint64 generation = ++m_compareGeneration;
    // The rule the workspace, the other views and ectowb use (not its chosen database:
    // this dock may be compared with another one, see setDatabase()).
    const Result<db::ConnectionSettings> chosen = workspace::Workspace::databaseFor(m_project, m_database);
    if (!chosen) {
        comparisonReady({}, {}, tr("There is no database to compare with: %1").arg(chosen.error()));
        return;
    }
    db::ConnectionSettings settings = chosen.value();
    // Comparing only reads: a file that is not there yet is reported, never created.
    if (settings.dialect == db::Dialect::Sqlite && !QFileInfo::exists(settings.database)) {
        comparisonReady({}, {}, tr("%1 does not exist yet: apply the migrations to create it.").arg(settings.database));
        return;
    }
    settings.createIfMissing = false;
    if (!m_workspace) {
        comparisonReady({}, {}, tr("The project is closed."));
        return;
    }
    m_browser->setDatabaseProblem(tr("Comparing with the database %1\u2026").arg(settings.redacted()));
    const QList<schema::Schema> schemas = m_project.schemas;
    m_workspace->run<Comparison>(this, [settings, schemas] { return compare(settings, schemas); },
                                 [this, generation, database = settings.redacted()](const Comparison &result) {
                                     if (m_compareGeneration == generation)
                                         comparisonReady(result.mismatches, database, result.error);
                                 });
}

void SchemaDock::comparisonReady(const QList<schema::Mismatch> &mismatches, const QString &database, const QString &error)
{
    m_busy = false;
    if (error.isEmpty())
        m_browser->setMismatches(mismatches, database);
    else if (database.isEmpty())
        m_browser->setDatabaseProblem(error);
    else
        m_browser->setDatabaseProblem(tr("Cannot reach the database %1: %2").arg(database, error));
    Q_EMIT databaseChecked(error.isEmpty());
}

} // namespace ectowb::widgets
