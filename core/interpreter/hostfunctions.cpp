#include "hostfunctions.h"

namespace ectowb::interpreter {

QString HostFunctions::key(const QString &module, const QString &name, int arity)
{
    return module + u'.' + name + u'/' + QString::number(arity);
}

void HostFunctions::add(const QString &module, const QString &name, int arity, NativeFunction function)
{
    m_functions.insert(key(module, name, arity), std::move(function));
    m_modules[module] += 1;
}

void HostFunctions::addMacro(const QString &module, const QString &name, HostMacro macro, int arity)
{
    m_macros.insert(key(module, name, arity), std::move(macro));
    m_modules[module] += 1;
}

const NativeFunction *HostFunctions::function(const QString &module, const QString &name, int arity) const
{
    auto it = m_functions.constFind(key(module, name, arity));
    return it == m_functions.constEnd() ? nullptr : &*it;
}

const HostMacro *HostFunctions::macro(const QString &module, const QString &name, int arity) const
{
    auto it = m_macros.constFind(key(module, name, arity));
    if (it == m_macros.constEnd())
        it = m_macros.constFind(key(module, name, -1));
    return it == m_macros.constEnd() ? nullptr : &*it;
}

bool HostFunctions::exports(const QString &module, const QString &name, int arity) const
{
    return function(module, name, arity) || macro(module, name, arity);
}

} // namespace ectowb::interpreter
