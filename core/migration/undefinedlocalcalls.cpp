#include "undefinedlocalcalls.h"
#include "common/wordset.h"

#include <QRegularExpression>
#include <QSet>

namespace ectowb::migration {

using elixir::Ast;

namespace {

// The names a migration module has in scope without defining them, at any arity: their
// arities vary between Elixir and ecto_sql versions (remove_if_exists/1 came after
// remove_if_exists/2), so a wrong arity goes unflagged rather than a right one refused.
// Kernel and Kernel.SpecialForms, as Elixir 1.14's __info__(:functions) and
// __info__(:macros) list them (identifiers only: operators cannot be local functions
// of a migration), and what `use Ecto.Migration` imports: Ecto.Migration's public
// functions and macros (ecto_sql 3.13), which is Ecto's API, not the part of it the
// interpreter implements.
const QSet<QString> &importedNames()
{
    static const QSet<QString> names =
        // Kernel, Kernel.SpecialForms
        common::wordSet(uR"(
            __CALLER__ __DIR__ __ENV__ __MODULE__ __STACKTRACE__ __aliases__ __block__ abs alias alias! and
            apply binary_part binary_slice binding bit_size byte_size case ceil cond dbg def defdelegate
            defexception defguard defguardp defimpl defmacro defmacrop defmodule defoverridable defp defprotocol
            defstruct destructure div elem exit floor fn for function_exported? get_and_update_in get_in hd if
            import in inspect is_atom is_binary is_bitstring is_boolean is_exception is_float is_function
            is_integer is_list is_map is_map_key is_nil is_number is_pid is_port is_reference is_struct is_tuple
            length macro_exported? make_ref map_size match? max min node not or pop_in put_elem put_in quote
            raise receive rem require reraise round self send sigil_C sigil_D sigil_N sigil_R sigil_S sigil_T
            sigil_U sigil_W sigil_c sigil_r sigil_s sigil_w spawn spawn_link spawn_monitor struct struct! super
            tap then throw tl to_char_list to_charlist to_string trunc try tuple_size unless unquote
            unquote_splicing update_in use var! with
        )") |
        // Ecto.Migration
        common::wordSet(uR"(
            add add_if_not_exists alter constraint create create_if_not_exists direction drop drop_if_exists
            execute execute_file flush fragment index modify prefix references remove remove_if_exists rename
            repo table timestamps unique_index
        )");
    return names;
}

bool isDefinition(const Ast &stmt)
{
    for (const char16_t *name : {u"def", u"defp", u"defmacro", u"defmacrop", u"defdelegate", u"defguard", u"defguardp"}) {
        if (stmt.isCall(name))
            return true;
    }
    return false;
}

bool isIdentifier(const QString &name)
{
    static const QRegularExpression identifier(QStringLiteral("^[a-z_][a-zA-Z0-9_]*[?!]?$"));
    return identifier.match(name).hasMatch();
}

class Scan
{
public:
    // False when the module is beyond what the check can know for sure.
    bool collect(const project::ElixirModule &module)
    {
        for (const Ast &stmt : module.body) {
            if (stmt.isCall(u"use") || stmt.isCall(u"import")) {
                if (stmt.args().size() != 1 || module.scope.expand(stmt.args()[0]) != u"Ecto.Migration")
                    return false;
            } else if (isDefinition(stmt)) {
                if (!define(stmt))
                    return false;
                m_bodies.push_back(stmt);
            } else if (!stmt.isCall(u"@") && !stmt.isCall(u"alias") && !stmt.isCall(u"require")
                       && !stmt.isCall(u"defmodule")) {
                return false; // a macro or a `for` at the top may define functions unseen
            }
        }
        return true;
    }

    std::optional<UndefinedLocalCalls::Found> first()
    {
        for (const Ast &def : m_bodies) {
            const auto args = def.args();
            for (size_t i = 1; i < args.size() && !m_found && !m_unknowable; ++i)
                walk(args[i]);
        }
        if (m_unknowable)
            return std::nullopt;
        return m_found;
    }

private:
    // `def name(a, b \\ 1)` defines name/1 and name/2.
    bool define(const Ast &def)
    {
        if (def.args().empty())
            return false;
        Ast head = def.args()[0];
        if (head.isCall(u"when") && !head.args().empty())
            head = head.args()[0];
        const QString name = head.callName();
        if (!head.isCall() && !head.isVariable())
            return false;
        if (name.isEmpty() || !isIdentifier(name))
            return false; // unquote(...) or an operator: names known only when compiled
        int defaults = 0;
        const auto params = head.args();
        for (const Ast &param : params)
            defaults += param.isCall(u"\\\\") ? 1 : 0;
        for (int arity = int(params.size()) - defaults; arity <= int(params.size()); ++arity)
            m_defined.insert(name + u'/' + QString::number(arity));
        return true;
    }

    // The module's own functions by exact arity, imported ones by name.
    bool known(const QString &name, const QString &key) const
    {
        return m_defined.contains(key) || importedNames().contains(name);
    }

    void call(const QString &name, int arity, const Ast &at)
    {
        if (m_found || !isIdentifier(name))
            return;
        const QString key = name + u'/' + QString::number(arity);
        if (!known(name, key))
            m_found = UndefinedLocalCalls::Found{name, arity, at.pos()};
    }

    void walk(const Ast &ast)
    {
        if (m_found || m_unknowable)
            return;
        if (ast.isList() || ast.isTuple()) {
            for (const Ast &element : ast.elements())
                walk(element);
            return;
        }
        if (!ast.isCall() || !ast.argsIsList())
            return; // literals and variables
        const QString name = ast.callName();
        if (name.isEmpty()) { // remote call or fun.(): the callee's own parts may call locally
            walk(ast.callForm());
            for (const Ast &arg : ast.args())
                walk(arg);
            return;
        }
        // Code that is data, binary and type specifications, attributes and nested
        // modules are not calls of this module's functions.
        if (name == u"quote" || name == u"::" || name == u"@" || name == u"defmodule")
            return;
        const auto args = ast.args();
        if (name == u"import" || name == u"unquote" || name == u"unquote_splicing") {
            m_unknowable = true; // a lexical import or generated code brings names in
            return;
        }
        if (name == u"|>" && args.size() == 2) {
            walk(args[0]);
            const Ast &rhs = args[1];
            if (rhs.isCall() && rhs.argsIsList() && !rhs.callName().isEmpty() && isIdentifier(rhs.callName())) {
                call(rhs.callName(), int(rhs.args().size()) + 1, rhs);
                for (const Ast &arg : rhs.args())
                    walk(arg);
            } else {
                walk(rhs);
            }
            return;
        }
        call(name, int(args.size()), ast);
        for (const Ast &arg : args)
            walk(arg);
    }

    // use Ecto.Migration's @before_compile defines __migration__/0.
    QSet<QString> m_defined{QStringLiteral("__migration__/0")};
    std::vector<Ast> m_bodies;
    std::optional<UndefinedLocalCalls::Found> m_found;
    bool m_unknowable = false;
};

} // namespace

std::optional<UndefinedLocalCalls::Found> UndefinedLocalCalls::first(const project::ElixirModule &module)
{
    Scan scan;
    if (!scan.collect(module))
        return std::nullopt;
    return scan.first();
}

} // namespace ectowb::migration
