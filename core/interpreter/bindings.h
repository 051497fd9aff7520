#pragma once

#include "project/aliasscope.h"
#include "value.h"

#include <QHash>
#include <QString>
#include <QStringList>

#include <optional>

namespace ectowb::interpreter {

// The lexical environment an expression is evaluated in: its variables, the module
// it belongs to (for __MODULE__, @attributes and unqualified calls to its own
// functions), the aliases and the modules it imported. Copies are cheap (shared
// hash), which is how closures capture their environment.
class Bindings
{
public:
    Bindings() = default;

    std::optional<Value> value(const QString &name) const;
    bool has(const QString &name) const { return m_variables.contains(name); }
    void bind(const QString &name, const Value &value) { m_variables.insert(name, value); }
    const QHash<QString, Value> &variables() const { return m_variables; }

    // The module whose code runs here ("" at the top level).
    QString module() const { return m_aliases.currentModule(); }
    void setModule(const QString &module) { m_aliases.setCurrentModule(module); }
    project::AliasScope &aliases() { return m_aliases; }
    const project::AliasScope &aliases() const { return m_aliases; }

    // Modules whose functions are callable unqualified (`import Ecto.Changeset`), in
    // import order; Kernel is always imported.
    const QStringList &imports() const { return m_imports; }
    void addImport(const QString &module)
    {
        if (!m_imports.contains(module))
            m_imports.append(module);
    }

private:
    QHash<QString, Value> m_variables;
    project::AliasScope m_aliases;
    QStringList m_imports;
};

inline std::optional<Value> Bindings::value(const QString &name) const
{
    const auto it = m_variables.constFind(name);
    if (it == m_variables.constEnd())
        return std::nullopt;
    return *it;
}

} // namespace ectowb::interpreter
