#include "ectomessages.h"

#include "changesetjson.h"

#include <QCoreApplication>
#include <QSet>

namespace ectowb::changeset {

namespace {

// Ecto 3.13's default messages, word for word (Ecto.Changeset and Ecto.Repo).
const char *const knownTemplates[] = {
    QT_TRANSLATE_NOOP("EctoMessages", "can't be blank"),
    QT_TRANSLATE_NOOP("EctoMessages", "is invalid"),
    QT_TRANSLATE_NOOP("EctoMessages", "has invalid format"),
    QT_TRANSLATE_NOOP("EctoMessages", "has an invalid entry"),
    QT_TRANSLATE_NOOP("EctoMessages", "is reserved"),
    QT_TRANSLATE_NOOP("EctoMessages", "must be accepted"),
    QT_TRANSLATE_NOOP("EctoMessages", "does not match confirmation"),
    QT_TRANSLATE_NOOP("EctoMessages", "should be %{count} character(s)"),
    QT_TRANSLATE_NOOP("EctoMessages", "should be at least %{count} character(s)"),
    QT_TRANSLATE_NOOP("EctoMessages", "should be at most %{count} character(s)"),
    QT_TRANSLATE_NOOP("EctoMessages", "should be %{count} byte(s)"),
    QT_TRANSLATE_NOOP("EctoMessages", "should be at least %{count} byte(s)"),
    QT_TRANSLATE_NOOP("EctoMessages", "should be at most %{count} byte(s)"),
    QT_TRANSLATE_NOOP("EctoMessages", "should have %{count} item(s)"),
    QT_TRANSLATE_NOOP("EctoMessages", "should have at least %{count} item(s)"),
    QT_TRANSLATE_NOOP("EctoMessages", "should have at most %{count} item(s)"),
    QT_TRANSLATE_NOOP("EctoMessages", "must be less than %{number}"),
    QT_TRANSLATE_NOOP("EctoMessages", "must be greater than %{number}"),
    QT_TRANSLATE_NOOP("EctoMessages", "must be less than or equal to %{number}"),
    QT_TRANSLATE_NOOP("EctoMessages", "must be greater than or equal to %{number}"),
    QT_TRANSLATE_NOOP("EctoMessages", "must be equal to %{number}"),
    QT_TRANSLATE_NOOP("EctoMessages", "must be not equal to %{number}"),
    QT_TRANSLATE_NOOP("EctoMessages", "has already been taken"),
    QT_TRANSLATE_NOOP("EctoMessages", "does not exist"),
    QT_TRANSLATE_NOOP("EctoMessages", "is still associated with this entry"),
    QT_TRANSLATE_NOOP("EctoMessages", "are still associated with this entry"),
    QT_TRANSLATE_NOOP("EctoMessages", "violates an exclusion constraint"),
    QT_TRANSLATE_NOOP("EctoMessages", "is stale"),
};

const QSet<QString> &templateSet()
{
    static const QSet<QString> set = [] {
        QSet<QString> out;
        for (const char *t : knownTemplates)
            out.insert(QString::fromUtf8(t));
        return out;
    }();
    return set;
}

} // namespace

QStringList EctoMessages::templates()
{
    QStringList out;
    for (const char *t : knownTemplates)
        out << QString::fromUtf8(t);
    return out;
}

bool EctoMessages::isKnownTemplate(const QString &message)
{
    return templateSet().contains(message);
}

QString EctoMessages::translate(const ChangesetError &error)
{
    if (!isKnownTemplate(error.message))
        return ChangesetJson::interpolate(error);
    ChangesetError translated = error;
    translated.message = QCoreApplication::translate(context(), error.message.toUtf8().constData());
    return ChangesetJson::interpolate(translated);
}

} // namespace ectowb::changeset

namespace ectowb::changeset {

std::vector<std::pair<QString, QStringList>> EctoMessages::messages(const Changeset &changeset)
{
    std::vector<std::pair<QString, QStringList>> out;
    for (const ChangesetError &e : changeset.errors) {
        auto it = std::find_if(out.begin(), out.end(), [&](const auto &p) { return p.first == e.field; });
        if (it == out.end())
            it = out.insert(out.end(), {e.field, QStringList()});
        it->second << translate(e);
    }
    return out;
}

} // namespace ectowb::changeset
