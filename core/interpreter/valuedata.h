#pragma once

#include "function.h"
#include "value.h"

#include <QByteArray>
#include <QString>

#include <memory>
#include <vector>

namespace ectowb::interpreter {

// The shared payload of a compound Value. Internal to the interpreter.
struct ValueData
{
    QByteArray bytes;              // Binary
    std::vector<Value> elements;   // List, Tuple
    std::vector<Value::Pair> pairs; // Map (sorted by key), Struct fields
    Value tail;                    // List: the improper tail when `improper`
    bool improper = false;
    QString name;                  // Struct module, Regex source
    QString modifiers;             // Regex
    std::shared_ptr<const FunctionData> function;
    std::shared_ptr<const HostValue> host;
    BigInteger integer;            // Integer past 64 bits (a 64-bit one has no data)

    static const ValueData &empty();
    static Value make(Value::Kind kind, std::shared_ptr<const ValueData> data);
};

// Erlang's order of map keys: term order, with an integer before the float of
// the same value (maps keep 1 and 1.0 apart).
int compareKeys(const Value &a, const Value &b);

} // namespace ectowb::interpreter
