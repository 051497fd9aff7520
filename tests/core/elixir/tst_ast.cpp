#include "elixir/ast.h"

#include <QTest>

using namespace ectowb::elixir;

class TestAst : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void equalityIgnoresMetadata();
    void variableIsNotACallWithArgs();
    void bigIntegersKeepTheirDigits();
};

void TestAst::equalityIgnoresMetadata()
{
    const Ast a = Ast::call(QStringLiteral("+"), {1, 3}, {Ast::integer(1), Ast::integer(2)});
    const Ast b = Ast::call(QStringLiteral("+"), {7, 9}, {Ast::integer(1), Ast::integer(2)});
    QCOMPARE(a, b);
    QVERIFY(a != Ast::call(QStringLiteral("+"), {1, 3}, {Ast::integer(1), Ast::integer(3)}));
    QVERIFY(a.isCall(u"+", 2));
    QCOMPARE(a.pos().column, 3);
}

void TestAst::variableIsNotACallWithArgs()
{
    const Ast v = Ast::variable(QStringLiteral("x"), {1, 1});
    QVERIFY(v.isVariable());
    QVERIFY(!v.argsIsList());
    QVERIFY(!v.isCall(u"x"));
    QCOMPARE(v.context(), QStringLiteral("nil"));
    QVERIFY(v != Ast::call(QStringLiteral("x"), {1, 1}, {}));
}

void TestAst::bigIntegersKeepTheirDigits()
{
    QVERIFY(!Ast::bigInteger("42").isBigInteger());
    QCOMPARE(Ast::bigInteger("42").integerValue(), 42);
    const Ast big = Ast::bigInteger("340282366920938463463374607431768211456");
    QVERIFY(big.isBigInteger());
    QCOMPARE(big.integerText(), QByteArray("340282366920938463463374607431768211456"));
}

QTEST_GUILESS_MAIN(TestAst)
#include "tst_ast.moc"
