// Expressions as both adapters render them (expr/3 of their connection modules);
// the dialect hooks take over where the text differs.
#include "queryrenderer.h"

#include "value/termjson.h"

#include <QRegularExpression>

namespace ectowb::query {

namespace {

bool startsWithSelect(const QString &text)
{
    static const QRegularExpression re(QStringLiteral("^\\s*select\\s"), QRegularExpression::CaseInsensitiveOption);
    return re.match(text).hasMatch();
}

} // namespace

QString QueryRenderer::decimalText(const value::Decimal &d)
{
    QString digits = QString::fromLatin1(d.coefficient());
    const qint64 exp = d.exponent();
    if (exp >= 0) {
        if (digits != u"0")
            digits += QString(qsizetype(exp), u'0');
    } else {
        const qsizetype point = digits.size() + exp;
        if (point > 0)
            digits.insert(point, u'.');
        else
            digits = QStringLiteral("0.") + QString(-point, u'0') + digits;
    }
    return (d.sign() < 0 ? QStringLiteral("-") : QString()) + digits;
}

bool QueryRenderer::in(Out &out, const Scope &scope, const Expr &left, const Expr &right) const
{
    const bool literalList = right.kind == Expr::Kind::Literal && right.literal.isList();
    const bool empty = (literalList && right.literal.elements().empty()) || (right.kind == Expr::Kind::List && right.args.empty())
                       || (right.kind == Expr::Kind::Param && right.count == 0);
    if (empty) {
        falseLiteral(out);
        return true;
    }
    if (!expr(out, scope, left))
        return false;
    if (literalList && literalInListAsJson()) {
        out.sql += QLatin1String(" IN (SELECT value FROM JSON_EACH(");
        literalString(out, QString::fromUtf8(value::TermJson::write(right.literal)));
        out.sql += QLatin1String("))");
        return true;
    }
    if (literalList || right.kind == Expr::Kind::List) {
        out.sql += QLatin1String(" IN (");
        std::vector<ExprPtr> items = right.args;
        if (literalList) {
            items.clear();
            for (const Term &t : right.literal.elements())
                items.push_back(Expr::literalOf(t));
        }
        if (!exprList(out, scope, items, u","))
            return false;
        out.sql += u')';
        return true;
    }
    if (right.kind == Expr::Kind::Subquery) {
        out.sql += QLatin1String(" IN ");
        return expr(out, scope, right);
    }
    return inOther(out, scope, right);
}

QString QueryRenderer::binaryOpText(const QString &op)
{
    static const QHash<QString, QString> ops{
        {QStringLiteral("=="), QStringLiteral(" = ")},   {QStringLiteral("!="), QStringLiteral(" != ")},
        {QStringLiteral("<="), QStringLiteral(" <= ")},  {QStringLiteral(">="), QStringLiteral(" >= ")},
        {QStringLiteral("<"), QStringLiteral(" < ")},    {QStringLiteral(">"), QStringLiteral(" > ")},
        {QStringLiteral("+"), QStringLiteral(" + ")},    {QStringLiteral("-"), QStringLiteral(" - ")},
        {QStringLiteral("*"), QStringLiteral(" * ")},    {QStringLiteral("/"), QStringLiteral(" / ")},
        {QStringLiteral("and"), QStringLiteral(" AND ")}, {QStringLiteral("or"), QStringLiteral(" OR ")},
        {QStringLiteral("ilike"), QStringLiteral(" ILIKE ")}, {QStringLiteral("like"), QStringLiteral(" LIKE ")}};
    return ops.value(op);
}

bool QueryRenderer::isBinaryOp(const Expr &e)
{
    // most calls are not operators: rule them out before the table lookup
    if (e.kind != Expr::Kind::Call || e.args.size() != 2 || e.name.size() > 5)
        return false;
    return !binaryOpText(e.name).isEmpty();
}

void QueryRenderer::literalString(Out &out, const QString &text) const
{
    out.sql += u'\'';
    if (text.contains(u'\'')) {
        QString escaped = text;
        escaped.replace(u'\'', QStringLiteral("''"));
        out.sql += escaped;
    } else {
        out.sql += text;
    }
    out.sql += u'\'';
}

bool QueryRenderer::qualified(Out &out, const Scope &scope, const Expr &field) const
{
    if (scope.returning)
        return quoteName(out, field.name);
    const PlannedQuery *q = scope.query;
    if (field.parent) {
        for (int i = 0; i < field.count && q; ++i)
            q = q->parent;
        if (!q)
            return out.fail(Error{QStringLiteral("parent_as/1 used outside of a subquery"), QStringLiteral("Ecto.QueryError")});
    }
    out.sql += q->sources[size_t(field.binding)].alias;
    out.sql += u'.';
    return quoteName(out, field.name);
}

bool QueryRenderer::maybeParen(Out &out, const Scope &scope, const Expr &e) const
{
    if (isBinaryOp(e) || e.isCall(u"is_nil")) {
        out.sql += u'(';
        if (!expr(out, scope, e))
            return false;
        out.sql += u')';
        return true;
    }
    return expr(out, scope, e);
}

bool QueryRenderer::exprList(Out &out, const Scope &scope, const std::vector<ExprPtr> &items, QStringView separator) const
{
    for (size_t i = 0; i < items.size(); ++i) {
        if (i > 0)
            out.sql += separator;
        if (!expr(out, scope, *items[i]))
            return false;
    }
    return true;
}

bool QueryRenderer::windowBody(Out &out, const Scope &scope, const Expr &window) const
{
    out.sql += u'(';
    for (size_t i = 0; i < window.args.size(); ++i) {
        if (i > 0)
            out.sql += u' ';
        const QString &key = window.texts[i];
        const Expr &part = *window.args[i];
        if (key == u"partition_by") {
            out.sql += QLatin1String("PARTITION BY ");
            if (!exprList(out, scope, part.args, u", "))
                return false;
        } else if (key == u"order_by") {
            out.sql += QLatin1String("ORDER BY ");
            for (size_t k = 0; k < part.args.size(); ++k) {
                if (k > 0)
                    out.sql += QLatin1String(", ");
                if (!orderItem(out, scope, *part.args[k]))
                    return false;
            }
        } else if (!expr(out, scope, part)) {
            return false;
        }
    }
    out.sql += u')';
    return true;
}

bool QueryRenderer::expr(Out &out, const Scope &scope, const Expr &e) const
{
    switch (e.kind) {
    case Expr::Kind::Field:
        return qualified(out, scope, e);
    case Expr::Kind::Source: {
        out.sql += scope.query->sources[size_t(e.binding)].alias;
        return true;
    }
    case Expr::Kind::Param:
        param(out, e.index);
        return true;
    case Expr::Kind::Splice:
        for (int i = 0; i < e.count; ++i) {
            if (i > 0)
                out.sql += u',';
            param(out, e.index + i);
        }
        return true;
    case Expr::Kind::Literal: {
        const Term &t = e.literal;
        switch (t.kind()) {
        case Term::Kind::Atom:
            if (t.isNil()) {
                out.sql += QLatin1String("NULL");
                return true;
            }
            if (t.isBoolean()) {
                boolean(out, t.isTrue());
                return true;
            }
            return out.fail(Error{QStringLiteral("unsupported expression :%1 (atoms must be interpolated "
                                           "with ^ or compared with a field)").arg(t.text()), QStringLiteral("Ecto.QueryError")});
        case Term::Kind::Integer:
            if (!t.fitsInt64() && !bigIntegerLiterals())
                return out.fail(QStringLiteral("the integer %1 does not fit SQLite's 64-bit integers")
                                    .arg(t.toElixirString()));
            out.sql += t.toElixirString();
            return true;
        case Term::Kind::Float:
            floating(out, t.floatValue());
            return true;
        case Term::Kind::String:
            literalString(out, t.text());
            return true;
        case Term::Kind::Decimal:
            out.sql += decimalText(t.decimalValue());
            return true;
        case Term::Kind::List: {
            std::vector<ExprPtr> items;
            for (const Term &item : t.elements())
                items.push_back(Expr::literalOf(item));
            return listLiteral(out, scope, items);
        }
        default:
            return out.fail(Error{QStringLiteral("unsupported literal in query"), QStringLiteral("Ecto.QueryError")});
        }
    }
    case Expr::Kind::Tagged: {
        Expr inner;
        inner.kind = Expr::Kind::Literal;
        inner.literal = e.literal;
        return tagged(out, scope, inner, e.type);
    }
    case Expr::Kind::Type:
        return tagged(out, scope, *e.args[0], e.type);
    case Expr::Kind::Call: {
        bool handled = false;
        if (!dialectCall(out, scope, e, handled))
            return false;
        if (handled)
            return true;
        if (isBinaryOp(e)) {
            if (!maybeParen(out, scope, *e.args[0]))
                return false;
            out.sql += binaryOpText(e.name);
            return maybeParen(out, scope, *e.args[1]);
        }
        if (e.name == u"is_nil" && e.args.size() == 1) {
            if (!expr(out, scope, *e.args[0]))
                return false;
            out.sql += QLatin1String(" IS NULL");
            return true;
        }
        if (e.name == u"not" && e.args.size() == 1) {
            out.sql += QLatin1String("NOT (");
            if (!expr(out, scope, *e.args[0]))
                return false;
            out.sql += u')';
            return true;
        }
        if (e.name == u"in" && e.args.size() == 2)
            return in(out, scope, *e.args[0], *e.args[1]);
        if (e.name == u"count" && e.args.empty()) {
            out.sql += QLatin1String("count(*)");
            return true;
        }
        if (e.name == u"filter" && e.args.size() == 2) {
            if (!expr(out, scope, *e.args[0]))
                return false;
            out.sql += QLatin1String(" FILTER (WHERE ");
            if (!expr(out, scope, *e.args[1]))
                return false;
            out.sql += u')';
            return true;
        }
        if ((e.name == u"identifier" || e.name == u"literal") && e.args.size() == 1)
            return quoteName(out, e.args[0]->literal.text());
        if (e.name == u"constant" && e.args.size() == 1)
            return expr(out, scope, *e.args[0]);
        out.sql += e.name;
        out.sql += u'(';
        std::vector<ExprPtr> args = e.args;
        if (args.size() == 2 && args[1]->kind == Expr::Kind::Literal && args[1]->literal.isAtom(u"distinct")) {
            out.sql += QLatin1String("DISTINCT ");
            args.pop_back();
        }
        if (!exprList(out, scope, args, u", "))
            return false;
        out.sql += u')';
        return true;
    }
    case Expr::Kind::Fragment: {
        Out text;
        for (size_t i = 0; i < e.texts.size(); ++i) {
            text.sql += e.texts[i];
            if (i < e.args.size() && !expr(text, scope, *e.args[i]))
                return out.fail(text.error);
        }
        if (!e.texts.empty() && startsWithSelect(e.texts[0])) {
            out.sql += u'(';
            out.sql += text.sql;
            out.sql += u')';
        } else {
            out.sql += text.sql;
        }
        return true;
    }
    case Expr::Kind::Subquery:
        out.sql += u'(';
        if (!all(out, *e.planned))
            return false;
        out.sql += u')';
        return true;
    case Expr::Kind::Tuple:
        out.sql += u'(';
        if (!exprList(out, scope, e.args, u","))
            return false;
        out.sql += u')';
        return true;
    case Expr::Kind::List:
        return listLiteral(out, scope, e.args);
    case Expr::Kind::SelectedAsRef:
        return quoteName(out, e.name);
    case Expr::Kind::SelectedAs:
        if (!expr(out, scope, *e.args[0]))
            return false;
        out.sql += QLatin1String(" AS ");
        return quoteName(out, e.name);
    case Expr::Kind::Over:
        if (!expr(out, scope, *e.args[0]))
            return false;
        out.sql += QLatin1String(" OVER ");
        if (!e.name.isEmpty())
            return quoteName(out, e.name);
        if (e.args.size() > 1)
            return windowBody(out, scope, *e.args[1]);
        out.sql += QLatin1String("()");
        return true;
    case Expr::Kind::Window:
        return windowBody(out, scope, e);
    case Expr::Kind::Order:
        return orderItem(out, scope, e);
    case Expr::Kind::Map:
    case Expr::Kind::MapUpdate:
    case Expr::Kind::Struct:
    case Expr::Kind::Take:
    case Expr::Kind::Merge:
        break;
    }
    return out.fail(Error{QStringLiteral("unsupported expression in query"), QStringLiteral("Ecto.QueryError")});
}

} // namespace ectowb::query
