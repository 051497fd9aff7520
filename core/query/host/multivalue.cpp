#include "multivalue.h"

#include <QStringList>

namespace ectowb::query {

QString MultiValue::inspect() const
{
    QStringList ops;
    for (const MultiOperation &op : m_operations)
        ops << QStringLiteral("{%1, {:%2, ...}}").arg(op.name.inspect(), op.function);
    return QStringLiteral("%Ecto.Multi{operations: [%1], names: ...}").arg(ops.join(QStringLiteral(", ")));
}

interpreter::Value MultiValue::wrap(std::vector<MultiOperation> operations)
{
    return interpreter::Value::host(std::make_shared<MultiValue>(std::move(operations)));
}

const MultiValue *MultiValue::unwrap(const interpreter::Value &value)
{
    return value.isHost() ? value.hostAs<MultiValue>() : nullptr;
}

} // namespace ectowb::query
