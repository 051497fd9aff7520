#pragma once

#include <QList>
#include <QString>
#include <QStringList>

#include <optional>

namespace ectowb::query {

// One term of an order_by as the composer's form edits it: a direction and a field
// of a binding (`desc: p.inserted_at`). A list of them writes the keyword list Ecto's
// order_by takes and is read back from it, so the form and the code view stay one
// thing. Terms that are not a plain field (`fragment(...)`, `^dir`, `selected_as`) are
// edited as code.
struct OrderTerm
{
    QString direction = QStringLiteral("asc"); // one of directions()
    QString binding;                          // p
    QString field;                            // inserted_at

    // The directions Ecto.Query.Builder.OrderBy accepts.
    static QStringList directions();

    // `[asc: p.title, desc: p.id]`; an empty list is `[]`.
    static QString toExpression(const QList<OrderTerm> &terms);
    // The terms of `p.title`, `[p.title, desc: p.id]` or `desc: p.id`; nothing when a
    // term is more than a direction and a field (the form then shows the code only).
    static std::optional<QList<OrderTerm>> fromExpression(const QString &expression);

    bool operator==(const OrderTerm &other) const = default;
};

} // namespace ectowb::query
