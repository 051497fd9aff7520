#pragma once

#include "changeset.h"
#include "interpreter/hostfunctions.h"
#include "interpreter/value.h"

#include <functional>
#include <memory>

namespace ectowb::changeset {

// A %Ecto.Changeset{} inside interpreter terms.
class ChangesetValue : public interpreter::HostValue
{
public:
    explicit ChangesetValue(Changeset changeset) : m_changeset(std::move(changeset)) {}
    QString typeName() const override { return QStringLiteral("Ecto.Changeset"); }
    QString inspect() const override;
    const Changeset &changeset() const { return m_changeset; }

private:
    Changeset m_changeset;
};

// Registers Ecto.Changeset's functions as interpreter host functions, so private
// helpers (`put_slug`) and custom validators can call get_field/put_change/... on
// the changeset the pipeline hands them.
class ChangesetHost
{
public:
    // Turns a struct a helper passes where a changeset belongs into one.
    using StructToChangeset = std::function<Result<Changeset>(const interpreter::Value &)>;
    struct Context
    {
        StructToChangeset fromStruct;
        // The schema of a module (cast_embed and cast_assoc build their children with it).
        std::function<std::shared_ptr<const ChangesetSchema>(const QString &module)> schema;
        // Set when an Ecto function raised, as opposed to code that could not run.
        std::optional<Error> raised;
    };

    static void registerAll(interpreter::HostFunctions &host, std::shared_ptr<Context> context);
    static interpreter::Value wrap(const Changeset &changeset);
    static const Changeset *unwrap(const interpreter::Value &value);
};

} // namespace ectowb::changeset
