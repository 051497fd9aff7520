#include "sourceliterals.h"
#include "common/wordset.h"

#include <QLocale>
#include <QStringDecoder>

namespace ectowb::elixir {

bool SourceLiterals::isIdentifier(QStringView name)
{
    if (name.isEmpty())
        return false;
    const QChar first = name.front();
    if (!(first.isLetter() || first == u'_'))
        return false;
    qsizetype end = name.size();
    if (name.back() == u'?' || name.back() == u'!')
        --end;
    for (qsizetype i = 1; i < end; ++i) {
        const QChar c = name.at(i);
        if (!(c.isLetterOrNumber() || c == u'_' || c == u'@'))
            return false;
    }
    return end > 0;
}

bool SourceLiterals::isBareOperatorAtom(QStringView name)
{
    // What `inspect/1` prints unquoted in Elixir 1.14; `::`, `^^^`, `~~~`, `//`
    // and `=>` need quotes.
    static const QSet<QString> bare =
        common::wordSet(uR"(
            + - * / ++ -- <> .. ... ..// == != === !== < > <= >= =~ && || ! |> @ & ^ . = \\ <- -> %{} % {} <<>>
            ** &&& ||| <<< >>> <<~ ~>> <~ ~> <~> <|> +++ --- |
        )");
    return bare.contains(name.toString());
}

QString SourceLiterals::atom(const QString &name)
{
    if (name == u"true" || name == u"false" || name == u"nil")
        return name;
    if (isIdentifier(name) || isBareOperatorAtom(name))
        return u':' + name;
    return u':' + quoted(name.toUtf8());
}

QString SourceLiterals::keywordKey(const QString &name)
{
    if (isIdentifier(name))
        return name + QStringLiteral(": ");
    return quoted(name.toUtf8()) + QStringLiteral(": ");
}

QString SourceLiterals::remoteName(const QString &name)
{
    if (isIdentifier(name) && !name.front().isUpper())
        return name;
    if (isBareOperatorAtom(name) && name != u"." && name != u"%" && name != u"%{}" && name != u"{}"
        && name != u"<<>>" && name != u"->" && name != u"...")
        return name;
    return quoted(name.toUtf8());
}

namespace {

// Escape for one decoded code point; empty when it can be written as is.
QString escapeFor(char32_t c, char quote)
{
    switch (c) {
    case U'\\': return QStringLiteral("\\\\");
    case U'\n': return QStringLiteral("\\n");
    case U'\t': return QStringLiteral("\\t");
    case U'\r': return QStringLiteral("\\r");
    case U'\a': return QStringLiteral("\\a");
    case U'\b': return QStringLiteral("\\b");
    case U'\f': return QStringLiteral("\\f");
    case U'\v': return QStringLiteral("\\v");
    case 0x1b: return QStringLiteral("\\e");
    case 0: return QStringLiteral("\\0");
    default: break;
    }
    if (c == char32_t(quote))
        return u'\\' + QChar::fromLatin1(quote);
    if (c < 0x20 || c == 0x7f)
        return QStringLiteral("\\x%1").arg(uint(c), 2, 16, QLatin1Char('0')).toUpper().replace(u'X', u'x');
    return {};
}

// Length of the valid UTF-8 sequence at `i`, or 0 when the byte is not one.
int utf8Length(const QByteArray &bytes, qsizetype i)
{
    const auto b = uchar(bytes.at(i));
    int len = b < 0x80 ? 1 : (b >> 5) == 0x6 ? 2 : (b >> 4) == 0xe ? 3 : (b >> 3) == 0x1e ? 4 : 0;
    if (len == 0 || i + len > bytes.size())
        return 0;
    for (int k = 1; k < len; ++k) {
        if ((uchar(bytes.at(i + k)) & 0xc0) != 0x80)
            return 0;
    }
    const QString decoded = QString::fromUtf8(bytes.constData() + i, len);
    return decoded.contains(QChar::ReplacementCharacter) && len > 1 ? 0 : len;
}

} // namespace

QString SourceLiterals::escaped(const QByteArray &bytes, char quote)
{
    QString out;
    for (qsizetype i = 0; i < bytes.size();) {
        const int len = utf8Length(bytes, i);
        if (len == 0) {
            out += QStringLiteral("\\x%1").arg(uint(uchar(bytes.at(i))), 2, 16, QLatin1Char('0')).toUpper().replace(u'X', u'x');
            ++i;
            continue;
        }
        const QString text = QString::fromUtf8(bytes.constData() + i, len);
        const char32_t c = text.size() == 2 ? QChar::surrogateToUcs4(text.at(0), text.at(1)) : text.at(0).unicode();
        const QString escape = escapeFor(c, quote);
        if (!escape.isEmpty())
            out += escape;
        else if (c == U'#' && i + 1 < bytes.size() && bytes.at(i + 1) == '{')
            out += QStringLiteral("\\#");
        else
            out += text;
        i += len;
    }
    return out;
}

QString SourceLiterals::quoted(const QByteArray &bytes, char quote)
{
    return QChar::fromLatin1(quote) + escaped(bytes, quote) + QChar::fromLatin1(quote);
}

QString SourceLiterals::heredocBody(const QByteArray &bytes, int indent)
{
    if (!bytes.endsWith('\n') || bytes.count('\n') < 2 || bytes.contains("\"\"\"") || bytes.contains('\r'))
        return {};
    const QString pad(indent, u' ');
    QString out;
    const QList<QByteArray> lines = bytes.left(bytes.size() - 1).split('\n');
    for (const QByteArray &line : lines) {
        // Backslashes and `#{` still need escapes; a quote does not.
        QString text = escaped(line, '\0');
        if (text.contains(u"\\x") || text.contains(u"\\t") || text.contains(u"\\0"))
            return {};
        out += (line.isEmpty() ? QString() : pad + text) + u'\n';
    }
    return out + pad;
}

QString SourceLiterals::floating(double value)
{
    QString text = QString::number(value, 'g', QLocale::FloatingPointShortest);
    QString exponent;
    const qsizetype e = text.indexOf(u'e');
    if (e >= 0) {
        exponent = text.mid(e + 1);
        text.truncate(e);
        const bool negative = exponent.startsWith(u'-');
        exponent.remove(u'+').remove(u'-');
        while (exponent.size() > 1 && exponent.startsWith(u'0'))
            exponent.remove(0, 1);
        exponent = QStringLiteral("e") + (negative ? QStringLiteral("-") : QString()) + exponent;
    }
    if (!text.contains(u'.'))
        text += QStringLiteral(".0");
    return text + exponent;
}

bool SourceLiterals::pickSigilDelimiters(QChar letter, const QString &body, QString *open, QString *close)
{
    static const QList<QPair<QChar, QChar>> pairs{
        {u'(', u')'}, {u'[', u']'}, {u'{', u'}'}, {u'<', u'>'},
        {u'"', u'"'}, {u'\'', u'\''}, {u'|', u'|'}, {u'/', u'/'},
    };
    // Conventional first choice per sigil, as people write them.
    QChar preferred = u'(';
    if (letter == u'r' || letter == u'R')
        preferred = u'/';
    else if (QStringLiteral("DTNU").contains(letter))
        preferred = u'[';
    else if (QStringLiteral("cpHs").contains(letter))
        preferred = u'"';
    QList<QPair<QChar, QChar>> order = pairs;
    std::stable_partition(order.begin(), order.end(), [&](const auto &p) { return p.first == preferred; });
    if (body.endsWith(u'\\'))
        return false;
    for (const auto &[o, c] : order) {
        if (!body.contains(c) && !body.contains(o)) {
            *open = o;
            *close = c;
            return true;
        }
    }
    return false;
}

} // namespace ectowb::elixir
