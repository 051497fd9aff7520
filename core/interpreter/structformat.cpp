// How the structs with their own Inspect and String.Chars implementations print.
#include "valueformat.h"

#include "function.h"

#include "common/decimaltext.h"

namespace ectowb::interpreter {

static qint64 field(const Value &v, const char *name)
{
    auto f = v.get(QString::fromLatin1(name));
    return f && f->isInteger() ? f->integerValue() : 0;
}

static QString pad(qint64 n, int width)
{
    QString s = QString::number(n < 0 ? -n : n).rightJustified(width, u'0');
    return n < 0 ? u'-' + s : s;
}

static QString dateText(const Value &v)
{
    return pad(field(v, "year"), 4) + u'-' + pad(field(v, "month"), 2) + u'-' + pad(field(v, "day"), 2);
}

static QString timeText(const Value &v)
{
    QString s = pad(field(v, "hour"), 2) + u':' + pad(field(v, "minute"), 2) + u':' + pad(field(v, "second"), 2);
    auto micro = v.get(QStringLiteral("microsecond"));
    if (micro && micro->isTuple(2) && micro->elements()[1].integerValue() > 0) {
        const qint64 precision = micro->elements()[1].integerValue();
        s += u'.' + pad(micro->elements()[0].integerValue(), 6).left(int(precision));
    }
    return s;
}

QString decimalToString(int sign, qint64 coefficient, qint64 exponent)
{
    return DecimalText::scientific(sign, QString::number(coefficient), exponent);
}

// Decimal.to_string/1 of a %Decimal{} struct: its coefficient may pass 64 bits,
// or be one of the special atoms :NaN and :inf.
static QString decimalText(const Value &v)
{
    const int sign = int(field(v, "sign"));
    const auto coef = v.get(QStringLiteral("coef"));
    if (coef && coef->isAtom())
        return coef->atomName() == u"inf" ? DecimalText::infinity(sign) : DecimalText::nan(sign);
    const QString digits = coef && coef->isInteger() ? coef->bigIntegerValue().toString() : QStringLiteral("0");
    return DecimalText::scientific(sign, digits, field(v, "exp"));
}

std::optional<QString> structToString(const Value &v)
{
    const QString name = v.structName();
    if (name == u"Date")
        return dateText(v);
    if (name == u"Time")
        return timeText(v);
    if (name == u"NaiveDateTime")
        return dateText(v) + u' ' + timeText(v);
    if (name == u"DateTime")
        return dateText(v) + u' ' + timeText(v) + u'Z';
    if (name == u"Decimal")
        return decimalText(v);
    return std::nullopt;
}

QString inspectStruct(const Value &v)
{
    const QString name = v.structName();
    if (name == u"Date")
        return QStringLiteral("~D[") + dateText(v) + u']';
    if (name == u"Time")
        return QStringLiteral("~T[") + timeText(v) + u']';
    if (name == u"NaiveDateTime")
        return QStringLiteral("~N[") + dateText(v) + u' ' + timeText(v) + u']';
    if (name == u"DateTime")
        return QStringLiteral("~U[") + dateText(v) + u' ' + timeText(v) + QStringLiteral("Z]");
    if (name == u"Decimal")
        return DecimalText::inspect(decimalText(v));
    if (name == u"Range") {
        QString s = QString::number(field(v, "first")) + QStringLiteral("..") + QString::number(field(v, "last"));
        const qint64 step = field(v, "step");
        const bool defaultStep = step == 1 && field(v, "first") <= field(v, "last");
        return defaultStep ? s : s + QStringLiteral("//") + QString::number(step);
    }
    if (name == u"MapSet") {
        auto map = v.get(QStringLiteral("map"));
        QStringList parts;
        if (map)
            for (const auto &p : map->pairs())
                parts << p.first.inspect();
        return QStringLiteral("MapSet.new([") + parts.join(QStringLiteral(", ")) + QStringLiteral("])");
    }
    QStringList parts;
    for (const auto &[key, value] : v.pairs())
        parts << inspectKey(key.atomName()) + value.inspect();
    return u'%' + inspectAtom(QStringLiteral("Elixir.") + name) + u'{' + parts.join(QStringLiteral(", ")) + u'}';
}

QString inspectFunction(const Value &v)
{
    auto f = v.function();
    if (f && f->kind == FunctionData::Kind::Named && !f->module.isEmpty()) {
        const QString module = f->module.at(0).isUpper() ? f->module : u':' + f->module;
        return u'&' + module + u'.' + f->name + u'/' + QString::number(f->arity);
    }
    return QStringLiteral("#Function<") + QString::number(f ? f->arity : 0) + QStringLiteral(" in ")
           + (f && !f->captured.module().isEmpty() ? f->captured.module() : QStringLiteral(":erl_eval"))
           + u'>';
}

QString typeNameOf(const Value &v)
{
    switch (v.kind()) {
    case Value::Kind::Integer: return QStringLiteral("Integer");
    case Value::Kind::Float: return QStringLiteral("Float");
    case Value::Kind::Atom: return QStringLiteral("Atom");
    case Value::Kind::Binary: return QStringLiteral("BitString");
    case Value::Kind::List: return QStringLiteral("List");
    case Value::Kind::Tuple: return QStringLiteral("Tuple");
    case Value::Kind::Map: return QStringLiteral("Map");
    case Value::Kind::Struct:
    case Value::Kind::Regex: return v.structName() + QStringLiteral(" (a struct)");
    case Value::Kind::Function: return QStringLiteral("Function");
    case Value::Kind::Host: return v.hostValue() ? v.hostValue()->typeName() : QStringLiteral("Reference");
    }
    return {};
}

} // namespace ectowb::interpreter
