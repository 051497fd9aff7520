#include "changesetresultpanel.h"

#include "pipelinestepdelegate.h"
#include "changeset/changesetinspect.h"
#include "changeset/changesetjson.h"
#include "changeset/ectomessages.h"
#include "changeset/valuecodec.h"
#include "models/pipelinestepmodel.h"

#include <QHeaderView>
#include <QLabel>
#include <QPlainTextEdit>

#include <algorithm>
#include <QSplitter>
#include <QTreeView>
#include <QVBoxLayout>

namespace ectowb::widgets {

using changeset::Changeset;
using changeset::RepoOutcome;

namespace {

QFont monospace(QFont font)
{
    font.setFamily(QStringLiteral("monospace"));
    font.setStyleHint(QFont::Monospace);
    return font;
}

QPlainTextEdit *textPane(QWidget *parent, const QString &name)
{
    auto *pane = new QPlainTextEdit(parent);
    pane->setObjectName(name);
    pane->setReadOnly(true);
    pane->setFont(monospace(QFont())); // the family only: the size follows the UI zoom
    pane->setLineWrapMode(QPlainTextEdit::NoWrap);
    return pane;
}

QWidget *section(const QString &title, QWidget *content, QWidget *parent, QLabel **heading = nullptr)
{
    auto *box = new QWidget(parent);
    auto *layout = new QVBoxLayout(box);
    layout->setContentsMargins(0, 4, 0, 0);
    auto *label = new QLabel(title, box);
    QFont bold; // the weight only: the size follows the UI zoom
    bold.setBold(true);
    label->setFont(bold);
    // A long title ("Repo.insert tried on sqlite:/a/long/path.db") wraps: it never
    // pushes the panel wider after Try.
    label->setWordWrap(true);
    label->setSizePolicy(QSizePolicy::Ignored, QSizePolicy::Preferred);
    label->setBuddy(content);
    layout->addWidget(label);
    layout->addWidget(content, 1);
    if (heading)
        *heading = label;
    return box;
}

QString statementText(const changeset::RepoStatement &statement)
{
    QStringList params;
    for (const QVariant &p : statement.params)
        params << changeset::ValueCodec::displayParam(p);
    return statement.displaySql + QStringLiteral("\n[") + params.join(QStringLiteral(", ")) + QLatin1Char(']');
}

} // namespace

ChangesetResultPanel::ChangesetResultPanel(QWidget *parent)
    : QWidget(parent), m_valid(new QLabel(this)), m_inspect(textPane(this, QStringLiteral("inspectText"))),
      m_messages(textPane(this, QStringLiteral("messagesText"))), m_steps(new models::PipelineStepModel(this)),
      m_stepView(new QTreeView(this)), m_repo(textPane(this, QStringLiteral("repoText")))
{
    setObjectName(QStringLiteral("changesetResult"));
    m_valid->setObjectName(QStringLiteral("validBadge"));
    m_valid->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_valid->setWordWrap(true);
    m_valid->setMargin(6);
    QFont big = monospace(QFont());
    big.setBold(true);
    m_valid->setFont(big);
    m_repo->setLineWrapMode(QPlainTextEdit::WidgetWidth);
    m_repo->setPlaceholderText(tr("Try runs the Repo function inside a transaction that is rolled back; Save commits it."));
    m_stepView->setObjectName(QStringLiteral("stepView"));
    m_stepView->setModel(m_steps);
    m_stepView->setItemDelegate(new PipelineStepDelegate(m_stepView));
    m_stepView->setRootIsDecorated(false);
    m_stepView->setUniformRowHeights(true);
    m_stepView->setAlternatingRowColors(true);
    m_stepView->header()->setStretchLastSection(true);
    m_stepView->header()->setSectionResizeMode(QHeaderView::ResizeToContents);

    auto *splitter = new QSplitter(Qt::Vertical, this);
    splitter->addWidget(section(tr("&Changeset, as IEx prints it"), m_inspect, splitter));
    splitter->addWidget(section(tr("Error &messages (traverse_errors)"), m_messages, splitter));
    splitter->addWidget(section(tr("Pipeline ste&ps"), m_stepView, splitter));
    splitter->addWidget(section(tr("&Database"), m_repo, splitter, &m_repoTitle));
    splitter->setSizes({260, 70, 190, 230});
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_valid);
    layout->addWidget(splitter, 1);
}

