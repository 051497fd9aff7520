#include "quotedprinter.h"

#include "lexicon.h"

#include <charconv>
#include <cstring>

namespace ectowb::elixir {

namespace {

bool isAliasSegment(QByteArrayView s)
{
    if (s.isEmpty() || !(s[0] >= 'A' && s[0] <= 'Z'))
        return false;
    for (char c : s) {
        if (!(lexicon::isAsciiLetter(c) || lexicon::isDigit(c) || c == '_'))
            return false;
    }
    return true;
}

// Identifier-like atoms print bare: a letter or `_` first (any case, Unicode
// allowed), then letters, digits, `_` or `@`, then an optional `?` or `!`.
bool isPlainAtom(QByteArrayView s)
{
    if (s.isEmpty())
        return false;
    const char first = s[0];
    if (!(lexicon::isAsciiLetter(first) || first == '_' || uchar(first) >= 0x80))
        return false;
    qsizetype end = s.size();
    if (s[end - 1] == '?' || s[end - 1] == '!')
        --end;
    for (qsizetype i = 1; i < end; ++i) {
        const char c = s[i];
        if (!(lexicon::isIdentChar(c) || c == '@'))
            return false;
    }
    return true;
}

bool isPlainOperatorAtom(QByteArrayView s)
{
    static const char *const ops[] = {
        "+", "-", "*", "/", "**", "++", "--", "+++", "---", "<>", "..", "...", "..//", ".", "->", "<-", "\\\\",
        "|", "||", "|||", "&&", "&&&", "&", "@", "!", "^", "=", "==", "===", "!=", "!==", "=~", "<", ">", "<=",
        ">=", "|>", "<<<", ">>>", "<<~", "~>>", "<~", "~>", "<~>", "%{}", "{}", "<<>>", "%", nullptr};
    for (int i = 0; ops[i]; ++i) {
        if (s == ops[i])
            return true;
    }
    return false;
}

// Whether Elixir prints the atom without quotes (after the colon, or as a key).
bool atomNeedsNoQuotes(QByteArrayView s)
{
    return isPlainAtom(s) || isPlainOperatorAtom(s);
}

void appendEscaped(QByteArray &out, QByteArrayView s, char quote)
{
    for (qsizetype i = 0; i < s.size(); ++i) {
        const char c = s[i];
        switch (c) {
        case '\n': out.append("\\n"); break;
        case '\t': out.append("\\t"); break;
        case '\r': out.append("\\r"); break;
        case '\v': out.append("\\v"); break;
        case '\b': out.append("\\b"); break;
        case '\f': out.append("\\f"); break;
        case '\x1b': out.append("\\e"); break;
        case '\a': out.append("\\a"); break;
        case '\x7f': out.append("\\d"); break;
        case '\\': out.append("\\\\"); break;
        case '#':
            out.append(i + 1 < s.size() && s[i + 1] == '{' ? "\\#" : "#");
            break;
        default:
            if (c == quote) {
                out.append('\\');
                out.append(c);
            } else if (uchar(c) == 0xEF && i + 2 < s.size() && uchar(s[i + 1]) == 0xBB && uchar(s[i + 2]) == 0xBF) {
                out.append("\\uFEFF"); // the byte order mark is invisible: Elixir escapes it
                i += 2;
            } else {
                out.append(c);
            }
        }
    }
}

// String.printable?/1 of Elixir 1.14.
bool isPrintable(QByteArrayView s)
{
    if (lexicon::firstInvalidUtf8(s.data(), int(s.size())) >= 0)
        return false;
    for (qsizetype i = 0; i < s.size();) {
        int used = 1;
        const qint64 cp = lexicon::decodeCodepoint(s.data() + i, int(s.size() - i), &used);
        i += used;
        if ((cp >= 0x20 && cp <= 0x7E) || (cp >= 0xA0 && cp <= 0xD7FF) || (cp >= 0xE000 && cp <= 0xFFFD)
            || (cp >= 0x10000 && cp <= 0x10FFFF))
            continue;
        switch (cp) {
        case '\n': case '\r': case '\t': case '\v': case '\b': case '\f': case 0x1b: case 0x7f: case '\a':
            continue;
        default:
            return false;
        }
    }
    return true;
}

bool isKeywordList(AstSpan elements)
{
    if (elements.empty())
        return false;
    for (const Ast &e : elements) {
        if (!e.isTuple() || !e.elements()[0].isAtom())
            return false;
        if (e.elements()[0].atomName().startsWith(QLatin1String("Elixir.")))
            return false;
    }
    return true;
}

class Printer
{
public:
    QByteArray out;

