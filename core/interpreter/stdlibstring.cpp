// String, Regex and the string sigils.
#include "stdlib.h"
#include "value/regexmodifiers.h"

#include "function.h"

#include <QRegularExpression>
#include <QTextBoundaryFinder>

namespace ectowb::interpreter {

static QString S(const char *s)
{
    return QString::fromLatin1(s);
}

static QStringList graphemes(const QString &text)
{
    QStringList out;
    QTextBoundaryFinder finder(QTextBoundaryFinder::Grapheme, text);
    qsizetype start = 0;
    while (finder.toNextBoundary() != -1) {
        out << text.mid(start, finder.position() - start);
        start = finder.position();
    }
    return out;
}

static Value stringList(const QStringList &parts)
{
    std::vector<Value> out;
    for (const QString &p : parts)
        out.push_back(Value::string(p));
    return Value::list(std::move(out));
}

Result<QRegularExpression> compileRegex(const Value &regex)
{
    QRegularExpression re(regex.regexSource(), value::regexPatternOptions(regex.regexModifiers()));
    if (!re.isValid())
        return Error{re.errorString(), QStringLiteral("Regex.CompileError")};
    return re;
}

// Expands \0..\9 and \g{N} in a replacement, as Regex.replace/3 does.
static QString expandReplacement(const QString &replacement, const QRegularExpressionMatch &m)
{
    QString out;
    for (qsizetype i = 0; i < replacement.size(); ++i) {
        const QChar c = replacement.at(i);
        if (c == u'\\' && i + 1 < replacement.size()) {
            const QChar n = replacement.at(i + 1);
            if (n.isDigit()) {
                out += m.captured(n.digitValue());
                ++i;
                continue;
            }
            if (n == u'g' && i + 2 < replacement.size() && replacement.at(i + 2) == u'{') {
                const qsizetype close = replacement.indexOf(u'}', i + 3);
                if (close > 0) {
                    out += m.captured(replacement.mid(i + 3, close - i - 3).toInt());
                    i = close;
                    continue;
                }
            }
            out += n;
            ++i;
            continue;
        }
        out += c;
    }
    return out;
}

static Result<Value> regexReplace(const Value &regex, const QString &subject, const Value &replacement, bool global,
                                  Interpreter &in)
{
    Result<QRegularExpression> re = compileRegex(regex);
    if (!re)
        return re.failure();
    QString out;
    qsizetype last = 0;
    auto it = re->globalMatch(subject);
    while (it.hasNext()) {
        const QRegularExpressionMatch m = it.next();
        out += subject.mid(last, m.capturedStart() - last);
        if (replacement.isFunction()) {
            std::vector<Value> args;
            const int arity = replacement.function()->arity;
            for (int g = 0; g < arity; ++g)
                args.push_back(Value::string(m.captured(g)));
            Result<Value> r = in.apply(replacement, args);
            if (!r)
                return r;
            out += r->text();
        } else {
            out += expandReplacement(replacement.text(), m);
        }
        last = m.capturedEnd();
        if (!global)
            break;
    }
    out += subject.mid(last);
    return Value::string(out);
}

static Result<Value> regexRun(const Value &regex, const QString &subject)
{
    Result<QRegularExpression> re = compileRegex(regex);
    if (!re)
        return re.failure();
    const QRegularExpressionMatch m = re->match(subject);
    if (!m.hasMatch())
        return Value::nil();
    QStringList parts;
    for (int g = 0; g <= m.lastCapturedIndex(); ++g)
        parts << m.captured(g);
    return stringList(parts);
}

static Result<Value> regexScan(const Value &regex, const QString &subject)
{
    Result<QRegularExpression> re = compileRegex(regex);
    if (!re)
        return re.failure();
    std::vector<Value> out;
    auto it = re->globalMatch(subject);
    while (it.hasNext()) {
        const QRegularExpressionMatch m = it.next();
        QStringList parts;
        for (int g = 0; g <= m.lastCapturedIndex(); ++g)
            parts << m.captured(g);
        out.push_back(stringList(parts));
    }
    return Value::list(std::move(out));
}

static bool optionSet(const Args &a, size_t index, const char *key, bool fallback)
{
    if (a.size() <= index || !a[index].isKeyword())
        return fallback;
    for (const Value &kv : a[index].elements()) {
        if (kv.elements()[0].isAtom(QString::fromLatin1(key)))
            return kv.elements()[1].isTruthy();
    }
    return fallback;
}

static Result<Value> stringReplace(const Args &a, Interpreter &in)
{
    if (!a[0].isBinary())
        return noClause("String.replace", a);
    const bool global = optionSet(a, 3, "global", true);
    if (a[1].isRegex())
        return regexReplace(a[1], a[0].text(), a[2], global, in);
    if (!a[1].isBinary() || (!a[2].isBinary() && !a[2].isFunction()))
        return noClause("String.replace", a);
    const QString subject = a[0].text();
    const QString pattern = a[1].text();
    if (pattern.isEmpty() || a[2].isFunction())
        return regexReplace(Value::regex(QRegularExpression::escape(pattern), QString()), subject, a[2], global, in);
    QString out = subject;
    if (global)
        return Value::string(out.replace(pattern, a[2].text()));
    const qsizetype at = out.indexOf(pattern);
    if (at >= 0)
        out.replace(at, pattern.size(), a[2].text());
    return Value::string(out);
}

static Result<Value> stringSplit(const Args &a)
{
    if (!a[0].isBinary())
        return noClause("String.split", a);
    const QString subject = a[0].text();
    if (a.size() == 1) {
        static const QRegularExpression ws(QStringLiteral("\\s+"));
        return stringList(subject.split(ws, Qt::SkipEmptyParts));
    }
    const bool trim = optionSet(a, 2, "trim", false);
    qint64 parts = -1;
    if (a.size() > 2 && a[2].isKeyword()) {
        for (const Value &kv : a[2].elements()) {
            if (kv.elements()[0].isAtom(u"parts") && kv.elements()[1].isInteger())
                parts = kv.elements()[1].integerValue();
        }
    }
    QStringList out;
    if (a[1].isRegex()) {
        Result<QRegularExpression> re = compileRegex(a[1]);
        if (!re)
            return re.failure();
        out = subject.split(re.value());
    } else if (a[1].isBinary()) {
        if (a[1].bytes().isEmpty()) {
            out = graphemes(subject);
            out.prepend(QString());
            out.append(QString());
        } else {
            out = subject.split(a[1].text());
        }
    } else if (a[1].isProperList()) {
        QStringList alternatives;
        for (const Value &p : a[1].elements())
            alternatives << QRegularExpression::escape(p.text());
        out = subject.split(QRegularExpression(alternatives.join(u'|')));
    } else {
        return noClause("String.split", a);
    }
    if (parts > 0 && out.size() > parts) {
        const QString separator = a[1].isBinary() ? a[1].text() : QString();
        QStringList head = out.mid(0, parts - 1);
        head << out.mid(parts - 1).join(separator);
        out = head;
    }
    if (trim)
        out.removeAll(QString());
    return stringList(out);
}

static QString padding(const QString &with, qsizetype count)
{
    QString out;
    while (out.size() < count)
        out += with;
    return out.left(count);
}

static Result<Value> pad(const Args &a, bool leading)
{
    if (!a[0].isBinary() || !a[1].isInteger())
        return noClause(leading ? "String.pad_leading" : "String.pad_trailing", a);
    const QString s = a[0].text();
    const QString with = a.size() > 2 ? a[2].text() : QStringLiteral(" ");
    const qsizetype missing = a[1].integerValue() - graphemes(s).size();
    if (missing <= 0)
        return a[0];
    return Value::string(leading ? padding(with, missing) + s : s + padding(with, missing));
}

static Result<Value> slice(const QString &s, qint64 start, qint64 length)
{
    const QStringList g = graphemes(s);
    const qint64 n = g.size();
    if (start < 0)
        start += n;
    if (start < 0 || start > n || length < 0)
        return Value::string(QString());
    return Value::string(g.mid(start, length).join(QString()));
}

static Result<Value> trimChars(const Args &a, bool leading, bool trailing)
{
    if (!a[0].isBinary())
        return noClause("String.trim", a);
    QString s = a[0].text();
    if (a.size() == 1) {
        qsizetype begin = 0;
        qsizetype end = s.size();
        while (leading && begin < end && s.at(begin).isSpace())
            ++begin;
        while (trailing && end > begin && s.at(end - 1).isSpace())
            --end;
        return Value::string(s.mid(begin, end - begin));
    }
    const QString chars = a[1].text();
    while (leading && !chars.isEmpty() && s.startsWith(chars))
        s = s.mid(chars.size());
    while (trailing && !chars.isEmpty() && s.endsWith(chars))
        s.chop(chars.size());
    return Value::string(s);
}

static bool anyAffix(const Value &subject, const Value &affixes, int mode)
{
    const std::vector<Value> list = affixes.isList() ? affixes.elements() : std::vector<Value>{affixes};
    for (const Value &p : list) {
        const QByteArray b = p.bytes();
        if ((mode == 0 && subject.bytes().startsWith(b)) || (mode == 1 && subject.bytes().endsWith(b))
            || (mode == 2 && subject.bytes().contains(b)))
            return true;
    }
    return false;
}

static Result<Value> toInteger(const Args &a)
{
    bool ok = false;
    const int base = a.size() > 1 ? int(a[1].integerValue()) : 10;
    const qint64 v = a[0].text().toLongLong(&ok, base);
    if (!ok || a[0].text().startsWith(u' ') || a[0].text().contains(u'_'))
        return argumentError(QStringLiteral("errors were found at the given arguments:\n\n  * 1st argument: not a textual representation of an integer\n"));
    return Value::integer(v);
}

static void registerStringCase(HostFunctions &f)
{
    const QString m = S("String");
    f.add(m, S("downcase"), 1, [](const Args &a, Interpreter &) -> Result<Value> {
        if (!a[0].isBinary())
            return noClause("String.downcase", a);
        return Value::string(a[0].text().toLower());
    });
    f.add(m, S("upcase"), 1, [](const Args &a, Interpreter &) -> Result<Value> {
        if (!a[0].isBinary())
            return noClause("String.upcase", a);
        return Value::string(a[0].text().toUpper());
    });
    f.add(m, S("capitalize"), 1, [](const Args &a, Interpreter &) -> Result<Value> {
        if (!a[0].isBinary())
            return noClause("String.capitalize", a);
        const QStringList g = graphemes(a[0].text());
        if (g.isEmpty())
            return a[0];
        return Value::string(g.first().toUpper() + g.mid(1).join(QString()).toLower());
    });
}

static void registerStringQueries(HostFunctions &f)
{
    const QString m = S("String");
    f.add(m, S("length"), 1, [](const Args &a, Interpreter &) -> Result<Value> {
        if (!a[0].isBinary())
            return noClause("String.length", a);
        return Value::integer(graphemes(a[0].text()).size());
    });
    f.add(m, S("graphemes"), 1, [](const Args &a, Interpreter &) -> Result<Value> {
        return stringList(graphemes(a[0].text()));
    });
    f.add(m, S("starts_with?"), 2, [](const Args &a, Interpreter &) -> Result<Value> {
        return Value::boolean(anyAffix(a[0], a[1], 0));
    });
    f.add(m, S("ends_with?"), 2, [](const Args &a, Interpreter &) -> Result<Value> {
        return Value::boolean(anyAffix(a[0], a[1], 1));
    });
    f.add(m, S("contains?"), 2, [](const Args &a, Interpreter &) -> Result<Value> {
        return Value::boolean(anyAffix(a[0], a[1], 2));
    });
    f.add(m, S("slice"), 3, [](const Args &a, Interpreter &) -> Result<Value> {
        return slice(a[0].text(), a[1].integerValue(), a[2].integerValue());
    });
    f.add(m, S("slice"), 2, [](const Args &a, Interpreter &) -> Result<Value> {
        if (!a[1].isStruct(u"Range"))
            return noClause("String.slice", a);
        const qint64 n = graphemes(a[0].text()).size();
        qint64 first = a[1].get(S("first"))->integerValue();
        qint64 last = a[1].get(S("last"))->integerValue();
        first = first < 0 ? first + n : first;
        last = last < 0 ? last + n : last;
        return slice(a[0].text(), first, last - first + 1);
    });
    f.add(m, S("at"), 2, [](const Args &a, Interpreter &) -> Result<Value> {
        const QStringList g = graphemes(a[0].text());
        qint64 i = a[1].integerValue();
        i = i < 0 ? i + g.size() : i;
        return i >= 0 && i < g.size() ? Value::string(g.at(i)) : Value::nil();
    });
    f.add(m, S("first"), 1, [](const Args &a, Interpreter &) -> Result<Value> {
        const QStringList g = graphemes(a[0].text());
        return g.isEmpty() ? Value::nil() : Value::string(g.first());
    });
    f.add(m, S("last"), 1, [](const Args &a, Interpreter &) -> Result<Value> {
        const QStringList g = graphemes(a[0].text());
        return g.isEmpty() ? Value::nil() : Value::string(g.last());
    });
}

static void registerStringTransforms(HostFunctions &f)
{
    const QString m = S("String");
    f.add(m, S("trim"), 1, [](const Args &a, Interpreter &) { return trimChars(a, true, true); });
    f.add(m, S("trim"), 2, [](const Args &a, Interpreter &) { return trimChars(a, true, true); });
    f.add(m, S("trim_leading"), 1, [](const Args &a, Interpreter &) { return trimChars(a, true, false); });
    f.add(m, S("trim_leading"), 2, [](const Args &a, Interpreter &) { return trimChars(a, true, false); });
    f.add(m, S("trim_trailing"), 1, [](const Args &a, Interpreter &) { return trimChars(a, false, true); });
    f.add(m, S("trim_trailing"), 2, [](const Args &a, Interpreter &) { return trimChars(a, false, true); });
    f.add(m, S("replace"), 3, stringReplace);
    f.add(m, S("replace"), 4, stringReplace);
    f.add(m, S("split"), 1, [](const Args &a, Interpreter &) { return stringSplit(a); });
    f.add(m, S("split"), 2, [](const Args &a, Interpreter &) { return stringSplit(a); });
    f.add(m, S("split"), 3, [](const Args &a, Interpreter &) { return stringSplit(a); });
    f.add(m, S("pad_leading"), 2, [](const Args &a, Interpreter &) { return pad(a, true); });
    f.add(m, S("pad_leading"), 3, [](const Args &a, Interpreter &) { return pad(a, true); });
    f.add(m, S("pad_trailing"), 2, [](const Args &a, Interpreter &) { return pad(a, false); });
    f.add(m, S("pad_trailing"), 3, [](const Args &a, Interpreter &) { return pad(a, false); });
    f.add(m, S("duplicate"), 2, [](const Args &a, Interpreter &in) -> Result<Value> {
        if (!a[0].isBinary() || !a[1].isInteger() || a[1].integerValue() < 0)
            return noClause("String.duplicate", a);
        if (auto e = in.charge(a[1].integerValue()))
            return *e;
        return Value::binary(a[0].bytes().repeated(a[1].integerValue()));
    });
    f.add(m, S("reverse"), 1, [](const Args &a, Interpreter &) -> Result<Value> {
        QStringList g = graphemes(a[0].text());
        std::reverse(g.begin(), g.end());
        return Value::string(g.join(QString()));
    });
    f.add(m, S("to_integer"), 1, [](const Args &a, Interpreter &) { return toInteger(a); });
    f.add(m, S("to_integer"), 2, [](const Args &a, Interpreter &) { return toInteger(a); });
    f.add(m, S("to_float"), 1, [](const Args &a, Interpreter &) -> Result<Value> {
        bool ok = false;
        const double d = a[0].text().toDouble(&ok);
        if (!ok || !a[0].text().contains(u'.'))
            return argumentError(S("errors were found at the given arguments:\n\n  * 1st argument: not a textual representation of a float\n"));
        return Value::floating(d);
    });
    f.add(m, S("to_atom"), 1, [](const Args &a, Interpreter &) -> Result<Value> { return Value::atom(a[0].text()); });
    f.add(m, S("to_existing_atom"), 1, [](const Args &a, Interpreter &) -> Result<Value> {
        return Value::atom(a[0].text());
    });
    f.add(m, S("to_charlist"), 1, [](const Args &a, Interpreter &) -> Result<Value> {
        std::vector<Value> chars;
        for (char32_t c : a[0].text().toUcs4())
            chars.push_back(Value::integer(c));
        return Value::list(std::move(chars));
    });
}

static void registerRegex(HostFunctions &f)
{
    const QString m = S("Regex");
    f.add(m, S("match?"), 2, [](const Args &a, Interpreter &) -> Result<Value> {
        Result<QRegularExpression> re = compileRegex(a[0]);
        if (!re)
            return re.failure();
        return Value::boolean(re->match(a[1].text()).hasMatch());
    });
    f.add(m, S("run"), 2, [](const Args &a, Interpreter &) { return regexRun(a[0], a[1].text()); });
    f.add(m, S("scan"), 2, [](const Args &a, Interpreter &) { return regexScan(a[0], a[1].text()); });
    f.add(m, S("replace"), 3, [](const Args &a, Interpreter &in) {
        return regexReplace(a[0], a[1].text(), a[2], true, in);
    });
    f.add(m, S("replace"), 4, [](const Args &a, Interpreter &in) {
        return regexReplace(a[0], a[1].text(), a[2], optionSet(a, 3, "global", true), in);
    });
    f.add(m, S("source"), 1, [](const Args &a, Interpreter &) -> Result<Value> {
        return Value::string(a[0].regexSource());
    });
    f.add(m, S("compile"), 1, [](const Args &a, Interpreter &) -> Result<Value> {
        Value re = Value::regex(a[0].text(), QString());
        Result<QRegularExpression> compiled = compileRegex(re);
        if (!compiled)
            return errorTuple(Value::string(compiled.error()));
        return ok(re);
    });
}

static QString charlistText(const Value &v)
{
    QString s;
    for (const Value &c : v.elements()) {
        const char32_t ch = char32_t(c.integerValue());
        s += QString::fromUcs4(&ch, 1);
    }
    return s;
}

void registerSigils(HostFunctions &f)
{
    const QString k = S("Kernel");
    for (const char *name : {"sigil_s", "sigil_S"})
        f.add(k, S(name), 2, [](const Args &a, Interpreter &) -> Result<Value> { return a[0]; });
    for (const char *name : {"sigil_c", "sigil_C"})
        f.add(k, S(name), 2, [](const Args &a, Interpreter &in) {
            return in.call(S("String"), S("to_charlist"), {a[0]});
        });
    for (const char *name : {"sigil_r", "sigil_R"})
        f.add(k, S(name), 2, [](const Args &a, Interpreter &) -> Result<Value> {
            Value re = Value::regex(a[0].text(), charlistText(a[1]));
            Result<QRegularExpression> compiled = compileRegex(re);
            if (!compiled)
                return compiled.failure();
            return re;
        });
    for (const char *name : {"sigil_w", "sigil_W"})
        f.add(k, S(name), 2, [](const Args &a, Interpreter &in) -> Result<Value> {
            static const QRegularExpression ws(QStringLiteral("\\s+"));
            const QString mods = charlistText(a[1]);
            std::vector<Value> out;
            for (const QString &word : a[0].text().split(ws, Qt::SkipEmptyParts)) {
                if (mods.contains(u'a'))
                    out.push_back(Value::atom(word));
                else if (mods.contains(u'c'))
                    out.push_back(in.call(S("String"), S("to_charlist"), {Value::string(word)}).value());
                else
                    out.push_back(Value::string(word));
            }
            return Value::list(std::move(out));
        });
    const std::pair<const char *, const char *> calendar[] = {
        {"sigil_D", "Date"}, {"sigil_T", "Time"}, {"sigil_N", "NaiveDateTime"}, {"sigil_U", "DateTime"}};
    for (const auto &[name, module] : calendar) {
        const QString mod = S(module);
        f.add(k, S(name), 2, [mod](const Args &a, Interpreter &in) -> Result<Value> {
            Result<Value> r = in.call(mod, S("from_iso8601"), {a[0]});
            if (!r)
                return r;
            if (!r->isTuple() || !r->elements()[0].isAtom(u"ok"))
                return argumentError(QStringLiteral("cannot parse %1 as %2").arg(a[0].inspect(), mod));
            return r->elements()[1];
        });
    }
}

void registerString(HostFunctions &f)
{
    registerStringCase(f);
    registerStringQueries(f);
    registerStringTransforms(f);
    registerRegex(f);
}

} // namespace ectowb::interpreter
