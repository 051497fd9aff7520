#pragma once

#include "common/result.h"
#include "value/term.h"

#include <QByteArray>
#include <QString>

namespace ectowb::value {

// JSON <-> Term as the conformance files and the CLI use it. Unlike QJsonDocument
// it keeps `30.0` a float and `30` an integer, as Jason does when params arrive.
class TermJson
{
public:
    // Objects become maps with string keys, in the order written.
    static Result<Term> parse(QByteArrayView json);
    // The conformance encoding: atoms as strings (nil/true/false as JSON literals),
    // floats always with a fraction or exponent, Decimals as {"$decimal": "1.50"},
    // dates and times as ISO 8601, tuples as arrays.
    static QByteArray write(const Term &term);
};

} // namespace ectowb::value