void ChangesetResultPanel::showChangeset(const Changeset &cs)
{
    const bool unverified = !cs.skipped.empty();
    QString text = cs.valid ? QStringLiteral("valid?: true") : QStringLiteral("valid?: false");
    QString style = cs.valid ? QStringLiteral("background: #2e7d32; color: white;") : QStringLiteral("background: #c62828; color: white;");
    if (unverified && cs.valid) {
        text += QStringLiteral("  ") + tr("(unverified: %n step(s) could not be evaluated)", nullptr, int(cs.skipped.size()));
        style = QStringLiteral("background: #ffb300; color: black;");
    } else if (unverified) {
        text += QStringLiteral("  ") + tr("(and %n step(s) could not be evaluated)", nullptr, int(cs.skipped.size()));
    }
    m_valid->setText(text);
    m_valid->setStyleSheet(QStringLiteral("QLabel { %1 border-radius: 3px; }").arg(style));
    m_inspect->setPlainText(changeset::ChangesetInspect::inspect(cs));
    // With child changesets their errors nest as traverse_errors nests them (Ecto's
    // English, as IEx shows it); otherwise each message in the user's language.
    const bool nested = std::any_of(cs.relations.begin(), cs.relations.end(),
                                    [&cs](const QString &relation) { return cs.change(relation).has_value(); });
    m_messages->setPlainText(nested ? changeset::ChangesetInspect::nestedErrors(changeset::ChangesetJson::traverseErrors(cs))
                                    : changeset::ChangesetInspect::traverseErrors(changeset::EctoMessages::messages(cs)));
    m_steps->setSnapshot(cs.steps);
}

void ChangesetResultPanel::showRaised(const Error &error, std::vector<changeset::PipelineStep> steps)
{
    m_valid->setText(tr("The changeset function raised"));
    m_valid->setStyleSheet(QStringLiteral("QLabel { background: #6a1b9a; color: white; border-radius: 3px; }"));
    m_inspect->setPlainText(error.text());
    m_messages->clear();
    m_steps->setSnapshot(std::move(steps));
}

void ChangesetResultPanel::showRepoOutcome(const RepoOutcome &outcome, const QString &where)
{
    const QString function = QStringLiteral("Repo.") + outcome.changeset.action;
    m_repoTitle->setText(outcome.committed ? tr("&Database: %1 saved on %2").arg(function, where)
                                           : tr("&Database: %1 tried on %2").arg(function, where));
    QStringList out;
    const QString module = outcome.changeset.schema ? outcome.changeset.schema->module : QString();
    switch (outcome.kind) {
    case RepoOutcome::Kind::Ok: {
        if (outcome.noop)
            out << tr("Nothing changed: Repo.update sends no statement.");
        else if (outcome.committed)
            out << tr("Committed.");
        else
            out << tr("Rolled back: nothing was written.");
        QStringList fields;
        for (const auto &[name, value] : outcome.values) {
            const schema::Field *f = outcome.changeset.schema->field(name);
            fields << name + QStringLiteral(": ")
                          + (f && f->redact ? QStringLiteral("\"**redacted**\"") : changeset::ChangesetInspect::value(value));
        }
        out << QStringLiteral("{:ok, %%1{%2}}").arg(module, fields.join(QStringLiteral(", ")));
        break;
    }
    case RepoOutcome::Kind::Invalid:
        out << (outcome.statement ? tr("The database refused the row; Ecto turned that into the errors above. Rolled back.")
                                  : tr("The changeset is invalid: Ecto does not send anything."));
        out << QStringLiteral("{:error, #Ecto.Changeset<action: :%1, errors: %2, valid?: false, ...>}")
                   .arg(outcome.changeset.action, changeset::ChangesetInspect::errors(outcome.changeset));
        break;
    case RepoOutcome::Kind::Raised:
        out << outcome.raised.text();
        break;
    }
    if (outcome.statement)
        out << QString() << statementText(*outcome.statement);
    m_repo->setPlainText(out.join(QLatin1Char('\n')));
}

void ChangesetResultPanel::showRepoMessage(const QString &text)
{
    m_repoTitle->setText(tr("&Database"));
    m_repo->setPlainText(text);
}

void ChangesetResultPanel::clearRepoOutcome()
{
    m_repoTitle->setText(tr("&Database"));
    m_repo->clear();
}

QString ChangesetResultPanel::validText() const
{
    return m_valid->text();
}

QString ChangesetResultPanel::inspectText() const
{
    return m_inspect->toPlainText();
}

QString ChangesetResultPanel::messagesText() const
{
    return m_messages->toPlainText();
}

QString ChangesetResultPanel::repoText() const
{
    return m_repo->toPlainText();
}

} // namespace ectowb::widgets
