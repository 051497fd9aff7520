#include "dynamicvalue.h"

namespace ectowb::query {

interpreter::Value DynamicValue::wrap(std::vector<DynamicBinding> bindings, ExprPtr expr, std::vector<Param> params)
{
    return interpreter::Value::host(std::make_shared<DynamicValue>(std::move(bindings), std::move(expr), std::move(params)));
}

const DynamicValue *DynamicValue::unwrap(const interpreter::Value &value)
{
    return value.isHost() ? value.hostAs<DynamicValue>() : nullptr;
}

} // namespace ectowb::query
