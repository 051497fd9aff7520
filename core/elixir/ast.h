#pragma once

#include <QByteArray>
#include <QString>

#include <initializer_list>
#include <memory>
#include <utility>
#include <vector>

namespace ectowb::elixir {

// Where a node starts in its source, as Code.string_to_quoted/2 reports it with
// `columns: true`: 1-based line and column (columns count codepoints).
struct SourcePos
{
    int line = 0;
    int column = 0;
};

struct AstNode;
struct AstDocument;
class Ast;

// A read-only run of Ast handles: the children of a node, stored in its document,
// or a view of a std::vector. Iterates, indexes and compares like the vector it
// replaced, and copies into one where a caller needs to change the list. Valid as
// long as the node (or vector) it views.
class AstSpan
{
public:
    using value_type = Ast;
    using const_iterator = const Ast *;
    using iterator = const Ast *;
    using size_type = size_t;

    AstSpan() = default;
    AstSpan(const Ast *data, size_t size) : m_data(data), m_size(size) {}
    AstSpan(const std::vector<Ast> &v); // implicit: a vector is a span too

    const Ast *begin() const { return m_data; }
    inline const Ast *end() const;
    const Ast *data() const { return m_data; }
    size_t size() const { return m_size; }
    bool empty() const { return m_size == 0; }
    inline const Ast &operator[](size_t i) const;
    const Ast &at(size_t i) const { return (*this)[i]; }
    const Ast &front() const { return (*this)[0]; }
    const Ast &back() const { return (*this)[m_size - 1]; }
    inline AstSpan subspan(size_t offset) const;

    std::vector<Ast> toVector() const;
    inline operator std::vector<Ast>() const;
    bool operator==(const AstSpan &other) const;
    bool operator!=(const AstSpan &other) const { return !(*this == other); }

private:
    const Ast *m_data = nullptr;
    size_t m_size = 0;
};

// One node of Elixir's quoted form, exactly as Code.string_to_quoted/2 builds it:
// literals (integers, floats, atoms, binaries), lists, 2-tuples, and
// `{form, meta, args}` for everything else. `args` is a list, or an atom for
// variables (`{:x, [line: 1], nil}`). Tuples of any size other than 2 are calls to
// `:{}`, as in Elixir. Immutable and cheap to copy (shared node).
class Ast
{
public:
    enum class Kind : quint8 {
        Invalid, // a default-constructed Ast: not a node
        Integer,
        Float,
        Atom,
        String, // a binary: Elixir strings are bytes, usually UTF-8
        List,
        Tuple, // always exactly 2 elements
        Call,  // {form, meta, args}
    };

    Ast() = default;

    static Ast integer(qint64 value);
    // An integer outside qint64, kept exactly as its decimal digits ("-" allowed).
    static Ast bigInteger(const QByteArray &decimal);
    static Ast floating(double value);
    static Ast atom(const QString &name);
    static Ast nil() { return atom(QStringLiteral("nil")); }
    static Ast boolean(bool value) { return atom(value ? QStringLiteral("true") : QStringLiteral("false")); }
    static Ast string(const QByteArray &bytes);
    static Ast string(const QString &text) { return string(text.toUtf8()); }
    // Children are copied into the node's document: a vector handed in is not kept.
    static Ast list(std::vector<Ast> elements);
    static Ast list(AstSpan elements);
    static Ast list(std::initializer_list<Ast> elements) { return list(AstSpan(elements.begin(), elements.size())); }
    static Ast tuple(Ast first, Ast second);
    // {form, meta, args} with a list of arguments.
    static Ast call(Ast form, SourcePos pos, std::vector<Ast> args);
    static Ast call(Ast form, SourcePos pos, AstSpan args);
    static Ast call(Ast form, SourcePos pos, std::initializer_list<Ast> args)
    {
        return call(std::move(form), pos, AstSpan(args.begin(), args.size()));
    }
    static Ast call(const QString &name, SourcePos pos, std::vector<Ast> args)
    {
        return call(atom(name), pos, std::move(args));
    }
    static Ast call(const QString &name, SourcePos pos, std::initializer_list<Ast> args)
    {
        return call(atom(name), pos, AstSpan(args.begin(), args.size()));
    }
    // {name, meta, context}: a variable (context is an atom, nil from the parser).
    static Ast variable(const QString &name, SourcePos pos, const QString &context = QStringLiteral("nil"));
    // The same with an existing atom as the name, so a parser can share interned atoms.
    static Ast variable(Ast nameAtom, SourcePos pos);