    void print(const Ast &ast)
    {
        switch (ast.kind()) {
        case Ast::Kind::Invalid:
            out.append("nil");
            return;
        case Ast::Kind::Integer:
            out.append(ast.integerText());
            return;
        case Ast::Kind::Float:
            out.append(QuotedPrinter::inspectFloat(ast.floatValue()));
            return;
        case Ast::Kind::Atom:
            out.append(QuotedPrinter::inspectAtom(ast.atomName()));
            return;
        case Ast::Kind::String:
            out.append(QuotedPrinter::inspectBinary(ast.bytes()));
            return;
        case Ast::Kind::List:
            printList(ast.elements());
            return;
        case Ast::Kind::Tuple:
            out.append('{');
            print(ast.elements()[0]);
            out.append(", ");
            print(ast.elements()[1]);
            out.append('}');
            return;
        case Ast::Kind::Call:
            out.append('{');
            print(ast.callForm());
            out.append(", [], ");
            if (ast.argsIsList())
                printList(ast.args());
            else
                out.append(QuotedPrinter::inspectAtom(ast.context()));
            out.append('}');
            return;
        }
    }

    void printList(AstSpan elements)
    {
        out.append('[');
        const bool keyword = isKeywordList(elements);
        bool first = true;
        for (const Ast &e : elements) {
            if (!first)
                out.append(", ");
            first = false;
            if (keyword) {
                const QByteArray key = e.elements()[0].atomName().toUtf8();
                if (atomNeedsNoQuotes(key)) {
                    out.append(key);
                } else {
                    out.append('"');
                    appendEscaped(out, key, '"');
                    out.append('"');
                }
                out.append(": ");
                print(e.elements()[1]);
            } else {
                print(e);
            }
        }
        out.append(']');
    }
};

} // namespace

QByteArray QuotedPrinter::inspect(const Ast &ast)
{
    Printer p;
    p.print(ast);
    return p.out;
}

QByteArray QuotedPrinter::inspectAtom(const QString &name)
{
    const QByteArray s = name.toUtf8();
    if (s == "nil" || s == "true" || s == "false")
        return s;
    if (s == "Elixir")
        return s;
    if (s.startsWith("Elixir.")) {
        const QByteArrayView rest = QByteArrayView(s).sliced(7);
        bool ok = !rest.isEmpty();
        qsizetype start = 0;
        while (ok && start <= rest.size()) {
            qsizetype dot = rest.indexOf('.', start);
            if (dot < 0)
                dot = rest.size();
            ok = isAliasSegment(rest.sliced(start, dot - start));
            start = dot + 1;
        }
        if (ok)
            return rest.toByteArray();
    }
    QByteArray out(":");
    if (atomNeedsNoQuotes(s)) {
        out.append(s);
        return out;
    }
    out.append('"');
    appendEscaped(out, s, '"');
    out.append('"');
    return out;
}

// Erlang's shortest round-trip float formatting, as io_lib_format:fwrite_g/1.
QByteArray QuotedPrinter::inspectFloat(double value)
{
    char buf[64];
    // Shortest scientific digits: d.ddde[+-]x
    auto res = std::to_chars(buf, buf + sizeof buf, value, std::chars_format::scientific);
    const std::string sci(buf, res.ptr);
    const size_t epos = sci.find('e');
    std::string mant = sci.substr(0, epos);
    const int exp = std::stoi(sci.substr(epos + 1));
    bool negative = false;
    if (!mant.empty() && mant[0] == '-') {
        negative = true;
        mant.erase(0, 1);
    }
    std::string digits;
    for (char c : mant) {
        if (c != '.')
            digits.push_back(c);
    }
    // Scientific form: d.ddd e exp (at least one fractional digit)
    std::string scientific = digits.substr(0, 1) + "." + (digits.size() > 1 ? digits.substr(1) : std::string("0"))
                             + "e" + std::to_string(exp);
    std::string fixed;
    const int n = int(digits.size());
    if (exp >= 0) {
        if (exp + 1 >= n)
            fixed = digits + std::string(size_t(exp + 1 - n), '0') + ".0";
        else
            fixed = digits.substr(0, size_t(exp + 1)) + "." + digits.substr(size_t(exp + 1));
    } else {
        fixed = "0." + std::string(size_t(-exp - 1), '0') + digits;
    }
    std::string chosen;
    if (exp >= 0)
        chosen = exp < 16 ? fixed : scientific;
    else
        chosen = fixed.size() <= scientific.size() ? fixed : scientific;
    QByteArray result;
    if (negative)
        result.append('-');
    result.append(chosen.data(), qsizetype(chosen.size()));
    return result;
}

QByteArray QuotedPrinter::inspectBinary(const QByteArray &bytes)
{
    QByteArray out;
    if (isPrintable(bytes)) {
        out.reserve(bytes.size() + 2);
        out.append('"');
        appendEscaped(out, bytes, '"');
        out.append('"');
        return out;
    }
    out.append("<<");
    for (qsizetype i = 0; i < bytes.size(); ++i) {
        if (i > 0)
            out.append(", ");
        out.append(QByteArray::number(uchar(bytes[i])));
    }
    out.append(">>");
    return out;
}

} // namespace ectowb::elixir
