// Test tables are written as plain string literals.
#undef QT_NO_CAST_FROM_ASCII
// The interpreter's literal mode: data written out evaluates as eval() would, and
// anything that would run code (a call, an operator, an unbound name, an update,
// an interpolation, an attribute computed by a call) is refused before it runs.
#include "interpreter/interpreter.h"

#include "elixir/reader.h"
#include "project/modulecollector.h"

#include <QTest>

using namespace ectowb;
using namespace ectowb::interpreter;

namespace {

const char *moduleSource = R"(defmodule Shop.Form do
  @reserved ~w(admin root)
  @limits [min: 2, max: @max]
  @max 40
  @computed String.upcase("x")
  @uses_computed [@computed]
  def greeting, do: "hi"
end
)";

QList<project::ElixirModule> modules()
{
    const elixir::ParseResult parsed = elixir::Reader::parse(QByteArray(moduleSource));
    return parsed.isValid() ? project::ModuleCollector::collect(parsed.ast, QStringLiteral("form.ex"))
                            : QList<project::ElixirModule>();
}

elixir::Ast parse(const QString &source)
{
    return elixir::Reader::parse(source.toUtf8()).ast;
}

} // namespace

class TestInterpreterLiteral : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void literals_data()
    {
        QTest::addColumn<QString>("source");
        QTest::addColumn<QString>("inspected");
        QTest::newRow("integer") << "42" << "42";
        QTest::newRow("big integer") << "123456789012345678901234567890" << "123456789012345678901234567890";
        QTest::newRow("negative") << "-7" << "-7";
        QTest::newRow("negative float") << "-1.5" << "-1.5";
        QTest::newRow("atom") << ":draft" << ":draft";
        QTest::newRow("nil") << "nil" << "nil";
        QTest::newRow("string") << "\"ada\"" << "\"ada\"";
        QTest::newRow("keyword list") << "[min: 2, max: 40]" << "[min: 2, max: 40]";
        QTest::newRow("tuple") << "{:ok, 1}" << "{:ok, 1}";
        QTest::newRow("three-tuple") << "{1, 2, 3}" << "{1, 2, 3}";
        QTest::newRow("map") << "%{\"b\" => 1, \"a\" => [2]}" << "%{\"a\" => [2], \"b\" => 1}";
        QTest::newRow("words") << "~w(a b c)" << "[\"a\", \"b\", \"c\"]";
        QTest::newRow("atom words") << "~w(a b)a" << "[:a, :b]";
        QTest::newRow("regex") << "~r/^[a-z]+$/i" << "~r/^[a-z]+$/i";
        QTest::newRow("string sigil") << "~s(x)" << "\"x\"";
        QTest::newRow("date sigil") << "~D[2024-01-15]" << "~D[2024-01-15]";
    }

    void literals()
    {
        QFETCH(QString, source);
        QFETCH(QString, inspected);
        Interpreter interpreter;
        const Result<Value> literal = interpreter.evalLiteral(source);
        QVERIFY2(literal.isOk(), qPrintable(literal.error()));
        QCOMPARE(literal->inspect(), inspected);
    }

    void refused_data()
    {
        QTest::addColumn<QString>("source");
        QTest::newRow("blank") << "  ";
        QTest::newRow("syntax error") << "[1, ";
        QTest::newRow("remote call") << "String.upcase(\"a\")";
        QTest::newRow("local call") << "greeting()";
        QTest::newRow("operator") << "1 + 2";
        QTest::newRow("two expressions") << "1\n2";
        QTest::newRow("unbound name") << "value";
        QTest::newRow("improper list") << "[1 | 2]";
        QTest::newRow("map update") << "%{%{a: 1} | a: 2}";
        QTest::newRow("interpolation") << "\"a#{1}\"";
        QTest::newRow("sigil interpolation") << "~s(a#{1})";
        QTest::newRow("unknown sigil") << "~q(a)";
        QTest::newRow("call inside a list") << "[1, Enum.count([])]";
        QTest::newRow("attribute outside a module") << "@max";
        QTest::newRow("pin") << "^x";
        QTest::newRow("anonymous function") << "fn -> 1 end";
    }

    void refused()
    {
        QFETCH(QString, source);
        Interpreter interpreter;
        QVERIFY(!interpreter.evalLiteral(source).isOk());
    }

    // The variables given are literals; the module's attributes are when their own
    // values are, whatever order they are defined in.
    void inAModule()
    {
        Interpreter interpreter(modules());
        QVERIFY(interpreter.hasModule(QStringLiteral("Shop.Form")));
        Bindings env = interpreter.moduleBindings(QStringLiteral("Shop.Form"));
        env.bind(QStringLiteral("attrs"), Value::map({{Value::string(QStringLiteral("name")), Value::string(QStringLiteral("x"))}}));

        const auto literal = [&](const char *source) { return interpreter.evalLiteral(parse(QString::fromUtf8(source)), env); };
        QCOMPARE(literal("attrs")->inspect(), QStringLiteral("%{\"name\" => \"x\"}"));
        QCOMPARE(literal("[attrs, @reserved]")->inspect(), QStringLiteral("[%{\"name\" => \"x\"}, [\"admin\", \"root\"]]"));
        QCOMPARE(literal("@limits")->inspect(), QStringLiteral("[min: 2, max: 40]"));
        QVERIFY(!literal("@computed").isOk());
        QVERIFY(!literal("@uses_computed").isOk());
        QVERIFY(!literal("@undefined").isOk());
        QVERIFY(!literal("other").isOk());
        QVERIFY(!literal("greeting").isOk()); // a zero-arity call without parentheses
        // eval() itself still runs what literal mode refuses
        QCOMPARE(interpreter.eval(parse(QStringLiteral("@computed")), env)->inspect(), QStringLiteral("\"X\""));
    }
};

QTEST_GUILESS_MAIN(TestInterpreterLiteral)
#include "tst_interpreterliteral.moc"
