#pragma once

#include "interpreter/value.h"

#include <vector>

namespace ectowb::query {

// One step of an Ecto.Multi: the Repo function it runs, its name and its arguments.
struct MultiOperation
{
    QString function; // insert, update, delete, insert_all, update_all, delete_all, all, one, run, put
    interpreter::Value name;
    std::vector<interpreter::Value> args;
};

// An %Ecto.Multi{} inside interpreter terms: operations recorded in order and run
// by Repo.transaction/1.
class MultiValue : public interpreter::HostValue
{
public:
    explicit MultiValue(std::vector<MultiOperation> operations) : m_operations(std::move(operations)) {}
    QString typeName() const override { return QStringLiteral("Ecto.Multi"); }
    QString inspect() const override;

    const std::vector<MultiOperation> &operations() const { return m_operations; }

    static interpreter::Value wrap(std::vector<MultiOperation> operations);
    static const MultiValue *unwrap(const interpreter::Value &value);

private:
    std::vector<MultiOperation> m_operations;
};

} // namespace ectowb::query