    Kind kind() const;
    bool isValid() const { return kind() != Kind::Invalid; }
    bool isInteger() const { return kind() == Kind::Integer; }
    bool isFloat() const { return kind() == Kind::Float; }
    bool isAtom() const { return kind() == Kind::Atom; }
    bool isAtom(QStringView name) const;
    bool isString() const { return kind() == Kind::String; }
    bool isList() const { return kind() == Kind::List; }
    bool isTuple() const { return kind() == Kind::Tuple; }
    bool isCall() const { return kind() == Kind::Call; }
    // A call whose form is the atom `name` and whose args are a list.
    bool isCall(QStringView name) const;
    bool isCall(QStringView name, int arity) const;
    bool isVariable() const; // {name, meta, atom} with an atom name

    // Integer: fits qint64 unless isBigInteger(); then integerText() has the digits.
    qint64 integerValue() const;
    bool isBigInteger() const;
    QByteArray integerText() const; // decimal digits of any integer
    double floatValue() const;
    QString atomName() const;   // Atom
    QByteArray bytes() const;   // String
    QString text() const;       // String, decoded as UTF-8

    // List elements, or the two elements of a Tuple.
    AstSpan elements() const;

    // Call parts.
    const Ast &callForm() const;
    SourcePos pos() const;
    bool argsIsList() const;              // false for variables
    AstSpan args() const; // empty for variables
    QString context() const;              // the context atom of a variable
    // The atom name of the call form, or an empty string when the form is not an atom.
    QString callName() const;

    // Keyword-list helpers, used everywhere options are read (`field :x, :string, default: 1`).
    bool isKeywordList() const; // a non-empty list of {atom, value} tuples
    // The value of the first `key` in a keyword list, or an invalid Ast.
    Ast keywordValue(QStringView key) const;
    // The statements of a body: `{:__block__, _, stmts}`, or this one expression.
    std::vector<Ast> blockStatements() const;

    // A copy of this Call with other args or another position; used by the
    // interpreter and by `quote` expansion.
    Ast withArgs(std::vector<Ast> args) const;
    Ast withArgs(AstSpan args) const;
    Ast withArgs(std::initializer_list<Ast> args) const { return withArgs(AstSpan(args.begin(), args.size())); }
    Ast withPos(SourcePos pos) const;

    // Structural equality that ignores metadata, as Elixir compares quoted forms
    // after stripping meta.
    bool operator==(const Ast &other) const;
    bool operator!=(const Ast &other) const { return !(*this == other); }

    // Copies count a reference on the node's document; the hot paths stay inline.
    Ast(const Ast &other) : m_bits(other.m_bits & ~quintptr(1))
    {
        if (m_bits)
            ref();
    }
    Ast(Ast &&other) noexcept : m_bits(other.m_bits)
    {
        if (m_bits & 1) { // an internal handle owns nothing to steal
            m_bits &= ~quintptr(1);
            ref();
        } else {
            other.m_bits = 0;
        }
    }
    Ast &operator=(const Ast &other)
    {
        Ast copy(other);
        std::swap(m_bits, copy.m_bits);
        return *this;
    }
    Ast &operator=(Ast &&other) noexcept
    {
        Ast moved(std::move(other));
        std::swap(m_bits, moved.m_bits);
        return *this;
    }
    ~Ast()
    {
        if (m_bits && !(m_bits & 1))
            deref();
    }

private:
    friend struct AstNode;
    friend class AstBuildScope;
    friend class AstAtomTable;
    // A node pointer; bit 0 set means "held by a node of the same document", a
    // handle that owns no reference (a document never keeps itself alive).
    explicit Ast(const AstNode *node); // a new counted handle
    const AstNode *node() const { return reinterpret_cast<const AstNode *>(m_bits & ~quintptr(1)); }
    bool isInternal() const { return (m_bits & 1) != 0; }
    void ref() const;
    void deref() const;
    quintptr m_bits = 0;
};

inline AstSpan::AstSpan(const std::vector<Ast> &v) : m_data(v.data()), m_size(v.size()) {}
inline const Ast *AstSpan::end() const { return m_data + m_size; }
inline const Ast &AstSpan::operator[](size_t i) const { return m_data[i]; }
inline AstSpan AstSpan::subspan(size_t offset) const { return AstSpan(m_data + offset, m_size - offset); }
inline AstSpan::operator std::vector<Ast>() const { return toVector(); }

// Nodes are allocated from per-document arenas, one document per parse, kept alive
// by the Ast handles that point into it (an atomic count per document, not per
// node). While a scope is alive, every node built on this thread goes into its
// document; without a scope each node gets a document of its own. Until the scope
// ends, handles into its document count without atomics: they must stay on this
// thread until then.
class AstBuildScope
{
public:
    explicit AstBuildScope(qsizetype expectedNodes);
    ~AstBuildScope();
    AstBuildScope(const AstBuildScope &) = delete;
    AstBuildScope &operator=(const AstBuildScope &) = delete;

private:
    AstDocument *m_document;
    AstDocument *m_previous;
    AstDocument *m_previousPool;
};

} // namespace ectowb::elixir
