#pragma once

#include "changeset.h"

#include <QStringList>

namespace ectowb::changeset {

// Ecto's own error message templates in the user's language. The template is
// translated before %{count}-style interpolation, so every language keeps Ecto's
// keys; a message the changeset function wrote itself is shown as written.
// Translations live in translations/*.ts under the context "EctoMessages".
class EctoMessages
{
public:
    static const char *context() { return "EctoMessages"; }
    // Every template Ecto.Changeset and the Repo give (validations, casts, constraints).
    static QStringList templates();
    static bool isKnownTemplate(const QString &message);
    // traverse_errors/2's message for this error, translated where Ecto wrote it.
    static QString translate(const ChangesetError &error);
    // traverse_errors/2 with translated messages: field -> messages, in error order.
    static std::vector<std::pair<QString, QStringList>> messages(const Changeset &changeset);
};

} // namespace ectowb::changeset
